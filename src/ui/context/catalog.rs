//! The loaded catalogue and the state derived from it and the URL, shared through context.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::data::{Checked, Dataset, LeftOut, Problem};
use crate::core::explore::{FacetIndex, Outcome, run};
use crate::core::geo::Geography;
use crate::core::query::Query;
use crate::core::search::SearchIndex;
use crate::core::site::config::Config;
use crate::core::site::freshness::Change;
use crate::core::text::Lang;
use crate::ui::context::perf::measured_latest;
use crate::ui::context::url::UrlSearch;

pub struct Loaded {
    pub dataset: Dataset,
    /// What is wrong with the data file, when something is (the records shown are fine).
    pub problems: DataProblems,
    /// District outline, neighbours and town label points, for the map.
    pub geo: Geography,
    pub index: SearchIndex,
    pub facets: FacetIndex,
    pub config: Config,
    pub delivery: Delivery,
}

/// The problems of a data file that is shown nonetheless: for a notice, and for its editors.
#[derive(Clone, Debug, Default)]
pub struct DataProblems {
    pub problems: Vec<Problem>,
    pub truncated: bool,
    pub left_out: Vec<LeftOut>,
}

/// How the data reached this visit.
#[derive(Clone, Debug, Default)]
pub struct Delivery {
    /// Served by the service worker from the last visit's copy: the network is down.
    pub offline: bool,
    /// How the data differs from what this browser showed last time, if it does.
    pub change: Option<Change>,
}

impl Loaded {
    pub fn new(checked: Checked, geo: Geography, config: Config, delivery: Delivery) -> Loaded {
        let Checked { dataset, problems, truncated, left_out } = checked;
        let index = SearchIndex::build(&dataset);
        let facets = FacetIndex::build(&dataset);
        Loaded {
            dataset,
            problems: DataProblems { problems, truncated, left_out },
            geo,
            index,
            facets,
            config,
            delivery,
        }
    }
}

/// The catalogue, once loaded.
#[derive(Clone)]
pub struct Catalog(pub Arc<Loaded>);

/// The query as the URL states it, with ids the data does not know removed, plus those ids.
#[derive(Clone, Copy)]
pub struct CurrentQuery(pub Memo<(Query, Vec<String>)>);

/// Results and facet counts for the current query.
#[derive(Clone, Copy)]
pub struct CurrentOutcome(pub Memo<Arc<Outcome>>);

/// The place whose detail was open last, so the list can return focus to its link.
#[derive(Clone, Copy)]
pub struct LastOpened(pub StoredValue<Option<String>>);

/// The interface language. The views are rebuilt when it changes, so it is a plain value.
#[derive(Clone, Copy)]
pub struct UiLang(pub Lang);

pub fn ui_lang() -> Lang {
    use_context::<UiLang>().map_or_else(Lang::default, |l| l.0)
}

/// Derives the query and outcome from the URL and provides them to the views.
pub fn provide_derived(catalog: &Catalog, url: UrlSearch, lang: Lang) {
    let data = catalog.0.clone();
    let query = Memo::new(move |_| {
        let mut q = Query::parse(&url.0.get());
        let dropped = q.sanitize(&data.dataset);
        (q, dropped)
    });
    // Only the filters decide the results: opening a place or switching view must not search again.
    let filters = Memo::new(move |_| query.with(|(q, _)| q.filters.clone()));
    let data = catalog.0.clone();
    let outcome = Memo::new(move |_| {
        filters.with(|f| {
            Arc::new(measured_latest("jpe:search", || run(&data.dataset, &data.index, &data.facets, f, lang)))
        })
    });
    provide_context(catalog.clone());
    provide_context(CurrentQuery(query));
    provide_context(CurrentOutcome(outcome));
}
