//! The shell: the app itself — the page chrome, loading and its failures, which screen the URL
//! asks for, the notices about how the data arrived, the offline worker.
//!
//! May import: ui::context, ui::widgets, ui::map, ui::detail, ui::explorer, ui::timeline, ui::towns, ui::spaces, ui::shortlist, ui::sources, ui::embed.

pub mod app;
mod frame;
mod header;
mod notices;
pub(crate) mod pages;
mod problems;
