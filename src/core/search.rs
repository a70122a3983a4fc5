//! Full-text search over the catalogue: every query term must occur in some searchable field;
//! matches in names rank above matches in places, sectors and addresses, which rank above
//! matches in summaries and tenant lists.

use crate::core::model::Dataset;
use crate::core::normalize::{compact, query_terms};
use crate::core::text::Text;

/// Separates values inside a tier so a term cannot match across two of them.
const SEP: char = '|';

/// Weight of a match by the tier of the field it is in.
const TIER_WEIGHTS: [u32; 3] = [100, 20, 5];

struct Doc {
    /// Folded text by tier: 0 names and aliases; 1 town, sectors, address, kind-free context;
    /// 2 summary and tenants.
    tiers: [String; 3],
    /// The folded names alone, to reward a name that starts with a term.
    names: Vec<String>,
}

pub struct SearchIndex {
    docs: Vec<Doc>,
}

fn push_text(buf: &mut String, text: &Text) {
    for s in text.all() {
        buf.push_str(&compact(s));
        buf.push(SEP);
    }
}

impl SearchIndex {
    pub fn build(d: &Dataset) -> SearchIndex {
        let docs = d
            .places
            .iter()
            .map(|p| {
                let mut tiers: [String; 3] = Default::default();
                push_text(&mut tiers[0], &p.name);
                p.aliases.iter().for_each(|a| push_text(&mut tiers[0], a));
                if let Some(town) = p.town.as_deref().and_then(|t| d.town(t)) {
                    push_text(&mut tiers[1], &town.name);
                }
                for sector in p.sectors.iter().filter_map(|s| d.sector(s)) {
                    push_text(&mut tiers[1], &sector.name);
                }
                if let Some(address) = &p.address {
                    push_text(&mut tiers[1], address);
                }
                if let Some(summary) = &p.summary {
                    push_text(&mut tiers[2], summary);
                }
                p.tenants.iter().for_each(|t| push_text(&mut tiers[2], t));
                let names = p.name.all().chain(p.aliases.iter().flat_map(Text::all)).map(compact).collect();
                Doc { tiers, names }
            })
            .collect();
        SearchIndex { docs }
    }

    /// Places matching every term of `q`, with a relevance score; `None` when `q` has no terms
    /// (everything matches, unranked).
    pub fn search(&self, q: &str) -> Option<Vec<(usize, u32)>> {
        let terms = query_terms(q);
        if terms.is_empty() {
            return None;
        }
        let hits = self
            .docs
            .iter()
            .enumerate()
            .filter_map(|(i, doc)| {
                let mut score = 0;
                for term in &terms {
                    let tier = doc.tiers.iter().position(|t| t.contains(term.as_str()))?;
                    score += TIER_WEIGHTS[tier];
                    if tier == 0 {
                        if doc.names.iter().any(|n| n == term) {
                            score += 50;
                        } else if doc.names.iter().any(|n| n.starts_with(term.as_str())) {
                            score += 25;
                        }
                    }
                }
                Some((i, score))
            })
            .collect();
        Some(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::test_data::sample;

    fn ids(d: &Dataset, q: &str) -> Vec<String> {
        let index = SearchIndex::build(d);
        let mut hits = index.search(q).unwrap_or_default();
        hits.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        hits.into_iter().map(|(i, _)| d.places[i].id.clone()).collect()
    }

    #[test]
    fn matches_names_addresses_towns_sectors_and_summaries_in_both_languages() {
        let d = sample();
        assert_eq!(ids(&d, "haoyuan"), vec!["haoyuan"]);
        assert_eq!(ids(&d, "BEIHE highway"), vec!["haoyuan"]);
        assert_eq!(ids(&d, "ＨＡＯＹＵＡＮ"), vec!["haoyuan"], "full-width");
        assert_eq!(ids(&d, "马陆"), vec!["xinggu"]);
        assert_eq!(ids(&d, "medical devices"), vec!["haoyuan"]);
        assert_eq!(ids(&d, "canteen"), vec!["haoyuan"], "summary");
        assert!(ids(&d, "haoyuan 马陆").is_empty(), "every term must match");
    }

    #[test]
    fn name_matches_rank_above_other_fields() {
        let d = sample();
        // "anting" is in the valve project's town and in the name of the Anting park.
        assert_eq!(ids(&d, "anting"), vec!["anting-park", "zhengfeng"]);
    }

    #[test]
    fn empty_or_punctuation_only_queries_match_everything() {
        let index = SearchIndex::build(&sample());
        assert!(index.search("").is_none());
        assert!(index.search(" ,.!? ").is_none());
    }

    #[test]
    fn a_term_cannot_straddle_two_values() {
        let d = sample();
        // The Haoyuan names end in "park" and its aliases begin with "hz": "parkhz" must not match.
        assert!(ids(&d, "parkhz").is_empty());
    }
}
