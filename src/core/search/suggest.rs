//! Suggestions while typing: towns, sectors and places whose names match what has been typed.

use crate::core::data::Dataset;
use crate::core::search::highlight::score;
use crate::core::search::index::SearchIndex;
use crate::core::text::{Lang, Text};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Place(usize),
    Town(String),
    Sector(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub target: Target,
    /// The name shown (in the chosen language, else the other).
    pub label: String,
    pub label_lang: Lang,
}

/// Towns and sectors suggested at most, before places.
const MAX_GROUPS: usize = 3;

fn name_score(name: &Text, q: &str) -> Option<u32> {
    name.all().filter_map(|text| score(text, q)).max()
}

/// Up to `limit` suggestions for `q`: matching towns and sectors first (a filter is usually
/// what someone typing a town's name wants), then places by name.
pub fn suggest(d: &Dataset, index: &SearchIndex, q: &str, lang: Lang, limit: usize) -> Vec<Suggestion> {
    if q.trim().is_empty() {
        return Vec::new();
    }
    let mut groups: Vec<(u32, Suggestion)> = Vec::new();
    for town in &d.towns {
        if let Some(s) = name_score(&town.name, q) {
            let p = town.name.pick(lang);
            groups.push((
                s,
                Suggestion { target: Target::Town(town.id.clone()), label: p.text.to_owned(), label_lang: p.lang },
            ));
        }
    }
    for sector in &d.sectors {
        if let Some(s) = name_score(&sector.name, q) {
            let p = sector.name.pick(lang);
            groups.push((
                s,
                Suggestion { target: Target::Sector(sector.id.clone()), label: p.text.to_owned(), label_lang: p.lang },
            ));
        }
    }
    groups.sort_by_key(|g| std::cmp::Reverse(g.0));
    let mut out: Vec<Suggestion> = groups.into_iter().take(MAX_GROUPS.min(limit)).map(|(_, s)| s).collect();
    let mut places = index.search_tiers(q, [true, false, false]).unwrap_or_default();
    places.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| index.name_rank(a.0, lang).cmp(&index.name_rank(b.0, lang))));
    for (i, _) in places.into_iter().take(limit.saturating_sub(out.len())) {
        let p = d.places[i].name.pick(lang);
        out.push(Suggestion { target: Target::Place(i), label: p.text.to_owned(), label_lang: p.lang });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::sample::sample;

    fn labels(q: &str) -> Vec<String> {
        let d = sample();
        let index = SearchIndex::build(&d);
        suggest(&d, &index, q, Lang::En, 8).into_iter().map(|s| s.label).collect()
    }

    #[test]
    fn towns_and_sectors_come_before_places() {
        assert_eq!(labels("anting"), vec!["Anting Town", "Anting Medical Park"]);
        assert_eq!(labels("medical"), vec!["Medical devices", "Anting Medical Park"]);
    }

    #[test]
    fn places_are_suggested_by_name_only_and_pinyin_works() {
        assert_eq!(labels("hao"), vec!["Haoyuan Smart Manufacturing Industrial Park"]);
        assert_eq!(labels("canteen"), Vec::<String>::new(), "summaries do not suggest");
        assert_eq!(labels("ml"), vec!["Malu Town"], "initials of 马陆");
        assert!(labels("").is_empty());
    }
}
