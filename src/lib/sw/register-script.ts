import { SKIP_WAITING } from './precache.ts';

/** Id of the update notice's element (src/components/site/UpdateNotice.astro). */
export const UPDATE_NOTICE_ID = 'update-notice';

/**
 * Source of the tiny inline script every page uses to register the service worker (a text-only lesson
 * loads no script file, so this must stay inline and small). It:
 * - registers `sw.js` for the whole base path once the page has loaded;
 * - shows the update notice (then fills its live region, so it is announced) when a new version is installed and waiting while an older one controls
 *   the page (a new deploy), also when it was found on an earlier page;
 * - 稍后 hides the notice (it comes back on the next page, as the new version is still waiting);
 * - on 刷新, tells the waiting worker to take over and reloads when it has (saved answers live in
 *   the browser's Web Storage, which the worker never touches);
 * - checks for a new version again whenever the tab comes back into view;
 * - does nothing when registration yields no registration (a browser or test harness that blocks workers).
 */
export function registerScript(base: string): string {
  const b = JSON.stringify(base);
  const skip = JSON.stringify(SKIP_WAITING);
  const id = JSON.stringify(UPDATE_NOTICE_ID);
  return `(function(){var n=navigator.serviceWorker,d=document,go=0;if(!n)return;` +
    `function show(r){var w=r.waiting,e=d.getElementById(${id});if(!w||!n.controller||!e)return;` +
    `var p=e.querySelector("p");e.hidden=false;setTimeout(function(){p.textContent=p.dataset.text},99);` +
    `var b=e.querySelectorAll("button");b[0].onclick=function(){go=1;w.postMessage(${skip})};b[1].onclick=function(){e.hidden=true}}` +
    `n.addEventListener("controllerchange",function(){go&&location.reload()});` +
    `addEventListener("load",function(){n.register(${b}+"sw.js",{scope:${b}}).then(function(r){if(!r)return;show(r);` +
    `r.addEventListener("updatefound",function(){var i=r.installing;i&&i.addEventListener("statechange",function(){i.state=="installed"&&show(r)})});` +
    `d.addEventListener("visibilitychange",function(){d.hidden||r.update().catch(function(){})})},function(){})})})()`;
}
