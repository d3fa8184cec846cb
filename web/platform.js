// platform.js — the browser half of the platform layer, included in the page with --pre-js.
// It turns DOM events into calls to the entry points in app/platform/web/main_web.cpp, decompresses the
// embedded font before main() runs, and publishes the read-only window.systemic diagnostics object.
// Everything here must also work when the page is a saved copy opened from file://.
/* global Module, addRunDependency, removeRunDependency, UTF8ToString, stringToUTF8, lengthBytesUTF8, HEAPU8, SYSTEMIC_DATA_GZ, SYSTEMIC_WASM_GZ */
(function () {
  'use strict';
  var canvas = document.getElementById('canvas');
  var textInput = document.getElementById('text-input');
  var ready = false;
  var firstFrameMs = 0;      // time from navigation start to the first frame drawn

  Module.canvas = canvas;
  Module.print = function (text) { console.log(text); };
  Module.printErr = function (text) { console.warn(text); };

  function showMessage(title, body) {
    var box = document.getElementById('message');
    document.getElementById('loading').hidden = true;
    document.getElementById('message-title').textContent = title;
    document.getElementById('message-body').textContent = body;
    box.hidden = false;
  }

  Module.systemicFail = function (why) {
    if (why === 'webgl2') {
      showMessage('This browser cannot draw Systemic',
        'Systemic needs WebGL 2, which this browser has switched off or does not support. ' +
        'Try a current version of Chrome, Edge, Firefox or Safari, or turn on hardware acceleration in the ' +
        'browser settings. Nothing you saved before has been lost.');
    } else if (why === 'wasm') {
      showMessage('Systemic could not start',
        'This copy of the page seems to be damaged. Open the original file or link again. ' +
        'Nothing you saved before has been lost.');
    } else if (why === 'decompression') {
      showMessage('This browser is too old for Systemic',
        'Systemic needs a browser from 2023 or later (it unpacks its questions with the browser\'s built-in ' +
        'decompression). Try a current version of Chrome, Edge, Firefox or Safari. Nothing you saved before has been lost.');
    }
  };
  Module.onAbort = function () {
    showMessage('Systemic stopped unexpectedly',
      'Please reload the page. Your answers are saved in this browser as you go, so reloading keeps them.');
  };

  // ---- Page data (font, questionnaires): gzipped in the page, unpacked before main() so C++ can read it.
  function gunzip(b64) {
    var bin = atob(b64);
    var bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer().then(function (buf) { return new Uint8Array(buf); });
  }
  Module.preRun = Module.preRun || [];
  Module.preRun.push(function () {
    Module.systemicFonts = [];
    Module.systemicQuestionnaires = [];
    if (typeof SYSTEMIC_DATA_GZ === 'undefined') return;
    if (typeof DecompressionStream === 'undefined') {
      Module.systemicFail('decompression');
      return;
    }
    addRunDependency('systemic-data');
    var data = SYSTEMIC_DATA_GZ;
    Promise.all([gunzip(data.fonts.regular), gunzip(data.fonts.bold)].concat(data.questionnaires.map(gunzip)))
      .then(function (parts) {
        Module.systemicFonts = parts.slice(0, 2);
        Module.systemicQuestionnaires = parts.slice(2);
      }, function () { Module.systemicFail('decompression'); })
      .then(function () { removeRunDependency('systemic-data'); });
  });

  // ---- The wasm module travels gzipped inside the page (cmake/make_single_file.py): unpack, then instantiate.
  Module.instantiateWasm = function (imports, receiveInstance) {
    if (typeof SYSTEMIC_WASM_GZ === 'undefined' || typeof DecompressionStream === 'undefined') {
      Module.systemicFail('decompression');
      return {};
    }
    gunzip(SYSTEMIC_WASM_GZ)
      .then(function (bytes) { return WebAssembly.instantiate(bytes, imports); })
      .then(function (result) { receiveInstance(result.instance, result.module); },
        function (err) { console.warn(err); Module.systemicFail('wasm'); });
    return {};   // the exports arrive later, through receiveInstance
  };

  // ---- Strings into wasm through one buffer owned by C++.
  function put(text) {
    var n = lengthBytesUTF8(text);
    var ptr = Module._systemic_input_buffer(n);
    stringToUTF8(text, ptr, n + 1);
  }
  function mods(e) { return (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0); }
  // The backing store follows the device pixel ratio up to MAX_RATIO. Above 2 text is already crisp at arm's
  // length, while every extra pixel costs drawing time and memory (a 390 x 844 phone at ratio 3 has 2.96 million
  // pixels, 2.25 times as many as at 2): see docs/performance.md for the screenshots and pixel counts.
  var MAX_RATIO = 2;
  function deviceRatio() { return window.devicePixelRatio || 1; }
  function ratio() { return Math.min(deviceRatio(), MAX_RATIO); }

  // ---- Canvas size: the backing store is the CSS size times the (capped) pixel ratio, so text is crisp.
  function resize() {
    if (!ready) return;
    var r = canvas.getBoundingClientRect();
    var dpr = ratio();
    var w = Math.max(1, Math.round(r.width * dpr));
    var h = Math.max(1, Math.round(r.height * dpr));
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    Module._systemic_resize(w, h, dpr);
  }
  function watchRatio() {
    // A ratio change (browser zoom, moving to another screen) does not always fire 'resize'.
    if (!window.matchMedia) return;
    var mq = window.matchMedia('(resolution: ' + deviceRatio() + 'dppx)');
    var onChange = function () { mq.removeEventListener('change', onChange); resize(); watchRatio(); };
    mq.addEventListener('change', onChange);
  }

  // ---- Pointer: mouse, pen and touch. Touch gets its own handling: a tap is one click, a drag scrolls.
  var touch = null;          // {id, x0, y0, y, scrolling}
  var TAP_SLOP_CSS = 8;      // a finger that moves further than this is scrolling, not tapping
  function pos(e) {
    var r = canvas.getBoundingClientRect();
    var dpr = ratio();
    return [(e.clientX - r.left) * dpr, (e.clientY - r.top) * dpr];
  }
  function imguiButton(b) { return b === 0 ? 0 : b === 2 ? 1 : b === 1 ? 2 : b; }
  function source(e) { return e.pointerType === 'touch' ? 1 : e.pointerType === 'pen' ? 2 : 0; }
  function focusForText() {
    // Inside the user's gesture, so phones open their keyboard.
    if (Module._systemic_frame_now() || Module._systemic_frame_now()) {
      textInput.value = ' ';
      textInput.focus({ preventScroll: true });
    }
  }

  canvas.addEventListener('pointerdown', function (e) {
    if (!ready) return;
    var p = pos(e);
    if (e.pointerType === 'touch') {
      if (touch) return;   // one finger drives the UI; others are ignored
      touch = { id: e.pointerId, x0: e.clientX, y0: e.clientY, y: p[1], scrolling: false };
      Module._systemic_pointer(1, p[0], p[1], 0, 1, mods(e));
    } else {
      canvas.setPointerCapture(e.pointerId);
      Module._systemic_pointer(1, p[0], p[1], imguiButton(e.button), source(e), mods(e));
    }
    if (document.activeElement !== textInput) canvas.focus({ preventScroll: true });
    e.preventDefault();
  });
  canvas.addEventListener('pointermove', function (e) {
    if (!ready) return;
    var p = pos(e);
    if (e.pointerType === 'touch') {
      if (!touch || touch.id !== e.pointerId) return;
      if (!touch.scrolling && Math.hypot(e.clientX - touch.x0, e.clientY - touch.y0) > TAP_SLOP_CSS) {
        // Becomes a scroll: release the button away from any widget so nothing is clicked.
        touch.scrolling = true;
        Module._systemic_pointer(2, -1e9, -1e9, 0, 1, 0);
        Module._systemic_pointer(0, p[0], p[1], 0, 1, 0);
      }
      if (touch.scrolling) {
        var step = 5 * Module._systemic_font_px();     // Dear ImGui scrolls 5 lines per wheel unit
        Module._systemic_wheel(0, (p[1] - touch.y) / step);
        touch.y = p[1];
      }
      return;
    }
    Module._systemic_pointer(0, p[0], p[1], -1, source(e), mods(e));
  });
  function pointerEnd(e, cancelled) {
    if (!ready) return;
    var p = pos(e);
    if (e.pointerType === 'touch') {
      if (!touch || touch.id !== e.pointerId) return;
      var wasScrolling = touch.scrolling;
      touch = null;
      if (wasScrolling) { Module._systemic_pointer(3, 0, 0, 0, 1, 0); return; }
      if (cancelled) { Module._systemic_pointer(2, -1e9, -1e9, 0, 1, 0); return; }
      Module._systemic_pointer(2, p[0], p[1], 0, 1, mods(e));
      focusForText();
      e.preventDefault();
      return;
    }
    Module._systemic_pointer(2, p[0], p[1], imguiButton(e.button), source(e), mods(e));
  }
  canvas.addEventListener('pointerup', function (e) { pointerEnd(e, false); });
  canvas.addEventListener('pointercancel', function (e) { pointerEnd(e, true); });
  canvas.addEventListener('pointerleave', function (e) {
    if (ready && e.pointerType === 'mouse' && e.buttons === 0) Module._systemic_pointer(3, 0, 0, 0, 0, 0);
  });
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  canvas.addEventListener('wheel', function (e) {
    if (!ready) return;
    var unit = e.deltaMode === 1 ? 3 : e.deltaMode === 2 ? 1 : 100;   // pixels, lines or pages per wheel notch
    var p = pos(e);
    Module._systemic_pointer(0, p[0], p[1], -1, 0, mods(e));
    Module._systemic_wheel(-e.deltaX / unit, -e.deltaY / unit);
    e.preventDefault();
  }, { passive: false });

  // ---- Keyboard. Keys go to Dear ImGui as keys; characters as text, from the hidden input when it has focus
  // (on-screen keyboards and input methods type there) and from keydown otherwise.
  var PREVENT = { Tab: 1, ' ': 1, ArrowUp: 1, ArrowDown: 1, ArrowLeft: 1, ArrowRight: 1, PageUp: 1, PageDown: 1,
    Home: 1, End: 1, Backspace: 1, Enter: 1, Escape: 1, '/': 1, '?': 1 };
  function keyName(e) { return /^(Key[A-Z]|Digit[0-9]|Numpad[0-9]|F[0-9]{1,2})$/.test(e.code) ? e.code : e.key; }
  window.addEventListener('keydown', function (e) {
    if (!ready || e.isComposing || e.key === 'Unidentified' || e.key === 'Process') return;
    var command = e.ctrlKey || e.metaKey;
    if (command && e.code === 'KeyV') return;   // the paste event brings the text
    put(keyName(e));
    var known = Module._systemic_key(1, mods(e));
    var typing = document.activeElement === textInput;
    if (!typing && !command && e.key.length === 1) { put(e.key); Module._systemic_text(); }
    // While typing, characters must reach the hidden input (its input event carries them); otherwise keys that
    // would scroll or move the browser's focus belong to the app.
    var character = e.key.length === 1 && !command;
    if (known && !(typing && character) && (PREVENT[e.key] || (command && /^Key[ACXZY]$/.test(e.code)))) e.preventDefault();
  });
  window.addEventListener('keyup', function (e) {
    if (!ready || e.key === 'Unidentified') return;
    put(keyName(e));
    Module._systemic_key(0, mods(e));
  });
  textInput.addEventListener('input', function (e) {
    if (!ready) return;
    if (e.inputType === 'deleteContentBackward') {
      put('Backspace'); Module._systemic_key(1, 0); Module._systemic_key(0, 0);
    } else {
      var typed = textInput.value.replace(/^ /, '');
      if (typed) { put(typed); Module._systemic_text(); }
    }
    textInput.value = ' ';   // a sentinel so the next Backspace still produces an input event on phones
  });
  document.addEventListener('paste', function (e) {
    if (!ready) return;
    var text = (e.clipboardData || window.clipboardData).getData('text/plain') || '';
    put(text);
    Module._systemic_paste();
    e.preventDefault();
  });
  window.addEventListener('focus', function () { if (ready) Module._systemic_focus(1); });
  window.addEventListener('blur', function () { if (ready) Module._systemic_focus(0); });

  // ---- Files: the picker (asked for by the UI) and drag and drop. Files are read here as text and handed over.
  var MAX_FILE_BYTES = 8 * 1024 * 1024;   // larger files are refused before reading: no results file is this big
  function handOver(name, text) {
    var n1 = lengthBytesUTF8(name) + 1, n2 = lengthBytesUTF8(text) + 1;
    var p1 = Module._malloc(n1), p2 = Module._malloc(n2);
    stringToUTF8(name, p1, n1);
    stringToUTF8(text, p2, n2);
    Module._systemic_file(p1, p2);
    Module._free(p1);
    Module._free(p2);
  }
  // Files are read a few at a time and handed over in their order, in slices of about SLICE_MS: a consultant may
  // drop thousands, and between slices the page draws its progress line and answers input.
  var SLICE_MS = 12;
  var READ_AHEAD = 16;       // files being read at once
  var incoming = [];         // {file, text}: text is null until read, '' for a file that cannot be read
  var reading = 0;           // index of the next file to start reading
  var sliceQueued = false;
  function readOne(entry) {
    if (entry.file.size > MAX_FILE_BYTES) { entry.text = ''; return Promise.resolve(); }
    return entry.file.text().then(function (text) { entry.text = text; }, function () { entry.text = ''; });
  }
  function readAhead() {
    while (reading < incoming.length && reading < READ_AHEAD) {
      readOne(incoming[reading]).then(queueSlice);
      reading++;
    }
  }
  function queueSlice() {
    if (sliceQueued) return;
    sliceQueued = true;
    setTimeout(slice, 0);
  }
  function slice() {
    sliceQueued = false;
    var start = performance.now();
    while (incoming.length && incoming[0].text !== null && performance.now() - start < SLICE_MS) {
      var entry = incoming.shift();
      reading--;
      handOver(entry.file.name, entry.text);
      readAhead();
    }
    if (!incoming.length) { Module._systemic_files_end(); return; }
    if (incoming[0].text !== null) queueSlice();   // out of time: carry on after the browser has had its turn
  }
  function readFiles(files) {
    var list = Array.prototype.slice.call(files || []);
    if (!list.length) return;
    Module._systemic_files_begin(list.length);
    list.forEach(function (file) { incoming.push({ file: file, text: null }); });
    readAhead();
  }
  var picker = document.createElement('input');
  picker.type = 'file';
  picker.accept = '.json,.txt,application/json,text/plain';
  picker.addEventListener('change', function () { readFiles(picker.files); picker.value = ''; });
  // Never attached to the document, so a copy saved with "Save page as" does not collect stray inputs.
  Module.systemicPickFiles = function (multiple) { picker.multiple = multiple; picker.click(); };
  window.addEventListener('dragover', function (e) { e.preventDefault(); });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    if (!ready || !e.dataTransfer) return;
    if (e.dataTransfer.files && e.dataTransfer.files.length) readFiles(e.dataTransfer.files);
    else { var text = e.dataTransfer.getData('text/plain'); if (text) handOver('dropped text', text); }
  });
  window.addEventListener('hashchange', function () {
    if (!ready || !location.hash) return;
    put(location.hash);
    Module._systemic_fragment();
  });

  Module.systemicTextInput = function (active) {
    if (active) {
      if (document.activeElement !== textInput && !touch) { textInput.value = ' '; textInput.focus({ preventScroll: true }); }
    } else if (document.activeElement === textInput) {
      textInput.blur();
      canvas.focus({ preventScroll: true });
    }
  };
  Module.systemicCopy = function (text) {
    function fallback() {
      var area = document.createElement('textarea');
      area.value = text;
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      try { document.execCommand('copy'); } catch (err) { /* nothing more to try */ }
      document.body.removeChild(area);
    }
    try {
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).catch(fallback);
      else fallback();
    } catch (err) { fallback(); }
  };
  Module.systemicFirstFrame = function () {
    firstFrameMs = performance.now();
    document.getElementById('loading').hidden = true;
    document.documentElement.classList.add('ready');
  };
  Module.systemicStarted = function () {
    ready = true;
    resize();
    watchRatio();
    window.addEventListener('resize', resize);
    window.addEventListener('orientationchange', resize);
    if (window.ResizeObserver) new ResizeObserver(resize).observe(canvas);
    canvas.focus({ preventScroll: true });
  };

  // ---- window.systemic: read-only diagnostics for tests and support.
  var api = {};
  Object.defineProperty(api, 'frames', { enumerable: true, get: function () { return ready ? Module._systemic_frames() : 0; } });
  Object.defineProperty(api, 'passes', { enumerable: true, get: function () { return ready ? Module._systemic_passes() : 0; } });
  Object.defineProperty(api, 'ticks', { enumerable: true, get: function () { return ready ? Module._systemic_ticks() : 0; } });
  Object.defineProperty(api, 'lastFrameMs', { enumerable: true, get: function () { return ready ? Module._systemic_last_frame_ms() : 0; } });
  Object.defineProperty(api, 'paused', { enumerable: true, get: function () { return ready ? !!Module._systemic_paused() : false; } });
  Object.defineProperty(api, 'firstFrameMs', { enumerable: true, get: function () { return firstFrameMs; } });
  Object.defineProperty(api, 'heapBytes', { enumerable: true, get: function () { return ready ? HEAPU8.length : 0; } });
  api.state = function () {
    return ready ? JSON.parse(UTF8ToString(Module._systemic_state())) : { screen: 'loading' };
  };
  Object.freeze(api);
  if (!('systemic' in window)) Object.defineProperty(window, 'systemic', { value: api, writable: false, configurable: false });
})();
