/**
 * The glossary's stand-in for the popover attribute (Chrome/Edge < 114, Safari < 17, Firefox < 125; see
 * docs/browser-support.md), inlined once into every page with a term (Term.astro). Where the browser
 * has `popover`, it does nothing. Elsewhere it marks <html> with `no-popover` (Term.astro's styles then
 * hide the definitions until opened) and gives a term's button what the native popover gives:
 * a click or Enter/Space opens the definition (Term.astro's styles show it), a second click, Esc or a
 * click outside closes it, and only one is open at a time. It goes further in one respect: opening
 * moves focus into the definition so its link is the next Tab stop, and closing returns focus to the
 * term. Written in ES5 so that it runs on any browser old enough to need it; the support check lints it.
 */
export function popoverFallbackScript(): string {
  return `(function(){if(HTMLElement.prototype.hasOwnProperty("popover"))return;document.documentElement.classList.add("no-popover");var open=null,by=null;
function close(back){if(!open)return;open.classList.remove("term-open");by.setAttribute("aria-expanded","false");if(back)by.focus();open=by=null}
document.addEventListener("click",function(e){var b=e.target.closest&&e.target.closest("[popovertarget]");
if(b){var p=document.getElementById(b.getAttribute("popovertarget"));if(!p)return;var was=open;close(false);if(was===p)return;
open=p;by=b;p.classList.add("term-open");p.setAttribute("tabindex","-1");b.setAttribute("aria-expanded","true");p.focus();return}
if(open&&!open.contains(e.target))close(false)});
document.addEventListener("keydown",function(e){if(e.key==="Escape"&&open){e.preventDefault();close(true)}})})();`;
}
