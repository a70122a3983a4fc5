//! The loaded catalogue and the state derived from it and the URL, shared through context.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::config::Config;
use crate::core::facets::{Outcome, run};
use crate::core::geo::Geography;
use crate::core::model::Dataset;
use crate::core::query::Query;
use crate::core::search::SearchIndex;
use crate::core::text::Lang;
use crate::ui::url::UrlSearch;

pub struct Loaded {
    pub dataset: Dataset,
    /// District outline, neighbours and town label points, for the map.
    pub geo: Geography,
    pub index: SearchIndex,
    pub config: Config,
}

impl Loaded {
    pub fn new(dataset: Dataset, geo: Geography, config: Config) -> Loaded {
        let index = SearchIndex::build(&dataset);
        Loaded { dataset, geo, index, config }
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

/// The language data text is shown in.
#[derive(Clone, Copy)]
pub struct CurrentLang(pub Memo<Lang>);

/// The browser's preferred language among those the app has.
fn browser_lang() -> Lang {
    let languages = window().navigator().languages();
    languages
        .iter()
        .filter_map(|l| l.as_string())
        .find_map(|l| Lang::parse(l.split('-').next().unwrap_or("")))
        .unwrap_or_default()
}

/// Derives the query, language and outcome from the URL and provides them to the views.
pub fn provide_derived(catalog: &Catalog, url: UrlSearch) {
    let data = catalog.0.clone();
    let query = Memo::new(move |_| {
        let mut q = Query::parse(&url.0.get());
        let dropped = q.sanitize(&data.dataset);
        (q, dropped)
    });
    let default_lang = browser_lang();
    let lang = Memo::new(move |_| query.with(|(q, _)| q.lang).unwrap_or(default_lang));
    // Only the filters decide the results: opening a place or switching view must not search again.
    let filters = Memo::new(move |_| query.with(|(q, _)| Query { place: None, view: None, page: None, ..q.clone() }));
    let data = catalog.0.clone();
    let outcome = Memo::new(move |_| {
        let lang = lang.get();
        filters.with(|q| Arc::new(run(&data.dataset, &data.index, q, lang)))
    });
    provide_context(catalog.clone());
    provide_context(CurrentQuery(query));
    provide_context(CurrentLang(lang));
    provide_context(CurrentOutcome(outcome));
}
