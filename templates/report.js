// Optional enhancements; the report is complete without them.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  var docs = document.querySelectorAll("section.doc");
  Array.prototype.forEach.call(docs, function (doc) {
    var filter = doc.querySelector(".filter");
    var rows = doc.querySelectorAll("tr.claim");
    if (filter && rows.length) {
      filter.hidden = false;
      var stance = filter.querySelector("[data-filter=stance]");
      var text = filter.querySelector("[data-filter=text]");
      var apply = function () {
        var s = stance.value, q = text.value.toLowerCase();
        Array.prototype.forEach.call(rows, function (r) {
          var show = (!s || r.getAttribute("data-stance") === s) &&
            (!q || r.textContent.toLowerCase().indexOf(q) >= 0);
          r.classList.toggle("hidden", !show);
        });
      };
      stance.addEventListener("change", apply);
      text.addEventListener("input", apply);
    }
    // Hovering or focusing a claim's link or row outlines all of that claim's text.
    var mark = function (ev, on) {
      var el = ev.target.closest ? ev.target.closest("[data-claim]") : null;
      if (!el) return;
      var id = el.getAttribute("data-claim");
      Array.prototype.forEach.call(doc.querySelectorAll(".hl, .cm"), function (m) {
        if (m.getAttribute("data-claim") === id) m.classList.toggle("active", on);
      });
    };
    // The graph: fit to the page width, or actual size (scroll to pan). Without the script
    // it is shown at actual size in a scrolling box.
    var zoom = doc.querySelector("[data-graph-zoom]");
    var canvas = doc.querySelector(".graph-canvas");
    // The layout engine leaves empty space around the drawing; crop to what is drawn.
    var svg = canvas ? canvas.querySelector("svg") : null;
    if (svg && svg.getBBox) {
      try {
        var b = svg.getBBox(), pad = 12;
        if (b.width > 0 && b.height > 0) {
          svg.setAttribute("viewBox", [b.x - pad, b.y - pad, b.width + 2 * pad, b.height + 2 * pad].join(" "));
          svg.setAttribute("width", String(Math.ceil(b.width + 2 * pad)));
          svg.setAttribute("height", String(Math.ceil(b.height + 2 * pad)));
        }
      } catch (e) { /* not rendered (hidden): keep the drawing's own size */ }
    }
    if (zoom && canvas) {
      zoom.parentNode.hidden = false;
      zoom.addEventListener("click", function () {
        var fit = canvas.classList.toggle("fit");
        zoom.setAttribute("aria-pressed", fit ? "true" : "false");
      });
    }
    // Clicking highlighted text jumps to the claim's row, like the numbered link does.
    doc.addEventListener("click", function (ev) {
      if (ev.target.closest("a")) return;
      var hl = ev.target.closest(".hl[data-claim]");
      if (!hl) return;
      var m = /^(d\d+-)?(\d+)$/.exec(hl.getAttribute("data-claim"));
      if (m) location.hash = "#" + (m[1] || "") + "claim-" + m[2];
    });
    ["mouseover", "focusin"].forEach(function (t) { doc.addEventListener(t, function (e) { mark(e, true); }); });
    ["mouseout", "focusout"].forEach(function (t) { doc.addEventListener(t, function (e) { mark(e, false); }); });
  });
})();
