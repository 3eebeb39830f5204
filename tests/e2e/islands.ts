/**
 * True in a page once every island that hydrates by itself has hydrated (Astro drops an island's
 * `ssr` attribute when it has). `client:interaction` islands wait for first use and off-screen
 * `client:visible` ones for a scroll, so those are not waited for. Runs in the page: it must stay
 * self-contained, as Playwright and tests/engines/page.ts send its source there.
 */
export function selfHydratingIslandsDone(): boolean {
  return [...document.querySelectorAll('astro-island[ssr]')].every((island) => {
    const how = island.getAttribute('client');
    if (how === 'interaction') return true;
    if (how !== 'visible') return false;
    const r = (island.firstElementChild ?? island).getBoundingClientRect();
    return r.width + r.height === 0 || r.bottom <= 0 || r.top >= innerHeight || r.right <= 0 || r.left >= innerWidth;
  });
}
