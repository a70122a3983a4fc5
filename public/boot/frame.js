// Runs before the first paint (a classic script in <head>), so the static frame in index.html is
// drawn the way the app will draw it: in the language the URL asks for or else the browser's
// first supported one (the app's rule: core::text::Lang::parse, ui::context::i18n::browser_lang),
// with the URL's theme preset, and without the site header in embed mode.
(function () {
  var root = document.documentElement;
  var url = new URLSearchParams(location.search);
  var pick = function (code) {
    var c = String(code || "").trim().toLowerCase();
    return c === "zh" || c === "zh-cn" || c === "zh-hans" ? "zh" : c === "en" ? "en" : null;
  };
  var lang = pick(url.get("lang"));
  var wanted = navigator.languages || [navigator.language];
  for (var i = 0; !lang && i < wanted.length; i++) lang = pick(String(wanted[i]).split("-")[0]);
  root.lang = lang === "zh" ? "zh-CN" : "en";
  var theme = url.get("theme");
  if (theme && /^[a-z]+$/.test(theme)) root.setAttribute("data-theme", theme);
  var embed = (url.get("embed") || "").trim().toLowerCase();
  if (embed === "1" || embed === "true") root.setAttribute("data-embed", "");
  // Another screen than the explorer's list: only the header and "loading" until the app starts.
  if (url.get("page") || url.get("place") || url.get("view") === "map") root.setAttribute("data-frame", "other");
})();
