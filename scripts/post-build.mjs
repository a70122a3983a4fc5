// Trunk post_build hook (runs in the staging directory before it becomes dist/).
//
// 0. Splits the explorer's wasm so pages off the first screen load on demand (split-wasm.mjs).
// 1. Moves Trunk's inline module loader into an external, hashed file so the site runs under a
//    CSP with `script-src 'self'` and no 'unsafe-inline'.
// 1b. Fills the static frame's words (elements with data-t="key") from locales/*.json, in both
//    languages; public/boot/frame.js shows the one the page is in before the first paint.
// 2. For the explorer's build (index.html): builds the data workbench (edit.html, its own wasm)
//    with a second Trunk run and adds its files, so `trunk build` and `trunk serve` both give the
//    two pages. That run comes back here for edit.html, which gets step 1 only.
// 3. Writes sw.js, the offline service worker, with the exact (hashed) file names of this build:
//    only the build knows them, so the worker is generated here rather than kept in the repository.
//    The workbench is not precached: the explorer's visitors never download it.
//
// Trunk's own autoreload script (only in `trunk serve`) is left alone: it is not shipped in dist/.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";

import { filesUnder, hashFiles, splitExplorer } from "./split-wasm.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run through trunk)");
  process.exit(1);
}
const release = process.env.TRUNK_PROFILE === "release";

// Which page this build is for; Trunk writes either as index.html in the staging directory.
const page = basename(process.env.TRUNK_HTML_FILE ?? "index.html");
const sha = (algo, data) => createHash(algo).update(data).digest();
const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");

// --- 0. The explorer's wasm, split into the first screen's and one per other page ----------
if (page === "index.html") html = splitExplorer(staging, html, release);

// --- 1. External loader -------------------------------------------------------------------
const inline = /<script type="module">([\s\S]*?TrunkApplicationStarted[\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) {
  console.error(`post-build: Trunk's inline loader was not found in ${page}; has Trunk changed?`);
  process.exit(1);
}
// The app does not use window.wasmBindings; the rest is Trunk's loader as it wrote it.
const loader = found[1].replace(/\n\s*window\.wasmBindings = bindings;\n/, "\n").trim() + "\n";
const loaderName = `loader-${sha("sha256", loader).toString("hex").slice(0, 16)}.js`;
writeFileSync(join(staging, loaderName), loader);
const integrity = "sha384-" + sha("sha384", loader).toString("base64");
html = html.replace(
  inline,
  `<script type="module" src="./${loaderName}" integrity="${integrity}" crossorigin="anonymous"></script>`,
);

// Chromium intermittently never evaluates an external module script whose import is still being
// fetched by a <link rel="modulepreload"> (seen here in about half of headless runs under load):
// the page stays on "Loading…". The loader imports the glue itself, so the hint is dropped.
html = html.replace(/<link rel="modulepreload"[^>]*>/g, "");
// The same stall with the wasm's <link rel="preload" as="fetch">: in headless runs neither the
// preload nor the loader's own fetch of the wasm was ever sent, in 3 of 12 workbench starts and,
// once index.html had its frame script in <head>, in 2 of 3 explorer starts; without the hint, 0
// of 20 and 0 of 6. So both pages go without it.
html = html.replace(/<link rel="preload"[^>]*as="fetch"[^>]*>/g, "");

// --- 1b. The frame's words --------------------------------------------------------------
{
  const source = process.env.TRUNK_SOURCE_DIR ?? ".";
  const locales = Object.fromEntries(
    ["zh", "en"].map((l) => [l, JSON.parse(readFileSync(join(source, "locales", `${l}.json`), "utf8"))]),
  );
  const escape = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const word = (lang, key) => {
    const value = key.split(".").reduce((v, part) => (v && typeof v === "object" ? v[part] : undefined), locales[lang]);
    if (typeof value !== "string") {
      console.error(`post-build: ${page}: data-t="${key}" is not a string in locales/${lang}.json`);
      process.exit(1);
    }
    return escape(value);
  };
  html = html.replace(/<(\w+)([^>]*?) data-t="([\w.]+)"([^>]*)><\/\1>/g, (_, tag, before, key, after) =>
    `<${tag}${before}${after}><span class="l-zh" lang="zh-CN">${word("zh", key)}</span>` +
    `<span class="l-en" lang="en">${word("en", key)}</span></${tag}>`,
  );
  if (html.includes("data-t=")) {
    console.error(`post-build: ${page}: a data-t element was not filled (it must be empty: <x data-t="key"></x>)`);
    process.exit(1);
  }
}

if (release) {
  // The shipped page must hold no inline script, inline style or event-handler attribute.
  const problems = [
    [/<script(?![^>]*\bsrc=)[^>]*>/i, "an inline <script>"],
    [/<style[\s>]/i, "an inline <style>"],
    [/\sstyle\s*=/i, "a style attribute"],
    [/\son[a-z]+\s*=/i, "an event-handler attribute"],
  ].filter(([re]) => re.test(html));
  if (problems.length) {
    console.error(`post-build: ${page} still has ${problems.map(([, what]) => what).join(", ")}`);
    process.exit(1);
  }
}
writeFileSync(indexPath, html);
if (page !== "index.html") {
  console.log(`post-build: ${page}, ${loaderName}`);
  process.exit(0);
}

// --- 2. The workbench ---------------------------------------------------------------------
// The explorer's own files, before the workbench's are added (the shared stylesheets and icon
// carry the same hashed names in both builds).
const explorerFiles = new Set(filesUnder(staging));
{
  const out = mkdtempSync(join(process.env.TMPDIR ?? "/tmp", "jpe-workbench-"));
  // The outer run's TRUNK_* variables would configure the inner one: leave them out.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("TRUNK_")));
  const args = ["build", ...(release ? ["--release"] : []), "--dist", out, "edit.html"];
  const run = spawnSync("trunk", args, { cwd: process.env.TRUNK_SOURCE_DIR, env, stdio: "inherit" });
  if (run.status !== 0) {
    console.error("post-build: building the workbench (trunk build edit.html) failed");
    process.exit(1);
  }
  for (const name of readdirSync(out)) {
    const as = name === "index.html" ? "edit.html" : name;
    if (!name.startsWith(".")) cpSync(join(out, name), join(staging, as), { recursive: true });
  }
  rmSync(out, { recursive: true, force: true });
}

// --- 3. Service worker --------------------------------------------------------------------
const files = [...explorerFiles]
  .filter((name) => name !== "sw.js" && !name.endsWith(".map"))
  .sort();
const cacheName = `jpe-${hashFiles(staging, files).slice(0, 16)}`;
// "./" stands for the page itself (index.html is served for the directory URL).
const precache = ["./", ...files.filter((f) => f !== "index.html").map((f) => `./${f}`)];
const template = readFileSync(new URL("./sw-template.js", import.meta.url), "utf8");
const worker = template
  .replace("__CACHE_NAME__", JSON.stringify(cacheName))
  .replace("__PRECACHE__", JSON.stringify(precache, null, 2));
writeFileSync(join(staging, "sw.js"), worker);
console.log(`post-build: ${loaderName}, sw.js (${cacheName}, ${precache.length} files)`);
