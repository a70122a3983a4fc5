//! Generates the `i18n` module (UI strings of locales/en.json and locales/zh.json, with
//! interpolation into plain strings) for the wasm build, and links the explorer's wasm with
//! its relocations for the split.

use std::path::PathBuf;

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};

fn main() {
    println!("cargo::rerun-if-changed=locales");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32") {
        return;
    }
    // scripts/split-wasm.mjs cuts the explorer's wasm apart using the linker's relocations. Only
    // that binary keeps them: in the workbench's they would ship, doubling its size.
    println!("cargo::rustc-link-arg-bin=jiading-park-explorer=--emit-relocs");
    let config = Config::new("en")
        .and_then(|c| c.add_locale("zh"))
        .expect("valid locale names")
        .parse_options(ParseOptions::new().interpolate_display(true));
    let infos = TranslationsInfos::parse(config).expect("locales/*.json parse");
    infos.rerun_if_locales_changed();
    infos.emit_diagnostics();
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join("i18n");
    infos.generate_i18n_module(out).expect("the i18n module is written");
}
