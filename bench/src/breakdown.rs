//! What the explorer's wasm is made of, by crate: `twiggy top` over the release build as rustc
//! wrote it (before wasm-bindgen and wasm-opt, so it still has its function names). The shares,
//! not the bytes, carry over to the shipped file, which wasm-opt shrinks as a whole.

use std::process::Command;

use serde_json::Value;

/// The crate a (demangled) function name belongs to: `jiading_park_explorer::core::data::…` →
/// `jiading_park_explorer::core::data`, `<serde_json::de::X as Y>::f` → `serde_json`, and for a
/// generic self type (`<F as tachys::…::ReactiveFunction>::invoke`) the trait's crate. `None`
/// for what is not shipped (custom sections: names, wasm-bindgen's descriptors).
fn owner(name: &str) -> Option<String> {
    // Not shipped: custom sections, and the descriptors wasm-bindgen reads and then removes.
    if name.starts_with("custom section") || name.contains(" subsection") || name.contains("__wbindgen_describe") {
        return None;
    }
    if name.starts_with("data segment") || name.starts_with("data[") {
        return Some("(data segments: strings, tables)".to_owned());
    }
    let path = match name.strip_prefix('<').and_then(|r| r.split_once(" as ")) {
        // A self type without a path (a generic, a primitive, a slice) says less than its trait.
        Some((own, rest)) if !own.contains("::") => rest,
        Some((own, _)) => own,
        None => name,
    };
    let path =
        path.trim_start_matches(['<', '&', '*', '[', '(', ' ']).trim_start_matches("mut ").trim_start_matches("dyn ");
    let first: String = path.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
    if first.is_empty() || !path.contains("::") {
        return Some("(other: unnamed functions, imports, tables)".to_owned());
    }
    // The app's own code by its folders.
    if first == "jiading_park_explorer" {
        let folders: Vec<&str> = path.split("::").skip(1).take(2).collect();
        return Some(format!("{first}::{}", folders.join("::")));
    }
    Some(first)
}

/// The whole explorer as rustc wrote it, then the part of it the first screen loads: the main
/// module that wasm-split-cli cuts from it, as scripts/split-wasm.mjs does for the build.
pub fn explorer(raw: &std::path::Path, scratch: &std::path::Path) {
    wasm_by_crate(raw, "all of it");
    let _ = std::fs::remove_dir_all(scratch);
    let split = Command::new("wasm-split-cli").arg(raw).arg(scratch).args(["--out-name", "main"]).output();
    match split {
        Ok(o) if o.status.success() => wasm_by_crate(&scratch.join("main.wasm"), "the first screen's main module"),
        Ok(o) => println!("wasm-split-cli failed: {}", String::from_utf8_lossy(&o.stderr).trim()),
        Err(e) => println!("wasm-split-cli is not installed ({e}): scripts/ensure-tools.sh build installs it"),
    }
}

fn wasm_by_crate(wasm: &std::path::Path, part: &str) {
    println!(
        "\n## explorer wasm by crate, {part}: code and data (twiggy top over rustc's output, before wasm-bindgen and wasm-opt)"
    );
    let out = Command::new("twiggy").args(["top", "-n", "100000", "-f", "json"]).arg(wasm).output();
    let out = match out {
        Ok(o) if o.status.success() => o.stdout,
        Ok(o) => return println!("twiggy failed: {}", String::from_utf8_lossy(&o.stderr).trim()),
        Err(e) => return println!("twiggy is not installed ({e}): scripts/ensure-tools.sh bench installs it"),
    };
    let items: Vec<Value> = serde_json::from_slice(&out).unwrap_or_default();
    let mut by: std::collections::BTreeMap<String, u64> = Default::default();
    let mut total = 0;
    for item in &items {
        let size = item["shallow_size"].as_u64().unwrap_or(0);
        let Some(owner) = owner(item["name"].as_str().unwrap_or("")) else { continue };
        total += size;
        *by.entry(owner).or_default() += size;
    }
    let mut rows: Vec<(String, u64)> = by.into_iter().collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1));
    for (name, size) in rows.iter().take(25) {
        println!("{name:<58} {:>10.1} KB {:>6.1} %", *size as f64 / 1024.0, 100.0 * *size as f64 / total.max(1) as f64);
    }
    println!("{:<58} {:>10.1} KB", "total (code and data)", total as f64 / 1024.0);
}
