//! The towns page: the 12 towns side by side, as a bar chart of their places by kind and as the
//! table that is the chart's text alternative (places by kind and status, recognised places,
//! published investment and floor area, latest and next events); with one town chosen (the town
//! filter, `?page=towns&town=anting`), that town's own view.
//!
//! May import: ui::context, ui::widgets, ui::timeline.

mod chart;
mod town;

use leptos::prelude::*;

use crate::core::data::{Dataset, Kind, Status};
use crate::core::explore::FacetId;
use crate::core::explore::district_timeline::Entry;
use crate::core::explore::towns::{Sum, TownSummary, towns};
use crate::core::query::{Page, Query};
use crate::core::text::Lang;
use crate::core::text::format::{area, money};
use crate::ui::context::catalog::{Catalog, CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::UrlSearch;
use crate::ui::towns::chart::TownsChart;
use crate::ui::towns::town::TownView;
use crate::ui::widgets::labels;
use crate::ui::widgets::link::app_link;

/// A published figure summed: "CNY 4.3 billion across 7 of 9 places", or how few publish it.
pub(crate) fn sum_text(sum: Sum, format: fn(f64, Lang) -> String, lang: Lang) -> String {
    match sum.publishing {
        _ if sum.of == 0 => "—".to_owned(),
        0 => tr!(lang, towns.none_published, of = sum.of),
        n => tr!(lang, towns.sum, total = format(sum.total, lang), n = n, of = sum.of),
    }
}

/// An event in a line: "May 2025: Hesai Maxwell: topped out".
pub(crate) fn event_text(d: &Dataset, e: &Entry, lang: Lang) -> String {
    let place = d.places[e.place].name.pick(lang).text;
    let date = e.event.date.display(lang);
    let what = e.event.event.pick(lang).text;
    match lang {
        Lang::En => format!("{date}: {place}: {what}"),
        Lang::Zh => format!("{date}：{place}：{what}"),
    }
}

#[component]
pub fn TownsPage() -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let query = expect_context::<CurrentQuery>().0;
    // One town chosen: its own view; none or several: all of them side by side.
    let chosen = Memo::new(move |_| {
        query.with(|(q, _)| match q.filters.facets.get(FacetId::Town) {
            [one] => Some(one.clone()),
            _ => None,
        })
    });
    let data = catalog.0.clone();
    move || match chosen.get() {
        Some(id) => view! { <TownView id /> }.into_any(),
        None => overview(&data.dataset, lang, query.get_untracked().0, expect_context::<UrlSearch>()),
    }
}

fn overview(d: &Dataset, lang: Lang, q: Query, url: UrlSearch) -> AnyView {
    let all = towns(d);
    let rows = all.iter().map(|t| row(d, t, lang, &q, url)).collect_view();
    view! {
        <div class="towns-page">
            <h1>{tr!(lang, towns.title)}</h1>
            <p class="lead">{tr!(lang, towns.intro)}</p>
            <p>{tr!(lang, towns.no_town, n = d.places.iter().filter(|p| p.town.is_none()).count())}</p>
            <TownsChart summaries=all.iter().map(|t| (t.town.name.pick(lang).text.to_owned(), t.by_kind.clone())).collect() />
            <div class="table-scroll" role="region" aria-labelledby="towns-table-caption" tabindex="0">
                <table class="towns">
                    <caption id="towns-table-caption">{tr!(lang, towns.table)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{tr!(lang, towns.town)}</th>
                            <th scope="col">{tr!(lang, towns.places)}</th>
                            <th scope="col">{tr!(lang, towns.by_status)}</th>
                            <th scope="col">{tr!(lang, towns.recognised)}</th>
                            <th scope="col">{tr!(lang, towns.investment)}</th>
                            <th scope="col">{tr!(lang, towns.floor_area)}</th>
                            <th scope="col">{tr!(lang, towns.latest)}</th>
                            <th scope="col">{tr!(lang, towns.next)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </div>
    }
    .into_any()
}

/// "3 (parks 1 · projects 2)".
pub(crate) fn kinds_text(by_kind: &[(Kind, usize)], lang: Lang) -> String {
    let total: usize = by_kind.iter().map(|(_, n)| n).sum();
    let parts: Vec<String> =
        by_kind.iter().filter(|(_, n)| *n > 0).map(|(k, n)| format!("{} {n}", labels::kind_plural(*k, lang))).collect();
    if parts.is_empty() { total.to_string() } else { format!("{total} ({})", parts.join(" · ")) }
}

pub(crate) fn statuses_text(by_status: &[(Status, usize)], lang: Lang) -> String {
    let parts: Vec<String> =
        by_status.iter().filter(|(_, n)| *n > 0).map(|(s, n)| format!("{} {n}", labels::status(*s, lang))).collect();
    if parts.is_empty() { "—".to_owned() } else { parts.join(" · ") }
}

fn row(d: &Dataset, t: &TownSummary, lang: Lang, q: &Query, url: UrlSearch) -> AnyView {
    let name = t.town.name.pick(lang);
    let mut target = Query { page: Some(Page::Towns), place: None, ..q.clone() };
    *target.filters.facets.get_mut(FacetId::Town) = vec![t.town.id.clone()];
    let event = |e: Option<&Entry>| e.map_or_else(|| "—".to_owned(), |e| event_text(d, e, lang));
    view! {
        <tr>
            <th scope="row" lang=name.lang.code()>
                {app_link(url, target, name.text.to_owned(), name.lang, "")}
            </th>
            <td>{kinds_text(&t.by_kind, lang)}</td>
            <td>{statuses_text(&t.by_status, lang)}</td>
            <td>{t.recognised}</td>
            <td>{sum_text(t.investment, money, lang)}</td>
            <td>{sum_text(t.floor_area, area, lang)}</td>
            <td>{event(t.latest.as_ref())}</td>
            <td>{event(t.next.as_ref())}</td>
        </tr>
    }
    .into_any()
}
