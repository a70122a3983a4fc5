//! The Leptos front end. Components read the URL state and the loaded catalogue from context and
//! render views; all decisions live in `crate::core`.
//!
//! Folders by page, each importing only those it names (checked by `make lint`): `context`
//! (strings, URL, catalogue, stores) → `widgets` (labels, cells, text, facets, star) → `map`,
//! `detail` → `explorer` (uses detail and map) and `timeline`, `towns` (uses timeline), `spaces`, `shortlist`, `sources`, `embed`
//! → `shell` (the app: chrome, loading, which screen). `workbench` is the data workbench,
//! edit.html's own binary (src/bin/workbench.rs), which the explorer never references.

mod context;
mod detail;
mod embed;
mod explorer;
mod map;
mod shell;
mod shortlist;
mod sources;
mod spaces;
mod timeline;
mod towns;
mod widgets;
mod workbench;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What the explorer's binary needs to give each page off the first screen a wasm file of its
/// own (src/main.rs holds the split points).
pub mod page_files {
    pub use super::embed::EmbedPage;
    pub use super::shell::pages::{PageFiles, PageFuture, PreloadFuture};
    pub use super::shortlist::{ComparePage, ShortlistPage};
    pub use super::sources::SourcesPage;
    pub use super::spaces::SpacesPage;
    pub use super::timeline::TimelinePage;
    pub use super::towns::TownsPage;
}

/// Mounts the explorer into `#app`; index.html's static frame stays on screen until the app takes
/// over (ui/shell/frame.rs).
pub fn start(pages: page_files::PageFiles) {
    shell::pages::set_page_files(pages);
    mount(shell::app::App);
}

/// Mounts the data workbench (edit.html) the same way.
pub fn start_workbench() {
    mount(workbench::Workbench);
}

fn mount<V: IntoView + 'static>(app: fn() -> V) {
    console_error_panic_hook::set_once();
    let root = document().get_element_by_id("app").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let root = match root {
        Some(root) => root,
        None => document().body().expect("a page always has a body"),
    };
    root.set_text_content(None);
    leptos::mount::mount_to(root, app).forget();
}
