//! The facet filters, one group per entry of the facet table (core::explore::facets). Their
//! structure is built once from the data and only counts and ticks change, so a ticked box
//! keeps keyboard focus while the results update.

use leptos::prelude::*;

use crate::core::explore::{FACETS, Facet, FacetId, Values};
use crate::core::query::facet_param;
use crate::core::text::Lang;
use crate::ui::context::catalog::{Catalog, CurrentOutcome, CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::UrlSearch;
use crate::ui::widgets::focus::focus_soon;
use crate::ui::widgets::labels;

/// A facet's values as shown: (id, label, the label's language), in display order.
fn options(catalog: &Catalog, facet: &Facet, lang: Lang) -> Vec<(String, String, Lang)> {
    match &facet.values {
        Values::Vocabulary { ids, word } => ids
            .iter()
            .map(|id| (id.to_string(), word(id).map_or(*id, |w| labels::word(w, lang)).to_owned(), lang))
            .collect(),
        Values::Data(list) => list(&catalog.0.dataset)
            .into_iter()
            .map(|(id, name)| {
                let p = name.pick(lang);
                (id.to_owned(), p.text.to_owned(), p.lang)
            })
            .collect(),
    }
}

/// Filter panels are open beside the results on wide screens, and folded away above them on
/// phones, where they would otherwise push every result off the first screen.
pub fn filters_open_by_default() -> bool {
    window().inner_width().ok().and_then(|w| w.as_f64()).is_some_and(|w| w >= 768.0)
}

/// `results`: the id of what the filters narrow (a heading, or the count), which "skip the
/// filters" moves focus to — 43 checkboxes are too many Tab presses to walk past.
#[component]
pub fn Facets(results: &'static str) -> impl IntoView {
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let lang = ui_lang();
    let has_filters = move || query.with(|(q, _)| q.has_filters());
    // The button is disabled once nothing is left to clear: focus goes to the panel's title.
    let clear = move |_| {
        url.navigate(&query.get_untracked().0.without_filters());
        focus_soon(".facets summary".into());
    };
    let skip = move |ev: web_sys::MouseEvent| {
        ev.prevent_default();
        focus_soon(format!("#{results}"));
    };
    let active = move || query.with(|(q, _)| q.filters.facets.count());
    let wide = filters_open_by_default();
    let groups = FACETS
        .iter()
        .map(|facet| {
            let values = options(&catalog, facet, lang);
            view! { <FacetGroup id=facet.id values /> }
        })
        .collect_view();
    view! {
        <aside class="facets" aria-label=tr!(lang, facets.label)>
            <a class="skip-results" href=format!("#{results}") on:click=skip>
                {tr!(lang, facets.skip)}
            </a>
            <details open=wide>
                <summary>
                    <span class="facets-title">{tr!(lang, facets.title)}</span>
                    {move || match active() {
                        0 => String::new(),
                        n => tr!(lang, facets.active, n = n),
                    }}
                </summary>
                <button type="button" class="button link clear-all" on:click=clear disabled=move || !has_filters()>
                    {tr!(lang, facets.clear)}
                </button>
                {groups}
            </details>
        </aside>
    }
}

#[component]
fn FacetGroup(id: FacetId, values: Vec<(String, String, Lang)>) -> impl IntoView {
    let lang = ui_lang();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let outcome = expect_context::<CurrentOutcome>().0;
    let name = facet_param(id).name;
    // This group's ticks, apart from the rest of the query: typing changes the query on every
    // keystroke, and the boxes need not hear of it.
    let ticked = Memo::new(move |_| query.with(|(q, _)| q.filters.facets.get(id).to_vec()));
    let options = values
        .into_iter()
        .enumerate()
        .map(|(i, (value, label, label_lang))| {
            let input_id = format!("facet-{name}-{value}");
            let n = move || outcome.with(|o| o.counts.at(id, i));
            let checked = {
                let value = value.clone();
                move || ticked.with(|t| t.contains(&value))
            };
            let on_change = move |_| {
                let mut q = query.get_untracked().0;
                q.filters.facets.toggle(id, &value);
                url.navigate(&q);
            };
            view! {
                <li class:empty=move || n() == 0>
                    <input type="checkbox" id=input_id.clone() prop:checked=checked on:change=on_change />
                    <label for=input_id>
                        <span lang=label_lang.code()>{label}</span>
                        <span class="count">{move || format!("({})", n())}</span>
                    </label>
                </li>
            }
        })
        .collect_view();
    view! {
        <fieldset class="facet">
            <legend>{labels::facet(id, lang)}</legend>
            <ul>{options}</ul>
        </fieldset>
    }
}
