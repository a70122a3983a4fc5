//! One town's view: its figures, its places, its timeline, and the way to the explorer filtered
//! to it.

use leptos::prelude::*;

use crate::core::explore::FacetId;
use crate::core::explore::district_timeline::{Years, district_timeline};
use crate::core::explore::towns::summary;
use crate::core::query::{Page, Query};
use crate::core::text::format::{area, money};
use crate::ui::context::catalog::{Catalog, CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::UrlSearch;
use crate::ui::timeline::timeline_list;
use crate::ui::towns::{event_text, kinds_text, statuses_text, sum_text};
use crate::ui::widgets::labels;
use crate::ui::widgets::link::app_link;

#[component]
pub fn TownView(id: String) -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let q = expect_context::<CurrentQuery>().0.get_untracked().0;
    let d = &catalog.0.dataset;
    let Some(town) = d.town(&id) else {
        return view! { <h1>{tr!(lang, detail.not_found)}</h1> }.into_any();
    };
    let t = summary(d, town);
    let name = town.name.pick(lang);
    let mut all_towns = Query { page: Some(Page::Towns), place: None, ..q.clone() };
    all_towns.filters.facets.get_mut(FacetId::Town).clear();
    let explorer = Query { page: None, place: None, ..q.clone() };
    let event = |e: Option<&crate::core::explore::district_timeline::Entry>| {
        e.map_or_else(|| "—".to_owned(), |e| event_text(d, e, lang))
    };
    let places = t
        .places
        .iter()
        .map(|&i| {
            let p = &d.places[i];
            let n = p.name.pick(lang);
            let target = Query { page: None, place: Some(p.id.clone()), ..q.clone() };
            view! {
                <li lang=n.lang.code()>
                    {app_link(url, target, n.text.to_owned(), n.lang, "")} " "
                    <span class=format!("badge kind-{}", p.kind.id())>{labels::kind(p.kind, lang)}</span>
                </li>
            }
        })
        .collect_view();
    let timeline = district_timeline(d, &t.places, Years::default());
    let facts = [
        (tr!(lang, towns.places), kinds_text(&t.by_kind, lang)),
        (tr!(lang, towns.by_status), statuses_text(&t.by_status, lang)),
        (tr!(lang, towns.recognised), t.recognised.to_string()),
        (tr!(lang, towns.investment), sum_text(t.investment, money, lang)),
        (tr!(lang, towns.floor_area), sum_text(t.floor_area, area, lang)),
        (tr!(lang, towns.latest), event(t.latest.as_ref())),
        (tr!(lang, towns.next), event(t.next.as_ref())),
    ]
    .into_iter()
    .map(|(k, v)| view! { <dt>{k}</dt> <dd>{v}</dd> })
    .collect_view();
    view! {
        <div class="towns-page town-page">
            <p class="back">{app_link(url, all_towns, tr!(lang, towns.all).to_owned(), lang, "")}</p>
            <h1 lang=name.lang.code()>{name.text.to_owned()}</h1>
            <p>
                {app_link(url, explorer, tr!(lang, towns.open_explorer, town = name.text), lang, "button")}
            </p>
            <dl class="town-facts">{facts}</dl>
            <section aria-labelledby="town-places">
                <h2 id="town-places">{tr!(lang, towns.its_places)}</h2>
                <ul class="plain town-places">{places}</ul>
            </section>
            {timeline_list(d, &timeline, "town", lang, &q, url)}
        </div>
    }
    .into_any()
}
