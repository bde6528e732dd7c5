// sw.js keeps the editor usable offline after the first visit.
//
// Versioning: the build (internal/site) replaces __VERSION__ with a hash of
// this file and of every file of the site; __ASSETS__ lists what is cached
// (the page, the loader, wasm_exec.js, the styles, the SVG icon and the
// wasm, whose file name itself carries a hash of its content; not the PNG
// icons, which only an install asks for, online). So a deployment that changes any byte of
// the page ships a different sw.js, the browser installs it beside the old
// one, and it fills a new cache "minutes-<version>" with the whole set at
// once. Each worker answers only
// from its own cache: an old page gets the old loader and the old wasm, a new
// page the new ones — never a new loader with an old wasm. The new worker
// waits until the page asks for it (the "Reload to update" button), then
// deletes the caches of older versions.
'use strict';

var VERSION = '__VERSION__';
var ASSETS = __ASSETS__;
var CACHE = 'minutes-' + VERSION;

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    // cache: 'reload' skips the HTTP cache so the set is what the server
    // has now. The wasm is named after a hash of its content, so the copy
    // the page has just downloaded (the loader registers this worker only
    // then) is the right one: taking it from the HTTP cache spares a first
    // visit a second download of the largest file.
    return cache.addAll(ASSETS.map(function (path) {
      return new Request(path, { cache: /\.wasm$/.test(path) ? 'default' : 'reload' });
    }));
  }).then(function () {
    // The very first install has nobody to disturb: take over at once.
    return self.registration.active ? undefined : self.skipWaiting();
  }));
});

self.addEventListener('message', function (event) {
  if (event.data === 'skip-waiting') {
    self.skipWaiting();
  }
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf('minutes-') === 0 && name !== CACHE;
    }).map(function (name) {
      return caches.delete(name);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(caches.open(CACHE).then(function (cache) {
    // Every navigation inside the scope is the one page (a share link only
    // differs in the fragment, which is never sent).
    var key = request.mode === 'navigate' ? './' : request;
    return cache.match(key, { ignoreSearch: request.mode === 'navigate' }).then(function (hit) {
      return hit || fetch(request);
    });
  }));
});
