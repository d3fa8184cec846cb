// platform.js — the browser half of the platform layer, included in the page with --pre-js.
// It turns DOM events into calls to the entry points in app/platform/web/main_web.cpp, decompresses the
// embedded font before main() runs, and publishes the read-only window.systemic diagnostics object.
// Everything here must also work when the page is a saved copy opened from file://.
/* global Module, addRunDependency, removeRunDependency, UTF8ToString, stringToUTF8, lengthBytesUTF8, HEAPU8, SYSTEMIC_DATA_GZ, SYSTEMIC_WASM_GZ */
(function () {
  'use strict';
  var canvas = document.getElementById('canvas');
  var sem = document.getElementById('sem');
  var ready = false;
  var lost = false;          // the WebGL context is lost: nothing is drawn, so input is held back until it returns
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

  function live() { return ready && !lost; }

  // ---- Strings into wasm through one buffer owned by C++.
  function put(text) {
    var n = lengthBytesUTF8(text);
    var ptr = Module._systemic_input_buffer(n);
    stringToUTF8(text, ptr, n + 1);
  }
  function mods(e) { return (e.ctrlKey ? 1 : 0) | (e.shiftKey ? 2 : 0) | (e.altKey ? 4 : 0) | (e.metaKey ? 8 : 0); }
  function ratio() { return window.devicePixelRatio || 1; }
  // The canvas's pixels per CSS pixel: the device's ratio up to 2. A phone at ratio 3 would otherwise draw 2.25
  // times the pixels of ratio 2 on every frame (issue 15) for text that reads the same at arm's length; the
  // browser scales the canvas up the rest of the way. Ratios below 2 (1, 1.25, 1.5 with browser zoom) are kept.
  var MAX_CANVAS_RATIO = 2;
  function canvasRatio() { return Math.min(ratio(), MAX_CANVAS_RATIO); }

  // ---- Canvas size: the backing store is the CSS size times the canvas ratio, so text is crisp.
  function resize() {
    if (!ready) return;
    var r = canvas.getBoundingClientRect();
    var dpr = canvasRatio();
    var w = Math.max(1, Math.round(r.width * dpr));
    var h = Math.max(1, Math.round(r.height * dpr));
    if (canvas.width !== w) canvas.width = w;
    if (canvas.height !== h) canvas.height = h;
    Module._systemic_resize(w, h, dpr);
  }
  function watchRatio() {
    // A ratio change (browser zoom, moving to another screen) does not always fire 'resize'.
    if (!window.matchMedia) return;
    var mq = window.matchMedia('(resolution: ' + ratio() + 'dppx)');
    var onChange = function () { mq.removeEventListener('change', onChange); resize(); watchRatio(); };
    mq.addEventListener('change', onChange);
  }

  // ---- Pointer: mouse, pen and touch. Touch gets its own handling: a tap is one click, a drag scrolls.
  var touch = null;          // {id, x0, y0, y, scrolling, v, t}
  var glide = 0;             // requestAnimationFrame id of the momentum after a flick (0: none)
  // After a flick the page glides on and slows down, as native scrolling does: velocity in device pixels per
  // millisecond, decaying by a constant factor per millisecond (about 0.95 per 60 Hz frame).
  function stopGlide() { if (glide) { cancelAnimationFrame(glide); glide = 0; } }
  function startGlide(v) {
    stopGlide();
    var last = performance.now();
    function step(now) {
      var dt = Math.min(50, now - last);
      last = now;
      v *= Math.pow(0.997, dt);
      if (!live() || Math.abs(v) < 0.05) { glide = 0; return; }
      Module._systemic_wheel(0, v * dt / (5 * Module._systemic_font_px()));
      glide = requestAnimationFrame(step);
    }
    if (Math.abs(v) >= 0.3) glide = requestAnimationFrame(step);
  }
  var TAP_SLOP_CSS = 8;      // a finger that moves further than this is scrolling, not tapping
  function pos(e) {
    var r = canvas.getBoundingClientRect();
    var dpr = canvasRatio();
    return [(e.clientX - r.left) * dpr, (e.clientY - r.top) * dpr];
  }
  function imguiButton(b) { return b === 0 ? 0 : b === 2 ? 1 : b === 1 ? 2 : b; }
  function source(e) { return e.pointerType === 'touch' ? 1 : e.pointerType === 'pen' ? 2 : 0; }
  // Pointer events reach the app from the canvas and from the DOM tree over it (#sem): text takes the pointer so
  // it can be selected, controls so pointing at one is pointing at the element its role and name describe; either
  // way the press goes to Dear ImGui at the same place, and the DOM click that follows is ignored (see the click
  // listener below), so a tap is exactly one activation: ImGui's.
  function onControl(e) { var el = e.target.closest ? e.target.closest('[data-act]') : null; return !!el && !isField(el); }
  function onText(e) { return e.target !== canvas && !onControl(e); }
  function isField(el) { return !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && sem.contains(el); }
  function selecting() { var s = window.getSelection(); return s && !s.isCollapsed && String(s).length > 0; }
  function pointerDown(e) {
    if (!live() || isField(e.target)) return;
    var p = pos(e);
    if (e.pointerType === 'touch') {
      if (touch) return;   // one finger drives the UI; others are ignored
      stopGlide();         // a finger on the glass stops the glide
      touch = { id: e.pointerId, x0: e.clientX, y0: e.clientY, y: p[1], scrolling: false, v: 0, t: e.timeStamp };
      Module._systemic_pointer(1, p[0], p[1], 0, 1, mods(e));
    } else {
      if (!onText(e)) canvas.setPointerCapture(e.pointerId);
      Module._systemic_pointer(1, p[0], p[1], imguiButton(e.button), source(e), mods(e));
    }
    // A press on the page takes the keyboard focus off the DOM tree's controls and fields (ImGui's hides its own).
    if (sem.contains(document.activeElement)) document.activeElement.blur();
    if (!onText(e)) canvas.focus({ preventScroll: true });   // a control's press does not move the DOM focus to it
    // On text, the browser's default starts a selection; elsewhere nothing of the browser's is wanted.
    if (!(onText(e) && e.pointerType !== 'touch')) e.preventDefault();
  }
  function pointerMove(e) {
    if (!live() || isField(e.target)) return;
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
        var dt = Math.max(1, e.timeStamp - touch.t);
        touch.v = 0.6 * ((p[1] - touch.y) / dt) + 0.4 * touch.v;   // smoothed over the last moves
        touch.t = e.timeStamp;
        touch.y = p[1];
      }
      return;
    }
    Module._systemic_pointer(0, p[0], p[1], -1, source(e), mods(e));
  }
  function pointerEnd(e, cancelled) {
    if (!live() || isField(e.target)) return;
    var p = pos(e);
    if (e.pointerType === 'touch') {
      if (!touch || touch.id !== e.pointerId) return;
      var wasScrolling = touch.scrolling, t = touch;
      touch = null;
      if (wasScrolling) {
        Module._systemic_pointer(3, 0, 0, 0, 1, 0);
        if (e.timeStamp - t.t < 100) startGlide(t.v);   // a finger that stopped before lifting does not flick
        return;
      }
      if (cancelled) { Module._systemic_pointer(2, -1e9, -1e9, 0, 1, 0); return; }
      Module._systemic_pointer(2, p[0], p[1], 0, 1, mods(e));
      e.preventDefault();
      return;
    }
    // A drag that selected text is not a click: release away from every widget.
    if (onText(e) && selecting()) { Module._systemic_pointer(2, -1e9, -1e9, imguiButton(e.button), source(e), 0); return; }
    Module._systemic_pointer(2, p[0], p[1], imguiButton(e.button), source(e), mods(e));
  }
  [canvas, sem].forEach(function (el) {
    el.addEventListener('pointerdown', pointerDown);
    el.addEventListener('pointermove', pointerMove);
    el.addEventListener('pointerup', function (e) { pointerEnd(e, false); });
    el.addEventListener('pointercancel', function (e) { pointerEnd(e, true); });
    el.addEventListener('wheel', wheel, { passive: false });
  });
  // A drag that starts on a text field (a real DOM field, whose touches the browser keeps) scrolls the page too,
  // once the field has nothing of its own left to scroll: a long note scrolls inside itself first. Touch events,
  // not pointer events: the browser cancels the pointer as soon as it takes the gesture, but touches go on.
  var fieldTouch = null;     // {x0, y0, y, scrolling, v, t, el, top}
  sem.addEventListener('touchstart', function (e) {
    fieldTouch = null;
    if (!live() || touch || e.touches.length !== 1 || !isField(e.target)) return;
    var t = e.touches[0];
    stopGlide();
    fieldTouch = { x0: t.clientX, y0: t.clientY, y: pos(t)[1], scrolling: false, v: 0, t: e.timeStamp, el: e.target, top: e.target.scrollTop };
  }, { passive: true });
  sem.addEventListener('touchmove', function (e) {
    var f = fieldTouch;
    if (!f || !live() || e.touches.length !== 1) { fieldTouch = null; return; }
    var t = e.touches[0], p = pos(t), y = p[1];
    if (!f.scrolling && Math.hypot(t.clientX - f.x0, t.clientY - f.y0) > TAP_SLOP_CSS) {
      f.scrolling = true;
      Module._systemic_pointer(0, p[0], p[1], 0, 1, 0);   // the wheel scrolls what is under the finger
    }
    if (!f.scrolling) return;
    if (f.el.scrollTop !== f.top) { f.top = f.el.scrollTop; f.y = y; return; }   // the field scrolled itself
    Module._systemic_wheel(0, (y - f.y) / (5 * Module._systemic_font_px()));
    var dt = Math.max(1, e.timeStamp - f.t);
    f.v = 0.6 * ((y - f.y) / dt) + 0.4 * f.v;
    f.t = e.timeStamp;
    f.y = y;
  }, { passive: true });
  function fieldTouchEnd(e) {
    var f = fieldTouch;
    fieldTouch = null;
    if (!f || !f.scrolling || !live()) return;
    Module._systemic_pointer(3, 0, 0, 0, 1, 0);   // the finger left: nothing stays hovered
    if (e.timeStamp - f.t < 100) startGlide(f.v);
  }
  sem.addEventListener('touchend', fieldTouchEnd, { passive: true });
  sem.addEventListener('touchcancel', function () { fieldTouch = null; }, { passive: true });
  canvas.addEventListener('pointerleave', function (e) {
    if (ready && e.pointerType === 'mouse' && e.buttons === 0 && !sem.contains(e.relatedTarget)) Module._systemic_pointer(3, 0, 0, 0, 0, 0);
  });
  // Right-click on the canvas offers nothing useful; on text the browser's menu (copy, search) stays.
  canvas.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  function wheel(e) {
    if (!live()) return;
    var unit = e.deltaMode === 1 ? 3 : e.deltaMode === 2 ? 1 : 100;   // pixels, lines or pages per wheel notch
    var p = pos(e);
    Module._systemic_pointer(0, p[0], p[1], -1, 0, mods(e));
    Module._systemic_wheel(-e.deltaX / unit, -e.deltaY / unit);
    e.preventDefault();
  }

  // ---- Keyboard. Keys go to Dear ImGui as keys and characters, except in a text field of the DOM tree, where the
  // browser edits (composition, dead keys, autocorrect) and only Tab and Escape go to the app. Enter and Space
  // on a focused control of the DOM tree activate it there (one path, whatever ImGui's focus is this frame).
  var PREVENT = { Tab: 1, ' ': 1, ArrowUp: 1, ArrowDown: 1, ArrowLeft: 1, ArrowRight: 1, PageUp: 1, PageDown: 1,
    Home: 1, End: 1, Backspace: 1, Enter: 1, Escape: 1, '/': 1, '?': 1 };
  function keyName(e) { return /^(Key[A-Z]|Digit[0-9]|Numpad[0-9]|F[0-9]{1,2})$/.test(e.code) ? e.code : e.key; }
  window.addEventListener('keydown', function (e) {
    if (!live() || e.isComposing || e.key === 'Unidentified' || e.key === 'Process') return;
    var command = e.ctrlKey || e.metaKey;
    var active = document.activeElement;
    if (isField(active)) {
      if (e.key !== 'Tab' && e.key !== 'Escape') return;
      leavingField = true;   // ImGui moves its focus on; the DOM focus may then follow out of the field
    }
    var control = active && active.dataset && active.dataset.act && !isField(active);
    if (control && (e.key === 'Enter' || e.key === ' ') && !command) {
      e.preventDefault();
      if (!e.repeat) semAction(active, 1);
      return;
    }
    if (command && /^Key[VCAFPX]$/.test(e.code)) return;   // paste, copy, select all, find, print: the browser's
    put(keyName(e));
    var known = Module._systemic_key(1, mods(e));
    if (!command && e.key.length === 1) { put(e.key); Module._systemic_text(); }
    if (known && PREVENT[e.key]) e.preventDefault();
  });
  window.addEventListener('keyup', function (e) {
    if (!live() || e.key === 'Unidentified') return;
    put(keyName(e));
    Module._systemic_key(0, mods(e));
  });
  document.addEventListener('paste', function (e) {
    if (!live() || isField(document.activeElement)) return;   // a field of the DOM tree takes its own paste
    var text = (e.clipboardData || window.clipboardData).getData('text/plain') || '';
    put(text);
    Module._systemic_paste();
    e.preventDefault();
  });
  window.addEventListener('focus', function () { if (ready) Module._systemic_focus(1); });
  window.addEventListener('blur', function () { if (ready) Module._systemic_focus(0); });

  // ---- Files: the picker (asked for by the UI) and drag and drop. Files are handed over as their bytes, exactly as
  // stored: C++ reads the encoding (formats/file_text.h), so the page and `systemic` give the same answer for the
  // same bytes (a TextDecoder would quietly replace invalid UTF-8 and drop a byte-order mark). All files of one pick
  // or drop form one batch (state/inbox.h BeginFiles): a few files each get their own message; a consultant may drop
  // thousands, so they are read a few at a time and handed over in their order in slices of about SLICE_MS, and
  // between slices the browser draws the team view's progress and answers input.
  var MAX_FILE_BYTES = 16 * 1024 * 1024;   // kMaxFileBytes in formats/file_text.h: larger files are refused unread
  var SLICE_MS = 12;                       // work per slice, then the browser has its turn
  var SHOW_MS = 250;                       // the progress the team view shows moves on at most this often (a frame each)
  var CHUNK = 128, CHUNK_BYTES = 8 * 1024 * 1024;   // files read together as one Blob (one read, not one per file)
  var AHEAD = 2;                           // chunks being read at once
  var incoming = [];        // {file, item}: item ({name, bytes | refused | failed}) is null until read
  var asked = 0, chunksReading = 0;        // the first `asked` entries of `incoming` have been asked for their bytes
  var batchOpen = false, sliceQueued = false, shownAt = 0;
  var turn = new MessageChannel();     // a task after the browser's own (no 4 ms clamp as with setTimeout)
  turn.port1.onmessage = slice;
  function handOne(item) {
    var n1 = lengthBytesUTF8(item.name) + 1;
    var p1 = Module._malloc(n1);
    stringToUTF8(item.name, p1, n1);
    var len = item.bytes ? item.bytes.length : 0;
    var p2 = len ? Module._malloc(len) : 0;
    if (len) HEAPU8.set(item.bytes, p2);
    Module._systemic_file_bytes(p1, p2, len, item.refused || 0, item.failed ? 1 : 0);
    Module._free(p1);
    if (p2) Module._free(p2);
  }
  function readOne(entry) {
    return entry.file.arrayBuffer().then(function (buf) { entry.item = { name: entry.file.name, bytes: new Uint8Array(buf) }; },
      function () { entry.item = { name: entry.file.name, failed: true }; });
  }
  // Reads the next chunk of files as one Blob and cuts it up; a chunk that cannot be read (a file moved meanwhile) is
  // read again file by file, so only that file fails.
  function readChunk() {
    var part = [], bytes = 0;
    while (asked < incoming.length && part.length < CHUNK && (part.length === 0 || bytes < CHUNK_BYTES)) {
      var entry = incoming[asked++];
      if (entry.item) continue;
      if (entry.file.size > MAX_FILE_BYTES) { entry.item = { name: entry.file.name, refused: entry.file.size }; continue; }
      part.push(entry);
      bytes += entry.file.size;
    }
    if (!part.length) return false;
    chunksReading++;
    new Blob(part.map(function (e) { return e.file; })).arrayBuffer().then(function (buf) {
      var all = new Uint8Array(buf), at = 0;
      part.forEach(function (e) { e.item = { name: e.file.name, bytes: all.subarray(at, at + e.file.size) }; at += e.file.size; });
    }, function () {
      return Promise.all(part.map(readOne));
    }).then(function () { chunksReading--; readAhead(); queueSlice(); });
    return true;
  }
  function readAhead() {
    while (chunksReading < AHEAD && asked < incoming.length && readChunk()) {}
    if (incoming.length && incoming[0].item) queueSlice();
  }
  function queueSlice() {
    if (sliceQueued) return;
    sliceQueued = true;
    turn.port2.postMessage(0);
  }
  function slice() {
    sliceQueued = false;
    var start = performance.now();
    while (incoming.length && incoming[0].item && performance.now() - start < SLICE_MS) {
      handOne(incoming.shift().item);
      asked--;
    }
    if (!incoming.length) {
      batchOpen = false;
      Module._systemic_files_end();
      return;
    }
    if (performance.now() - shownAt >= SHOW_MS) {   // the team view's progress: a frame drawn for it, not for every file
      shownAt = performance.now();
      Module._systemic_files_progress();
    }
    readAhead();
    if (incoming[0].item) queueSlice();   // out of time: carry on after the browser has drawn and taken input
  }
  function queueFiles(entries) {
    if (!ready) return;
    Module._systemic_files_begin(entries.length);
    if (!entries.length) {   // a picker closed without a file (state/inbox.h): said only when no batch is under way
      if (!batchOpen) Module._systemic_files_end();
      return;
    }
    batchOpen = true;
    shownAt = performance.now();
    entries.forEach(function (e) { incoming.push(e); });
    readAhead();
  }
  function readFiles(files) {
    var list = Array.prototype.slice.call(files || []);
    if (list.length) queueFiles(list.map(function (file) { return { file: file, item: null }; }));
  }
  var picker = document.createElement('input');
  picker.type = 'file';
  picker.accept = '.json,.txt,application/json,text/plain';
  picker.addEventListener('change', function () {
    if (picker.files && picker.files.length) readFiles(picker.files);
    else queueFiles([]);   // chosen nothing: an empty batch says the picker closed (state/inbox.h)
    picker.value = '';
  });
  picker.addEventListener('cancel', function () { queueFiles([]); });
  // Never attached to the document, so a copy saved with "Save page as" does not collect stray inputs.
  Module.systemicPickFiles = function (multiple) { picker.multiple = multiple; picker.click(); };
  window.addEventListener('dragover', function (e) { e.preventDefault(); });
  window.addEventListener('drop', function (e) {
    e.preventDefault();
    if (!live() || !e.dataTransfer) return;
    if (e.dataTransfer.files && e.dataTransfer.files.length) readFiles(e.dataTransfer.files);
    else {
      var text = e.dataTransfer.getData('text/plain');
      if (text) queueFiles([{ file: null, item: { name: 'dropped text', bytes: new TextEncoder().encode(text) } }]);
    }
  });
  window.addEventListener('hashchange', function () {
    if (!live() || !location.hash) return;
    put(location.hash);
    Module._systemic_fragment();
  });

  // ---- Other tabs: their writes arrive as `storage` events (never for this tab's own writes).
  window.addEventListener('storage', function (e) {
    if (!ready) return;
    var key = e.key === null ? '' : String(e.key);   // null: the whole storage was cleared
    if (key !== '' && key.indexOf('systemic.v1.') !== 0) return;   // another page's data on the same origin
    put(key);
    Module._systemic_storage_changed();
  });
  // ---- Leaving: keys typed a moment ago may still wait for a frame that will never come. Apply and save them now.
  function flush() { if (ready) Module._systemic_flush(); }
  window.addEventListener('pagehide', flush);
  document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') flush(); });

  // ---- The semantic DOM tree (#sem): what the UI drew, as real elements laid over the canvas in reading order
  // (app/ui/semantics.h). It receives a node list only when the list changed and applies it by difference,
  // keyed by node id. Text is transparent but selectable and findable; fields are the real editors.
  // Node: [id, parent, role, level, name, description, value, states, actions, x, y, w, h, font] (CSS px).
  var ROLES = ['p', 'h', 'button', 'link', 'group', 'radiogroup', 'radio', 'checkbox', 'input', 'textarea',
    'progressbar', 'list', 'listitem', 'table', 'row', 'columnheader', 'rowheader', 'cell', 'status', 'dialog', 'img'];
  var S_CHECKED = 1, S_SELECTED = 2, S_DISABLED = 4, S_EXPANDED = 8, S_COLLAPSED = 16, S_CURRENT = 32,
    S_INVALID = 64, S_FOCUSED = 128, S_BOLD = 256, S_HIDDEN = 512, S_READONLY = 2048;
  var semEls = new Map();      // id -> element
  var emPerPx = 0.734;         // CSS font-size per ImGui pixel size: units per em / (ascent - descent), from the font
  var composing = false;
  var leavingField = false;    // Tab or Escape was pressed in a field of the DOM tree
  function fontMetrics(bytes) {
    // ImGui sizes a font by ascent - descent (hhea); CSS by the em square (head.unitsPerEm).
    try {
      var v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), n = v.getUint16(4), upm = 0, asc = 0, desc = 0;
      for (var i = 0; i < n; i++) {
        var rec = 12 + 16 * i, tag = String.fromCharCode(v.getUint8(rec), v.getUint8(rec + 1), v.getUint8(rec + 2), v.getUint8(rec + 3));
        var off = v.getUint32(rec + 8);
        if (tag === 'head') upm = v.getUint16(off + 18);
        if (tag === 'hhea') { asc = v.getInt16(off + 4); desc = v.getInt16(off + 6); }
      }
      if (upm && asc - desc > 0) emPerPx = upm / (asc - desc);
    } catch (err) { /* keep the default */ }
  }
  function loadFonts() {
    var f = Module.systemicFonts || [];
    if (!f[0] || typeof FontFace === 'undefined') return;
    fontMetrics(f[0]);
    [[f[0], '400'], [f[1] || f[0], '700']].forEach(function (face) {
      try {
        var ff = new FontFace('SystemicUI', face[0], { weight: face[1] });
        document.fonts.add(ff);
        ff.load();
      } catch (err) { /* the system font stands in */ }
    });
  }
  function semAction(el, action, text) {
    if (!live() || !el || !el.dataset.id) return;
    if (text !== undefined) put(text);
    Module._systemic_sem_action(Number(el.dataset.id) >>> 0, action);
  }
  function create(role, level) {
    var tag = ROLES[role], el;
    if (tag === 'p') el = document.createElement('p');
    else if (tag === 'h') el = document.createElement('h' + Math.min(3, Math.max(1, level || 1)));
    else if (tag === 'input') { el = document.createElement('input'); el.type = 'text'; }
    else if (tag === 'textarea') el = document.createElement('textarea');
    else { el = document.createElement('div'); el.setAttribute('role', tag); }
    if (tag === 'input' || tag === 'textarea') {
      el.spellcheck = true;
      el.autocomplete = 'off';
      el.addEventListener('compositionstart', function () { composing = true; });
      el.addEventListener('compositionend', function () { composing = false; semAction(el, 4, el.value); });
      el.addEventListener('input', function (e) {
        // During composition the text is not final: only committed text reaches the app, once.
        if (e.isComposing || composing) return;
        semAction(el, 4, el.value);
      });
    }
    return el;
  }
  function attr(el, name, value) {
    if (value === null || value === undefined || value === false) { if (el.hasAttribute(name)) el.removeAttribute(name); }
    else if (el.getAttribute(name) !== String(value)) el.setAttribute(name, String(value));
  }
  function place(el, n, parent, hasChildren) {
    var px = parent ? parent[9] : 0, py = parent ? parent[10] : 0;
    var st = el.style, font = n[13] * emPerPx;
    st.left = (n[9] - px) + 'px';
    st.top = (n[10] - py) + 'px';
    st.width = Math.max(0, n[11]) + 'px';
    st.height = Math.max(0, n[12]) + 'px';
    st.fontSize = font + 'px';
    st.lineHeight = n[13] + 'px';
    st.fontWeight = (n[7] & S_BOLD) ? '700' : '400';
    // A control's own label sits in the middle of its height, as ImGui draws it.
    var role = ROLES[n[2]];
    if (!hasChildren && (role === 'button' || role === 'link' || role === 'radio' || role === 'checkbox'))
      st.paddingTop = Math.max(0, (n[12] - n[13]) / 2) + 'px';
  }
  function fill(el, n, hasChildren) {
    var role = ROLES[n[2]], s = n[7], name = n[4];
    el.dataset.id = n[0];
    if (role === 'input' || role === 'textarea') {
      attr(el, 'aria-label', name);
      attr(el, 'placeholder', n[5] || null);
      attr(el, 'readonly', (s & S_READONLY) ? '' : null);
      // The field's value is the truth while the user edits it; otherwise the app's.
      if (document.activeElement !== el && el.value !== n[6]) el.value = n[6];
      el.dataset.act = '1';
      return;
    }
    if (role === 'p' || role === 'h' || ((role === 'button' || role === 'link' || role === 'radio' || role === 'checkbox' ||
        role === 'columnheader' || role === 'rowheader' || role === 'cell' || role === 'listitem') && !hasChildren)) {
      if (el.textContent !== name) el.textContent = name;
    } else {
      attr(el, 'aria-label', name || null);
    }
    if (role === 'progressbar') {
      attr(el, 'aria-valuenow', n[6]); attr(el, 'aria-valuemin', 0); attr(el, 'aria-valuemax', 100);
      attr(el, 'aria-valuetext', name);
    }
    attr(el, 'aria-description', n[5] && role !== 'p' ? n[5] : null);
    var control = role === 'button' || role === 'link' || role === 'radio' || role === 'checkbox';
    if (control) {
      attr(el, 'tabindex', '0');
      el.dataset.act = '1';
      attr(el, 'aria-checked', role === 'radio' || role === 'checkbox' ? String(!!(s & S_CHECKED)) : null);
      attr(el, 'aria-expanded', (s & S_EXPANDED) ? 'true' : (s & S_COLLAPSED) ? 'false' : null);
      attr(el, 'aria-current', (s & S_CURRENT) ? 'true' : null);
      attr(el, 'aria-pressed', role === 'button' && (s & S_SELECTED) ? 'true' : null);
      attr(el, 'aria-disabled', (s & S_DISABLED) ? 'true' : null);
    }
    if (role === 'dialog') attr(el, 'aria-modal', 'true');
    el.className = (s & S_HIDDEN) ? 'sr' : '';
  }
  Module.systemicSemantics = function (json) {
    var data = JSON.parse(json), nodes = data.n, byId = new Map(), children = new Map(), focused = null;
    if (sem.dataset.theme !== data.t) sem.dataset.theme = data.t;
    nodes.forEach(function (n) {
      byId.set(n[0], n);
      if (!children.has(n[1])) children.set(n[1], []);
      children.get(n[1]).push(n);
    });
    // Drop what is gone (or changed kind), then make, fill and order what is there.
    semEls.forEach(function (el, id) {
      var n = byId.get(id);
      if (!n || el._role !== n[2] || el._level !== n[3]) { el.remove(); semEls.delete(id); }
    });
    nodes.forEach(function (n) {
      var el = semEls.get(n[0]);
      if (!el) { el = create(n[2], n[3]); el._role = n[2]; el._level = n[3]; semEls.set(n[0], el); }
      var key = JSON.stringify(n);
      if (el._key !== key) {
        el._key = key;
        place(el, n, byId.get(n[1]), children.has(n[0]));
        fill(el, n, children.has(n[0]));
      }
      if (n[7] & S_FOCUSED) focused = el;
    });
    children.forEach(function (list, parentId) {
      var host = parentId === 0 ? sem : semEls.get(parentId);
      if (!host) return;
      var at = parentId === 0 ? sem.firstChild : firstChildElement(host);
      list.forEach(function (n) {
        var el = semEls.get(n[0]);
        if (el !== at) host.insertBefore(el, at);
        else at = at.nextSibling;
        if (el === at) at = at.nextSibling;
      });
    });
    // ImGui's keyboard focus moves the DOM focus (not out of a field the user is typing in, not off the page).
    var active = document.activeElement;
    if (focused && active !== focused && (!isField(active) || leavingField) &&
        (active === document.body || active === canvas || sem.contains(active))) {
      leavingField = false;
      syncingFocus = true;   // the app moved its focus: not an action to send back (see focusin)
      try { focused.focus({ preventScroll: true }); } finally { syncingFocus = false; }
    } else if (!focused && sem.contains(active) && !isField(active)) {
      // ImGui's focus is on nothing the tree shows (or hidden after a click): Enter must not act on a stale control.
      canvas.focus({ preventScroll: true });
    }
  };
  function firstChildElement(host) {
    var c = host.firstChild;
    while (c && c.nodeType !== 1) c = c.nextSibling;
    return c;
  }
  // Screen-reader and keyboard focus on a node moves ImGui's focus there (and scrolls it into view).
  // Focus the app itself moved to a node is not sent back: by the time the echo is applied (next frame), further
  // Tab presses may have moved the app on, and the echo would pull the focus back and lose those presses.
  var syncingFocus = false;
  sem.addEventListener('focusin', function (e) {
    // A press on a control's text focuses the control in the browser; the press itself went to ImGui, which
    // keeps its focus highlight hidden after a click: so does the DOM.
    if (pointerClick && !isField(e.target)) { e.target.blur(); return; }
    if (e.target.dataset && e.target.dataset.act && !syncingFocus) semAction(e.target, 2);
    if (isField(e.target)) revealField();
  });
  // A click that did not come from a pointer (a screen reader's default action, element.click()) activates the
  // node; pointer clicks went to the canvas already.
  var pointerClick = false;
  sem.addEventListener('pointerdown', function () { pointerClick = true; }, true);
  window.addEventListener('pointerup', function () { setTimeout(function () { pointerClick = false; }, 0); }, true);
  window.addEventListener('pointercancel', function () { pointerClick = false; }, true);
  sem.addEventListener('click', function (e) {
    var from = pointerClick;
    pointerClick = false;
    if (from || e.detail > 0) return;
    var el = e.target.closest ? e.target.closest('[data-act]') : null;
    if (el && !isField(el)) { e.preventDefault(); semAction(el, 1); }
  });
  // Above an on-screen keyboard only part of the page is visible: the app keeps the focused field in it.
  function revealField() {
    if (!live()) return;
    var vv = window.visualViewport;
    var bottom = vv ? vv.offsetTop + vv.height : window.innerHeight;
    Module._systemic_visible_bottom(bottom);
  }
  if (window.visualViewport) window.visualViewport.addEventListener('resize', revealField);
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
    loadFonts();
    resize();
    watchRatio();
    window.addEventListener('resize', function () { resize(); if (isField(document.activeElement)) revealField(); });
    window.addEventListener('orientationchange', resize);
    if (window.ResizeObserver) new ResizeObserver(resize).observe(canvas);
    canvas.focus({ preventScroll: true });
  };

  // ---- History: each screen and question has its own entry (app/state/history.h), so Back and Forward move
  // within the app. The entry's place is in history.state; entries without one (from before a link was opened) are
  // passed over. A reload reads it in main().
  window.addEventListener('popstate', function (e) {
    if (!live() || !e.state || typeof e.state.systemic !== 'string') return;
    put(e.state.systemic);
    Module._systemic_history();
  });

  // ---- Print: Ctrl+P or the browser's menu prints the report of the current results (app/state/outbox.h
  // PrintHtml), laid into #print-view with its own print-only style sheet; the canvas and the layers over it are
  // not printed (shell.html). Made on demand: beforeprint runs before the browser lays out the printed pages.
  var printView = document.getElementById('print-view');
  var printStyle = document.getElementById('print-style');
  function preparePrint() {
    if (!ready) return;
    var doc = new DOMParser().parseFromString(UTF8ToString(Module._systemic_print_html()), 'text/html');
    printStyle.textContent = Array.prototype.map.call(doc.querySelectorAll('style'), function (s) { return s.textContent; }).join('\n');
    printView.replaceChildren.apply(printView, Array.prototype.map.call(doc.body.childNodes, function (n) { return document.importNode(n, true); }));
  }
  window.addEventListener('beforeprint', preparePrint);
  window.addEventListener('afterprint', function () { printView.replaceChildren(); printStyle.textContent = ''; });

  // ---- WebGL context loss: say so over the canvas, hold input back, and rebuild the GL objects on restore.
  canvas.addEventListener('webglcontextlost', function (e) {
    e.preventDefault();   // tells the browser the page can restore: without it no webglcontextrestored comes
    if (!ready) return;
    lost = true;
    Module._systemic_context_lost();
    sem.inert = true;
    showMessage('The display stopped for a moment',
      'Your browser reset its graphics. Systemic will redraw as soon as the browser allows; your answers are saved. ' +
      'If this stays for more than a few seconds, reload the page: nothing is lost.');
  });
  canvas.addEventListener('webglcontextrestored', function () {
    if (!ready) return;
    lost = false;
    document.getElementById('message').hidden = true;
    sem.inert = false;
    Module._systemic_context_restored();
    resize();   // the window may have changed meanwhile
  });

  // ---- window.systemic: read-only diagnostics for tests and support.
  var api = {};
  Object.defineProperty(api, 'frames', { enumerable: true, get: function () { return ready ? Module._systemic_frames() : 0; } });
  // frames: frames run; framesDrawn: those sent to the GPU (a frame that draws the picture already shown is not).
  Object.defineProperty(api, 'framesDrawn', { enumerable: true, get: function () { return ready ? Module._systemic_frames_drawn() : 0; } });
  // pixelsDrawn: backing-store pixels those draws covered (a draw covers only the rectangle its frame changed).
  Object.defineProperty(api, 'pixelsDrawn', { enumerable: true, get: function () { return ready ? Module._systemic_pixels_drawn() : 0; } });
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
