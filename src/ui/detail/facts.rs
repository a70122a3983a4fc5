//! "Key facts": the rows core::explore::key_facts lists, each value shown by its kind (so a new
//! field of a known kind needs no code here), with its citation marks when it is published.

use leptos::prelude::*;

use crate::core::data::{Dataset, FieldKind, FieldValue, Place, PlaceField, Precision, Target};
use crate::core::explore::cells::place_cell;
use crate::core::explore::citations::Citations;
use crate::core::explore::key_facts::key_facts;
use crate::core::query::Query;
use crate::core::site::links::safe_href;
use crate::core::text::Lang;
use crate::ui::context::i18n::tr;
use crate::ui::context::url::{UrlSearch, href, is_plain_click};
use crate::ui::detail::marks::marks_view;
use crate::ui::widgets::cell::cell_content;
use crate::ui::widgets::labels;
use crate::ui::widgets::text::{date_view, located_text, not_published, planned_date_view, text_view};
use crate::ui::widgets::words::UiWords;

/// What the list needs to open another place (the "near" links).
#[derive(Clone, Copy)]
pub struct Opener {
    pub query: Memo<(Query, Vec<String>)>,
    pub url: UrlSearch,
}

fn list(items: Vec<AnyView>, lang: Lang) -> AnyView {
    if items.is_empty() {
        return not_published(lang);
    }
    let items = items.into_iter().map(|item| view! { <li>{item}</li> }).collect_view();
    view! { <ul class="plain">{items}</ul> }.into_any()
}

fn plain(text: String) -> AnyView {
    view! { <span>{text}</span> }.into_any()
}

fn place_link(d: &Dataset, id: &str, lang: Lang, open: Opener) -> Option<AnyView> {
    let place = &d.places[d.place_index(id)?];
    let (id, name) = (place.id.clone(), text_view(&place.name, lang));
    let target = move || Query { place: Some(id.clone()), ..open.query.get_untracked().0 };
    let link = href(&target());
    let on_click = move |ev: web_sys::MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            open.url.navigate(&target());
        }
    };
    Some(view! { <a href=link on:click=on_click>{name}</a> }.into_any())
}

/// A field's value as the detail page shows it.
fn value_view(d: &Dataset, p: &Place, field: PlaceField, lang: Lang, open: Opener) -> AnyView {
    match p.value(field) {
        FieldValue::Words(words) => {
            list(words.into_iter().map(|w| plain(labels::word(w, lang).to_owned())).collect(), lang)
        }
        FieldValue::Texts(ts) => list(ts.iter().map(|t| text_view(t, lang)).collect(), lang),
        FieldValue::Date(date) if field.kind() == FieldKind::PlannedDate => planned_date_view(date, lang),
        FieldValue::Date(date) => date_view(date, lang),
        FieldValue::Refs(Target::Place, ids) => {
            list(ids.iter().filter_map(|id| place_link(d, id, lang, open)).collect(), lang)
        }
        FieldValue::Refs(target, ids) => {
            list(ids.iter().filter_map(|id| d.name(target, id)).map(|n| text_view(n, lang)).collect(), lang)
        }
        FieldValue::Location(l) => {
            let how = match l.precision {
                Precision::Town => tr!(lang, detail.approx_town),
                Precision::District => tr!(lang, detail.approx_district),
                Precision::Exact | Precision::Address => "",
            };
            let located = p.located.as_ref().map(|l| view! { <span class="located">{located_text(l, lang)}</span> });
            view! { {how} {cell_content(place_cell(d, p, field, &UiWords(lang)), lang)} " " {located} }.into_any()
        }
        FieldValue::Contact(c) => {
            let link = |value: &Option<String>, prefix: &str| {
                value.as_ref().map(|v| match safe_href(&format!("{prefix}{v}")) {
                    Some(h) => view! { <a href=h.to_owned()>{v.clone()}</a> }.into_any(),
                    None => plain(v.clone()),
                })
            };
            let items = [link(&c.phone, "tel:"), link(&c.email, "mailto:"), link(&c.url, "")];
            list(items.into_iter().flatten().collect(), lang)
        }
        FieldValue::Buildings(b) => {
            list(b.iter().map(|b| plain(labels::building(b.kind, b.count, lang))).collect(), lang)
        }
        FieldValue::Recognition(r) => {
            let items = r
                .iter()
                .map(|(id, note)| {
                    let name = d.name(Target::Programme, id).map(|n| text_view(n, lang));
                    let note = note.as_ref().map(|n| view! { ": " {text_view(n, lang)} });
                    view! { {name}{note} }.into_any()
                })
                .collect();
            list(items, lang)
        }
        // Single values as every table shows them: the one cell.
        _ => cell_content(place_cell(d, p, field, &UiWords(lang)), lang),
    }
}

pub fn key_facts_view(d: &Dataset, p: &Place, citations: &Citations, lang: Lang, open: Opener) -> AnyView {
    let rows = key_facts(p)
        .into_iter()
        .map(|fact| {
            let marks = fact.published.then(|| marks_view(citations.shown(d, p, fact.field, lang), citations, lang));
            view! {
                <div class="row">
                    <dt>{labels::place_field(fact.field, lang)}</dt>
                    <dd>{value_view(d, p, fact.field, lang, open)} {marks}</dd>
                </div>
            }
        })
        .collect_view();
    view! {
        <section aria-labelledby="facts-heading">
            <h2 id="facts-heading">{tr!(lang, detail.key_facts)}</h2>
            <dl class="facts">{rows}</dl>
        </section>
    }
    .into_any()
}
