//! Up to four places or spaces side by side: one row per compared field (core::explore::compare),
//! aligned, with the same units, and the rows where they differ marked.

use leptos::prelude::*;

use crate::core::explore::Row;
use crate::core::explore::compare::{Compared, compare};
use crate::core::explore::shortlist::{Item, describe};
use crate::core::query::{Page, Query};
use crate::ui::context::catalog::{Catalog, CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::UrlSearch;
use crate::ui::widgets::cell::cell_view;
use crate::ui::widgets::focus::focus_soon;
use crate::ui::widgets::labels;
use crate::ui::widgets::link::app_link;
use crate::ui::widgets::words::UiWords;

/// Focus goes to the title when the comparison opens or loses a column (the button pressed is gone).
pub const COMPARE_TITLE: &str = ".compare-page h1";

#[component]
pub fn ComparePage() -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let data = catalog.0.clone();
    let back = move || {
        let q = query.get_untracked().0;
        let target = Query { page: Some(Page::Shortlist), compare: Vec::new(), ..q };
        view! { <p class="back no-print">{app_link(url, target, tr!(lang, compare.back).to_owned(), lang, "")}</p> }
    };
    move || {
        let d = &data.dataset;
        let words = UiWords(lang);
        let items: Vec<Item> = query.with(|(q, _)| q.compare.clone());
        let resolved: Vec<(Item, Row)> =
            items.iter().filter_map(|i| i.resolve(d).map(|(place, space)| (i.clone(), Row { place, space }))).collect();
        if resolved.is_empty() {
            return view! {
                <div class="compare-page">
                    {back()}
                    <h1 tabindex="-1">{tr!(lang, compare.title)}</h1>
                    <p>{tr!(lang, compare.empty)}</p>
                </div>
            }
            .into_any();
        }
        let rows: Vec<Row> = resolved.iter().map(|(_, r)| *r).collect();
        let heads = resolved
            .iter()
            .map(|(item, _)| {
                let name = describe(d, item, &words).unwrap_or_default();
                let item = item.clone();
                let remove = move |_| {
                    let mut q = query.get_untracked().0;
                    q.compare.retain(|i| i != &item);
                    url.navigate(&q);
                    focus_soon(COMPARE_TITLE.into());
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
        let body = compare(d, &rows, &words)
            .into_iter()
            .map(|row| {
                let label = match row.field {
                    Compared::Place(f) => labels::place_field(f, lang),
                    Compared::Space(f) => labels::space_field(f, lang),
                };
                let cells = row.cells.into_iter().map(|c| cell_view(c, lang)).collect_view();
                view! {
                    <tr class:differs=row.differs>
                        <th scope="row">
                            {label}
                            {row.differs.then(|| view! { " " <span class="differs-mark">{tr!(lang, compare.differs)}</span> })}
                        </th>
                        {cells}
                    </tr>
                }
            })
            .collect_view();
        view! {
            <div class="compare-page">
                {back()}
                <h1 tabindex="-1">{tr!(lang, compare.title)}</h1>
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
