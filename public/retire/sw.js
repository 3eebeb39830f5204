// Retirement worker: deployed in place of sw.js when a school takes the course off its server (steps
// in README.md, 停用网站). Browsers that visited the course check sw.js whenever they open one of its
// pages; they then install this file instead of the course's worker (src/lib/sw/worker.ts). It
// deletes the course's saved copy of every page, removes itself and reloads the open pages, which
// then show whatever the server now answers. Learners' saved answers (Web Storage) are not touched.
// Plain JavaScript, not bundled: it is used as it is.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // The course's caches are named "kefu-course:<base path>:<version>" (src/lib/sw/precache.ts).
      const prefix = `kefu-course:${new URL(self.registration.scope).pathname}:`;
      const ours = (await caches.keys()).filter((name) => name.startsWith(prefix));
      await Promise.all(ours.map((name) => caches.delete(name)));
      await self.clients.claim();
      const pages = await self.clients.matchAll({ type: 'window' });
      await self.registration.unregister();
      // Reload only when there was a copy to retire: if the course's pages are still on the server,
      // they register this file again, and it must not reload them for ever.
      if (ours.length > 0) await Promise.all(pages.map((page) => page.navigate(page.url).catch(() => undefined)));
    })(),
  );
});
