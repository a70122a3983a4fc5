//! The one table cell: the value with its unit, "not published", a vocabulary word saying the
//! value is unknown, or a whole place's figure marked as such (core::explore::cells decides).

use leptos::prelude::*;

use crate::core::explore::cells::Cell;
use crate::core::text::Lang;
use crate::ui::context::i18n::tr;
use crate::ui::widgets::text::in_lang;

/// What a cell shows, in a table or as a key fact.
pub fn cell_content(cell: Cell, lang: Lang) -> AnyView {
    match cell {
        Cell::Missing => view! { <span class="not-published">{tr!(lang, detail.not_published)}</span> }.into_any(),
        Cell::Unknown(text) => view! { <span class="not-published">{text}</span> }.into_any(),
        Cell::Value { text, lang: Some(text_lang) } => in_lang(text, text_lang, lang),
        Cell::Value { text, lang: None } => view! { <span>{text}</span> }.into_any(),
        Cell::WholePlace(text) => view! {
            <span>{text}</span>
            <span class="whole-place">{tr!(lang, spaces.whole_place)}</span>
        }
        .into_any(),
    }
}

/// `cell` as a `<td>`.
pub fn cell_view(cell: Cell, lang: Lang) -> AnyView {
    view! { <td>{cell_content(cell, lang)}</td> }.into_any()
}
