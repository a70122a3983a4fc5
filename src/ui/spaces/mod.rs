//! The space finder: every space in one sortable table, with area, height, load and
//! availability filters (in the URL, narrowing the list and the map too), distances to chosen
//! anchors, a CSV download and print.

use leptos::prelude::*;

use crate::core::export::csv_bytes;
use crate::core::format;
use crate::core::model::{Availability, Dataset, Kind};
use crate::core::query::{MAX_ANCHORS, Query};
use crate::core::shortlist::Item;
use crate::core::spaces::{Column, Row, Sort, distance_km, rows, sort};
use crate::core::text::Lang;
use crate::ui::catalog::{Catalog, CurrentOutcome, CurrentQuery, ui_lang};
use crate::ui::download::download;
use crate::ui::facets::Facets;
use crate::ui::i18n::tr;
use crate::ui::labels;
use crate::ui::star::Star;
use crate::ui::url::{Nav, UrlSearch, href, is_plain_click};

fn column_label(c: Column, lang: Lang, d: &Dataset, anchors: &[usize]) -> String {
    match c {
        Column::Place => tr!(lang, spaces.place).to_owned(),
        Column::Town => tr!(lang, detail.town).to_owned(),
        Column::Use => tr!(lang, column.usage).to_owned(),
        Column::Floor => tr!(lang, column.floor).to_owned(),
        Column::Area => tr!(lang, column.area).to_owned(),
        Column::Height => tr!(lang, column.height).to_owned(),
        Column::Load => tr!(lang, column.load).to_owned(),
        Column::Power => tr!(lang, column.power).to_owned(),
        Column::Availability => tr!(lang, column.availability).to_owned(),
        Column::Rent => tr!(lang, column.rent).to_owned(),
        Column::Deal => tr!(lang, column.deal).to_owned(),
        Column::Distance(n) => {
            let name = anchors.get(usize::from(n)).map_or("", |&a| d.places[a].name.pick(lang).text);
            tr!(lang, spaces.distance_to, name = name)
        }
    }
}

/// A cell as shown: the value with its unit, or `None` for "not published".
fn cell(d: &Dataset, r: &Row, c: Column, lang: Lang, anchors: &[usize]) -> Option<String> {
    match c {
        Column::Place => Some(r.place(d).name.pick(lang).text.to_owned()),
        Column::Town => r.place(d).town.as_deref().and_then(|t| d.town(t)).map(|t| t.name.pick(lang).text.to_owned()),
        Column::Use => r.space_use(d).map(|u| labels::space_use(u, lang).to_owned()),
        Column::Floor => r.floor(d).map(str::to_owned),
        Column::Area => r.area(d).map(|a| format::area(a, lang)),
        Column::Height => r.height(d).map(|h| format::metres(h, lang)),
        Column::Load => r.load(d).map(|l| format::load(l, lang)),
        Column::Power => r.power(d).map(|p| format::power(p, lang)),
        Column::Availability => match r.availability(d) {
            Availability::Unknown => None,
            a => Some(labels::availability(a, lang).to_owned()),
        },
        Column::Rent => r.rent(d).map(|x| format::rent(x, lang)),
        Column::Deal => r.deal(d).map(|x| labels::deal(x, lang).to_owned()),
        Column::Distance(n) => {
            let anchor = *anchors.get(usize::from(n))?;
            let (km, approx) = distance_km(d, r.place, anchor)?;
            let km = format::number(km, 1);
            Some(if approx { tr!(lang, spaces.km_approx, km = km) } else { tr!(lang, spaces.km, km = km) })
        }
    }
}

/// The same table as raw values for a spreadsheet: numbers without units (units in the header).
fn csv_for(d: &Dataset, rows: &[Row], lang: Lang, anchors: &[usize]) -> Vec<u8> {
    let mut header: Vec<String> = [
        tr!(lang, csv.place),
        tr!(lang, csv.town),
        tr!(lang, csv.usage),
        tr!(lang, csv.floor),
        tr!(lang, csv.area),
        tr!(lang, csv.whole_place),
        tr!(lang, csv.height),
        tr!(lang, csv.load),
        tr!(lang, csv.power),
        tr!(lang, csv.availability),
        tr!(lang, csv.rent),
        tr!(lang, csv.deal),
    ]
    .map(str::to_owned)
    .to_vec();
    for &a in anchors {
        header.push(tr!(lang, csv.distance, name = d.places[a].name.pick(lang).text));
    }
    let num = |v: Option<f64>| v.map(|n| n.to_string()).unwrap_or_default();
    let yes_no = |b: bool| if b { tr!(lang, csv.yes) } else { tr!(lang, csv.no) }.to_owned();
    let body: Vec<Vec<String>> = rows
        .iter()
        .map(|r| {
            let mut line = vec![
                cell(d, r, Column::Place, lang, anchors).unwrap_or_default(),
                cell(d, r, Column::Town, lang, anchors).unwrap_or_default(),
                cell(d, r, Column::Use, lang, anchors).unwrap_or_default(),
                cell(d, r, Column::Floor, lang, anchors).unwrap_or_default(),
                num(r.area(d)),
                yes_no(r.space.is_none()),
                num(r.height(d)),
                num(r.load(d)),
                num(r.power(d)),
                cell(d, r, Column::Availability, lang, anchors).unwrap_or_default(),
                num(r.rent(d)),
                cell(d, r, Column::Deal, lang, anchors).unwrap_or_default(),
            ];
            for &a in anchors {
                line.push(distance_km(d, r.place, a).map(|(km, _)| format!("{km:.2}")).unwrap_or_default());
            }
            line
        })
        .collect();
    csv_bytes(&header, &body)
}

#[component]
pub fn SpacesPage() -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let outcome = expect_context::<CurrentOutcome>().0;
    let data = catalog.0.clone();
    let anchors = Memo::new(move |_| {
        query.with(|(q, _)| q.near.iter().filter_map(|id| data.dataset.place_index(id)).collect::<Vec<usize>>())
    });
    let data = catalog.0.clone();
    let table = Memo::new(move |_| {
        let filters = query.with(|(q, _)| q.spaces.clone());
        let order = query.with(|(q, _)| q.sort);
        let anchors = anchors.get();
        let mut list = outcome.with(|o| rows(&data.dataset, &o.results, &filters));
        if let Some(order) = order {
            sort(&data.dataset, &mut list, order, lang, &anchors);
        }
        list
    });
    let count = move || {
        let (n, places) = table.with(|t| {
            let mut places: Vec<usize> = t.iter().map(|r| r.place).collect();
            places.dedup();
            (t.len(), places.len())
        });
        tr!(lang, spaces.count, rows = n, places = places)
    };
    let data = catalog.0.clone();
    let export = move |_| {
        let bytes = table.with_untracked(|t| csv_for(&data.dataset, t, lang, &anchors.get_untracked()));
        download("jiading-spaces.csv", "text/csv;charset=utf-8", &bytes);
    };
    let print = move |_| {
        let _ = window().print();
    };
    view! {
        <div class="spaces-page">
            <h1>{tr!(lang, spaces.title)}</h1>
            <p class="lead">{tr!(lang, spaces.intro)}</p>
            <div class="explorer-body with-facets with-main">
                <div class="spaces-filters">
                    <SpaceFilterForm />
                    <Facets />
                </div>
                <section class="spaces-results" aria-labelledby="spaces-count">
                    <AnchorPicker />
                    <p id="spaces-count" class="result-count" role="status">{count}</p>
                    <div class="actions no-print">
                        <button type="button" class="button" on:click=export>{tr!(lang, spaces.export)}</button>
                        <button type="button" class="button" on:click=print>{tr!(lang, spaces.print)}</button>
                    </div>
                    <SpacesTable table anchors url query />
                </section>
            </div>
        </div>
    }
}

#[component]
fn SpacesTable(
    table: Memo<Vec<Row>>,
    anchors: Memo<Vec<usize>>,
    url: UrlSearch,
    query: Memo<(Query, Vec<String>)>,
) -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let data = catalog.0.clone();
    let columns = move || {
        let n = anchors.with(Vec::len) as u8;
        Column::FIXED.into_iter().chain((0..n).map(Column::Distance)).collect::<Vec<_>>()
    };
    let header = {
        let data = data.clone();
        move || {
            let current = query.with(|(q, _)| q.sort);
            let anchors = anchors.get();
            columns()
                .into_iter()
                .map(|c| {
                    let label = column_label(c, lang, &data.dataset, &anchors);
                    let aria_sort = match current {
                        Some(Sort { column, descending }) if column == c => {
                            if descending {
                                "descending"
                            } else {
                                "ascending"
                            }
                        }
                        _ => "none",
                    };
                    let next = Sort { column: c, descending: current.is_some_and(|s| s.column == c && !s.descending) };
                    let on_click =
                        move |_| url.navigate(&Query { sort: Some(next), ..query.get_untracked().0 }, Nav::Replace);
                    let arrow = match aria_sort {
                        "ascending" => " ▲",
                        "descending" => " ▼",
                        _ => "",
                    };
                    view! {
                        <th scope="col" aria-sort=aria_sort>
                            <button type="button" class="sort" on:click=on_click>
                                {label}
                                <span aria-hidden="true">{arrow}</span>
                            </button>
                        </th>
                    }
                })
                .collect_view()
        }
    };
    let body = move || {
        let anchors = anchors.get();
        let d = &data.dataset;
        table.with(|rows| {
            rows.iter()
                .map(|r| {
                    let place = r.place(d);
                    let name = place.name.pick(lang);
                    let (item, star_name) = match r.space(d) {
                        Some(s) => (Item::Space(s.id.clone()), format!("{} — {}", name.text, s.id)),
                        None => (Item::Place(place.id.clone()), name.text.to_owned()),
                    };
                    let target = Query { place: Some(place.id.clone()), page: None, ..query.get_untracked().0 };
                    let link = href(&target);
                    let open = move |ev: web_sys::MouseEvent| {
                        if is_plain_click(&ev) {
                            ev.prevent_default();
                            url.navigate(&target, Nav::Push);
                        }
                    };
                    let cells = Column::FIXED
                        .into_iter()
                        .skip(1)
                        .chain((0..anchors.len() as u8).map(Column::Distance))
                        .map(|c| {
                            let whole = c == Column::Area && r.space.is_none() && r.area(d).is_some();
                            match cell(d, r, c, lang, &anchors) {
                                Some(v) => view! {
                                    <td>
                                        {v}
                                        {whole.then(|| view! { <span class="whole-place">{tr!(lang, spaces.whole_place)}</span> })}
                                    </td>
                                }
                                .into_any(),
                                None => view! { <td class="not-published">{tr!(lang, detail.not_published)}</td> }.into_any(),
                            }
                        })
                        .collect_view();
                    view! {
                        <tr>
                            <th scope="row">
                                <Star item name=star_name />
                                " "
                                <a href=link on:click=open lang=name.lang.code()>{name.text.to_owned()}</a>
                                {(place.kind == Kind::Project).then(|| view! { " " <span class="badge kind-project">{labels::kind(place.kind, lang)}</span> })}
                            </th>
                            {cells}
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <div class="table-scroll" role="region" aria-label=tr!(lang, spaces.table) tabindex="0">
            <table class="spaces-table">
                <thead>
                    <tr>{header}</tr>
                </thead>
                <tbody>{body}</tbody>
            </table>
        </div>
        <Show when=move || table.with(Vec::is_empty)>
            <p class="no-results">{tr!(lang, spaces.empty)}</p>
        </Show>
    }
}

/// Minimum/maximum area, minimum clear height and floor load, availability: all in the URL.
#[component]
fn SpaceFilterForm() -> impl IntoView {
    let lang = ui_lang();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let number = move |key: &'static str, label: &'static str| {
        let id = format!("space-{key}");
        let value = move || {
            query
                .with(|(q, _)| match key {
                    "area_min" => q.spaces.area_min,
                    "area_max" => q.spaces.area_max,
                    "height_min" => q.spaces.height_min,
                    _ => q.spaces.load_min,
                })
                .map(|n| n.to_string())
                .unwrap_or_default()
        };
        let on_change = move |ev: web_sys::Event| {
            let text = event_target_value(&ev);
            let parsed = text.trim().parse::<f64>().ok().filter(|n| n.is_finite() && *n >= 0.0);
            let mut q = query.get_untracked().0;
            let slot = match key {
                "area_min" => &mut q.spaces.area_min,
                "area_max" => &mut q.spaces.area_max,
                "height_min" => &mut q.spaces.height_min,
                _ => &mut q.spaces.load_min,
            };
            *slot = parsed;
            url.navigate(&q, Nav::Replace);
        };
        view! {
            <div class="field">
                <label for=id.clone()>{label}</label>
                <input id=id type="number" min="0" step="any" inputmode="decimal" prop:value=value on:change=on_change />
            </div>
        }
    };
    let avail = move |a: Availability| {
        let id = format!("space-avail-{}", a.id());
        let checked = move || query.with(|(q, _)| q.spaces.avail.contains(&a));
        let on_change = move |_| {
            let mut q = query.get_untracked().0;
            q.spaces.avail = crate::core::query::toggle(&q.spaces.avail, &a);
            url.navigate(&q, Nav::Replace);
        };
        view! {
            <li>
                <input type="checkbox" id=id.clone() prop:checked=checked on:change=on_change />
                <label for=id>{labels::availability(a, lang)}</label>
            </li>
        }
    };
    let active = move || query.with(|(q, _)| !q.spaces.is_empty());
    let clear = move |_| {
        let mut q = query.get_untracked().0;
        q.spaces = Default::default();
        url.navigate(&q, Nav::Replace);
    };
    view! {
        <form class="space-filters no-print" on:submit=|ev| ev.prevent_default() aria-labelledby="space-filters-title">
            <h2 id="space-filters-title">{tr!(lang, spaces.filters)}</h2>
            {number("area_min", tr!(lang, spaces.area_min))}
            {number("area_max", tr!(lang, spaces.area_max))}
            {number("height_min", tr!(lang, spaces.height_min))}
            {number("load_min", tr!(lang, spaces.load_min))}
            <fieldset class="facet">
                <legend>{tr!(lang, column.availability)}</legend>
                <ul>
                    {avail(Availability::Available)}
                    {avail(Availability::Let)}
                    {avail(Availability::Unknown)}
                </ul>
            </fieldset>
            <button type="button" class="button link" disabled=move || !active() on:click=clear>
                {tr!(lang, spaces.clear)}
            </button>
        </form>
    }
}

/// The places distances are measured from: Hesai and United Imaging offered first, any place possible.
#[component]
fn AnchorPicker() -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let d = &catalog.0.dataset;
    // Enterprises (the anchors the district names) first, then every other located place by name.
    let mut options: Vec<(String, String)> = d
        .places
        .iter()
        .filter(|p| p.location.is_some())
        .map(|p| (p.id.clone(), p.name.pick(lang).text.to_owned()))
        .collect();
    options.sort_by_key(|(id, name)| {
        let enterprise = d.place_index(id).is_some_and(|i| d.places[i].kind == Kind::Enterprise);
        (!enterprise, crate::core::pinyin::sort_key(name))
    });
    let chosen = NodeRef::<leptos::html::Select>::new();
    let add = move |_| {
        let Some(select) = chosen.get() else { return };
        let id = select.value();
        let mut q = query.get_untracked().0;
        if !id.is_empty() && !q.near.contains(&id) && q.near.len() < MAX_ANCHORS {
            q.near.push(id);
            url.navigate(&q, Nav::Replace);
        }
    };
    let data = catalog.0.clone();
    let chips = move || {
        query.with(|(q, _)| {
            q.near
                .iter()
                .filter_map(|id| data.dataset.place_index(id).map(|i| (id.clone(), data.dataset.places[i].name.pick(lang).text.to_owned())))
                .map(|(id, name)| {
                    let remove = move |_| {
                        let mut q = query.get_untracked().0;
                        q.near.retain(|n| n != &id);
                        url.navigate(&q, Nav::Replace);
                    };
                    view! {
                        <li>
                            {name.clone()}
                            " "
                            <button type="button" class="button link" aria-label=tr!(lang, spaces.remove_anchor, name = name.as_str()) on:click=remove>
                                "×"
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let options = options.into_iter().map(|(id, name)| view! { <option value=id>{name}</option> }).collect_view();
    view! {
        <div class="anchors no-print">
            <label for="anchor-select">{tr!(lang, spaces.anchor_label)}</label>
            <select id="anchor-select" node_ref=chosen>{options}</select>
            <button type="button" class="button" on:click=add>{tr!(lang, spaces.anchor_add)}</button>
            <ul class="chips">{chips}</ul>
        </div>
    }
}
