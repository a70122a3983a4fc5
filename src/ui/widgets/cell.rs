//! The one table cell: the value with its unit, "not published", a vocabulary word saying the
//! value is unknown, or a whole place's figure marked as such (core::explore::cells decides).

use leptos::prelude::*;

use crate::core::explore::cells::Cell;
use crate::core::text::Lang;
use crate::ui::context::i18n::tr;
use crate::ui::widgets::text::in_lang;

/// `cell` as a `<td>`.
pub fn cell_view(cell: Cell, lang: Lang) -> AnyView {
    match cell {
        Cell::Missing => view! { <td class="not-published">{tr!(lang, detail.not_published)}</td> }.into_any(),
        Cell::Unknown(text) => view! { <td class="not-published">{text}</td> }.into_any(),
        Cell::Value { text, lang: Some(text_lang) } => view! { <td>{in_lang(text, text_lang, lang)}</td> }.into_any(),
        Cell::Value { text, lang: None } => view! { <td>{text}</td> }.into_any(),
        Cell::WholePlace(text) => view! {
            <td>
                {text}
                <span class="whole-place">{tr!(lang, spaces.whole_place)}</span>
            </td>
        }
        .into_any(),
    }
}
