//! `make bench`: prints the sizes of the release build and how parsing, validation and search
//! scale with 1,000, 10,000 and 100,000 generated places, natively and in headless Chromium,
//! and Lighthouse's mobile and desktop scores (`--lighthouse-only`: sizes and Lighthouse).
//! It reports numbers; it never fails on them (budgets are in ../shared/DESIGN.md §7).

mod breakdown;
mod browser;
mod generate;
mod lighthouse;

use std::io::Write;
use std::time::Instant;

use e2e::{dist_dir, repo_root};
use jiading_park_explorer::core::data::{load, read_geography, validate};
use jiading_park_explorer::core::edit::canonical::canonical;
use jiading_park_explorer::core::explore::{FacetIndex, run};
use jiading_park_explorer::core::geo::Geography;
use jiading_park_explorer::core::query::Query;
use jiading_park_explorer::core::search::SearchIndex;
use jiading_park_explorer::core::text::Lang;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];
/// Typed queries: a town, two words, Chinese, a number, a miss, and a long multi-word query.
const QUERIES: &[&str] =
    &["anting", "smart park", "医疗", "park 12", "zzzz", "medical sensor malu", "生成数据", "lidar"];
const RUNS: usize = 15;

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(f64::total_cmp);
    if v.is_empty() { f64::NAN } else { v[v.len() / 2] }
}

fn kb(bytes: usize) -> String {
    format!("{:.1} KB", bytes as f64 / 1024.0)
}

fn gzip_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    e.write_all(bytes).expect("gzip");
    e.finish().expect("gzip")
}

fn brotli_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("brotli");
    out
}

fn gzip(bytes: &[u8]) -> usize {
    gzip_bytes(bytes).len()
}

fn brotli(bytes: &[u8]) -> usize {
    brotli_bytes(bytes).len()
}

/// The files a page makes the browser download before it shows anything: the page, what it
/// references (`src="./…"`, `href="./…"`), and what those scripts import (`'./…'`, `from "./…"`),
/// each relative to the file that names it, followed transitively. The page modules that
/// `__wasm_split.js` fetches on demand (`new URL("./…")`) are not followed. Data the app fetches
/// at start is added by the caller.
fn page_closure(dist: &std::path::Path, page: &str) -> Vec<String> {
    let mut out = vec![page.to_owned()];
    let mut at = 0;
    while at < out.len() {
        let name = out[at].clone();
        at += 1;
        let Ok(text) = std::fs::read_to_string(dist.join(&name)) else { continue };
        let folder = name.rsplit_once('/').map_or(String::new(), |(f, _)| format!("{f}/"));
        for quote in ["src=\"./", "href=\"./", "'./", "from \"./"] {
            for part in text.split(quote).skip(1) {
                let end = part.find(['"', '\'']).unwrap_or(part.len());
                let found = format!("{folder}{}", &part[..end]);
                if dist.join(&found).is_file() && !out.contains(&found) {
                    out.push(found);
                }
            }
        }
    }
    out
}

/// Every file in dist/, sorted.
fn dist_files() -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dist_dir()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("dist").flatten() {
            let path = entry.path();
            if path.is_dir() { stack.push(path) } else { files.push(path) }
        }
    }
    files.sort();
    files
}

fn sizes() {
    println!("\n## dist/ assets (raw / gzip -9 / brotli q11)");
    let dist = dist_dir();
    let files = dist_files();
    // Both pages fetch the settings and both data files as they start.
    let data = ["config.json", "data/places.json", "data/jiading.geojson"].map(str::to_owned);
    let explorer: Vec<String> = page_closure(&dist, "index.html").into_iter().chain(data.clone()).collect();
    let workbench: Vec<String> = page_closure(&dist, "edit.html").into_iter().chain(data).collect();
    let (mut first_load, mut map_load, mut bench_load) = ([0usize; 3], [0usize; 3], [0usize; 3]);
    let add = |t: &mut [usize; 3], s: [usize; 3]| (0..3).for_each(|i| t[i] += s[i]);
    for f in files {
        let bytes = std::fs::read(&f).expect("read");
        let size = [bytes.len(), gzip(&bytes), brotli(&bytes)];
        let name = f.strip_prefix(&dist).unwrap_or(&f).display().to_string();
        let mut marks = String::new();
        if explorer.contains(&name) {
            add(&mut first_load, size);
            marks.push_str(" explorer");
        }
        // The map library (vendor/) only when a map is first shown.
        if name.starts_with("vendor/leaflet/") && (name.ends_with(".js") || name.ends_with(".css")) {
            add(&mut map_load, size);
            marks.push_str(" map");
        }
        if workbench.contains(&name) {
            add(&mut bench_load, size);
            marks.push_str(" workbench");
        }
        println!("{name:<58} {:>10} {:>10} {:>10}  {marks}", kb(size[0]), kb(size[1]), kb(size[2]));
    }
    let line = |label: &str, t: [usize; 3], note: &str| {
        println!("{label:<58} {:>10} {:>10} {:>10}   {note}", kb(t[0]), kb(t[1]), kb(t[2]));
    };
    line("FIRST LOAD of the explorer (index.html + what it loads)", first_load, "(budget: 200 KB brotli)");
    line("+ ON FIRST MAP VIEW (vendor/leaflet js+css)", map_load, "");
    line("WORKBENCH (edit.html + what it loads; + map)", bench_load, "(never loaded by the explorer)");
}

fn native(shipped: &serde_json::Value, geo: &Geography) {
    println!("\n## native (this machine, release build): medians of {RUNS} runs");
    println!("{:>8} {:>10} {:>16} {:>12} {:>22}", "places", "JSON", "parse+validate", "index", "search+facets / query");
    for n in SIZES {
        let text = generate::dataset(shipped, n);
        let mut parse = Vec::new();
        let mut dataset = None;
        for _ in 0..5 {
            let t = Instant::now();
            dataset = Some(load(&text, geo).expect("generated data is valid").dataset);
            parse.push(t.elapsed().as_secs_f64() * 1e3);
        }
        let d = dataset.expect("loaded");
        let t = Instant::now();
        let index = SearchIndex::build(&d);
        let facets = FacetIndex::build(&d);
        let index_ms = t.elapsed().as_secs_f64() * 1e3;
        let mut per_query = Vec::new();
        for q in QUERIES {
            let mut query = Query::default();
            query.filters.q = (*q).to_owned();
            let mut times = Vec::new();
            for _ in 0..RUNS {
                let t = Instant::now();
                std::hint::black_box(run(&d, &index, &facets, &query.filters, Lang::En));
                times.push(t.elapsed().as_secs_f64() * 1e3);
            }
            per_query.push(median(times));
        }
        println!(
            "{n:>8} {:>10} {:>13.1} ms {:>9.1} ms {:>19.2} ms",
            kb(text.len()),
            median(parse),
            index_ms,
            median(per_query.clone())
        );
        let detail: Vec<String> = QUERIES.iter().zip(&per_query).map(|(q, t)| format!("{q:?} {t:.2}")).collect();
        println!("{:>8} per query (ms): {}", "", detail.join(", "));
    }
}

/// What the data workbench does after every change: write the draft in the canonical form (what
/// is saved and exported) and validate that text, as the explorer would load it.
fn workbench_change(shipped: &serde_json::Value, geo: &Geography) {
    println!("\n## workbench: one change = canonical text + validate (native, medians of {RUNS} runs)");
    let sets = [("shipped".to_owned(), shipped.clone())].into_iter().chain([1_000, 10_000].map(|n| {
        let text = generate::dataset(shipped, n);
        (n.to_string(), serde_json::from_str(&text).expect("generated JSON"))
    }));
    for (name, v) in sets {
        let mut canonical_ms = Vec::new();
        let mut validate_ms = Vec::new();
        for _ in 0..RUNS {
            let t = Instant::now();
            let text = canonical(&v);
            canonical_ms.push(t.elapsed().as_secs_f64() * 1e3);
            let t = Instant::now();
            std::hint::black_box(validate(&text, geo).is_ok());
            validate_ms.push(t.elapsed().as_secs_f64() * 1e3);
        }
        println!(
            "{name:>8} places file: canonical {:>7.2} ms, validate {:>7.2} ms",
            median(canonical_ms),
            median(validate_ms)
        );
    }
}

fn pinyin_table() {
    let table = std::fs::read(repo_root().join("src/core/text/pinyin_table.txt")).expect("pinyin table");
    println!(
        "\n## pinyin: embedded reading table {} raw, {} brotli (the code that uses it: see the closing note)",
        kb(table.len()),
        kb(brotli(&table))
    );
}

#[tokio::main]
async fn main() {
    let root = repo_root();
    let shipped: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root.join("public/data/places.json")).expect("places.json"))
            .expect("valid JSON");
    let geo = read_geography(&std::fs::read_to_string(root.join("public/data/jiading.geojson")).expect("geojson"))
        .expect("valid geography");
    println!("# Jiading Park Explorer benchmark (generated data: every record is labelled GENERATED)");
    // `--browser-only`: the timings in headless Chromium alone (quick before/after checks).
    if std::env::args().any(|a| a == "--browser-only") {
        return browser::browser(&shipped).await;
    }
    sizes();
    pinyin_table();
    breakdown::explorer(
        &root.join("target/wasm32-unknown-unknown/release/jiading-park-explorer.wasm"),
        &root.join("target/tmp/bench-split"),
    );
    // `make bench-sizes` stops here: sizes need no timing runs.
    if std::env::args().any(|a| a == "--sizes-only") {
        return;
    }
    lighthouse::lighthouse();
    if std::env::args().any(|a| a == "--lighthouse-only") {
        return;
    }
    native(&shipped, &geo);
    workbench_change(&shipped, &geo);
    // `--native-only`: the pure core's timings, without a browser (quick before/after checks).
    if std::env::args().any(|a| a == "--native-only") {
        return;
    }
    browser::browser(&shipped).await;
}
