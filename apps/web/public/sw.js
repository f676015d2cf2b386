/* global self, caches, fetch, Request, Response, URL */
// Lantern's service worker: the app itself, and so its crisis lines, open without a connection.
// Someone reaching for help on a phone with no signal can still see the numbers and call them
// (a call needs no data). Only the app's own files are kept here: never an api answer, so no
// member's words are stored by it. Every page load still asks the network first, so a new
// deploy is picked up as soon as the network answers.
const CACHE = 'lantern-app-v1';
const SHELL = '/index.html';

// Kept at once on the first visit: the app and every file it names, so the next visit opens
// even if it has no connection at all.
self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch(new Request(SHELL, { cache: 'no-cache' }));
      if (!response.ok) throw new Error(`index.html answered ${response.status}`);
      const assets = await keepShell(response);
      await (await caches.open(CACHE)).addAll([...assets]);
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

/** Keeps this index.html as the app, lets go of earlier deploys' files; answers the files it names. */
async function keepShell(response) {
  const cache = await caches.open(CACHE);
  const html = await response.clone().text();
  await cache.put(SHELL, new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } }));
  const current = assetsNamedIn(html);
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (path.startsWith('/assets/') && !current.has(path)) await cache.delete(request);
  }
  return current;
}

/** A page: the network's answer when it gives a good one, else the app kept here. */
async function page(request) {
  try {
    const response = await fetch(request);
    if (response.ok && (response.headers.get('Content-Type') ?? '').includes('text/html')) {
      await keepShell(response);
      return response;
    }
    // A gateway's error page carries no crisis lines; the app does, and says Lantern is unreachable.
    if (response.status >= 500) return (await caches.match(SHELL)) ?? response;
    return response;
  } catch {
    const kept = await caches.match(SHELL);
    if (kept) return kept;
    throw new Error('offline, and the app was never kept here');
  }
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
