// Convene check-in console. Plain JavaScript, no build step. The page works without it
// (forms post to the server); with it, scans go through a queue kept in localStorage so the
// desk keeps working when the venue's network drops, and are synced when it returns. Each
// scan carries its own idempotency key, so a batch sent twice is recorded once.
(function () {
  "use strict";
  var app = document.getElementById("checkin-app");
  if (!app) return;
  var eventId = app.dataset.event;
  var csrf = app.dataset.csrf;
  var t = function (name) { return app.dataset["t" + name] || ""; };
  var entries = JSON.parse(app.dataset.entries || "[]");
  var byId = {};
  var byHash = {};
  entries.forEach(function (e) { byId[e.id] = e; byHash[e.h] = e; });
  var queueName = "convene.checkin.queue." + eventId;
  var statusEl = document.getElementById("checkin-status");
  var resultEl = document.getElementById("checkin-result");
  var reachable = true;
  var flushing = false;

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

  function showStatus() {
    var n = load().length;
    var text = reachable ? statusEl.dataset.online : statusEl.dataset.offline;
    if (n > 0) text += " · " + fill(statusEl.dataset.queued, { count: n });
    statusEl.textContent = text;
    statusEl.dataset.queue = String(n);
    statusEl.dataset.state = reachable ? "online" : "offline";
  }

  function countInside() {
    var n = entries.filter(function (e) { return e.in; }).length;
    var counts = document.getElementById("checkin-counts");
    if (counts) counts.dataset.inside = String(n);
  }

  function show(kind, text, undoKey) {
    resultEl.textContent = "";
    var box = document.createElement("div");
    box.className = "checkin-result " + kind;
    box.setAttribute("role", kind === "ok" ? "status" : "alert");
    var p = document.createElement("p");
    var strong = document.createElement("strong");
    strong.textContent = text;
    p.appendChild(strong);
    box.appendChild(p);
    if (undoKey) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = t("Undo");
      b.addEventListener("click", function () {
        enqueue({ key: newKey(), kind: "undo", undoes_key: undoKey, scanned_at: new Date().toISOString(), device: device() });
        box.remove();
      });
      box.appendChild(b);
    }
    resultEl.appendChild(box);
  }

  // What the server answered, applied to the local list (so "who is in" stays right).
  function apply(item, answer) {
    var e = byId[answer.registration_id];
    var name = e ? e.n : "";
    if (answer.result === "recorded" || answer.result === "duplicate") {
      if (item.kind === "undo") {
        if (e) e.in = e.in ? null : new Date().toISOString();
        show("ok", fill(t("Undone"), { name: name }));
      } else {
        if (e) e.in = item.kind === "exit" ? null : (item.scanned_at || new Date().toISOString());
        show("ok", fill(item.kind === "exit" ? t("Exit") : t("Recorded"), { name: name }), item.key);
      }
    } else if (answer.result === "already_in" && !answer.since) {
      show("warning", fill(t("NotIn"), { name: name }));
    } else if (answer.result === "already_in") {
      show("warning", fill(t("Already"), { name: name, since: answer.since ? answer.since.slice(11, 16) + " UTC" : "" }));
    } else {
      if (e && item.kind === "entry") e.in = null;
      show("refused", t("Refused") + " " + (answer.message || ""));
    }
    countInside();
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
      if (load().length > 0) flush(); else showStatus();
    }).catch(function () {
      // Network down (or the server unreachable): keep everything queued for later.
      reachable = false;
      flushing = false;
      showStatus();
    });
  }

  function enqueue(item) {
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

  // A code read or typed: recognised locally by the SHA-256 of the code, so cancelled,
  // unapproved, revoked and forged codes are refused at once, even offline.
  function scanCode(code, method) {
    code = code.trim();
    if (!code) return;
    var kind = (document.getElementById("kind") || {}).value || "entry";
    var session = (document.getElementById("session_id") || {}).value || null;
    sha256hex(code).then(function (h) {
      var e = h ? byHash[h] : null;
      if (h && !e && !reachable) { show("refused", t("Refused") + " " + t("Unknown")); return; }
      if (e && e.s !== "confirmed") {
        show("refused", t("Refused") + " " + e.s);
        return;
      }
      if (e && kind === "entry" && e.in) {
        show("warning", fill(t("Already"), { name: e.n, since: String(e.in).slice(11, 16) + " UTC" }));
        return;
      }
      if (!h) show("ok", t("Unverified"));
      var item = { key: newKey(), kind: kind, code: code, method: method, session_id: session ? Number(session) : null,
        scanned_at: new Date().toISOString(), device: device() };
      // Marked at once, so a second scan is caught while the network is down.
      if (e) e.in = kind === "entry" ? item.scanned_at : null;
      enqueue(item);
    });
  }

  function checkInRegistration(id) {
    var e = byId[id];
    if (e && e.in) { show("warning", fill(t("Already"), { name: e.n, since: String(e.in).slice(11, 16) + " UTC" })); return; }
    var session = (document.getElementById("session_id") || {}).value || null;
    var item = { key: newKey(), kind: "entry", registration_id: Number(id), method: "search",
      session_id: session ? Number(session) : null, scanned_at: new Date().toISOString(), device: device() };
    if (e) e.in = item.scanned_at;
    enqueue(item);
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
      var li = document.createElement("li");
      li.dataset.registration = r.id;
      var span = document.createElement("span");
      span.className = "name";
      span.textContent = r.n + (r.c ? " · " + r.c : "") + (r.o ? " · " + r.o : "") + " ";
      li.appendChild(span);
      var local = byId[r.id];
      if (local && local.in) {
        var badge = document.createElement("span");
        badge.className = "badge in";
        badge.textContent = fill(t("In"), { since: String(local.in).slice(11, 16) + " UTC" });
        li.appendChild(badge);
      } else if (r.s !== "confirmed") {
        var refused = document.createElement("span");
        refused.className = "badge refused";
        refused.textContent = r.s;
        li.appendChild(refused);
      } else {
        var b = document.createElement("button");
        b.type = "button";
        b.className = "primary";
        b.textContent = t("CheckIn");
        // Each row's button names its person for screen readers, as the server's rows do.
        var who = document.createElement("span");
        who.className = "visually-hidden";
        who.textContent = " " + r.n;
        b.appendChild(who);
        b.addEventListener("click", function () { checkInRegistration(r.id); });
        li.appendChild(b);
      }
      results.appendChild(li);
    });
  }
  function localSearch(q) {
    q = q.toLowerCase();
    return entries.filter(function (e) {
      return (e.n || "").toLowerCase().indexOf(q) >= 0 || (e.c || "").toLowerCase() === q ||
        (e.o || "").toLowerCase().indexOf(q) >= 0;
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
            return { id: f.registration_id, n: f.name, c: f.country, o: f.organisation, s: f.state };
          }));
        })
        .catch(function () { reachable = false; showStatus(); renderResults(localSearch(q)); });
    }, 150);
  });
  document.getElementById("search-form").addEventListener("submit", function (ev) { ev.preventDefault(); });
  // The server-rendered buttons of "who is in" and search results also go through the queue.
  document.addEventListener("submit", function (ev) {
    var f = ev.target;
    if (f === scanForm || !f.action || !/\/scan$/.test(f.action)) return;
    var id = f.querySelector("input[name=registration_id]");
    if (!id) return;
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
  countInside();
  showStatus();
  flush();
})();
