// `make embed-demo`: the explorer embedded the way a district site would do it, on this machine.
//
//   http://127.0.0.1:8081/zwgk/zsyz/explorer/  dist/ under a sub-path, with the strict headers the
//                                              README asks for (frame-ancestors: the host page's
//                                              origin only), the folder without its slash
//                                              redirected, and a config.json listing the host page
//   http://127.0.0.1:8082/                     a host page on a second origin: the iframe snippet,
//                                              host.js from the explorer, and its own strict CSP
//   http://127.0.0.1:8083/                     the same page from an origin frame-ancestors does
//                                              not allow: what a refused (blank) frame looks like
//
// 127.0.0.1 and localhost are different origins: open the addresses as printed.
// EXPLORER_PORT and HOST_PORT change the ports (the refused origin is HOST_PORT + 1).
// Only Node's built-in modules are used, so it needs no `npm install`.

import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const HOST = "127.0.0.1";
const MOUNT = "/zwgk/zsyz/explorer/";
const EXPLORER_PORT = Number(process.env.EXPLORER_PORT || 8081);
const HOST_PORT = Number(process.env.HOST_PORT || 8082);
const REFUSED_PORT = HOST_PORT + 1;
const EXPLORER = `http://${HOST}:${EXPLORER_PORT}`;
const PAGE = `http://${HOST}:${HOST_PORT}`;
const REFUSED = `http://${HOST}:${REFUSED_PORT}`;
const DIST = path.resolve(process.env.JPE_DIST || path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "dist"));

if (!fs.existsSync(path.join(DIST, "index.html"))) {
  console.error(`embed-demo: ${DIST}/index.html not found; run \`make dist\` first`);
  process.exit(1);
}

// The README's policy (Security headers), with this demo's host page as the only ancestor.
const EXPLORER_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "connect-src 'self'; font-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; " +
  `base-uri 'none'; form-action 'none'; frame-ancestors ${PAGE}`;

// The host page's own policy (README, "Allow the explorer in your page's policy"): its own files,
// the explorer in frames, host.js by its exact URL. Nothing inline.
const HOST_JS = `${EXPLORER}${MOUNT}embed/host.js`;
const PAGE_CSP =
  `default-src 'self'; frame-src ${EXPLORER}; script-src 'self' ${HOST_JS}; style-src 'self'; ` +
  "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".geojson": "application/geo+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

function send(req, res, status, headers, body = "") {
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" ? undefined : body);
}

function text(req, res, status, csp, message) {
  send(req, res, status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
  }, message + "\n");
}

// config.json as shipped, with this demo's host page as the one parent origin.
function demoConfig() {
  let config = {};
  try {
    config = JSON.parse(fs.readFileSync(path.join(DIST, "config.json"), "utf8"));
  } catch {
    // A missing or broken file: the explorer's defaults plus the demo's origin.
  }
  if (!config || typeof config !== "object" || Array.isArray(config)) config = {};
  config.embed = { ...(config.embed && typeof config.embed === "object" ? config.embed : {}), parent_origins: [PAGE] };
  return JSON.stringify(config, null, 2) + "\n";
}

// The file under dist/ for a path inside the mount, or null; never outside dist/.
function fileFor(inside) {
  let parts;
  try {
    parts = decodeURIComponent(inside).split("/");
  } catch {
    return null;
  }
  if (parts.some((p) => p === ".." || p === "." || p.includes("\\") || p.includes("\0"))) return null;
  let file = path.join(DIST, ...parts);
  if (file !== DIST && !file.startsWith(DIST + path.sep)) return null;
  try {
    if (fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

function explorer(req, res) {
  const url = new URL(req.url, EXPLORER);
  const security = {
    "Content-Security-Policy": EXPLORER_CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cache-Control": "no-store",
  };
  if (req.method !== "GET" && req.method !== "HEAD") {
    return send(req, res, 405, { ...security, Allow: "GET, HEAD" });
  }
  // The folder without its trailing slash: redirect, keeping the query (README, step 2).
  if (url.pathname === MOUNT.slice(0, -1)) {
    return send(req, res, 301, { ...security, Location: MOUNT + url.search });
  }
  if (!url.pathname.startsWith(MOUNT)) {
    return text(req, res, 404, EXPLORER_CSP, `Not found. The explorer is at ${EXPLORER}${MOUNT}`);
  }
  const inside = url.pathname.slice(MOUNT.length);
  if (inside === "config.json") {
    return send(req, res, 200, { ...security, "Content-Type": "application/json" }, demoConfig());
  }
  const file = fileFor(inside);
  if (!file) return text(req, res, 404, EXPLORER_CSP, "Not found.");
  const type = TYPES[path.extname(file)] || "application/octet-stream";
  send(req, res, 200, { ...security, "Content-Type": type }, fs.readFileSync(file));
}

const IFRAME_TITLE = "Jiading Park Explorer: industrial parks, projects and factory space in Jiading";

// The snippet as the Embed page writes it (core::site::embed::iframe_snippet).
function hostPage(origin) {
  const refused = origin === REFUSED;
  // The blue preset: the host's own colours (README, "Colours").
  const src = `${EXPLORER}${MOUNT}?lang=en&amp;view=list&amp;embed=1&amp;theme=blue`;
  const note = refused
    ? `<p class="warning">This page is served from <code>${REFUSED}</code>, which the explorer's
       <code>frame-ancestors</code> does not list: the browser refuses the frame below, and this page's
       console says that framing it violates the Content Security Policy directive
       <code>frame-ancestors ${PAGE}</code>. The allowed page is <a href="${PAGE}/">${PAGE}/</a>.</p>`
    : `<p>This page is served from <code>${PAGE}</code>, a second origin. The explorer at
       <code>${EXPLORER}${MOUNT}</code> allows it in <code>frame-ancestors</code> and lists it in
       <code>embed.parent_origins</code>, so <code>host.js</code> fits the frame to its content.
       <a href="${REFUSED}/">The same page from an origin that is not allowed</a> ·
       <a href="${EXPLORER}${MOUNT.slice(0, -1)}" target="_blank" rel="noopener">the explorer's folder without
       its trailing slash</a> (redirected) · <a href="${EXPLORER}${MOUNT}?page=embed" target="_blank"
       rel="noopener">its Embed page</a>.</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Embed demo: a district page on ${origin}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/host.css">
</head>
<body>
<header><h1>District investment page (embed demo)</h1></header>
<main>
${note}
<iframe src="${src}" title="${IFRAME_TITLE}" width="100%" height="720" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads allow-top-navigation-to-custom-protocols" allow="clipboard-write" data-jpe-embed></iframe>
<p>Text after the frame: with host.js it moves as the explorer's content grows and shrinks.</p>
</main>
<script src="${HOST_JS}" defer></script>
</body>
</html>
`;
}

const HOST_CSS = `body { font: 16px/1.5 system-ui, sans-serif; margin: 0 auto; max-width: 72rem; padding: 0 1rem; }
header { border-bottom: 4px solid #b00; margin-bottom: 1rem; }
iframe { border: 1px solid #888; display: block; }
code { background: #f2f2f2; }
.warning { border-left: 4px solid #b00; padding-left: 0.75rem; }
`;

function page(origin) {
  return (req, res) => {
    const url = new URL(req.url, origin);
    const security = { "Content-Security-Policy": PAGE_CSP, "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" };
    if (req.method !== "GET" && req.method !== "HEAD") return send(req, res, 405, { ...security, Allow: "GET, HEAD" });
    if (url.pathname === "/" || url.pathname === "/index.html") {
      return send(req, res, 200, { ...security, "Content-Type": "text/html; charset=utf-8" }, hostPage(origin));
    }
    if (url.pathname === "/host.css") return send(req, res, 200, { ...security, "Content-Type": "text/css; charset=utf-8" }, HOST_CSS);
    text(req, res, 404, PAGE_CSP, "Not found.");
  };
}

function listen(port, handler, what) {
  return new Promise((listening) => {
    const server = http.createServer(handler);
    server.on("error", (e) => {
      console.error(`embed-demo: cannot listen on ${HOST}:${port} (${what}): ${e.code === "EADDRINUSE" ? "the port is in use" : e.message}`);
      process.exit(1);
    });
    server.listen(port, HOST, listening);
  });
}

await Promise.all([
  listen(EXPLORER_PORT, explorer, "the explorer"),
  listen(HOST_PORT, page(PAGE), "the host page"),
  listen(REFUSED_PORT, page(REFUSED), "the refused host page"),
]);
// Once all three listen; the test (tests/e2e/tests/embed_demo.rs) waits for this line.
console.log(`Explorer:   ${EXPLORER}${MOUNT}   (${DIST}, strict headers, frame-ancestors ${PAGE})
Host page:  ${PAGE}/   (embeds it with host.js)
Refused:    ${REFUSED}/   (not in frame-ancestors: the frame is refused)
Ctrl-C stops.`);
