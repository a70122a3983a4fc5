//! Applying the filters to the catalogue: the ranked results and, for each facet of the facet
//! table, how many results each value would give. A facet's own selection is left out of its
//! counts (choosing a second town widens the results, so the counts must show what each town
//! would add); every other filter applies.

use std::collections::HashMap;

use crate::core::data::Dataset;
use crate::core::explore::facets::{FACETS, FacetId};
use crate::core::explore::filters::Filters;
use crate::core::explore::rows::place_passes;
use crate::core::geo::to_wgs84;
use crate::core::search::SearchIndex;
use crate::core::text::Lang;

/// Results drawn at first and added per "show more": enough to scan, and cheap enough to draw
/// that the first screen on a phone and each keystroke at 10,000 places stay quick.
pub const RESULTS_PAGE: usize = 20;

/// Each place's values in each facet, as positions in the facet's value list: built once per
/// catalogue, so counting compares small numbers instead of ids.
pub struct FacetIndex {
    facets: Vec<Indexed>,
}

struct Indexed {
    ids: Vec<String>,
    /// Place `i`'s values are `values[starts[i]..starts[i + 1]]`.
    starts: Vec<u32>,
    values: Vec<u16>,
}

impl Indexed {
    fn of(&self, place: usize) -> &[u16] {
        &self.values[self.starts[place] as usize..self.starts[place + 1] as usize]
    }
}

impl FacetIndex {
    pub fn build(d: &Dataset) -> FacetIndex {
        let facets = FACETS
            .iter()
            .map(|facet| {
                let ids = facet.ids(d);
                let position: HashMap<&str, u16> = ids.iter().enumerate().map(|(i, id)| (*id, i as u16)).collect();
                let mut starts = Vec::with_capacity(d.places.len() + 1);
                let mut values = Vec::new();
                for p in &d.places {
                    starts.push(values.len() as u32);
                    values.extend((facet.of_place)(p).into_iter().filter_map(|v| position.get(v).copied()));
                }
                starts.push(values.len() as u32);
                Indexed { ids: ids.into_iter().map(str::to_owned).collect(), starts, values }
            })
            .collect();
        FacetIndex { facets }
    }
}

/// For each facet, every value in display order with its count.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct FacetCounts(Vec<Vec<(String, usize)>>);

impl FacetCounts {
    /// The count of the value at `position` in the facet's display order.
    pub fn at(&self, facet: FacetId, position: usize) -> usize {
        self.0.get(facet as usize).and_then(|values| values.get(position)).map_or(0, |(_, n)| *n)
    }

    /// The count of a value by id (`None` for a value the facet does not have).
    pub fn of(&self, facet: FacetId, id: &str) -> Option<usize> {
        self.0.get(facet as usize)?.iter().find(|(v, _)| v == id).map(|(_, n)| *n)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Outcome {
    /// Indices into `Dataset::places`, best first.
    pub results: Vec<usize>,
    pub counts: FacetCounts,
}

pub fn run(d: &Dataset, index: &SearchIndex, facets: &FacetIndex, f: &Filters, lang: Lang) -> Outcome {
    // With no search text everything matches, already in name order.
    let matches: Vec<(usize, u32)> = match index.search(&f.q) {
        Some(hits) => hits,
        None => index.by_name(lang).iter().map(|&i| (i as usize, 0)).collect(),
    };
    // Per facet, which value positions are selected (empty: the facet passes every place).
    let selected: Vec<Vec<bool>> = FACETS
        .iter()
        .zip(&facets.facets)
        .map(|(facet, indexed)| {
            let chosen = f.facets.get(facet.id);
            if chosen.is_empty() { Vec::new() } else { indexed.ids.iter().map(|id| chosen.contains(id)).collect() }
        })
        .collect();
    let mut counts: Vec<Vec<usize>> = facets.facets.iter().map(|x| vec![0; x.ids.len()]).collect();
    let mut results = Vec::new();
    let mut passes = vec![true; FACETS.len()];
    for &(i, score) in &matches {
        // The space requirements and "search this area" are not facets: they narrow every count.
        if !place_passes(d, i, &f.spaces) {
            continue;
        }
        if let Some(area) = f.within {
            let inside = d.places[i].location.is_some_and(|l| {
                let (lat, lon) = to_wgs84(l.point);
                area.contains(lat, lon)
            });
            if !inside {
                continue;
            }
        }
        for (k, indexed) in facets.facets.iter().enumerate() {
            passes[k] = selected[k].is_empty() || indexed.of(i).iter().any(|&v| selected[k][usize::from(v)]);
        }
        let failing = passes.iter().filter(|p| !**p).count();
        if failing > 1 {
            continue;
        }
        for (k, indexed) in facets.facets.iter().enumerate() {
            // Counted in facet k when every other facet passes.
            if failing == 0 || !passes[k] {
                for &v in indexed.of(i) {
                    counts[k][usize::from(v)] += 1;
                }
            }
        }
        if failing == 0 {
            results.push((i, score));
        }
    }
    let counts =
        facets.facets.iter().zip(counts).map(|(indexed, n)| indexed.ids.iter().cloned().zip(n).collect()).collect();
    Outcome { results: rank(results, index, lang, d.places.len()), counts: FacetCounts(counts) }
}

/// Best score first, then name order. Scores take few distinct values, so walking the places in
/// name order into one bucket per score is linear where sorting 100,000 results is not.
fn rank(results: Vec<(usize, u32)>, index: &SearchIndex, lang: Lang, places: usize) -> Vec<usize> {
    let mut score_of: Vec<Option<u32>> = vec![None; places];
    for &(i, s) in &results {
        score_of[i] = Some(s);
    }
    let mut buckets: std::collections::BTreeMap<std::cmp::Reverse<u32>, Vec<usize>> = Default::default();
    for &i in index.by_name(lang) {
        if let Some(s) = score_of[i as usize] {
            buckets.entry(std::cmp::Reverse(s)).or_default().push(i as usize);
        }
    }
    buckets.into_values().flatten().collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::sample::sample;
    use crate::core::explore::rows::SpaceFilters;
    use crate::core::geo::BBox;

    /// Filters from `key=value` pairs, as the URL would give them (the URL contract itself is
    /// a higher layer).
    fn filters(pairs: &str) -> Filters {
        let mut f = Filters::default();
        for pair in pairs.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').expect("key=value");
            match key {
                "q" => f.q = value.to_owned(),
                "within" => f.within = BBox::parse(value),
                "height_min" => f.spaces = SpaceFilters { height_min: value.parse().ok(), ..SpaceFilters::default() },
                facet => {
                    let id = FACETS.iter().map(|f| f.id).find(|id| format!("{id:?}").to_lowercase() == facet);
                    f.facets.get_mut(id.expect("a facet")).push(value.to_owned());
                }
            }
        }
        f
    }

    fn outcome(q: &str) -> (Vec<String>, FacetCounts) {
        let d = sample();
        let index = SearchIndex::build(&d);
        let o = run(&d, &index, &FacetIndex::build(&d), &filters(q), Lang::En);
        (o.results.iter().map(|&i| d.places[i].id.clone()).collect(), o.counts)
    }

    fn count(counts: &FacetCounts, facet: FacetId, key: &str) -> usize {
        counts.of(facet, key).unwrap_or(usize::MAX)
    }

    #[test]
    fn no_query_lists_everything_by_name() {
        let (ids, counts) = outcome("");
        assert_eq!(ids, vec!["anting-park", "haoyuan", "xinggu", "zhengfeng"]);
        assert_eq!(count(&counts, FacetId::Kind, "project"), 2);
        assert_eq!(count(&counts, FacetId::Town, "anting"), 2);
    }

    #[test]
    fn counts_follow_the_search() {
        let (ids, counts) = outcome("q=anting");
        assert_eq!(ids, vec!["anting-park", "zhengfeng"]);
        assert_eq!(count(&counts, FacetId::Town, "anting"), 2);
        assert_eq!(count(&counts, FacetId::Town, "malu"), 0);
        assert_eq!(count(&counts, FacetId::Kind, "park"), 1);
    }

    #[test]
    fn a_facet_ignores_its_own_selection_but_not_the_others() {
        let (ids, counts) = outcome("town=anting&kind=project");
        assert_eq!(ids, vec!["zhengfeng"]);
        // Town counts apply the kind filter: only projects.
        assert_eq!(count(&counts, FacetId::Town, "malu"), 1);
        assert_eq!(count(&counts, FacetId::Town, "anting"), 1);
        // Kind counts apply the town filter but not the kind filter.
        assert_eq!(count(&counts, FacetId::Kind, "park"), 1);
        assert_eq!(count(&counts, FacetId::Kind, "project"), 1);
    }

    #[test]
    fn search_this_area_keeps_located_places_inside_the_rectangle() {
        // Haoyuan's (GCJ-02) point is 31.4245, 121.2024; in WGS-84 a few hundred metres south-west.
        let (ids, counts) = outcome("within=31.40,121.18,31.44,121.22");
        assert_eq!(ids, vec!["haoyuan"]);
        assert_eq!(count(&counts, FacetId::Kind, "project"), 0, "places without a location are outside every area");
        let (ids, _) = outcome("within=31.0,121.0,31.1,121.1");
        assert!(ids.is_empty());
    }

    #[test]
    fn values_within_a_facet_are_alternatives() {
        let (ids, _) = outcome("town=anting&town=malu&kind=project");
        assert_eq!(ids, vec!["xinggu", "zhengfeng"]);
    }

    #[test]
    fn a_place_counts_once_for_each_of_its_sectors() {
        let (_, counts) = outcome("");
        assert_eq!(count(&counts, FacetId::Sector, "icv"), 2);
        assert_eq!(count(&counts, FacetId::Sector, "energy-saving"), 1);
    }

    #[test]
    fn programmes_are_a_facet_like_any_other() {
        let (ids, counts) = outcome("");
        assert_eq!(count(&counts, FacetId::Programme, "sms"), 1);
        assert_eq!(ids.len(), 4);
        let (ids, counts) = outcome("programme=sms");
        assert_eq!(ids, vec!["haoyuan"]);
        assert_eq!(count(&counts, FacetId::Kind, "project"), 0, "other facets' counts apply the programme");
        assert_eq!(count(&counts, FacetId::Programme, "sms"), 1, "its own count ignores it");
        let (ids, _) = outcome("programme=sms&kind=project");
        assert!(ids.is_empty());
    }

    #[test]
    fn space_requirements_narrow_results_and_every_count() {
        let (ids, counts) = outcome("height_min=9");
        assert_eq!(ids, vec!["haoyuan"], "only Haoyuan publishes a clear height");
        assert_eq!(count(&counts, FacetId::Town, "anting"), 0);
        assert_eq!(counts.at(FacetId::Town, 2), 1, "by position in display order");
    }
}
