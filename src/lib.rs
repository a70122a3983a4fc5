//! Jiading Park Explorer.
//!
//! `core` is plain Rust (no browser APIs) and is tested natively; `ui` is the Leptos front end and
//! only exists in the wasm build.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;
