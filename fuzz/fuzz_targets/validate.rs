#![no_main]
//! Fuzz target: see ../checks.rs for what must hold.

#[allow(dead_code)]
#[path = "../checks.rs"]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::data_file(data));
