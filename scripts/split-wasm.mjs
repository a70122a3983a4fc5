// Splits the explorer's wasm at its `wasm_split` points (src/ui/shell/pages.rs), for the post-build
// hook: Trunk has no step between cargo and wasm-bindgen, so this takes cargo's own output again.
//
//   cargo's .wasm (linked with --emit-relocs, see .cargo/config.toml)
//     → wasm-split-cli: the main module, one .wasm per page, and __wasm_split.js that fetches them
//     → wasm-bindgen on the main module (keeping the exports the page modules link against)
//     → wasm-opt -Oz on every .wasm (release)
//   into wasm-<hash of the files>/, so every file's URL changes with its content, as Trunk's
//   hashed names do. The page's loader is pointed there and Trunk's unsplit files are removed.

import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

const NAME = "jiading-park-explorer";

function run(tool, args) {
  const result = spawnSync(tool, args, { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8" });
  // binaryen does not know the name subsection wasm-split-cli writes (id 3) and says so once per
  // file; the names are dropped by -Oz anyway.
  const said = (result.stderr ?? "").split("\n").filter((l) => l && !/unknown name subsection/.test(l));
  if (said.length) console.error(said.join("\n"));
  if (result.error || result.status !== 0) {
    const why = result.error ? result.error.message : `exit ${result.status}`;
    console.error(`post-build: ${tool} ${args.join(" ")} failed (${why}); scripts/ensure-tools.sh build installs it`);
    process.exit(1);
  }
}

/** Every file under `dir`, as paths relative to it with "/", sorted. */
export function filesUnder(dir) {
  const walk = (d) =>
    readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? walk(join(d, name)) : [join(d, name)]));
  return walk(dir).map((path) => relative(dir, path).split(sep).join("/")).sort();
}

/** A hash of `files` (paths under `dir`): their names and contents. */
export function hashFiles(dir, files) {
  const hash = createHash("sha256");
  for (const f of files) hash.update(f).update("\0").update(readFileSync(join(dir, f))).update("\0");
  return hash.digest("hex");
}

/** Cargo's target folder, wherever the configuration puts it. */
function targetDir(source) {
  const meta = spawnSync("cargo", ["metadata", "--format-version", "1", "--no-deps", "--offline"], {
    cwd: source,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  try {
    return JSON.parse(meta.stdout).target_directory;
  } catch {
    return process.env.CARGO_TARGET_DIR ?? join(source, "target");
  }
}

/** Splits the build in `staging`; returns `html` with the loader's two URLs pointing at it. */
export function splitExplorer(staging, html, release) {
  const source = process.env.TRUNK_SOURCE_DIR ?? ".";
  const target = targetDir(source);
  const input = join(target, "wasm32-unknown-unknown", release ? "release" : "debug", `${NAME}.wasm`);
  const glue = readdirSync(staging).find((f) => f.startsWith(`${NAME}-`) && f.endsWith(".js"));
  if (!existsSync(input) || !glue) {
    console.error(`post-build: ${input} or Trunk's ${NAME}-*.js was not found; has the Rust step changed?`);
    process.exit(1);
  }
  const trunkWasm = glue.replace(/\.js$/, "_bg.wasm");

  const out = mkdtempSync(join(staging, ".split-"));
  run("wasm-split-cli", [input, out, "--out-name", NAME]);
  const main = join(out, `${NAME}.wasm`);
  // --keep-lld-exports: the page modules link against the main module's exports; --no-demangle:
  // the split relies on the symbol names as the linker wrote them (as cargo-leptos does).
  run("wasm-bindgen", ["--target=web", "--no-typescript", "--keep-lld-exports", "--no-demangle", `--out-dir=${out}`, `--out-name=${NAME}`, main]);
  rmSync(main);
  const files = filesUnder(out);
  if (release) {
    for (const f of files.filter((f) => f.endsWith(".wasm"))) {
      run("wasm-opt", ["-Oz", join(out, f), "-o", join(out, f)]);
    }
  }

  const dir = `wasm-${hashFiles(out, files).slice(0, 16)}`;
  const pointed = html.replaceAll(`./${glue}`, `./${dir}/${NAME}.js`).replaceAll(`./${trunkWasm}`, `./${dir}/${NAME}_bg.wasm`);
  if (!pointed.includes(`./${dir}/${NAME}.js`) || !pointed.includes(`./${dir}/${NAME}_bg.wasm`)) {
    console.error(`post-build: Trunk's loader no longer names ./${glue} and ./${trunkWasm}; has Trunk changed?`);
    process.exit(1);
  }
  renameSync(out, join(staging, dir));
  rmSync(join(staging, glue));
  rmSync(join(staging, trunkWasm));
  // Trunk's own copy of wasm-bindgen's inline-JS snippets, if any: the split build has its own.
  if (existsSync(join(staging, dir, "snippets"))) rmSync(join(staging, "snippets"), { recursive: true, force: true });
  const chunks = files.filter((f) => f.endsWith(".wasm") && f !== `${NAME}_bg.wasm`);
  console.log(`post-build: ${dir}/ holds the main module and ${chunks.length} page module(s): ${chunks.join(", ")}`);
  return pointed;
}
