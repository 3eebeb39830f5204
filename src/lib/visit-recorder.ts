/**
 * Source of the tiny inline script a lesson page uses to record that it was opened.
 * Lesson pages ship no JavaScript bundle, so this is the only script on a text-only lesson; it writes
 * the same versioned envelope the progress store reads (`{"v":1,"data":{code:{first,last,count}}}`)
 * and leaves unreadable data untouched so the store can set it aside.
 */
export function visitRecorderScript(key: string, code: string): string {
  const k = JSON.stringify(key);
  const c = JSON.stringify(code);
  return `try{var s=localStorage,r=s.getItem(${k}),o=r?JSON.parse(r):{v:1,data:{}};if(o&&o.v===1&&o.data&&typeof o.data=="object"){var t=Date.now(),e=o.data[${c}]||{};o.data[${c}]={first:e.first||t,last:t,count:(e.count||0)+1};s.setItem(${k},JSON.stringify(o))}}catch(x){}`;
}
