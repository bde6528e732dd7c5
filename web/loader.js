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

  // countingResponse passes the body through while updating the progress bar.
  function countingResponse(response) {
    if (!response.body || typeof TransformStream !== 'function') {
      return response;
    }
    var done = 0;
    var counter = new TransformStream({
      transform: function (chunk, controller) {
        done += chunk.byteLength;
        showProgress(done);
        controller.enqueue(chunk);
      }
    });
    return new Response(response.body.pipeThrough(counter), {
      headers: { 'Content-Type': 'application/wasm' }
    });
  }

  function instantiate(response, imports) {
    if (typeof WebAssembly.instantiateStreaming === 'function') {
      // A host that serves the wrong MIME type makes instantiateStreaming
      // fail; the copy keeps the bytes for the fallback below.
      var copy = response.clone();
      return WebAssembly.instantiateStreaming(response, imports).catch(function () {
        return copy.arrayBuffer().then(function (bytes) {
          return WebAssembly.instantiate(bytes, imports);
        });
      });
    }
    return response.arrayBuffer().then(function (bytes) {
      return WebAssembly.instantiate(bytes, imports);
    });
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
      return instantiate(countingResponse(response), go.importObject);
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
