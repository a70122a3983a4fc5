//! Applying a query to the catalogue: the ranked results and, for each facet, how many results
//! each value would give. A facet's own selection is left out of its counts (choosing a second
//! town widens the results, so the counts must show what each town would add).

use crate::core::map_state::to_wgs84;
use crate::core::model::{Dataset, Kind, Place, Status};
use crate::core::query::Query;
use crate::core::search::SearchIndex;
use crate::core::spaces::place_passes;
use crate::core::text::Lang;

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct FacetCounts {
    /// Every town in file order, with its count.
    pub towns: Vec<(String, usize)>,
    /// Every sector in file order, with its count.
    pub sectors: Vec<(String, usize)>,
    pub kinds: Vec<(Kind, usize)>,
    pub statuses: Vec<(Status, usize)>,
}

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Outcome {
    /// Indices into `Dataset::places`, best first.
    pub results: Vec<usize>,
    pub counts: FacetCounts,
}

/// Which facets a place passes.
struct Pass {
    town: bool,
    sector: bool,
    kind: bool,
    status: bool,
}

fn pass(p: &Place, q: &Query) -> Pass {
    Pass {
        town: q.towns.is_empty() || p.town.as_ref().is_some_and(|t| q.towns.contains(t)),
        sector: q.sectors.is_empty() || p.sectors.iter().any(|s| q.sectors.contains(s)),
        kind: q.kinds.is_empty() || q.kinds.contains(&p.kind),
        status: q.statuses.is_empty() || q.statuses.contains(&p.status),
    }
}

pub fn run(d: &Dataset, index: &SearchIndex, q: &Query, lang: Lang) -> Outcome {
    // With no search text everything matches, already in name order.
    let matches: Vec<(usize, u32)> = match index.search(&q.q) {
        Some(hits) => hits,
        None => index.by_name(lang).iter().map(|&i| (i as usize, 0)).collect(),
    };
    let mut town_counts = vec![0usize; d.towns.len()];
    let mut sector_counts = vec![0usize; d.sectors.len()];
    let mut kind_counts = vec![0usize; Kind::ALL.len()];
    let mut status_counts = vec![0usize; Status::ALL.len()];
    let mut results = Vec::new();
    for &(i, score) in &matches {
        let p = &d.places[i];
        // The space filters and "search this area" are not facets: they narrow every count.
        if !place_passes(d, i, &q.spaces) {
            continue;
        }
        if let Some(area) = q.within {
            let inside = p.location.is_some_and(|l| {
                let (lat, lon) = to_wgs84(l.point);
                area.contains(lat, lon)
            });
            if !inside {
                continue;
            }
        }
        let ok = pass(p, q);
        if ok.sector
            && ok.kind
            && ok.status
            && let Some(t) = p.town.as_ref().and_then(|t| d.towns.iter().position(|town| &town.id == t))
        {
            town_counts[t] += 1;
        }
        if ok.town && ok.kind && ok.status {
            for s in &p.sectors {
                if let Some(j) = d.sectors.iter().position(|sector| &sector.id == s) {
                    sector_counts[j] += 1;
                }
            }
        }
        if ok.town
            && ok.sector
            && ok.status
            && let Some(k) = Kind::ALL.iter().position(|k| *k == p.kind)
        {
            kind_counts[k] += 1;
        }
        if ok.town
            && ok.sector
            && ok.kind
            && let Some(s) = Status::ALL.iter().position(|s| *s == p.status)
        {
            status_counts[s] += 1;
        }
        if ok.town && ok.sector && ok.kind && ok.status {
            results.push((i, score));
        }
    }
    Outcome {
        results: rank(results, index, lang, d.places.len()),
        counts: FacetCounts {
            towns: d.towns.iter().zip(town_counts).map(|(t, n)| (t.id.clone(), n)).collect(),
            sectors: d.sectors.iter().zip(sector_counts).map(|(s, n)| (s.id.clone(), n)).collect(),
            kinds: Kind::ALL.iter().copied().zip(kind_counts).collect(),
            statuses: Status::ALL.iter().copied().zip(status_counts).collect(),
        },
    }
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
    use crate::core::test_data::sample;

    fn outcome(q: &str) -> (Vec<String>, FacetCounts) {
        let d = sample();
        let index = SearchIndex::build(&d);
        let o = run(&d, &index, &Query::parse(q), Lang::En);
        (o.results.iter().map(|&i| d.places[i].id.clone()).collect(), o.counts)
    }

    fn count<T: PartialEq>(list: &[(T, usize)], key: T) -> usize {
        list.iter().find(|(k, _)| *k == key).map_or(usize::MAX, |(_, n)| *n)
    }

    #[test]
    fn no_query_lists_everything_by_name() {
        let (ids, counts) = outcome("");
        assert_eq!(ids, vec!["anting-park", "haoyuan", "xinggu", "zhengfeng"]);
        assert_eq!(count(&counts.kinds, Kind::Project), 2);
        assert_eq!(count(&counts.towns, "anting".to_string()), 2);
    }

    #[test]
    fn counts_follow_the_search() {
        let (ids, counts) = outcome("q=anting");
        assert_eq!(ids, vec!["anting-park", "zhengfeng"]);
        assert_eq!(count(&counts.towns, "anting".to_string()), 2);
        assert_eq!(count(&counts.towns, "malu".to_string()), 0);
        assert_eq!(count(&counts.kinds, Kind::Park), 1);
    }

    #[test]
    fn a_facet_ignores_its_own_selection_but_not_the_others() {
        let (ids, counts) = outcome("town=anting&kind=project");
        assert_eq!(ids, vec!["zhengfeng"]);
        // Town counts apply the kind filter: only projects.
        assert_eq!(count(&counts.towns, "malu".to_string()), 1);
        assert_eq!(count(&counts.towns, "anting".to_string()), 1);
        // Kind counts apply the town filter but not the kind filter.
        assert_eq!(count(&counts.kinds, Kind::Park), 1);
        assert_eq!(count(&counts.kinds, Kind::Project), 1);
    }

    #[test]
    fn search_this_area_keeps_located_places_inside_the_rectangle() {
        // Haoyuan's (GCJ-02) point is 31.4245, 121.2024; in WGS-84 a few hundred metres south-west.
        let (ids, counts) = outcome("within=31.40,121.18,31.44,121.22");
        assert_eq!(ids, vec!["haoyuan"]);
        assert_eq!(count(&counts.kinds, Kind::Project), 0, "places without a location are outside every area");
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
        assert_eq!(count(&counts.sectors, "icv".to_string()), 2);
        assert_eq!(count(&counts.sectors, "energy-saving".to_string()), 1);
    }
}
