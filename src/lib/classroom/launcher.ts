/**
 * Source of the tiny inline script that makes 投影模式 reachable on a lesson page without loading any
 * script file: it shows the (server-rendered, hidden) 投影模式 button, and until the projector island has
 * hydrated it turns the P key — and a reload at `#projector-N` or an address with `?presenter` (the
 * presenter view) — into a click on that button. The
 * island (`client:interaction`) then loads on that click and replays it. Once the island is ready it
 * handles P itself, so this script steps aside.
 */
export function projectorLauncherScript(): string {
  return `(function(){var w=document.querySelector("[data-projector-launch]"),b=w&&w.querySelector("button");if(!b)return;w.hidden=false;function idle(){return!w.querySelector('[data-ready="true"]')}addEventListener("keydown",function(e){var t=e.target;if(e.key!=="p"&&e.key!=="P"||e.ctrlKey||e.altKey||e.metaKey||e.defaultPrevented||!idle())return;if(t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))return;e.preventDefault();b.click()});if(/^#projector-\\d+$/.test(location.hash)||/^\\?presenter(=|&|$)/.test(location.search))addEventListener("load",function(){if(idle())b.click()})})();`;
}
