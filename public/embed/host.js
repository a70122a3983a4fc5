/*
 * Jiading Park Explorer — optional host-page script for embedding.
 *
 * Include it once on the page that holds the iframe snippet from the explorer's "Embed" page:
 *   <script src="https://YOUR-EXPLORER-HOST/PATH/embed/host.js" defer></script>
 * It resizes every <iframe data-jpe-embed> to the height of the explorer's content, so the page
 * scrolls once instead of twice. Without it the iframe keeps the height written in the snippet.
 *
 * Message schema (both directions use window.postMessage with an explicit target origin):
 *   host -> explorer  {"type": "jpe:request-height", "version": 1}
 *   explorer -> host  {"type": "jpe:height", "version": 1, "height": <integer CSS pixels>}
 * The explorer answers only if the host page's origin is listed in its config.json under
 * embed.parent_origins. This script accepts a message only from the iframe's own window and
 * origin, and only if it matches the schema exactly.
 */
(function () {
  "use strict";
  var MIN = 320;
  var MAX = 4000;

  function isHeightMessage(data) {
    if (!data || typeof data !== "object") return false;
    var keys = Object.keys(data).sort().join(",");
    return (
      keys === "height,type,version" &&
      data.type === "jpe:height" &&
      data.version === 1 &&
      typeof data.height === "number" &&
      isFinite(data.height)
    );
  }

  function attach(iframe) {
    if (iframe.__jpeAttached) return;
    iframe.__jpeAttached = true;
    var origin;
    try {
      origin = new URL(iframe.src, window.location.href).origin;
    } catch (e) {
      return;
    }
    window.addEventListener("message", function (event) {
      if (event.source !== iframe.contentWindow || event.origin !== origin) return;
      if (!isHeightMessage(event.data)) return;
      var height = Math.min(MAX, Math.max(MIN, Math.round(event.data.height)));
      // A CSSOM write, allowed under a strict style-src.
      iframe.style.height = height + "px";
      iframe.setAttribute("data-jpe-height", String(height));
    });
    var ask = function () {
      if (iframe.contentWindow) {
        iframe.contentWindow.postMessage({ type: "jpe:request-height", version: 1 }, origin);
      }
    };
    iframe.addEventListener("load", ask);
    // The script may run after the iframe has loaded: ask now unless it still shows its initial
    // blank document (a cross-origin document is not readable, so null means loaded).
    var doc = null;
    try {
      doc = iframe.contentDocument;
    } catch (e) {
      doc = null;
    }
    if (!doc || (doc.readyState === "complete" && doc.URL !== "about:blank")) ask();
  }

  function attachAll() {
    var frames = document.querySelectorAll("iframe[data-jpe-embed]");
    for (var i = 0; i < frames.length; i++) attach(frames[i]);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", attachAll);
  } else {
    attachAll();
  }
  window.JiadingParkExplorer = { attach: attach, attachAll: attachAll };
})();
