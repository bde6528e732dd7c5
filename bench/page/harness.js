// harness.js is the in-page half of the browser benchmark (bench/main.go).
// It is loaded only by bench.html, the benchmark's copy of index.html, before
// wasm_exec.js, and touches the editor only as a user would: it types into
// the form's inputs with real input events, opens files through the page's
// file input (the Go side sets the files over the DevTools protocol), and
// watches the DOM with MutationObservers. It adds nothing to the editor.
(function () {
  'use strict';

  var now = function () { return performance.now(); };

  // The Go program's object (wasm_exec.js's Go instance) is kept as it is
  // made, to read the size of the WebAssembly memory and how many JavaScript
  // values the Go side holds. wasm_exec.js assigns globalThis.Go once.
  // Its imports (wasm_exec.js's importObject.gojs: every call the Go side
  // makes into JavaScript, "syscall/js.valueGet" and the rest) are wrapped
  // to count the calls by name; type reports the count per keystroke.
  var goClass;
  var goInstance = null;
  var jsCalls = {};
  Object.defineProperty(globalThis, 'Go', {
    configurable: true,
    get: function () { return goClass; },
    set: function (cls) {
      goClass = class extends cls {
        constructor() {
          super();
          goInstance = this;
          var imports = this.importObject.gojs || this.importObject.go;
          Object.keys(imports).forEach(function (name) {
            var f = imports[name];
            if (typeof f !== 'function') {
              return;
            }
            jsCalls[name] = 0;
            imports[name] = function (sp) {
              jsCalls[name]++;
              return f.call(this, sp);
            };
          });
        }
      };
    }
  });

  function callCounts() {
    return Object.assign({}, jsCalls);
  }

  // idle resolves once the page has had a main-thread idle period of at
  // least 40 ms (requestIdleCallback's own measure), so that the work an
  // open leaves for later tasks (the rest of a long form, lint, autosave)
  // is done before the keystrokes are timed.
  function idle() {
    return new Promise(function (resolve) {
      var deadline = now() + 10000;
      function check(d) {
        if (d.timeRemaining() >= 40 || now() > deadline) {
          resolve(true);
          return;
        }
        requestIdleCallback(check, { timeout: 1000 });
      }
      requestIdleCallback(check, { timeout: 1000 });
    });
  }

  function frame() {
    return new Promise(function (resolve) { requestAnimationFrame(function () { resolve(); }); });
  }

  function sleep(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  var observeAll = { subtree: true, childList: true, characterData: true, attributes: true };

  // nextMutation resolves with the time of the first change under el after
  // the call, or null when nothing changes within timeout ms.
  function nextMutation(el, timeout) {
    return new Promise(function (resolve) {
      var timer;
      var mo = new MutationObserver(function () {
        var t = now();
        mo.disconnect();
        clearTimeout(timer);
        resolve(t);
      });
      mo.observe(el, observeAll);
      timer = setTimeout(function () { mo.disconnect(); resolve(null); }, timeout);
    });
  }

  function byId(id) {
    var el = document.getElementById(id);
    if (!el) {
      throw new Error('the page has no #' + id);
    }
    return el;
  }

  var words = 'the scribe notes what was said while the meeting goes on ';

  // type types n characters at the end of the middle element matching
  // selector (an item's text in the form), one per animation frame, and
  // returns the time from each input event to the first change of the
  // preview's DOM, and the Go→JS calls the keystrokes made, by import
  // name, counted from the first input event until the page is idle again
  // after the last (deferred work included). A keystroke that changes
  // nothing within two seconds counts as missed.
  async function type(selector, n) {
    var all = document.querySelectorAll(selector);
    if (all.length === 0) {
      throw new Error('no element matches ' + selector + ': is the form there?');
    }
    var index = Math.floor(all.length / 2);
    var el = all[index];
    var preview = byId('preview-body');
    var before = el.value;
    el.focus();
    var times = [];
    var missed = 0;
    var replaced = 0;
    await idle();
    var callsBefore = callCounts();
    for (var i = 0; i < n; i++) {
      await frame();
      if (!el.isConnected) {
        // The form replaced the element typed into: follow the focus.
        replaced++;
        el = document.activeElement && document.activeElement.matches(selector) ? document.activeElement : document.querySelectorAll(selector)[index];
      }
      var ch = words[i % words.length];
      var end = el.value.length;
      el.setRangeText(ch, end, end, 'end');
      var changed = nextMutation(preview, 2000);
      var t0 = now();
      el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: ch }));
      var t1 = await changed;
      if (t1 === null) {
        missed++;
      } else {
        times.push(t1 - t0);
      }
    }
    await idle();
    var calls = callCounts();
    Object.keys(calls).forEach(function (k) { calls[k] -= callsBefore[k] || 0; });
    return {
      times: times, missed: missed, replaced: replaced, inputs: all.length, calls: calls,
      target: (el.id || el.className) + ' (' + el.tagName.toLowerCase() + ', ' + before.length + ' characters before typing)'
    };
  }

  // markdownIt renders src with markdown-it (default options) runs times
  // after a warm-up, and also the time to render and parse the HTML into a
  // detached element, as an editor would that replaces its preview.
  function markdownIt(src, runs) {
    if (typeof window.markdownit !== 'function') {
      throw new Error('markdown-it did not load');
    }
    var md = window.markdownit();
    var box = document.createElement('div');
    for (var w = 0; w < 5; w++) {
      box.innerHTML = md.render(src);
    }
    var render = [];
    var withDOM = [];
    for (var i = 0; i < runs; i++) {
      var t0 = now();
      var html = md.render(src);
      var t1 = now();
      box.innerHTML = html;
      var t2 = now();
      render.push(t1 - t0);
      withDOM.push(t2 - t0);
    }
    return { render: render, dom: withDOM, bytes: html.length };
  }

  // expectOpen prepares for a file being opened through the page's file
  // input: bench.pending resolves with the times (ms since navigation
  // start) of the input's change event, of the first and the last change to
  // the form (formSelector) and to the preview, and of the message naming
  // the file,
  // once the form and the preview have been still for quiet ms (and, with
  // needBoth, both have changed). The Go side sets the file after calling
  // it and awaits bench.pending.
  function expectOpen(name, formSelector, quiet, needBoth) {
    var input = byId('open-file');
    var form = document.querySelector(formSelector);
    if (!form) {
      throw new Error('no element matches ' + formSelector);
    }
    var preview = byId('preview-body');
    var messages = byId('messages');
    var r = { change: null, formFirst: null, form: null, previewFirst: null, preview: null, message: null, messageText: '', longest: 0, tasks: [] };
    // The longest main-thread task while the file opens (issue 6: none
    // over 200 ms); layout and style of the new DOM count too.
    var tasks = null;
    if (window.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).indexOf('longtask') >= 0) {
      tasks = new PerformanceObserver(function (list) {
        list.getEntries().forEach(function (e) { r.longest = Math.max(r.longest, e.duration); r.tasks.push(Math.round(e.duration)); });
      });
      tasks.observe({ type: 'longtask' });
    }
    bench.pending = new Promise(function (resolve, reject) {
      var quietTimer = null;
      var giveUp = setTimeout(function () { finish(new Error('no open of ' + name + ' within 60 s: ' + JSON.stringify(r))); }, 60000); // a hostile document may hold the page for seconds (hostile_open.go)
      var observers = [];
      function finish(err) {
        clearTimeout(giveUp);
        clearTimeout(quietTimer);
        observers.forEach(function (mo) { mo.disconnect(); });
        if (tasks) {
          tasks.takeRecords().forEach(function (e) { r.longest = Math.max(r.longest, e.duration); r.tasks.push(Math.round(e.duration)); });
          tasks.disconnect();
        }
        window.removeEventListener('change', onChange, true);
        if (err) {
          reject(err);
        } else {
          resolve(r);
        }
      }
      function settle() {
        if (r.change === null || r.message === null || (needBoth && (r.form === null || r.preview === null))) {
          return;
        }
        clearTimeout(quietTimer);
        quietTimer = setTimeout(function () {
          // A long document arrives a batch per task: the form and the
          // preview are aria-busy until their last batch.
          if (document.querySelector('#editor [aria-busy="true"], #preview-body[aria-busy="true"]')) {
            settle();
            return;
          }
          finish(null);
        }, quiet);
      }
      function watch(el, key) {
        var mo = new MutationObserver(function () {
          if (r.change === null) {
            return;
          }
          if (key === 'message') {
            var text = messages.textContent;
            if (r.message === null && text.indexOf(name) >= 0) {
              r.message = now();
              r.messageText = text;
            }
          } else {
            r[key] = now();
            if (r[key + 'First'] === null) {
              r[key + 'First'] = r[key];
            }
          }
          settle();
        });
        mo.observe(el, observeAll);
        observers.push(mo);
      }
      // A capturing listener on the window runs before the page's own.
      function onChange(ev) {
        if (ev.target === input && r.change === null) {
          r.change = now();
        }
      }
      window.addEventListener('change', onChange, true);
      watch(form, 'form');
      watch(preview, 'preview');
      watch(messages, 'message');
    });
    return true;
  }

  // memory reports the WebAssembly memory's size and how many JavaScript
  // values the Go program holds references to (wasm_exec.js's table, less
  // its free slots): a leaked js.Func or element shows as a growing count.
  // On memory.html, whose wasm is built with the bench tag, the program's
  // own hook (wasm/benchhook.go) adds the live Go heap after a collection,
  // the heap's size, the bytes allocated so far and the js.Func values not
  // released.
  function memory() {
    if (!goInstance || !goInstance._inst) {
      throw new Error('the Go program has not started');
    }
    var values = goInstance._values ? goInstance._values.length - (goInstance._idPool ? goInstance._idPool.length : 0) : -1;
    var r = {
      linear: goInstance._inst.exports.mem.buffer.byteLength, jsValues: values, drafts: localStorage.length,
      heap: -1, heapSys: -1, allocated: -1, funcs: -1
    };
    var hook = window.__minutesBench;
    if (hook && typeof hook.memory === 'function') {
      hook.memory();
      r.heap = hook.stats.heapAlloc;
      r.heapSys = hook.stats.heapSys;
      r.allocated = hook.stats.totalAlloc;
      r.funcs = hook.stats.funcs;
    }
    return r;
  }

  var bench = {
    type: type,
    markdownIt: markdownIt,
    expectOpen: expectOpen,
    memory: memory,
    sleep: sleep,
    idle: idle,
    pending: null
  };
  window.__bench = bench;
})();
