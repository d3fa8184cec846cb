// web_host.cpp — Host over browser APIs. Every call is guarded: storage may be missing, blocked or full
// (file:// pages share one localStorage, private modes throw), and none of that may stop the app.
#include "web_host.h"

#include <cstdlib>

#include <emscripten.h>

// clang-format off
EM_JS(char*, js_storage_get, (const char* key), {
    try {
        var v = window.localStorage.getItem(UTF8ToString(key));
        if (v === null) return 0;
        var n = lengthBytesUTF8(v) + 1;
        var p = _malloc(n);
        stringToUTF8(v, p, n);
        return p;
    } catch (e) {
        return 0;
    }
});

// 0 saved, 1 unavailable, 2 full, 3 failed
EM_JS(int, js_storage_set, (const char* key, const char* value), {
    var storage;
    try { storage = window.localStorage; } catch (e) { return 1; }
    if (!storage) return 1;
    try {
        storage.setItem(UTF8ToString(key), UTF8ToString(value));
        return 0;
    } catch (e) {
        if (e && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e.code === 22)) return 2;
        return 3;
    }
});

EM_JS(void, js_storage_remove, (const char* key), {
    try { window.localStorage.removeItem(UTF8ToString(key)); } catch (e) {}
});

// Keys that start with the prefix, as one string separated by newlines (keys of ours never hold one).
EM_JS(char*, js_storage_keys, (const char* prefix), {
    var out = [];
    try {
        var storage = window.localStorage, p = UTF8ToString(prefix);
        for (var i = 0; i < storage.length; i++) {
            var k = storage.key(i);
            if (k !== null && k.indexOf(p) === 0 && k.indexOf("\n") < 0) out.push(k);
        }
    } catch (e) {}
    var s = out.join("\n");
    var n = lengthBytesUTF8(s) + 1;
    var ptr = _malloc(n);
    stringToUTF8(s, ptr, n);
    return ptr;
});

// This tab's id: random, made once per page load.
EM_JS(char*, js_instance_id, (), {
    if (!Module.systemicInstanceId) {
        var id = "";
        try {
            var bytes = new Uint8Array(8);
            crypto.getRandomValues(bytes);
            for (var i = 0; i < bytes.length; i++) id += (bytes[i] + 256).toString(16).slice(1);
        } catch (e) {
            id = Math.random().toString(16).slice(2) + Date.now().toString(16);
        }
        Module.systemicInstanceId = id;
    }
    var s = Module.systemicInstanceId;
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(void, js_announce, (const char* text), {
    var live = document.getElementById('live');
    if (!live) return;
    // Clearing first makes screen readers announce a repeated message again.
    live.textContent = "";
    var t = UTF8ToString(text);
    setTimeout(function() { live.textContent = t; }, 30);
});

EM_JS(void, js_copy_text, (const char* text), {
    var t = UTF8ToString(text);
    function fallback() {
        var area = document.createElement('textarea');
        area.value = t;
        area.setAttribute("readonly", "readonly");
        area.style.position = 'fixed';
        area.style.opacity = '0';
        document.body.appendChild(area);
        area.select();
        try { document.execCommand('copy'); } catch (e) {}
        document.body.removeChild(area);
    }
    try {
        if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t).catch(fallback);
        else fallback();
    } catch (e) { fallback(); }
});

EM_JS(void, js_download, (const char* filename, const char* mime, const char* data, int size), {
    var bytes = HEAPU8.slice(data, data + size);
    var blob = new Blob([bytes], {type: UTF8ToString(mime)});
    var url = URL.createObjectURL(blob);
    var a = document.createElement('a');
    a.href = url;
    a.download = UTF8ToString(filename);
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function() { URL.revokeObjectURL(url); }, 1000);
});

EM_JS(void, js_open_url, (const char* url), {
    var u = UTF8ToString(url);
    if (u.indexOf('mailto:') === 0) window.location.href = u;   // only e-mail links: nothing else may navigate away
});

EM_JS(char*, js_now, (), {
    var d = new Date();
    function two(n) { return (n < 10 ? "0" : "") + n; }
    var s = d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate()) + "T" + two(d.getHours()) + ":" +
            two(d.getMinutes()) + ":" + two(d.getSeconds());
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(void, js_pick_files, (int multiple), { Module.systemicPickFiles(!!multiple); });

EM_JS(char*, js_page_url, (), {
    var s = location.href.split("#")[0];
    var n = lengthBytesUTF8(s) + 1;
    var p = _malloc(n);
    stringToUTF8(s, p, n);
    return p;
});

EM_JS(void, js_clear_fragment, (), {
    // The entry keeps its place (state/history.h); only the link leaves the address bar.
    try { history.replaceState(history.state, "", location.href.split("#")[0]); } catch (e) { /* a sandboxed page may refuse */ }
});

// history.state holds {systemic: place}; the address stays the page's own (links are read once, then cleared).
EM_JS(void, js_history, (int push, const char* place, const char* title), {
    var state = { systemic: UTF8ToString(place) };
    try {
        if (push) history.pushState(state, "", location.href.split("#")[0]);
        else history.replaceState(state, "", location.href.split("#")[0]);
    } catch (e) { /* a sandboxed page may refuse: Back then leaves the page, as before */ }
    document.title = UTF8ToString(title);
});

EM_JS(int, js_prefers_dark, (), {
    try { return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0; } catch (e) { return 0; }
});
// 2: forced colours (Windows high contrast) are on; 1: the system asks for more contrast; 0: neither.
EM_JS(int, js_prefers_contrast, (), {
    try {
        if (!window.matchMedia) return 0;
        if (window.matchMedia('(forced-colors: active)').matches) return 2;
        return window.matchMedia('(prefers-contrast: more)').matches ? 1 : 0;
    } catch (e) { return 0; }
});
// clang-format on

namespace systemic {

std::optional<std::string> WebHost::StorageGet(const std::string& key) {
    char* value = js_storage_get(key.c_str());
    if (!value) return std::nullopt;
    std::string out(value);
    std::free(value);
    return out;
}

StorageResult WebHost::StorageSet(const std::string& key, const std::string& value) {
    switch (js_storage_set(key.c_str(), value.c_str())) {
    case 0: return StorageResult::Saved;
    case 1: return StorageResult::Unavailable;
    case 2: return StorageResult::Full;
    default: return StorageResult::Failed;
    }
}

void WebHost::HistoryPush(const std::string& place, const std::string& title) { js_history(1, place.c_str(), title.c_str()); }
void WebHost::HistoryReplace(const std::string& place, const std::string& title) { js_history(0, place.c_str(), title.c_str()); }

void WebHost::StorageRemove(const std::string& key) { js_storage_remove(key.c_str()); }

std::vector<std::string> WebHost::StorageKeys(const std::string& prefix) {
    char* text = js_storage_keys(prefix.c_str());
    std::vector<std::string> keys;
    std::string all(text);
    std::free(text);
    size_t start = 0;
    while (start < all.size()) {
        size_t end = all.find('\n', start);
        if (end == std::string::npos) end = all.size();
        keys.push_back(all.substr(start, end - start));
        start = end + 1;
    }
    return keys;
}

std::string WebHost::InstanceId() {
    char* text = js_instance_id();
    std::string out(text);
    std::free(text);
    return out;
}
void WebHost::Announce(const std::string& text) { js_announce(text.c_str()); }
void WebHost::CopyText(const std::string& text) { js_copy_text(text.c_str()); }
void WebHost::Download(const std::string& filename, const std::string& mime, const std::string& data) {
    js_download(filename.c_str(), mime.c_str(), data.data(), static_cast<int>(data.size()));
}
void WebHost::OpenUrl(const std::string& url) { js_open_url(url.c_str()); }

std::string WebHost::Now() {
    char* text = js_now();
    std::string out(text);
    std::free(text);
    return out;
}

void WebHost::PickFiles(bool multiple) { js_pick_files(multiple ? 1 : 0); }

std::string WebHost::PageUrl() {
    char* text = js_page_url();
    std::string out(text);
    std::free(text);
    return out;
}

void WebHost::ClearFragment() { js_clear_fragment(); }

bool PrefersDarkScheme() { return js_prefers_dark() != 0; }
int PrefersContrast() { return js_prefers_contrast(); }

} // namespace systemic
