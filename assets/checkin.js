// Convene check-in console. Plain JavaScript, no build step. The page works without it
// (forms post to the server and the page comes back with the same panel, counters and lists);
// with it, scans go through a queue kept in localStorage so the desk keeps working when the
// venue's network drops, and are synced when it returns. Each scan carries its own
// idempotency key, so a batch sent twice is recorded once. After each scan the script fills
// the same elements the server renders: the result panel (from the page's templates), the
// counters and the two lists.
(function () {
  "use strict";
  var app = document.getElementById("checkin-app");
  if (!app) return;
  var eventId = app.dataset.event;
  var csrf = app.dataset.csrf;
  var t = function (name) { return app.dataset["t" + name] || ""; };
  var reasons = JSON.parse(app.dataset.reasons || "{}");
  var states = JSON.parse(app.dataset.states || "{}");
  var entries = [];
  var byId = {};
  var byHash = {};
  function setEntries(list) {
    entries = list;
    byId = {};
    byHash = {};
    entries.forEach(function (e) { byId[e.id] = e; byHash[e.h] = e; });
  }
  setEntries(JSON.parse(app.dataset.entries || "[]"));
  var queueName = "convene.checkin.queue." + eventId;
  var statusEl = document.getElementById("checkin-status");
  var resultEl = document.getElementById("checkin-result");
  var reachable = true;
  var flushing = false;
  // Bumped by each scan: a reading of the server's lists begun before it is out of date.
  var generation = 0;
  // How each person stood before a scan of this page, by the scan's key (for its undo).
  var before = {};

  // Times are the venue's: the browser's time zone database, or today's offset from the page.
  var clock = null;
  try {
    clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: app.dataset.zone });
  } catch (e) { clock = null; }
  function two(n) { return ("0" + n).slice(-2); }
  function hhmm(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) return "";
    if (clock) return clock.format(d);
    var local = new Date(d.getTime() + Number(app.dataset.offset || 0) * 1000);
    return two(local.getUTCHours()) + ":" + two(local.getUTCMinutes());
  }
  function when(iso) { var d = new Date(iso); return isNaN(d.getTime()) ? 0 : d.getTime(); }

  function load() {
    try { return JSON.parse(localStorage.getItem(queueName) || "[]"); } catch (e) { return []; }
  }
  function save(q) { localStorage.setItem(queueName, JSON.stringify(q)); }
  function newKey() {
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    return Array.prototype.map.call(b, function (x) { return ("0" + x.toString(16)).slice(-2); }).join("");
  }
  function device() {
    var d = localStorage.getItem("convene.checkin.device");
    if (!d) { d = "console-" + newKey().slice(0, 6); localStorage.setItem("convene.checkin.device", d); }
    return d;
  }
  function fill(text, vars) {
    return text.replace(/\{\s*\$(\w+)\s*\}/g, function (_, k) { return vars[k] == null ? "" : vars[k]; });
  }
  function el(tag, className, text) {
    var x = document.createElement(tag);
    if (className) x.className = className;
    if (text != null) x.textContent = text;
    return x;
  }

  function showStatus() {
    var n = load().length;
    var text = reachable ? statusEl.dataset.online : statusEl.dataset.offline;
    if (n > 0) text += " · " + fill(statusEl.dataset.queued, { count: n });
    statusEl.textContent = text;
    statusEl.dataset.queue = String(n);
    statusEl.dataset.state = reachable ? "online" : "offline";
  }

  // The panel of `kind` from its template: the person (when known), the detail, and Undo for
  // a scan recorded.
  function show(kind, e, detail, undoKey) {
    var template = document.getElementById("checkin-panel-" + kind);
    if (!template) return;
    var box = template.content.firstElementChild.cloneNode(true);
    var put = function (selector, text) {
      var p = box.querySelector(selector);
      if (!p) return;
      if (text) p.textContent = text; else p.remove();
    };
    put(".panel-name", e ? e.n : "");
    put(".panel-about", e ? e.a : "");
    put(".panel-detail", detail);
    var undo = box.querySelector("form.panel-undo");
    if (undo && undoKey) {
      undo.querySelector("input[name=undoes_key]").value = undoKey;
      undo.querySelector("input[name=key]").value = undoKey + "-undo";
    } else if (undo) {
      undo.remove();
    }
    resultEl.textContent = "";
    resultEl.appendChild(box);
  }
  function note(text) {
    resultEl.textContent = "";
    resultEl.appendChild(el("p", "checkin-note", text));
  }

  function who(e) {
    var span = el("span", "who");
    span.appendChild(el("span", "name", e.n));
    span.appendChild(document.createTextNode(" "));
    span.appendChild(el("span", "about", e.a));
    return span;
  }
  function checkInButton(e) {
    var b = el("button", "primary", t("CheckIn"));
    b.type = "button";
    // Each row's button names its person for screen readers, as the server's rows do.
    b.appendChild(el("span", "visually-hidden", " " + e.n));
    b.addEventListener("click", function () { checkInRegistration(e.id); });
    return b;
  }
  function fillRoll(id, people, row) {
    var list = document.getElementById(id + "-list");
    if (!list) return;
    list.textContent = "";
    people.forEach(function (e) {
      var li = el("li");
      li.dataset.registration = e.id;
      row(li, e);
      list.appendChild(li);
    });
    document.getElementById(id + "-count").textContent = String(people.length);
    document.getElementById(id + "-empty").hidden = people.length > 0;
  }

  // The counters and both lists, from what the console knows.
  function render() {
    var count = function (id, n) { var x = document.getElementById(id); if (x) x.textContent = String(n); };
    var came = entries.filter(function (e) { return e.at; });
    came.sort(function (a, b) { return when(b.at) - when(a.at); });
    var confirmed = entries.filter(function (e) { return e.s === "confirmed"; });
    count("count-inside", entries.filter(function (e) { return e.in; }).length);
    count("count-arrived", came.length);
    count("count-expected", confirmed.length);
    fillRoll("in-today", came, function (li, e) {
      li.appendChild(el("span", "time", hhmm(e.at)));
      li.appendChild(who(e));
      li.appendChild(el("span", "badge " + (e.in ? "tone-ok" : "tone-off"), e.in ? t("Inside") : t("Left")));
    });
    fillRoll("expected", confirmed.filter(function (e) { return !e.at; }), function (li, e) {
      li.appendChild(who(e));
      li.appendChild(checkInButton(e));
    });
  }

  // The server's lists, read again once every scan is sent (other desks scan too).
  var refreshing = false;
  function refresh() {
    if (refreshing || load().length > 0) return;
    refreshing = true;
    var started = generation;
    fetch("/checkin/events/" + eventId + "/entries", { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
      .then(function (list) {
        refreshing = false;
        if (started !== generation || load().length > 0) return;
        setEntries(list);
        render();
      })
      .catch(function () { refreshing = false; });
  }

  // What the server answered, applied to the local list (so the counters and lists stay
  // right offline too) and shown in the panel.
  function apply(item, answer) {
    var e = byId[answer.registration_id] || null;
    var at = item.scanned_at || new Date().toISOString();
    if (answer.result === "recorded" || answer.result === "duplicate") {
      if (item.kind === "undo") {
        var was = before[item.undoes_key];
        if (e && was) { e.in = was.in; e.at = was.at; } else if (e) { e.in = null; }
        show("undone", e, t("Undone"));
      } else if (item.kind === "exit") {
        if (e) e.in = null;
        show("left", e, fill(t("LeftAt"), { time: hhmm(at) }), item.key);
      } else {
        if (e) { e.in = e.in || at; e.at = at; }
        show("admitted", e, fill(t("AdmittedAt"), { time: hhmm(at) }), item.key);
      }
    } else if (answer.result === "already_in" && !answer.since) {
      if (e) e.in = null;
      show("not-in", e, t("NotIn"));
    } else if (answer.result === "already_in") {
      if (e) { e.in = answer.since; e.at = e.at || answer.since; }
      show("already-in", e, fill(t("AlreadyInSince"), { time: hhmm(answer.since) }));
    } else {
      // Refused, invalid or unknown: the mark the scan put on the person is taken back.
      var prior = before[item.key];
      if (e && prior) { e.in = prior.in; e.at = prior.at; }
      show("refused", e, answer.message || "");
    }
    render();
  }

  function flush() {
    var q = load();
    if (flushing || q.length === 0) { showStatus(); return; }
    flushing = true;
    var batch = q.slice(0, 100);
    fetch("/checkin/events/" + eventId + "/sync", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf, "Accept": "application/json" },
      body: JSON.stringify({ items: batch })
    }).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    }).then(function (body) {
      reachable = true;
      var done = {};
      body.items.forEach(function (a, i) { done[a.key] = true; apply(batch[i], a); });
      save(load().filter(function (x) { return !done[x.key]; }));
      flushing = false;
      if (load().length > 0) flush(); else { showStatus(); refresh(); }
    }).catch(function () {
      // Network down (or the server unreachable): keep everything queued for later.
      reachable = false;
      flushing = false;
      showStatus();
    });
  }

  // Queues a scan; `e` is the person it marks at once (so a second scan is caught while the
  // network is down), as they stood before.
  function enqueue(item, e) {
    generation += 1;
    if (e) before[item.key] = { in: e.in || null, at: e.at || null };
    var q = load();
    q.push(item);
    save(q);
    showStatus();
    flush();
  }

  function sha256hex(text) {
    if (!(window.crypto && crypto.subtle)) return Promise.resolve(null);
    return crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)).then(function (buf) {
      return Array.prototype.map.call(new Uint8Array(buf), function (x) { return ("0" + x.toString(16)).slice(-2); }).join("");
    });
  }
  function session() {
    var s = (document.getElementById("session_id") || {}).value || null;
    return s ? Number(s) : null;
  }

  // A code read or typed: recognised locally by the SHA-256 of the code, so cancelled,
  // unapproved, revoked and forged codes are refused at once, even offline.
  function scanCode(code, method) {
    code = code.trim();
    if (!code) return;
    var kind = (document.getElementById("kind") || {}).value || "entry";
    sha256hex(code).then(function (h) {
      var e = h ? byHash[h] : null;
      if (h && !e && !reachable) { show("refused", null, t("Unknown")); return; }
      if (e && e.s !== "confirmed") { show("refused", e, reasons[e.s] || ""); return; }
      if (e && kind === "entry" && e.in) {
        show("already-in", e, fill(t("AlreadyInSince"), { time: hhmm(e.in) }));
        return;
      }
      if (!h) note(t("Unverified"));
      var item = { key: newKey(), kind: kind, code: code, method: method, session_id: session(),
        scanned_at: new Date().toISOString(), device: device() };
      enqueue(item, e);
      if (e) { e.in = kind === "entry" ? item.scanned_at : null; if (kind === "entry") e.at = item.scanned_at; render(); }
    });
  }

  function checkInRegistration(id) {
    var e = byId[id];
    if (e && e.in) { show("already-in", e, fill(t("AlreadyInSince"), { time: hhmm(e.in) })); return; }
    if (e && e.s !== "confirmed") { show("refused", e, reasons[e.s] || ""); return; }
    var item = { key: newKey(), kind: "entry", registration_id: Number(id), method: "search",
      session_id: session(), scanned_at: new Date().toISOString(), device: device() };
    enqueue(item, e);
    if (e) { e.in = item.scanned_at; e.at = item.scanned_at; render(); }
  }

  var scanForm = document.getElementById("scan-form");
  scanForm.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var input = document.getElementById("code");
    scanCode(input.value, "typed");
    input.value = "";
    input.focus();
  });

  // Search as the desk types: the server's search, or the embedded list when offline.
  var results = document.getElementById("search-results");
  function renderResults(list) {
    results.textContent = "";
    list.forEach(function (r) {
      var li = el("li");
      li.dataset.registration = r.id;
      li.appendChild(who(r));
      var local = byId[r.id];
      if (local && local.in) {
        li.appendChild(el("span", "badge tone-ok", fill(t("In"), { since: hhmm(local.in) })));
      } else if (r.s !== "confirmed") {
        li.appendChild(el("span", "badge tone-off", states[r.s] || r.s));
      } else {
        li.appendChild(checkInButton(r));
      }
      results.appendChild(li);
    });
  }
  function localSearch(q) {
    q = q.toLowerCase();
    return entries.filter(function (e) {
      return (e.n || "").toLowerCase().indexOf(q) >= 0 || (e.c || "").toLowerCase() === q ||
        (e.d || "").toLowerCase().indexOf(q) >= 0 || (e.o || "").toLowerCase().indexOf(q) >= 0;
    }).slice(0, 20);
  }
  var searchInput = document.getElementById("q");
  var timer = null;
  searchInput.addEventListener("input", function () {
    clearTimeout(timer);
    var q = searchInput.value.trim();
    if (!q) { results.textContent = ""; return; }
    timer = setTimeout(function () {
      fetch("/checkin/events/" + eventId + "/search?q=" + encodeURIComponent(q), { credentials: "same-origin" })
        .then(function (r) { if (!r.ok) throw new Error("HTTP " + r.status); return r.json(); })
        .then(function (list) {
          reachable = true;
          showStatus();
          renderResults(list.map(function (f) {
            return { id: f.registration_id, n: f.name, a: f.about, s: f.state };
          }));
        })
        .catch(function () { reachable = false; showStatus(); renderResults(localSearch(q)); });
    }, 150);
  });
  document.getElementById("search-form").addEventListener("submit", function (ev) { ev.preventDefault(); });
  // The server-rendered forms (check-in buttons, the panel's Undo) also go through the queue.
  document.addEventListener("submit", function (ev) {
    var f = ev.target;
    if (f === scanForm || !f.action) return;
    var undoes = f.querySelector("input[name=undoes_key]");
    if (/\/undo$/.test(f.action) && undoes) {
      ev.preventDefault();
      enqueue({ key: newKey(), kind: "undo", undoes_key: undoes.value, scanned_at: new Date().toISOString(), device: device() });
      f.remove();
      return;
    }
    var id = f.querySelector("input[name=registration_id]");
    if (!/\/scan$/.test(f.action) || !id) return;
    ev.preventDefault();
    checkInRegistration(id.value);
  });

  // The camera, where the browser can read QR codes itself.
  if ("BarcodeDetector" in window && navigator.mediaDevices) {
    var box = document.getElementById("camera-box");
    var video = document.getElementById("camera");
    box.hidden = false;
    document.getElementById("camera-start").addEventListener("click", function () {
      var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
      var last = "", lastAt = 0;
      navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } }).then(function (stream) {
        video.srcObject = stream;
        video.hidden = false;
        video.play();
        var tick = function () {
          detector.detect(video).then(function (codes) {
            var now = Date.now();
            if (codes.length && (codes[0].rawValue !== last || now - lastAt > 3000)) {
              last = codes[0].rawValue;
              lastAt = now;
              scanCode(last, "qr");
            }
          }).catch(function () {}).then(function () { setTimeout(tick, 250); });
        };
        tick();
      }).catch(function () { box.hidden = true; });
    });
  }

  window.addEventListener("online", flush);
  setInterval(function () { if (load().length > 0) flush(); }, 2000);
  // Other desks' scans reach the counters and lists within half a minute.
  setInterval(function () { if (reachable) refresh(); }, 30000);
  showStatus();
  flush();
})();
