//! The spaces table: a sortable header (aria-sort) and one row per space or whole place, its
//! cells from core::explore::cells.

use leptos::prelude::*;

use crate::core::data::{Kind, Reliability};
use crate::core::explore::cells::row_cell;
use crate::core::explore::shortlist::Item;
use crate::core::explore::{Column, Row, Sort};
use crate::core::query::Query;
use crate::ui::context::catalog::{Catalog, CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::context::url::{UrlSearch, href, is_plain_click};
use crate::ui::spaces::anchor_names;
use crate::ui::widgets::cell::cell_view;
use crate::ui::widgets::labels;
use crate::ui::widgets::star::Star;
use crate::ui::widgets::words::UiWords;

#[component]
pub fn SpacesTable(table: Memo<Vec<Row>>, anchors: Memo<Vec<usize>>) -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let url = expect_context::<UrlSearch>();
    let query = expect_context::<CurrentQuery>().0;
    let data = catalog.0.clone();
    let header = move || {
        let current = query.with(|(q, _)| q.sort);
        let anchors = anchors.get();
        let names = anchor_names(&data.dataset, &anchors, lang);
        Column::all(anchors.len())
            .into_iter()
            .map(|c| {
                let label = labels::column(c, lang, &names);
                let sorted = current.filter(|s| s.column == c).map(|s| s.descending);
                let aria_sort = match sorted {
                    Some(true) => "descending",
                    Some(false) => "ascending",
                    None => "none",
                };
                let next = Sort { column: c, descending: sorted == Some(false) };
                let on_click = move |_| url.navigate(&Query { sort: Some(next), ..query.get_untracked().0 });
                let arrow = match sorted {
                    Some(false) => " ▲",
                    Some(true) => " ▼",
                    None => "",
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
    };
    let data = catalog.0.clone();
    let body = move || {
        let anchors = anchors.get();
        let d = &data.dataset;
        let words = UiWords(lang);
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
                            url.navigate(&target);
                        }
                    };
                    let cells = Column::all(anchors.len())
                        .into_iter()
                        .skip(1)
                        .map(|c| cell_view(row_cell(d, r, c, &anchors, &words), lang))
                        .collect_view();
                    let operator = r.from_operator(d).then(
                        || view! { " " <span class="badge operator">{labels::reliability(Reliability::Operator, lang)}</span> },
                    );
                    let project = (place.kind == Kind::Project).then(
                        || view! { " " <span class="badge kind-project">{labels::kind(place.kind, lang)}</span> },
                    );
                    view! {
                        <tr>
                            <th scope="row">
                                <Star item name=star_name />
                                " "
                                <a href=link on:click=open lang=name.lang.code()>{name.text.to_owned()}</a>
                                {project}
                                {operator}
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
