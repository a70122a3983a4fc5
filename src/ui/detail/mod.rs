//! One place in full: every published fact with its unit and sources, "not published" for the
//! rest, the spaces table, the timeline, and the sources as links.
//!
//! May import: ui::context, ui::widgets.

mod facts;
mod marks;
mod sections;

use leptos::prelude::*;

use crate::core::data::{Dataset, Place, PlaceField, Precision};
use crate::core::explore::cells::{Cell, place_cell};
use crate::core::explore::citations::Citations;
use crate::core::explore::shortlist::Item;
use crate::core::query::Query;
use crate::core::text::Lang;
use crate::ui::context::catalog::{Catalog, CurrentQuery, LastOpened, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::{UrlSearch, href, is_plain_click, pushed_by_app};
use crate::ui::detail::facts::{Opener, key_facts_view};
use crate::ui::detail::marks::marks_view;
use crate::ui::detail::sections::{notes_view, said_view, sources_view, spaces_view, timeline_view};
use crate::ui::widgets::labels;
use crate::ui::widgets::star::Star;
use crate::ui::widgets::text::text_view;
use crate::ui::widgets::words::UiWords;

#[component]
pub fn Detail(id: String) -> impl IntoView {
    let catalog = expect_context::<Catalog>();
    let lang = ui_lang();
    let query = expect_context::<CurrentQuery>().0;
    let url = expect_context::<UrlSearch>();
    if let Some(last) = use_context::<LastOpened>() {
        last.0.set_value(Some(id.clone()));
    }
    let heading = NodeRef::<leptos::html::H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            // After the frame: the view may be built before it is attached to the page.
            request_animation_frame(move || {
                let _ = h.focus();
                window().scroll_to_with_x_and_y(0.0, 0.0);
            });
        }
    });
    let back_href = move || href(&Query { place: None, ..query.with(|(q, _)| q.clone()) });
    let back = move |ev: web_sys::MouseEvent| {
        if !is_plain_click(&ev) {
            return;
        }
        ev.prevent_default();
        if pushed_by_app() {
            let _ = window().history().and_then(|h| h.back());
        } else {
            url.navigate(&Query { place: None, ..query.get_untracked().0 });
        }
    };
    let data = catalog.0.clone();
    let body = move || {
        let d = &data.dataset;
        match d.place_index(&id) {
            // Untracked: moving the map or typing must not rebuild (and unfocus) the open place.
            Some(i) => place_view(d, &d.places[i], lang, heading, Opener { query, url }).into_any(),
            None => view! { <h1 node_ref=heading tabindex="-1">{tr!(lang, detail.not_found)}</h1> }.into_any(),
        }
    };
    view! {
        <article class="detail">
            <p class="back">
                <a href=back_href on:click=back>
                    {tr!(lang, detail.back)}
                </a>
            </p>
            {body}
        </article>
    }
}

fn place_view(
    d: &Dataset,
    p: &Place,
    lang: Lang,
    heading: NodeRef<leptos::html::H1>,
    open: Opener,
) -> impl IntoView + use<> {
    let citations = Citations::of(d, p);
    let name = p.name.pick(lang);
    let other_name = p.name.get(lang.other()).filter(|_| !name.fallback).map(|n| (n.to_owned(), lang.other()));
    let town = p.town.as_deref().and_then(|t| d.town(t));
    let approx_notice = p.location.filter(|l| l.precision.is_approximate()).map(|l| {
        let scope = match (l.precision, town) {
            (Precision::Town, Some(t)) => tr!(lang, detail.scope_town, town = t.name.pick(lang).text),
            (Precision::Town, None) => tr!(lang, detail.scope_town_unnamed).to_owned(),
            _ => tr!(lang, detail.scope_district).to_owned(),
        };
        view! {
            <p class="notice approx" role="note">
                <strong>{tr!(lang, detail.approx_title)}</strong>
                {tr!(lang, detail.approx_notice, scope = scope)}
            </p>
        }
    });
    // The status with the date of its source ("Completed, as of 10 June 2025").
    let status = match place_cell(d, p, PlaceField::Status, &UiWords(lang)) {
        Cell::Value { text, .. } => text,
        _ => labels::status(p.status, lang).to_owned(),
    };
    let kind_status = format!("{} · {status}", labels::kind(p.kind, lang));
    view! {
        <header class="detail-head">
            <div class="title-row">
                <h1 node_ref=heading tabindex="-1" lang=name.lang.code()>
                    {name.text.to_owned()}
                </h1>
                {marks_view(citations.text(d, p, PlaceField::Name, name.lang), &citations, lang)}
                <Star item=Item::Place(p.id.clone()) name=name.text.to_owned() />
            </div>
            {other_name.map(|(n, l)| {
                let marks = marks_view(citations.text(d, p, PlaceField::Name, l), &citations, lang);
                view! { <p class="other-name"><span lang=l.code()>{n}</span> {marks}</p> }
            })}
            {name.fallback.then(|| {
                let note = match name.lang {
                    Lang::Zh => tr!(lang, detail.name_only_zh),
                    Lang::En => tr!(lang, detail.name_only_en),
                };
                view! { <p class="fallback">{note}</p> }
            })}
            <p class="meta">{kind_status}</p>
            {p.summary.as_ref().map(|s| view! { <p class="lead">{text_view(s, lang)}</p> })}
        </header>
        {approx_notice}
        {key_facts_view(d, p, &citations, lang, open)}
        {spaces_view(d, p, &citations, lang)}
        {timeline_view(d, p, &citations, lang)}
        {said_view(d, p, &citations, lang)}
        {notes_view(p, lang)}
        {sources_view(&citations, lang)}
    }
}
