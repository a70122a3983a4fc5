//! Harness for the real-browser tests and the browser benchmarks: a static server over `dist/`
//! whose answers a test can override, headless Chromium through chromedriver, and axe-core.

pub mod axe;
pub mod browser;
pub mod safety;
pub mod server;
pub mod workbench;

use std::path::PathBuf;

/// The repository root (this crate lives in tests/e2e).
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The release build under test (`make dist`).
pub fn dist_dir() -> PathBuf {
    let dist = repo_root().join("dist");
    assert!(
        dist.join("index.html").is_file(),
        "no build in {}: run `make dist` first (make test does)",
        dist.display()
    );
    dist
}
