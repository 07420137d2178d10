// Convene: progressive enhancement only; every form works without this file.
document.addEventListener("DOMContentLoaded", function () {
  // Destructive buttons ask first.
  document.querySelectorAll("[data-confirm]").forEach(function (button) {
    button.addEventListener("click", function (event) {
      if (!window.confirm(button.getAttribute("data-confirm"))) event.preventDefault();
    });
  });
  // Invitation delivery: while anything is queued, refresh the counts and the bar every 2 s
  // (without this script, the page's "refresh" link does the same).
  var delivery = document.querySelector("[data-progress-url]");
  if (delivery && delivery.getAttribute("data-queued") !== "0" && window.fetch) {
    var bar = delivery.querySelector("progress");
    var timer = window.setInterval(function () {
      window.fetch(delivery.getAttribute("data-progress-url"), { credentials: "same-origin", headers: { "Accept": "application/json" } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (counts) {
          if (!counts) { window.clearInterval(timer); return; }
          ["queued", "sent", "failed"].forEach(function (key) {
            var cell = delivery.querySelector('[data-count="' + key + '"]');
            if (cell) cell.textContent = counts[key];
          });
          if (bar) { bar.max = Math.max(counts.total, 1); bar.value = counts.sent + counts.failed; }
          if (counts.queued === 0) window.clearInterval(timer);
        })
        .catch(function () { window.clearInterval(timer); });
    }, 2000);
  }
  // "Select all" ticks or clears the boxes of its table at once instead of reloading the page.
  document.querySelectorAll("[data-select-all]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var boxes = link.closest("table").querySelectorAll('input[type="checkbox"][name="id"]');
      var tick = Array.prototype.some.call(boxes, function (box) { return !box.checked; });
      boxes.forEach(function (box) { box.checked = tick; });
      link.textContent = link.getAttribute(tick ? "data-none" : "data-all");
    });
  });
  // Move focus to the error summary so screen readers announce it.
  var summary = document.querySelector(".error-summary");
  if (summary) summary.focus();
});
