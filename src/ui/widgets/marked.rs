//! Text with the parts that matched the search marked (as text nodes and <mark>, never markup).

use leptos::prelude::*;

use crate::core::search::highlight::segments;

#[component]
pub fn Marked(text: String, query: String) -> impl IntoView {
    if query.trim().is_empty() {
        return text.into_any();
    }
    segments(&text, &query)
        .into_iter()
        .map(|(piece, hit)| {
            let piece = piece.to_owned();
            if hit { view! { <mark>{piece}</mark> }.into_any() } else { piece.into_any() }
        })
        .collect_view()
        .into_any()
}
