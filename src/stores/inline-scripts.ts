import { fnv1a } from '../lib/fnv1a.ts';
import { inlineNoticeText } from '../lib/storage-messages.ts';
import { chatReportsArea } from './chat.ts';
import { quarantinePrefix } from './keys.ts';
import { visitsArea } from './progress.ts';

/**
 * Sources of the tiny inline scripts of pages that ship no bundle: the lesson page's visit recorder
 * and the scenario list's best scores. They read the same keys and envelopes as the stores
 * (src/stores/registry.ts) and follow the same rule for unreadable data: copy it aside once under a
 * key named by its content, start the area empty, and say so in the page's storage notice.
 */

/** The shared part: `R(key)` reads an envelope's data (version `version`), setting unreadable text aside. */
function prelude(key: string, label: string, version: number): string {
  return (
    `var S=localStorage,K=${JSON.stringify(key)},T=${JSON.stringify(inlineNoticeText(label))},H=(${fnv1a.toString()});` +
    `function A(r){try{var q=${JSON.stringify(quarantinePrefix)}+K+":"+H(r).toString(36);if(S.getItem(q)!==r)S.setItem(q,r);if(S.getItem(q)===r)S.removeItem(K)}catch(e){}` +
    `var b=document.getElementById("storage-notice");if(b){var p=document.createElement("p");p.textContent=T;b.appendChild(p);b.hidden=false}}` +
    `function R(){var r=S.getItem(K),o;if(r==null)return{};try{o=JSON.parse(r)}catch(e){A(r);return{}}` +
    `if(o&&o.v===${version}&&o.data&&typeof o.data=="object"&&!Array.isArray(o.data))return o.data;A(r);return{}}`
  );
}

/**
 * The lesson page's visit recorder: adds this visit of lesson `code` to the visit record the
 * progress store reads (`{"v":1,"data":{code:{first,last,count}}}`). Never throws.
 */
export function visitRecorderScript(code: string): string {
  const c = JSON.stringify(code);
  return `try{${prelude(visitsArea.key, visitsArea.label, visitsArea.version)}var d=R(),t=Date.now(),e=Object.prototype.hasOwnProperty.call(d,${c})&&d[${c}]||{};d[${c}]={first:e.first||t,last:t,count:(e.count||0)+1};S.setItem(K,JSON.stringify({v:${visitsArea.version},data:d}))}catch(x){}`;
}

/**
 * The scenario list's best scores: fills each `[data-best]` element with the best and last score of
 * its scenario from the chat-report record. Only reads (unreadable text is set aside like anywhere else).
 */
export function bestScoresScript(): string {
  return `(function(){try{${prelude(chatReportsArea.key, chatReportsArea.label, chatReportsArea.version)}}catch(x){return}function f(){var d={};try{d=R()}catch(e){}document.querySelectorAll("[data-best]").forEach(function(el){var id=el.getAttribute("data-best"),r=Object.prototype.hasOwnProperty.call(d,id)&&d[id];if(r&&r.best&&r.last&&typeof r.best.total=="number"){el.textContent="最好成绩 "+r.best.total+" 分 · 最近 "+r.last.total+" 分（"+(r.last.outcome||"未结束")+"）· 完成 "+r.count+" 次";el.classList.add("done")}})}f();addEventListener("pageshow",function(e){if(e.persisted)f()})})()`;
}
