// Architecture lint, run by `make lint`:  node scripts/check-layers.mjs [ROOT]
//                                         node scripts/check-layers.mjs --self-test
//
// The compiler cannot tell which module may use which: inside one crate everything `pub` is
// reachable from everywhere, so layers erode silently. This script holds the line:
//
// 1. Folder layering. Every folder directly under src/core/ and src/ui/ is a layer, and its
//    mod.rs states what it may import in one module-doc line:
//        //! May import: core::text, core::geo.
//        //! May import: nothing.
//    A folder may always import itself, and a ui folder may always import any of the core (the
//    UI sits above all of it). Every `crate::core::NAME` / `crate::ui::NAME` path (also inside
//    `use` groups, over several lines) must be allowed; `super::` paths may not climb out of
//    the folder, so that cross-folder imports are always spelled, and checked, as `crate::`.
//    src/core/ and src/ui/ hold only folders (and their mod.rs); the rules may not form a cycle.
// 2. Pure core. Nothing under src/core/ uses leptos, web_sys, wasm_bindgen, js_sys or gloo, so
//    the core stays natively unit-testable.
// 3. File size. No .rs file under src/, tests/, bench/ or tools/ has more than 400 lines.
//
// Comments and string literals are blanked out before any code check, so prose that mentions a
// path (`/// see crate::core::data`) never counts as an import.
//
// Only Node's built-in modules are used, so the lint needs no `npm install`.

import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const TREES = ["core", "ui"];
const MAX_LINES = 400;
const SIZE_ROOTS = ["src", "tests", "bench", "tools"];
const SKIP_DIRS = new Set(["target", "node_modules", "dist"]);
const WEB_CRATE = /^(leptos(_\w+)?|web_sys|wasm_bindgen(_\w+)?|js_sys|gloo(_\w+)?)$/;
const RULE_LINE = /^\/\/!\s*May import:(.*)$/;
const RULE_ENTRY = /^(core|ui)::([A-Za-z_][A-Za-z0-9_]*)$/;
const RULE_EXAMPLE = '(e.g. "//! May import: core::text." or "//! May import: nothing.")';

// ---------------------------------------------------------------------------------------------
// Files

/** Every file below `dir` (relative to `root`, with `/`), skipping build output and dot-dirs. */
function listFiles(root, dir) {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  const out = [];
  for (const entry of fs.readdirSync(abs, { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith(".")) out.push(...listFiles(root, rel));
    } else if (entry.isFile()) {
      out.push(rel);
    }
  }
  return out.sort();
}

function read(root, rel) {
  return fs.readFileSync(path.join(root, rel), "utf8");
}

function countLines(text) {
  if (text === "") return 0;
  return text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------
// Blanking comments and literals (newlines are kept, so line numbers stay right)

const isIdentStart = (c) => c !== undefined && /[A-Za-z_]/.test(c);
const isIdentChar = (c) => c !== undefined && /[A-Za-z0-9_]/.test(c);
const blank = (c) => (c === "\n" ? "\n" : " ");

/** Rust source with comments, strings and char literals replaced by spaces. */
function blankCommentsAndStrings(src) {
  const s = Array.from(src); // code points, so a '字' char literal is one step
  const out = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === "/" && s[i + 1] === "/") i = blankUntilNewline(s, i, out);
    else if (c === "/" && s[i + 1] === "*") i = blankBlockComment(s, i, out);
    else if (c === '"') i = blankString(s, i, out);
    else if (c === "'") i = blankCharLiteral(s, i, out);
    else if (isIdentStart(c)) i = copyWordOrPrefixedLiteral(s, i, out);
    else out.push(s[i++]);
  }
  return out.join("");
}

function blankRange(s, from, to, out) {
  for (let k = from; k < to; k++) out.push(blank(s[k]));
  return to;
}

function blankUntilNewline(s, i, out) {
  let j = i;
  while (j < s.length && s[j] !== "\n") j++;
  return blankRange(s, i, j, out);
}

// Rust block comments nest, unlike C's.
function blankBlockComment(s, i, out) {
  let depth = 0;
  let j = i;
  do {
    const pair = s[j] + s[j + 1];
    if (pair === "/*" || pair === "*/") {
      depth += pair === "/*" ? 1 : -1;
      j += 2;
    } else {
      j++;
    }
  } while (depth > 0 && j < s.length);
  return blankRange(s, i, Math.min(j, s.length), out);
}

function blankString(s, i, out) {
  let j = i + 1;
  while (j < s.length && s[j] !== '"') j += s[j] === "\\" ? 2 : 1;
  return blankRange(s, i, Math.min(j + 1, s.length), out);
}

// A quote starts either a char literal ('x', '\n', '\u{4E00}') or a lifetime ('a); only the
// first is blanked, or `'"'` would open a phantom string that swallows the rest of the file.
function blankCharLiteral(s, i, out) {
  if (s[i + 1] === "\\") {
    let j = i + 3; // past the escaped character, which may itself be a quote
    while (j < s.length && j < i + 12 && s[j] !== "'" && s[j] !== "\n") j++;
    if (s[j] === "'") return blankRange(s, i, j + 1, out);
  } else if (s[i + 2] === "'" && s[i + 1] !== "\n") {
    return blankRange(s, i, i + 3, out);
  }
  out.push(s[i]);
  return i + 1;
}

// Words are copied whole, so that the prefixes of r"..", r#".."#, b"..", b'..' and c".." are
// recognised only at the start of a word.
function copyWordOrPrefixedLiteral(s, i, out) {
  let j = i;
  while (isIdentChar(s[j])) j++;
  const word = s.slice(i, j).join("");
  if (["r", "br", "cr"].includes(word) && (s[j] === '"' || s[j] === "#")) {
    const end = rawStringEnd(s, j);
    if (end !== null) return blankRange(s, i, end, out);
  }
  if (["b", "c"].includes(word) && s[j] === '"') return blankString(s, blankRange(s, i, j, out), out);
  if (word === "b" && s[j] === "'") return blankCharLiteral(s, blankRange(s, i, j, out), out);
  for (let k = i; k < j; k++) out.push(s[k]);
  return j;
}

/** End (exclusive) of a raw string whose hashes start at `j`, or null for `r#ident`. */
function rawStringEnd(s, j) {
  let hashes = 0;
  while (s[j + hashes] === "#") hashes++;
  if (s[j + hashes] !== '"') return null;
  const close = '"' + "#".repeat(hashes);
  for (let k = j + hashes + 1; k < s.length; k++) {
    if (s.slice(k, k + close.length).join("") === close) return k + close.length;
  }
  return s.length;
}

// ---------------------------------------------------------------------------------------------
// Tokens and the paths in them

const isIdent = (t) => t !== undefined && /^[A-Za-z_][A-Za-z0-9_]*$/.test(t);

/** Identifiers, `::` and single punctuation characters of blanked code, with line numbers. */
function tokenize(code) {
  const tokens = [];
  let line = 1;
  for (const [t] of code.matchAll(/\n|[A-Za-z_][A-Za-z0-9_]*|::|\S/g)) {
    if (t === "\n") line++;
    else tokens.push({ t, line });
  }
  return tokens;
}

// `pub(in crate::core)` and `pub(super)` restrict visibility; they import nothing.
function isVisibility(tokens, i) {
  const prev = tokens[i - 1]?.t;
  return (prev === "in" && tokens[i - 2]?.t === "(") || (prev === "(" && tokens[i - 2]?.t === "pub");
}

/**
 * Every `crate::core::NAME` / `crate::ui::NAME` in the code, as { tree, name, line }; `name` is
 * null for the tree itself (`crate::core`, `crate::core::*`, `crate::core::{self}`).
 */
function crateRefs(tokens) {
  const refs = [];
  tokens.forEach((tok, i) => {
    if (tok.t !== "crate" || tokens[i + 1]?.t !== "::") return;
    // `$crate::` (in macro_rules! bodies) is left in: the folder that writes the macro depends on it.
    if (isVisibility(tokens, i)) return;
    walkUseTree(tokens, i + 2, [], refs);
  });
  return refs;
}

// A use tree is `name`, `name::tree`, `*` or `{tree, tree, ...}`; expression paths are the
// degenerate case without braces, so one walker serves both.
function walkUseTree(tokens, i, segs, refs) {
  const tok = tokens[i];
  if (tok?.t === "{") return walkGroup(tokens, i + 1, segs, refs);
  if (tok?.t === "*") {
    noteRef(segs, "*", tok.line, false, refs);
    return i + 1;
  }
  if (!isIdent(tok?.t)) return i;
  const continues = tokens[i + 1]?.t === "::";
  noteRef(segs, tok.t, tok.line, continues, refs);
  return continues ? walkUseTree(tokens, i + 2, [...segs, tok.t], refs) : i + 1;
}

function walkGroup(tokens, i, segs, refs) {
  while (i < tokens.length && tokens[i].t !== "}" && tokens[i].t !== ";") {
    i = walkUseTree(tokens, i, segs, refs);
    // Skip what follows a member (`as Alias`) up to the next member.
    while (i < tokens.length && ![",", "}", "{", ";"].includes(tokens[i].t)) i++;
    if (tokens[i]?.t === ",") i++;
  }
  return tokens[i]?.t === "}" ? i + 1 : i;
}

function noteRef(segs, name, line, continues, refs) {
  if (segs.length === 0 && TREES.includes(name) && !continues) refs.push({ tree: name, name: null, line });
  if (segs.length !== 1 || !TREES.includes(segs[0])) return;
  const wholeTree = name === "*" || name === "self";
  refs.push({ tree: segs[0], name: wholeTree ? null : name, line });
}

/** Depth of inline `mod name { ... }` blocks at each token (each adds a `super` level). */
function inlineModDepths(tokens) {
  const opened = []; // for each open brace: does it open an inline module?
  let depth = 0;
  return tokens.map((tok, i) => {
    if (tok.t === "{") {
      const isMod = tokens[i - 2]?.t === "mod" && isIdent(tokens[i - 1]?.t);
      opened.push(isMod);
      if (isMod) depth++;
    } else if (tok.t === "}" && opened.pop()) {
      depth--;
    }
    return depth;
  });
}

/**
 * `super::` chains that leave the folder, as { text, line }. `fileDepth` is the number of
 * module levels between the file and the tree root (src/core/geo/mod.rs: 1, geo/area.rs: 2).
 */
function superEscapes(tokens, fileDepth) {
  const modDepths = inlineModDepths(tokens);
  const escapes = [];
  tokens.forEach((tok, i) => {
    if (tok.t !== "super" || tokens[i - 1]?.t === "::" || isVisibility(tokens, i)) return;
    let n = 1;
    let j = i + 1;
    while (tokens[j]?.t === "::" && tokens[j + 1]?.t === "super") {
      n++;
      j += 2;
    }
    const depth = fileDepth + modDepths[i];
    if (n < depth) return;
    const landing = n === depth && tokens[j]?.t === "::" && isIdent(tokens[j + 1]?.t) ? [tokens[j + 1].t] : [];
    escapes.push({ text: [...Array(n).fill("super"), ...landing].join("::"), line: tok.line });
  });
  return escapes;
}

/** Web crates named in a `use`, as a path (`leptos::view!`), an attribute or `extern crate`. */
function webUses(tokens) {
  const hits = [];
  let inUse = false;
  tokens.forEach((tok, i) => {
    if (tok.t === "use") inUse = true;
    else if (tok.t === ";") inUse = false;
    if (!WEB_CRATE.test(tok.t)) return;
    const asPath = tokens[i + 1]?.t === "::";
    const asAttribute = tokens[i - 1]?.t === "[" && tokens[i - 2]?.t === "#";
    const asExtern = tokens[i - 1]?.t === "crate" && tokens[i - 2]?.t === "extern";
    if (inUse || asPath || asAttribute || asExtern) hits.push({ name: tok.t, line: tok.line });
  });
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Folders and their rules

/** The folders of src/<tree>/, as { tree, name, key, dir, modRs, files }; flags stray files. */
function readTree(root, tree, problems) {
  const base = `src/${tree}`;
  if (!fs.existsSync(path.join(root, base))) {
    problems.push({ file: base, msg: "missing (expected a folder of layers)" });
    return { folders: [], rootFiles: [] };
  }
  const entries = fs.readdirSync(path.join(root, base), { withFileTypes: true });
  const rootFiles = entries.filter((e) => e.isFile() && e.name.endsWith(".rs")).map((e) => `${base}/${e.name}`);
  for (const file of rootFiles) {
    if (!file.endsWith("/mod.rs")) problems.push({ file, msg: `${base} holds folders only (move this file into one)` });
  }
  const folders = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith(".") && !SKIP_DIRS.has(e.name))
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const dir = `${base}/${name}`;
      return { tree, name, key: `${tree}::${name}`, dir, modRs: `${dir}/mod.rs`, files: rsFiles(root, dir) };
    });
  return { folders, rootFiles };
}

function rsFiles(root, dir) {
  return listFiles(root, dir).filter((f) => f.endsWith(".rs"));
}

/** The folder's rule as { line, entries: [key] }, or null (after reporting why). */
function parseRule(root, folder, problems) {
  if (!fs.existsSync(path.join(root, folder.modRs))) {
    problems.push({ file: folder.dir, msg: "folder without mod.rs" });
    return null;
  }
  const found = [];
  read(root, folder.modRs)
    .split("\n")
    .forEach((raw, index) => {
      const m = raw.trim().match(RULE_LINE);
      if (m) found.push({ line: index + 1, body: m[1] });
    });
  if (found.length === 0) {
    problems.push({ file: folder.modRs, msg: `no "//! May import:" line ${RULE_EXAMPLE}` });
    return null;
  }
  for (const extra of found.slice(1)) {
    problems.push({ file: folder.modRs, line: extra.line, msg: `a second "May import:" line (the first is on line ${found[0].line})` });
  }
  const entries = parseEntries(folder.modRs, found[0], problems);
  return entries && found.length === 1 ? { line: found[0].line, entries } : null;
}

function parseEntries(file, { line, body }, problems) {
  const list = body.trim().replace(/\.$/, "").trim();
  const bad = (msg) => (problems.push({ file, line, msg }), null);
  if (list === "") return bad(`empty "May import:" list ${RULE_EXAMPLE}`);
  const parts = list.split(",").map((p) => p.trim().replace(/^`(.*)`$/, "$1"));
  if (parts.includes("nothing")) return parts.length === 1 ? [] : bad('May import: "nothing" must stand alone');
  const wrong = parts.find((p) => !RULE_ENTRY.test(p));
  if (wrong !== undefined) return bad(`May import: "${wrong}" is not core::NAME, ui::NAME or nothing`);
  return parts;
}

/** Rule entries must name existing folders, and the core may never reach up into the ui. */
function checkRuleEntries(folders, problems) {
  const keys = new Set(folders.map((f) => f.key));
  for (const folder of folders) {
    for (const entry of folder.rule?.entries ?? []) {
      const at = { file: folder.modRs, line: folder.rule.line };
      const [tree, name] = entry.split("::");
      if (folder.tree === "core" && tree === "ui") {
        problems.push({ ...at, msg: `May import names ${entry}, but the core may never import the ui` });
      } else if (!keys.has(entry)) {
        problems.push({ ...at, msg: `May import names ${entry}, but there is no folder src/${tree}/${name}/` });
      }
    }
  }
}

/**
 * One problem per distinct cycle (by its set of folders), reported at its first folder. Only
 * edges within a tree count: ui -> core entries are implied anyway, and a core -> ui entry is
 * already reported by checkRuleEntries.
 */
function checkRuleCycles(folders, problems) {
  const byKey = new Map(folders.map((f) => [f.key, f]));
  const sameTree = (a, b) => a.split("::")[0] === b.split("::")[0];
  const edges = (key) =>
    (byKey.get(key)?.rule?.entries ?? []).filter((e) => e !== key && byKey.has(e) && sameTree(e, key));
  const seen = new Set();
  for (const folder of folders) {
    const cycle = shortestCycle(folder.key, edges);
    if (!cycle) continue;
    const id = [...new Set(cycle)].sort().join(" ");
    if (seen.has(id)) continue;
    seen.add(id);
    problems.push({ file: folder.modRs, line: folder.rule.line, msg: `rule cycle: ${cycle.join(" -> ")}` });
  }
}

// Breadth-first, so the reported cycle is the shortest one and the message stays readable.
function shortestCycle(start, edges) {
  const parent = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of edges(node)) {
      if (next === start) return [...pathTo(node, parent, start), start];
      if (parent.has(next)) continue;
      parent.set(next, node);
      queue.push(next);
    }
  }
  return null;
}

function pathTo(node, parent, start) {
  const nodes = [node];
  while (nodes[0] !== start) nodes.unshift(parent.get(nodes[0]));
  return nodes;
}

// ---------------------------------------------------------------------------------------------
// Checking files

function codeTokens(root, file) {
  return tokenize(blankCommentsAndStrings(read(root, file)));
}

function describeAllowed(folder) {
  const own = folder.rule.entries.filter((e) => e.startsWith(`${folder.tree}::`) && e !== folder.key);
  const listed = folder.tree === "ui" ? ["core::*", ...own] : own;
  return listed.length > 0 ? listed.join(", ") : "nothing";
}

function importProblem(folder, ref) {
  if (folder.tree === "ui" && ref.tree === "core") return null; // the UI sits above all of core
  const target = ref.name === null ? `all of ${ref.tree}` : `${ref.tree}::${ref.name}`;
  if (target === folder.key || folder.rule.entries.includes(target)) return null;
  return `${folder.key} may not import ${target} (allowed: ${describeAllowed(folder)})`;
}

/** Layering of one file inside a folder: its crate:: paths and its super:: chains. */
function checkFolderFile(root, folder, file, tokens, problems) {
  if (folder.rule) {
    for (const ref of crateRefs(tokens)) {
      const msg = importProblem(folder, ref);
      if (msg) problems.push({ file, line: ref.line, msg });
    }
  }
  // src/core/geo/mod.rs is module core::geo (1 level), src/core/geo/area.rs is core::geo::area (2).
  const inside = file.slice(`src/${folder.tree}/`.length).replace(/(\/mod)?\.rs$/, "");
  for (const escape of superEscapes(tokens, inside.split("/").length)) {
    const msg = `${escape.text} climbs out of ${folder.key} (use crate:: paths across folders)`;
    problems.push({ file, line: escape.line, msg });
  }
}

/** src/core/mod.rs (and stray root files) are below no folder, but still below the ui. */
function checkCoreRootFile(file, tokens, problems) {
  for (const ref of crateRefs(tokens).filter((r) => r.tree === "ui")) {
    problems.push({ file, line: ref.line, msg: `core may not import ui${ref.name ? `::${ref.name}` : ""}` });
  }
}

function checkPureCore(file, tokens, problems) {
  for (const hit of webUses(tokens)) {
    problems.push({ file, line: hit.line, msg: `the core must not use web APIs (${hit.name})` });
  }
}

function checkSizes(root, problems) {
  const files = SIZE_ROOTS.flatMap((dir) => rsFiles(root, dir));
  for (const file of files) {
    const lines = countLines(read(root, file));
    if (lines > MAX_LINES) problems.push({ file, msg: `${lines} lines (at most ${MAX_LINES})` });
  }
  return files.length;
}

// ---------------------------------------------------------------------------------------------
// The whole check

/** All problems under `root`, sorted by file and line, plus counts for the summary line. */
function checkRepo(root) {
  const problems = [];
  const trees = TREES.map((tree) => readTree(root, tree, problems));
  const folders = trees.flatMap((t) => t.folders);
  for (const folder of folders) folder.rule = parseRule(root, folder, problems);
  checkRuleEntries(folders, problems);
  checkRuleCycles(folders, problems);
  for (const folder of folders) {
    for (const file of folder.files) {
      const tokens = codeTokens(root, file);
      checkFolderFile(root, folder, file, tokens, problems);
      if (folder.tree === "core") checkPureCore(file, tokens, problems);
    }
  }
  for (const file of trees[TREES.indexOf("core")].rootFiles) {
    const tokens = codeTokens(root, file);
    checkCoreRootFile(file, tokens, problems);
    checkPureCore(file, tokens, problems);
  }
  const files = checkSizes(root, problems);
  const count = (tree) => folders.filter((f) => f.tree === tree).length;
  return { problems: formatProblems(problems), stats: { core: count("core"), ui: count("ui"), files } };
}

/** `file:line: message` lines, sorted by file then line, without repeats. */
function formatProblems(problems) {
  const sorted = [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0) || (a.msg < b.msg ? -1 : 1),
  );
  const lines = sorted.map((p) => (p.line ? `${p.file}:${p.line}: ${p.msg}` : `${p.file}: ${p.msg}`));
  return [...new Set(lines)];
}

// ---------------------------------------------------------------------------------------------
// Self-test: tiny fixture trees, one clean and each of the others broken in one way

const lines = (...rows) => rows.join("\n") + "\n";
const filler = (n) => "//\n".repeat(n);

const AREA_RS = lines(
  "// use crate::core::data::Row; (a comment: ignored)",
  "/// See [`crate::core::data`] and leptos::view (a doc comment: ignored).",
  "use crate::core::text::lang::Lang;",
  "use super::Point;",
  'const NOTE: &str = "crate::core::data::Row and leptos::view";',
  'const RAW: &str = r#"use crate::core::data; "quoted" "#;',
  "/* crate::core::data /* nested */ leptos::x */",
  "pub fn area(_p: &Point, _l: &Lang) -> f64 {",
  "    0.0",
  "}",
  "#[cfg(test)]",
  "mod tests {",
  "    use super::super::Point;",
  "    use super::*;",
  "}",
);

const CLEAN = {
  "src/lib.rs": lines("pub mod core;", "pub mod ui;"),
  "src/core/mod.rs": lines("//! The pure core.", "pub mod data;", "pub mod geo;", "pub mod text;"),
  "src/core/table.txt": lines("data files beside mod.rs are fine"),
  "src/core/text/mod.rs": lines("//! Text helpers.", "//!", "//! May import: nothing.", "pub mod lang;"),
  "src/core/text/lang.rs": lines("pub struct Lang;", "pub fn quote() -> char {", "    '\"'", "}"),
  "src/core/geo/mod.rs": lines("//! May import: core::text.", "pub mod area;", "pub struct Point;"),
  "src/core/geo/area.rs": AREA_RS,
  "src/core/data/mod.rs": lines(
    "//! May import: core::text, core::geo.",
    "use crate::core::{geo::{area::area, Point}, text::lang::Lang};",
  ),
  "src/ui/mod.rs": lines("pub mod map;", "pub mod widgets;"),
  "src/ui/widgets/mod.rs": lines(
    "//! Shared widgets.",
    "//! May import: nothing.",
    "use crate::core::data::total;",
    "use leptos::prelude::*;",
    "pub fn button() {}",
  ),
  "src/ui/map/mod.rs": lines(
    "//! May import: `ui::widgets`, core::geo.",
    "mod layer;",
    "use crate::{core::geo::Point, ui::widgets::button};",
  ),
  "src/ui/map/layer/mod.rs": lines(
    "use crate::core::{",
    "    data::total,",
    "    text::lang::Lang,",
    "};",
    "use crate::ui::widgets::button;",
    "use super::Point;",
  ),
  "tests/at_limit.rs": filler(MAX_LINES),
  "tests/e2e/target/generated.rs": filler(MAX_LINES + 100),
};

const CASES = [
  { name: "clean tree", patch: {}, expect: [] },
  {
    name: "forbidden import",
    patch: { "src/core/geo/area.rs": AREA_RS + "use crate::core::data::total;\n" },
    expect: ["src/core/geo/area.rs:16: core::geo may not import core::data (allowed: core::text)"],
  },
  {
    name: "multi-line use group with forbidden imports (after a '\"' char literal and lifetimes)",
    patch: {
      "src/core/text/lang.rs": lines(
        "pub fn quote() -> char {",
        "    '\"'",
        "}",
        "pub fn longest<'a>(a: &'a str) -> &'a str { a }",
        "use crate::core::{",
        "    geo::Point,",
        "    data::{self, total as sum},",
        "};",
      ),
    },
    expect: [
      "src/core/text/lang.rs:6: core::text may not import core::geo (allowed: nothing)",
      "src/core/text/lang.rs:7: core::text may not import core::data (allowed: nothing)",
    ],
  },
  {
    name: "stray root files",
    patch: { "src/core/foo.rs": lines("pub fn f() {}"), "src/ui/bar.rs": lines("pub fn g() {}") },
    expect: [
      "src/core/foo.rs: src/core holds folders only (move this file into one)",
      "src/ui/bar.rs: src/ui holds folders only (move this file into one)",
    ],
  },
  {
    name: "missing May-import line",
    patch: { "src/core/geo/mod.rs": lines("//! Geometry.", "pub mod area;") },
    expect: [`src/core/geo/mod.rs: no "//! May import:" line ${RULE_EXAMPLE}`],
  },
  {
    name: "folder without mod.rs",
    patch: { "src/ui/extra/util.rs": lines("pub fn h() {}") },
    expect: ["src/ui/extra: folder without mod.rs"],
  },
  {
    name: "May import names a missing folder",
    patch: { "src/core/geo/mod.rs": lines("//! May import: core::text, core::txt.") },
    expect: ["src/core/geo/mod.rs:1: May import names core::txt, but there is no folder src/core/txt/"],
  },
  {
    name: "core rule names the ui",
    patch: { "src/core/geo/mod.rs": lines("//! May import: core::text, ui::map.") },
    expect: ["src/core/geo/mod.rs:1: May import names ui::map, but the core may never import the ui"],
  },
  {
    name: "malformed May-import line",
    patch: { "src/core/geo/mod.rs": lines("//! May import: core::text and core::data.") },
    expect: ['src/core/geo/mod.rs:1: May import: "core::text and core::data" is not core::NAME, ui::NAME or nothing'],
  },
  {
    name: "rule cycle",
    patch: { "src/core/text/mod.rs": lines("//! May import: core::geo.", "pub mod lang;") },
    expect: ["src/core/geo/mod.rs:1: rule cycle: core::geo -> core::text -> core::geo"],
  },
  {
    name: "two rule cycles through three folders",
    patch: { "src/core/text/mod.rs": lines("//! May import: core::data.", "pub mod lang;") },
    expect: [
      "src/core/data/mod.rs:1: rule cycle: core::data -> core::text -> core::data",
      "src/core/geo/mod.rs:1: rule cycle: core::geo -> core::text -> core::data -> core::geo",
    ],
  },
  {
    name: "macro body names a forbidden folder ($crate::)",
    patch: { "src/core/geo/area.rs": AREA_RS + "macro_rules! m { () => { $crate::core::data::total() }; }\n" },
    expect: ["src/core/geo/area.rs:16: core::geo may not import core::data (allowed: core::text)"],
  },
  {
    name: "super path out of the folder",
    patch: { "src/core/geo/area.rs": AREA_RS + "use super::super::data::total;\n" },
    expect: ["src/core/geo/area.rs:16: super::super::data climbs out of core::geo (use crate:: paths across folders)"],
  },
  {
    name: "core imports the ui",
    patch: { "src/core/text/lang.rs": lines("use crate::ui::widgets::button;") },
    expect: ["src/core/text/lang.rs:1: core::text may not import ui::widgets (allowed: nothing)"],
  },
  {
    name: "ui folder imports an unlisted ui folder",
    patch: { "src/ui/widgets/mod.rs": CLEAN["src/ui/widgets/mod.rs"] + "fn f() { crate::ui::map::show(); }\n" },
    expect: ["src/ui/widgets/mod.rs:6: ui::widgets may not import ui::map (allowed: core::*)"],
  },
  {
    name: "401-line file",
    patch: { "tests/big.rs": filler(MAX_LINES + 1) },
    expect: ["tests/big.rs: 401 lines (at most 400)"],
  },
  {
    name: "web APIs in core",
    patch: {
      "src/core/text/lang.rs": lines("pub struct Lang;", "use leptos::prelude::*;", "#[wasm_bindgen]", "pub fn f() { web_sys::window(); }"),
    },
    expect: [
      "src/core/text/lang.rs:2: the core must not use web APIs (leptos)",
      "src/core/text/lang.rs:3: the core must not use web APIs (wasm_bindgen)",
      "src/core/text/lang.rs:4: the core must not use web APIs (web_sys)",
    ],
  },
];

function writeTree(root, files) {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
}

/** Differences between expected and actual problem lines (empty when they match exactly). */
function caseMismatch(expect, got) {
  const missing = expect.filter((l) => !got.includes(l)).map((l) => `    missing:    ${l}`);
  const extra = got.filter((l) => !expect.includes(l)).map((l) => `    unexpected: ${l}`);
  return [...missing, ...extra];
}

function selfTest() {
  fs.mkdirSync(os.tmpdir(), { recursive: true }); // `make` points TMPDIR at target/tmp
  const base = fs.mkdtempSync(path.join(os.tmpdir(), "check-layers-"));
  let failed = 0;
  try {
    CASES.forEach((c, index) => {
      const root = path.join(base, String(index));
      writeTree(root, { ...CLEAN, ...c.patch });
      const mismatch = caseMismatch(c.expect, checkRepo(root).problems);
      console.log(`${mismatch.length === 0 ? "ok  " : "FAIL"} ${c.name}`);
      for (const row of mismatch) console.log(row);
      if (mismatch.length > 0) failed++;
    });
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
  console.log(failed === 0 ? `self-test: all ${CASES.length} cases passed` : `self-test: ${failed} of ${CASES.length} cases failed`);
  return failed === 0;
}

// ---------------------------------------------------------------------------------------------
// Command line

function repoRoot() {
  const here = import.meta.dirname ?? path.dirname(decodeURIComponent(new URL(import.meta.url).pathname));
  return path.dirname(here);
}

function main(args) {
  if (args.length === 1 && args[0] === "--self-test") return selfTest() ? 0 : 1;
  if (args.length > 1 || args[0]?.startsWith("-")) {
    console.error("usage: node scripts/check-layers.mjs [ROOT] | --self-test");
    return 2;
  }
  const { problems, stats } = checkRepo(path.resolve(args[0] ?? repoRoot()));
  if (problems.length > 0) {
    for (const line of problems) console.error(line);
    console.error(`${problems.length} problem(s)`);
    return 1;
  }
  console.log(`layers: ${stats.core} core folders, ${stats.ui} ui folders, ${stats.files} files, no violation`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
