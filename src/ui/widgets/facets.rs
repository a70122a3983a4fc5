//! Facet checkboxes. Their structure is built once from the data and only counts and ticks
//! change, so a ticked box keeps keyboard focus while the results update.

use leptos::prelude::*;

use crate::core::facets::FacetCounts;
use crate::core::model::{Kind, Status};
use crate::core::query::{Query, toggle};
use crate::core::text::{Lang, Text};
use crate::ui::catalog::{Catalog, CurrentOutcome, CurrentQuery, ui_lang};
use crate::ui::i18n::tr;
use crate::ui::labels;
use crate::ui::url::{Nav, UrlSearch};

/// One facet: how to read its counts and selection, and how to change the selection.
struct Facet {
    key: &'static str,
    legend: &'static str,
    /// (value id, label, the label's language) in display order.
    values: Vec<(String, String, Lang)>,
    count: fn(&FacetCounts, usize) -> usize,
    selected: fn(&Query) -> Vec<String>,
    toggle: fn(&Query, &str) -> Query,
}

/// A data name in the interface language (or the other, when that is all there is).
fn data_label(id: &str, name: &Text, lang: Lang) -> (String, String, Lang) {
    let p = name.pick(lang);
    (id.to_owned(), p.text.to_owned(), p.lang)
}

fn ids<T: Copy>(all: &[T], id: fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|v| id(*v).to_owned()).collect()
}

fn facets(catalog: &Catalog, lang: Lang) -> Vec<Facet> {
    let d = &catalog.0.dataset;
    vec![
        Facet {
            key: "kind",
            legend: tr!(lang, facets.kind),
            values: Kind::ALL
                .iter()
                .map(|k| (k.id().to_owned(), labels::kind_plural(*k, lang).to_owned(), lang))
                .collect(),
            count: |c, i| c.kinds[i].1,
            selected: |q| ids(&q.kinds, Kind::id),
            toggle: |q, id| Query {
                kinds: Kind::parse(id).map(|k| toggle(&q.kinds, &k)).unwrap_or_default(),
                ..q.clone()
            },
        },
        Facet {
            key: "town",
            legend: tr!(lang, facets.town),
            values: d.towns.iter().map(|t| data_label(&t.id, &t.name, lang)).collect(),
            count: |c, i| c.towns[i].1,
            selected: |q| q.towns.clone(),
            toggle: |q, id| Query { towns: toggle(&q.towns, &id.to_owned()), ..q.clone() },
        },
        Facet {
            key: "sector",
            legend: tr!(lang, facets.sector),
            values: d.sectors.iter().map(|s| data_label(&s.id, &s.name, lang)).collect(),
            count: |c, i| c.sectors[i].1,
            selected: |q| q.sectors.clone(),
            toggle: |q, id| Query { sectors: toggle(&q.sectors, &id.to_owned()), ..q.clone() },
        },
        Facet {
            key: "status",
            legend: tr!(lang, facets.status),
            values: Status::ALL
                .iter()
                .map(|s| (s.id().to_owned(), labels::status(*s, lang).to_owned(), lang))
                .collect(),
            count: |c, i| c.statuses[i].1,
            selected: |q| ids(&q.statuses, Status::id),
            toggle: |q, id| Query {
                statuses: Status::parse(id).map(|s| toggle(&q.statuses, &s)).unwrap_or_default(),
                ..q.clone()
            },
        },
    ]
}

#[component]
pub fn Facets() -> impl IntoView {
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let lang = ui_lang();
    let has_filters = move || query.with(|(q, _)| q.has_filters());
    let clear = move |_| url.navigate(&query.get_untracked().0.without_filters(), Nav::Replace);
    let active = move || query.with(|(q, _)| q.towns.len() + q.sectors.len() + q.kinds.len() + q.statuses.len());
    // Open beside the results on wide screens; folded away above them on phones, where the
    // filters would otherwise push every result off the first screen.
    let wide = window().inner_width().ok().and_then(|w| w.as_f64()).is_some_and(|w| w >= 768.0);
    view! {
        <aside class="facets" aria-label=tr!(lang, facets.label)>
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
                {facets(&catalog, lang).into_iter().map(|facet| view! { <FacetGroup facet /> }).collect_view()}
            </details>
        </aside>
    }
}

#[component]
fn FacetGroup(facet: Facet) -> impl IntoView {
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let outcome = expect_context::<CurrentOutcome>().0;
    let Facet { key, legend, values, count, selected, toggle } = facet;
    let options = values
        .into_iter()
        .enumerate()
        .map(|(i, (id, label, label_lang))| {
            let input_id = format!("facet-{key}-{id}");
            let n = move || outcome.with(|o| count(&o.counts, i));
            let value = id.clone();
            let checked = move || query.with(|(q, _)| selected(q).contains(&value));
            let on_change = move |_| url.navigate(&toggle(&query.get_untracked().0, &id), Nav::Replace);
            view! {
                <li class:empty=move || n() == 0>
                    <input type="checkbox" id=input_id.clone() prop:checked=checked.clone() on:change=on_change />
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
            <legend>{legend}</legend>
            <ul>{options}</ul>
        </fieldset>
    }
}
