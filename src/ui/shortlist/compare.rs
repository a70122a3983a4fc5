//! Up to four places or spaces side by side: one row per field, aligned, with the same units,
//! and the rows where they differ marked.

use leptos::prelude::*;

use crate::core::format;
use crate::core::model::{Dataset, Figure};
use crate::core::shortlist::Item;
use crate::core::spaces::Row;
use crate::core::text::Lang;
use crate::ui::catalog::{Catalog, CurrentQuery, ui_lang};
use crate::ui::i18n::tr;
use crate::ui::labels;
use crate::ui::shortlist_page::describe;
use crate::ui::url::{Nav, UrlSearch};

/// One field of the comparison: its label and each item's value as shown (`None`: not published).
fn fields(d: &Dataset, rows: &[Row], lang: Lang) -> Vec<(&'static str, Vec<Option<String>>)> {
    let each = |f: &dyn Fn(&Row) -> Option<String>| rows.iter().map(f).collect::<Vec<_>>();
    let figure = |r: &Row, f: Figure| {
        r.place(d)
            .figures
            .get(f)
            .map(|v| format::qualified(r.place(d).qualifiers.get(f.field()).copied(), format::figure(f, v, lang), lang))
    };
    vec![
        (tr!(lang, facets.kind), each(&|r| Some(labels::kind(r.place(d).kind, lang).to_owned()))),
        (
            tr!(lang, detail.town),
            each(&|r| r.place(d).town.as_deref().and_then(|t| d.town(t)).map(|t| t.name.pick(lang).text.to_owned())),
        ),
        (tr!(lang, detail.status), each(&|r| Some(labels::status(r.place(d).status, lang).to_owned()))),
        (tr!(lang, detail.address), each(&|r| r.place(d).address.as_ref().map(|a| a.pick(lang).text.to_owned()))),
        (tr!(lang, detail.opening), each(&|r| r.place(d).opening.map(|o| o.display(lang)))),
        (tr!(lang, figure.investment), each(&|r| figure(r, Figure::InvestmentCny))),
        (
            tr!(lang, figure.site_area),
            each(&|r| figure(r, Figure::SiteAreaM2).or_else(|| figure(r, Figure::SiteAreaMu))),
        ),
        (tr!(lang, figure.building_area), each(&|r| figure(r, Figure::BuildingAreaM2))),
        (tr!(lang, column.usage), each(&|r| r.space_use(d).map(|u| labels::space_use(u, lang).to_owned()))),
        (tr!(lang, column.floor), each(&|r| r.floor(d).map(str::to_owned))),
        (tr!(lang, column.area), each(&|r| r.space(d).and_then(|s| s.area_m2).map(|a| format::area(a, lang)))),
        (tr!(lang, column.height), each(&|r| r.height(d).map(|h| format::metres(h, lang)))),
        (tr!(lang, column.load), each(&|r| r.load(d).map(|l| format::load(l, lang)))),
        (tr!(lang, column.power), each(&|r| r.power(d).map(|p| format::power(p, lang)))),
        (tr!(lang, column.rent), each(&|r| r.rent(d).map(|x| format::rent(x, lang)))),
        (tr!(lang, column.deal), each(&|r| r.deal(d).map(|x| labels::deal(x, lang).to_owned()))),
        (
            tr!(lang, column.availability),
            each(&|r| r.space(d).map(|_| labels::availability(r.availability(d), lang).to_owned())),
        ),
        (
            tr!(lang, detail.sectors),
            each(&|r| {
                let names: Vec<&str> =
                    r.place(d).sectors.iter().filter_map(|s| d.sector(s)).map(|s| s.name.pick(lang).text).collect();
                (!names.is_empty()).then(|| names.join(", "))
            }),
        ),
        (
            tr!(lang, detail.facilities),
            each(&|r| {
                let names: Vec<&str> = r.place(d).facilities.iter().map(|f| labels::facility(*f, lang)).collect();
                (!names.is_empty()).then(|| names.join(", "))
            }),
        ),
        (
            tr!(lang, detail.contact),
            each(&|r| {
                let c = &r.place(d).contact;
                let all: Vec<&str> =
                    [c.phone.as_deref(), c.email.as_deref(), c.url.as_deref()].into_iter().flatten().collect();
                (!all.is_empty()).then(|| all.join(", "))
            }),
        ),
    ]
}

#[component]
pub fn ComparePage() -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let data = catalog.0.clone();
    move || {
        let d = &data.dataset;
        let items: Vec<Item> = query.with(|(q, _)| q.compare.clone());
        let resolved: Vec<(Item, Row)> =
            items.iter().filter_map(|i| i.resolve(d).map(|(place, space)| (i.clone(), Row { place, space }))).collect();
        if resolved.is_empty() {
            return view! {
                <div class="compare-page">
                    <h1>{tr!(lang, compare.title)}</h1>
                    <p>{tr!(lang, compare.empty)}</p>
                </div>
            }
            .into_any();
        }
        let rows: Vec<Row> = resolved.iter().map(|(_, r)| *r).collect();
        let heads = resolved
            .iter()
            .map(|(item, _)| {
                let name = describe(d, item, lang).unwrap_or_default();
                let item = item.clone();
                let remove = move |_| {
                    let mut q = query.get_untracked().0;
                    q.compare.retain(|i| i != &item);
                    url.navigate(&q, Nav::Replace);
                };
                view! {
                    <th scope="col">
                        {name.clone()}
                        " "
                        <button type="button" class="button link no-print" aria-label=tr!(lang, compare.remove, name = name.as_str()) on:click=remove>
                            "×"
                        </button>
                    </th>
                }
            })
            .collect_view();
        let body = fields(d, &rows, lang)
            .into_iter()
            .map(|(label, values)| {
                let differs = values.windows(2).any(|w| w[0] != w[1]);
                let cells = values
                    .into_iter()
                    .map(|v| match v {
                        Some(v) => view! { <td>{v}</td> }.into_any(),
                        None => view! { <td class="not-published">{tr!(lang, detail.not_published)}</td> }.into_any(),
                    })
                    .collect_view();
                view! {
                    <tr class:differs=differs>
                        <th scope="row">
                            {label}
                            {differs.then(|| view! { " " <span class="differs-mark">{tr!(lang, compare.differs)}</span> })}
                        </th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="compare-page">
                <h1>{tr!(lang, compare.title)}</h1>
                <p class="lead">{tr!(lang, compare.intro)}</p>
                <div class="actions no-print">
                    <button type="button" class="button" on:click=move |_| { let _ = window().print(); }>{tr!(lang, spaces.print)}</button>
                </div>
                <div class="table-scroll" role="region" aria-label=tr!(lang, compare.table) tabindex="0">
                    <table class="compare">
                        <thead>
                            <tr>
                                <th scope="col">{tr!(lang, compare.field)}</th>
                                {heads}
                            </tr>
                        </thead>
                        <tbody>{body}</tbody>
                    </table>
                </div>
            </div>
        }
        .into_any()
    }
}
