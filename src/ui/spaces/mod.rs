//! The space finder: every space in one sortable table, with area, height, load and
//! availability requirements (in the URL, narrowing the list and the map too), distances to
//! chosen anchors, a CSV download and print.
//!
//! May import: ui::context, ui::widgets.

mod anchors;
mod requirements;
mod table;

use leptos::prelude::*;

use crate::core::data::Dataset;
use crate::core::explore::csv_rows::{csv_columns, csv_rows};
use crate::core::explore::rows::{places_in, rows};
use crate::core::explore::table::sort;
use crate::core::site::csv::csv_bytes;
use crate::core::text::Lang;
use crate::ui::context::catalog::{Catalog, CurrentOutcome, CurrentQuery, ui_lang};
use crate::ui::context::i18n::tr;
use crate::ui::spaces::anchors::AnchorPicker;
use crate::ui::spaces::requirements::Requirements;
use crate::ui::spaces::table::SpacesTable;
use crate::ui::widgets::download::download;
use crate::ui::widgets::facets::Facets;
use crate::ui::widgets::labels;
use crate::ui::widgets::words::UiWords;

/// The names of the places distances are measured from.
pub(super) fn anchor_names(d: &Dataset, anchors: &[usize], lang: Lang) -> Vec<String> {
    anchors.iter().map(|&a| d.places[a].name.pick(lang).text.to_owned()).collect()
}

#[component]
pub fn SpacesPage() -> impl IntoView {
    let lang = ui_lang();
    let catalog = expect_context::<Catalog>();
    let query = expect_context::<CurrentQuery>().0;
    let outcome = expect_context::<CurrentOutcome>().0;
    let data = catalog.0.clone();
    let anchors = Memo::new(move |_| {
        query.with(|(q, _)| q.near.iter().filter_map(|id| data.dataset.place_index(id)).collect::<Vec<usize>>())
    });
    let data = catalog.0.clone();
    let table = Memo::new(move |_| {
        let filters = query.with(|(q, _)| q.filters.spaces.clone());
        let order = query.with(|(q, _)| q.sort);
        let anchors = anchors.get();
        let mut list = outcome.with(|o| rows(&data.dataset, &o.results, &filters));
        if let Some(order) = order {
            sort(&data.dataset, &mut list, order, lang, &anchors);
        }
        list
    });
    let count = move || {
        let (n, places) = table.with(|t| (t.len(), places_in(t)));
        tr!(lang, spaces.count, rows = n, places = places)
    };
    let data = catalog.0.clone();
    let export = move |_| {
        let d = &data.dataset;
        let anchors = anchors.get_untracked();
        let names = anchor_names(d, &anchors, lang);
        let header: Vec<String> =
            csv_columns(anchors.len()).into_iter().map(|c| labels::csv_header(c, lang, &names)).collect();
        let yes_no = [tr!(lang, csv.yes), tr!(lang, csv.no)];
        let body = table.with_untracked(|t| csv_rows(d, t, &anchors, &UiWords(lang), yes_no));
        download("jiading-spaces.csv", "text/csv;charset=utf-8", &csv_bytes(&header, &body));
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
                    <Requirements />
                    <Facets results="spaces-count" />
                </div>
                <section class="spaces-results" aria-labelledby="spaces-count">
                    <AnchorPicker />
                    <p id="spaces-count" class="result-count" role="status" tabindex="-1">{count}</p>
                    <div class="actions no-print">
                        <button type="button" class="button" on:click=export>{tr!(lang, spaces.export)}</button>
                        <button type="button" class="button" on:click=print>{tr!(lang, spaces.print)}</button>
                    </div>
                    <SpacesTable table anchors />
                </section>
            </div>
        </div>
    }
}
