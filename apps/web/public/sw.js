/* global self, caches, fetch, Request, Response, URL */
// Lantern's service worker: the app itself, and so its crisis lines, open without a connection.
// Someone reaching for help on a phone with no signal can still see the numbers and call them
// (a call needs no data). Only the app's own files are kept here: never an api answer, so no
// member's words are stored by it. Every page load still asks the network first, so a new
// deploy is picked up as soon as the network gives it and its files (never half of it).
const CACHE = 'lantern-app-v1';
const SHELL = '/index.html';

// Kept at once on the first visit: the app and every file it names, so the next visit opens
// even if it has no connection at all.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch(new Request(SHELL, { cache: 'no-cache' }));
      if (!response.ok) throw new Error(`index.html answered ${response.status}`);
      if (!(await keepShell(await response.text()))) throw new Error('the app or one of its files could not be kept');
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** The app's hashed files an index.html names, so files of earlier deploys can go. */
function assetsNamedIn(html) {
  return new Set([...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]));
}

/**
 * Keeps this index.html as the app once every file it names is kept too, then lets go of earlier
 * deploys' files; answers whether it did. On a bad connection a new deploy's index.html can arrive
 * and its files not: then nothing changes, and the app kept before (which has its files) still
 * opens, with its crisis lines. A page that names none of the app's files is not the app.
 */
async function keepShell(html) {
  const current = assetsNamedIn(html);
  if (current.size === 0) return false;
  const cache = await caches.open(CACHE);
  try {
    for (const path of current) {
      if (await cache.match(path)) continue;
      const response = await fetch(path);
      if (!response.ok) return false;
      await cache.put(path, response);
    }
  } catch {
    return false;
  }
  await cache.put(SHELL, new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/assets/') && !current.has(path)) await cache.delete(request);
  }
  return true;
}

/**
 * A page: the network's answer when it gives a good one whose files are here or can be fetched,
 * else the app kept here.
 */
async function page(request) {
  let response;
  try {
    response = await fetch(request);
  } catch {
    const kept = await caches.match(SHELL);
    if (kept) return kept;
    throw new Error('offline, and the app was never kept here');
  }
  if (response.ok && (response.headers.get('Content-Type') ?? '').includes('text/html')) {
    if (await keepShell(await response.clone().text())) return response;
    // A deploy whose files did not come: the app kept before opens instead of a blank page.
    return (await caches.match(SHELL)) ?? response;
  }
  // A gateway's error page carries no crisis lines; the app does, and says Lantern is unreachable.
  if (response.status >= 500) return (await caches.match(SHELL)) ?? response;
  return response;
}

/** A hashed file never changes: from here when kept, else fetched and kept. */
async function asset(request) {
  const kept = await caches.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(CACHE);
    await cache.put(request, response.clone());
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  // The api and live connection go straight to the network, untouched and never kept.
  if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/socket.io/')) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (url.pathname.startsWith('/assets/')) event.respondWith(asset(request));
});
