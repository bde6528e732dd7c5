// loader.js starts the editor: it downloads the Go program (WebAssembly)
// with a progress bar, runs it with Go's wasm_exec.js, registers the service
// worker that keeps the page usable offline, and shows a clear message when
// something prevents the editor from starting. The Go program sets
// <html data-state="ready"> itself once the page is interactive.
(function () {
  'use strict';

  var html = document.documentElement;
  var script = document.currentScript;
  var wasmURL = script.dataset.wasm;
  // The uncompressed size, written at build time: Content-Length is the
  // compressed size when the host serves .br or .gz, so it cannot be used.
  var wasmSize = Number(script.dataset.wasmSize) || 0;

  function $(id) { return document.getElementById(id); }

  function fail(message) {
    html.dataset.state = 'error';
    var box = $('load-error');
    var p = document.createElement('p');
    p.textContent = message;
    box.replaceChildren(p);
    box.hidden = false;
  }

  function showProgress(done) {
    var bar = $('load-progress');
    if (wasmSize > 0) {
      bar.value = Math.min(done / wasmSize, 1);
    }
  }

  // readCounting reads a copy of the response for the progress bar, and
  // keeps its bytes for the fallback below. The browser gets the response
  // itself, untouched: wrapped in a new Response it would have no URL, and
  // Chromium could not cache the code it compiles from it.
  function readCounting(response) {
    if (!response.body || typeof response.body.getReader !== 'function') {
      return response.arrayBuffer();
    }
    var reader = response.body.getReader();
    var chunks = [];
    var done = 0;
    function next() {
      return reader.read().then(function (step) {
        if (step.done) {
          var bytes = new Uint8Array(done);
          var at = 0;
          chunks.forEach(function (c) { bytes.set(c, at); at += c.byteLength; });
          return bytes.buffer;
        }
        chunks.push(step.value);
        done += step.value.byteLength;
        showProgress(done);
        return next();
      });
    }
    return next();
  }

  function instantiate(response, imports) {
    var bytes = readCounting(response.clone());
    if (typeof WebAssembly.instantiateStreaming === 'function') {
      // A host that serves the wrong MIME type makes instantiateStreaming
      // fail; the counted copy keeps the bytes for the fallback.
      return WebAssembly.instantiateStreaming(response, imports).catch(function () {
        return bytes.then(function (b) { return WebAssembly.instantiate(b, imports); });
      });
    }
    return bytes.then(function (b) { return WebAssembly.instantiate(b, imports); });
  }

  function start() {
    if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
      fail('This browser cannot run WebAssembly, which the editor needs. Use a current Firefox, Chrome, Edge or Safari, or the minutes command-line tool.');
      return;
    }
    if (typeof Go !== 'function') {
      fail('The editor could not start: web/wasm_exec.js did not load. Reload the page; if it persists, the site was deployed incompletely.');
      return;
    }
    var go = new Go();
    fetch(wasmURL).then(function (response) {
      if (!response.ok) {
        throw new Error(wasmURL + ': HTTP ' + response.status + ' ' + response.statusText);
      }
      return instantiate(response, go.importObject);
    }).then(function (result) {
      $('load-label').textContent = 'Starting the editor…';
      // Only now, with the wasm in the HTTP cache, may the service worker
      // fill its cache: it then takes the wasm from there (see sw.js).
      registerServiceWorker();
      // run resolves only when the Go program exits, which it never does
      // while the page is open; reaching then() means it stopped.
      return go.run(result.instance).then(function () {
        fail('The editor stopped unexpectedly. Your drafts are stored in this browser: reload the page to continue.');
      });
    }).catch(function (err) {
      fail('The editor could not be loaded (' + (err && err.message ? err.message : err) + '). Check the connection and reload the page.');
    });
  }

  // The service worker is optional: the page works without it, only not
  // offline. A waiting worker means a new deployment: offer a reload rather
  // than mixing versions in an open page.
  function registerServiceWorker() {
    if (!('serviceWorker' in navigator) || location.protocol === 'file:') {
      return;
    }
    var asked = false;
    navigator.serviceWorker.register('sw.js').then(function (reg) {
      function offer(worker) {
        // A worker installed while another is active waits behind it: a
        // new deployment. The first install has no active worker (the page
        // may not be controlled yet either, while that worker activates).
        if (!worker || !reg.active || reg.active === worker) {
          return;
        }
        $('update').hidden = false;
        $('update-reload').onclick = function () {
          asked = true;
          worker.postMessage('skip-waiting');
        };
      }
      offer(reg.waiting);
      reg.addEventListener('updatefound', function () {
        var worker = reg.installing;
        worker.addEventListener('statechange', function () {
          if (worker.state === 'installed') {
            offer(worker);
          }
        });
      });
    }).catch(function () {
      // No offline support (private mode, blocked storage): the page works.
    });
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      // Only reload when the user asked for the update; the first install
      // also changes the controller (clients.claim) and must not reload.
      if (asked) {
        asked = false;
        location.reload();
      }
    });
  }

  start();
})();
