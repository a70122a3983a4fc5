//! What every view reads: the interface strings (`tr!`), the URL (the one source of truth for
//! what the user is looking at) and its history, the loaded catalogue with the state derived
//! from it and the URL, the shortlist store, timings and the offline worker.
//!
//! May import: nothing.

pub mod catalog;
pub mod i18n;
pub mod load;
pub mod perf;
pub mod shortlist_store;
pub mod url;
pub mod worker;
