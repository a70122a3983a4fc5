//! index.html's static frame (header, heading, search field, the list's and map's places) is on
//! screen from the first paint until the data has loaded or failed; then the app takes its place
//! in one step, so nothing the visitor sees moves. Text typed into the frame's search field in
//! the meantime becomes the app's search, and the keyboard focus follows it.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::core::query::Query;
use crate::ui::context::url::UrlSearch;
use crate::ui::widgets::focus::focus_soon;

/// Whether the page has the frame (index.html does; a page without one shows the app at once).
pub fn present() -> bool {
    document().get_element_by_id("frame").is_some()
}

/// Removes the frame (nothing happens once it is gone).
pub fn take_over(url: UrlSearch, query: &Query) {
    let doc = document();
    let Some(frame) = doc.get_element_by_id("frame") else { return };
    let input = doc.get_element_by_id("frame-search").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    let typed = input.as_ref().map(|i| i.value().trim().to_owned()).unwrap_or_default();
    let focused = input.is_some_and(|i| doc.active_element().is_some_and(|a| i.is_same_node(Some(a.as_ref()))));
    frame.remove();
    if !typed.is_empty() && query.filters.q.is_empty() {
        let mut next = query.clone();
        next.filters.q = typed;
        url.navigate(&next);
    }
    if focused {
        focus_soon("#search-input".to_owned());
    }
}
