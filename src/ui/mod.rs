//! The Leptos front end. Components read the URL state and the loaded catalogue from context and
//! render views; all decisions live in `crate::core`.

mod app;
mod catalog;
mod compare_page;
mod detail;
mod download;
mod embed;
mod embed_page;
mod explorer;
mod facets;
mod i18n;
mod labels;
mod load;
mod map;
mod marked;
mod notices;
mod offline;
mod perf;
mod problems;
mod results;
mod search_box;
mod shortlist_page;
mod shortlist_store;
mod sources_page;
mod spaces_page;
mod star;
mod url;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Mounts the app into `#app`, replacing the static "loading" message that index.html shows
/// while the wasm downloads.
pub fn start() {
    console_error_panic_hook::set_once();
    let root = document().get_element_by_id("app").and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let root = match root {
        Some(root) => root,
        None => document().body().expect("a page always has a body"),
    };
    root.set_text_content(None);
    leptos::mount::mount_to(root, app::App).forget();
}
