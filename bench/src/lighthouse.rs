//! Lighthouse 13 (npm, on the Node.js 22 that `bench/lighthouse` installs) against a copy of
//! dist/ served the way a CDN serves it: brotli or gzip as the browser asks, under the sub-path,
//! with the strict headers. Mobile (Lighthouse's default: a mid-range phone on slow 4G,
//! simulated) and desktop; medians of a few runs, printed beside the budgets of DESIGN §7.

use std::path::{Path, PathBuf};
use std::process::Command;

use e2e::server::{Options, Server};
use e2e::{dist_dir, repo_root};
use serde_json::Value;

use crate::median;

// Mobile scores vary by up to ±3 between runs on this machine: five runs for a steadier median.
const RUNS: usize = 5;

/// (audit id, label, unit, budget): the metrics the issue's budgets name.
const METRICS: &[(&str, &str, &str, f64)] = &[
    ("first-contentful-paint", "FCP", "ms", f64::NAN),
    ("largest-contentful-paint", "LCP", "ms", 2500.0),
    ("total-blocking-time", "TBT", "ms", 100.0),
    ("cumulative-layout-shift", "CLS", "", 0.02),
    ("speed-index", "Speed Index", "ms", f64::NAN),
];

/// dist/ with a `.br` and a `.gz` beside every file, as a CDN keeps them.
fn compressed_copy() -> PathBuf {
    let to = repo_root().join("target/tmp/bench-dist");
    let _ = std::fs::remove_dir_all(&to);
    for path in crate::dist_files() {
        let out = to.join(path.strip_prefix(dist_dir()).expect("inside dist"));
        std::fs::create_dir_all(out.parent().expect("a folder")).expect("bench-dist");
        let bytes = std::fs::read(&path).expect("read");
        std::fs::write(&out, &bytes).expect("write");
        std::fs::write(format!("{}.br", out.display()), crate::brotli_bytes(&bytes)).expect("write .br");
        std::fs::write(format!("{}.gz", out.display()), crate::gzip_bytes(&bytes)).expect("write .gz");
    }
    to
}

fn run_once(url: &str, desktop: bool, tool: &Path) -> Option<Value> {
    let mut cmd = Command::new(tool.join("node_modules/.bin/node"));
    cmd.arg(tool.join("node_modules/lighthouse/cli/index.js"))
        .arg(url)
        .args(["--only-categories=performance", "--output=json", "--output-path=stdout", "--quiet"])
        .args(["--chrome-path=/usr/bin/chromium", "--disable-full-page-screenshot"])
        // The flags every browser here needs: this machine has no network beyond loopback.
        .arg(
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run \
             --disable-background-networking --disable-component-update --disable-sync",
        );
    if desktop {
        cmd.arg("--preset=desktop");
    }
    let out = cmd.output().ok()?;
    if !out.status.success() {
        eprintln!("lighthouse failed: {}", String::from_utf8_lossy(&out.stderr).lines().last().unwrap_or(""));
        return None;
    }
    serde_json::from_slice(&out.stdout).ok()
}

fn number(report: &Value, audit: &str) -> f64 {
    report["audits"][audit]["numericValue"].as_f64().unwrap_or(f64::NAN)
}

/// What Lighthouse names as the page's largest paint and its layout shifts, to say what to fix.
fn culprits(report: &Value) {
    let snippets = |audit: &str| -> Vec<String> {
        let mut found = Vec::new();
        let mut stack = vec![&report["audits"][audit]["details"]];
        while let Some(v) = stack.pop() {
            match v {
                Value::Object(m) => {
                    if let Some(s) = m.get("snippet").and_then(Value::as_str) {
                        found.push(s.chars().take(90).collect());
                    }
                    stack.extend(m.values());
                }
                Value::Array(a) => stack.extend(a),
                _ => {}
            }
        }
        found.dedup();
        found
    };
    for (audit, label) in [("largest-contentful-paint-element", "LCP element"), ("layout-shifts", "shifted")] {
        for s in snippets(audit).iter().take(3) {
            println!("{:>14}: {s}", label);
        }
    }
    // The main thread's long tasks (as Lighthouse simulates them on its phone): what TBT adds up.
    let tasks = report["audits"]["long-tasks"]["details"]["items"].as_array().cloned().unwrap_or_default();
    let listed: Vec<String> = tasks
        .iter()
        .take(8)
        .map(|t| {
            let url = t["url"].as_str().unwrap_or("");
            let file = url.rsplit('/').next().filter(|f| !f.is_empty()).unwrap_or(url);
            let ms = |k: &str| t[k].as_f64().unwrap_or(f64::NAN);
            format!("{:.0} ms at {:.0} ({file})", ms("duration"), ms("startTime"))
        })
        .collect();
    if !listed.is_empty() {
        println!("{:>14}: {}", "long tasks", listed.join(", "));
    }
}

pub fn lighthouse() {
    let tool = repo_root().join("bench/lighthouse");
    if !tool.join("node_modules/.bin/node").exists() {
        println!("\n## Lighthouse: not installed (scripts/ensure-tools.sh bench installs it)");
        return;
    }
    let server = Server::with(compressed_copy(), Options { precompressed: true, ..Options::default() });
    let url = server.url("/");
    for (desktop, name, budget) in [(false, "mobile", 95.0), (true, "desktop", 98.0)] {
        println!("\n## Lighthouse 13 {name} performance, served with brotli: medians of {RUNS} runs");
        let reports: Vec<Value> = (0..RUNS).filter_map(|_| run_once(&url, desktop, &tool)).collect();
        if reports.is_empty() {
            println!("no run finished");
            continue;
        }
        let scores: Vec<f64> = reports
            .iter()
            .map(|r| r["categories"]["performance"]["score"].as_f64().unwrap_or(f64::NAN) * 100.0)
            .collect();
        println!("{:>14}: {:>8.0}      (budget ≥ {budget}; runs: {scores:?})", "score", median(scores.clone()));
        for (audit, label, unit, budget) in METRICS {
            let values: Vec<f64> = reports.iter().map(|r| number(r, audit)).collect();
            let budget = if budget.is_nan() { String::new() } else { format!("(budget ≤ {budget}{unit})") };
            let value = median(values);
            if unit.is_empty() {
                println!("{label:>14}: {value:>8.3}      {budget}");
            } else {
                println!("{label:>14}: {value:>8.0} {unit:<4} {budget}");
            }
        }
        // What shifted and the long tasks, from the run with the median score.
        let mut order: Vec<usize> = (0..reports.len()).collect();
        order.sort_by(|&a, &b| scores[a].total_cmp(&scores[b]));
        culprits(&reports[order[order.len() / 2]]);
    }
}
