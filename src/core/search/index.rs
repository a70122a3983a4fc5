//! The search index: every distinct token of the catalogue with the places and fields it occurs
//! in. A query term is matched against the vocabulary once (exact, word prefix, typo, pinyin,
//! Chinese characters), not against every place, so search stays fast at 100,000 places.
//! Every term must match; the best match of each term counts, by field and by quality.

use std::collections::HashMap;

use crate::core::data::Dataset;
use crate::core::search::matching::{Quality, find_chars, han_run, latin_word, split_han};
use crate::core::search::tokens::{Kind, Term, query_terms, tokenize};
use crate::core::text::pinyin;
use crate::core::text::{Lang, Text};

/// Fields by weight: 0 names and aliases; 1 town, sectors, address; 2 summary and tenants.
pub const TIERS: usize = 3;
const TIER_WEIGHT: [u16; TIERS] = [10, 3, 1];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct Posting {
    place: u32,
    tier: u8,
}

pub struct SearchIndex {
    /// Folded words and compounds, sorted, each with where it occurs.
    words: Vec<(String, Vec<Posting>)>,
    /// Runs of Chinese characters, each with where it occurs.
    han: Vec<(Vec<char>, Vec<Posting>)>,
    places: usize,
    /// Places in name order, per language (English, Chinese by pinyin).
    by_name: [Vec<u32>; 2],
    /// Each place's position in `by_name`, per language.
    name_rank: [Vec<u32>; 2],
}

fn lang_slot(lang: Lang) -> usize {
    match lang {
        Lang::En => 0,
        Lang::Zh => 1,
    }
}

/// The texts of each tier of a place, for indexing.
pub fn tier_texts(d: &Dataset, i: usize) -> [Vec<&str>; TIERS] {
    let p = &d.places[i];
    let mut tiers: [Vec<&str>; TIERS] = Default::default();
    tiers[0].extend(p.name.all());
    tiers[0].extend(p.aliases.iter().flat_map(Text::all));
    if let Some(town) = p.town.as_deref().and_then(|t| d.town(t)) {
        tiers[1].extend(town.name.all());
    }
    for sector in p.sectors.iter().filter_map(|s| d.sector(s)) {
        tiers[1].extend(sector.name.all());
    }
    tiers[1].extend(p.address.iter().flat_map(Text::all));
    tiers[2].extend(p.summary.iter().flat_map(Text::all));
    tiers[2].extend(p.tenants.iter().flat_map(Text::all));
    tiers
}

impl SearchIndex {
    pub fn build(d: &Dataset) -> SearchIndex {
        let mut words: HashMap<String, Vec<Posting>> = HashMap::new();
        let mut han: HashMap<Vec<char>, Vec<Posting>> = HashMap::new();
        // Token texts repeat across tiers and places: remember the last posting to skip duplicates.
        for i in 0..d.places.len() {
            for (tier, texts) in tier_texts(d, i).iter().enumerate() {
                let posting = Posting { place: i as u32, tier: tier as u8 };
                for text in texts {
                    for token in tokenize(text) {
                        let list = match token.kind {
                            Kind::Word | Kind::Compound => words.entry(token.text).or_default(),
                            Kind::Han => han.entry(token.text.chars().collect()).or_default(),
                        };
                        if list.last() != Some(&posting) {
                            list.push(posting);
                        }
                    }
                }
            }
        }
        let mut words: Vec<_> = words.into_iter().collect();
        words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let han: Vec<_> = han.into_iter().collect();
        let order = |lang: Lang| {
            let mut keys: Vec<(String, u32)> = d
                .places
                .iter()
                .enumerate()
                .map(|(i, p)| (pinyin::sort_key(p.name.pick(lang).text), i as u32))
                .collect();
            keys.sort_unstable();
            keys.into_iter().map(|(_, i)| i).collect::<Vec<u32>>()
        };
        let by_name = [order(Lang::En), order(Lang::Zh)];
        let rank = |order: &[u32]| {
            let mut rank = vec![0u32; order.len()];
            for (r, &i) in order.iter().enumerate() {
                rank[i as usize] = r as u32;
            }
            rank
        };
        let name_rank = [rank(&by_name[0]), rank(&by_name[1])];
        SearchIndex { words, han, places: d.places.len(), by_name, name_rank }
    }

    /// Every place, in name order.
    pub fn by_name(&self, lang: Lang) -> &[u32] {
        &self.by_name[lang_slot(lang)]
    }

    /// A place's position in name order.
    pub fn name_rank(&self, place: usize, lang: Lang) -> u32 {
        self.name_rank[lang_slot(lang)][place]
    }

    /// The best score of `term` for each place (0: no match), counting only the given tiers.
    fn term_scores(&self, term: &Term, tiers: [bool; TIERS]) -> Vec<u16> {
        let mut scores = vec![0u16; self.places];
        let mut bump = |postings: &[Posting], q: Quality| {
            for p in postings {
                if tiers[usize::from(p.tier)] {
                    let s = q.weight() * TIER_WEIGHT[usize::from(p.tier)];
                    let slot = &mut scores[p.place as usize];
                    *slot = (*slot).max(s);
                }
            }
        };
        if let Term::Latin(t) = term {
            // Exact and prefix matches are a contiguous range of the sorted vocabulary.
            let start = self.words.partition_point(|(w, _)| w.as_str() < t.as_str());
            let mut end = start;
            for (w, postings) in &self.words[start..] {
                if !w.starts_with(t.as_str()) {
                    break;
                }
                bump(postings, if w == t { Quality::Exact } else { Quality::Prefix });
                end += 1;
            }
            for (w, postings) in self.words[..start].iter().chain(&self.words[end..]) {
                if let Some((Quality::Fuzzy, _)) = latin_word(t, w) {
                    bump(postings, Quality::Fuzzy);
                }
            }
        }
        for (run, postings) in &self.han {
            if let Some((q, _)) = han_run(term, run) {
                bump(postings, q);
            }
        }
        scores
    }

    /// Chinese typed without spaces is split into pieces found somewhere in the catalogue.
    fn expand(&self, terms: Vec<Term>) -> Vec<Term> {
        let occurs = |piece: &[char]| self.han.iter().any(|(run, _)| find_chars(run, piece).is_some());
        terms
            .into_iter()
            .flat_map(|term| match term {
                Term::Han(chars) => split_han(&chars, occurs),
                latin => vec![latin],
            })
            .collect()
    }

    /// Places matching every term of `q` with their scores; `None` when `q` has no terms.
    pub fn search(&self, q: &str) -> Option<Vec<(usize, u32)>> {
        self.search_tiers(q, [true; TIERS])
    }

    /// As [`search`](Self::search), counting only matches in the given tiers.
    pub fn search_tiers(&self, q: &str, tiers: [bool; TIERS]) -> Option<Vec<(usize, u32)>> {
        let terms = self.expand(query_terms(q));
        if terms.is_empty() {
            return None;
        }
        // Syllables typed with spaces ("an ting", "u valley") are usually one word: when the Latin
        // terms run together match something, search for that instead.
        let latin: Vec<&str> =
            terms.iter().filter_map(|t| if let Term::Latin(s) = t { Some(s.as_str()) } else { None }).collect();
        if latin.len() >= 2 {
            let joined = Term::Latin(latin.concat());
            if self.term_scores(&joined, tiers).iter().any(|&s| s > 0) {
                let mut one_word: Vec<Term> = terms.iter().filter(|t| matches!(t, Term::Han(_))).cloned().collect();
                one_word.push(joined);
                let hits = self.all_terms(&one_word, tiers);
                if !hits.is_empty() {
                    return Some(hits);
                }
            }
        }
        Some(self.all_terms(&terms, tiers))
    }

    /// Places matching every one of `terms`, with the sum of each term's best score.
    fn all_terms(&self, terms: &[Term], tiers: [bool; TIERS]) -> Vec<(usize, u32)> {
        let mut total: Vec<u32> = vec![0; self.places];
        let mut alive = vec![true; self.places];
        for term in terms {
            for (i, s) in self.term_scores(term, tiers).into_iter().enumerate() {
                if s == 0 {
                    alive[i] = false;
                } else {
                    total[i] += u32::from(s);
                }
            }
        }
        (0..self.places).filter(|&i| alive[i]).map(|i| (i, total[i])).collect()
    }

    /// When nothing matches every term: the places matching the most terms, best first (at most
    /// `limit`). Used to suggest what the user may have meant.
    pub fn nearest(&self, q: &str, limit: usize) -> Vec<usize> {
        let terms = self.expand(query_terms(q));
        let mut matched = vec![(0u32, 0u32); self.places];
        for term in &terms {
            for (i, s) in self.term_scores(term, [true; TIERS]).into_iter().enumerate() {
                if s > 0 {
                    matched[i].0 += 1;
                    matched[i].1 += u32::from(s);
                }
            }
        }
        let mut best: Vec<usize> = (0..self.places).filter(|&i| matched[i].0 > 0).collect();
        best.sort_by(|&a, &b| matched[b].cmp(&matched[a]).then(a.cmp(&b)));
        best.truncate(limit);
        best
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::data::sample::sample;

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
        assert_eq!(ids(&d, "食堂"), vec!["haoyuan"], "Chinese summary");
        assert!(ids(&d, "haoyuan 马陆").is_empty(), "every term must match");
    }

    #[test]
    fn word_prefixes_match_but_not_the_middle_of_words() {
        let d = sample();
        assert_eq!(ids(&d, "hao"), vec!["haoyuan"]);
        assert_eq!(ids(&d, "manufac"), vec!["haoyuan"]);
        assert!(ids(&d, "oyuan").is_empty());
    }

    #[test]
    fn one_typo_is_forgiven_in_longer_words() {
        let d = sample();
        assert_eq!(ids(&d, "haoyaun"), vec!["haoyuan"], "swapped letters");
        assert_eq!(ids(&d, "zhengfen"), vec!["zhengfeng"], "prefix");
        assert_eq!(ids(&d, "zhangfeng"), vec!["zhengfeng"], "substitution");
        assert!(ids(&d, "hayo").is_empty(), "short words must be typed right");
    }

    #[test]
    fn pinyin_full_spaced_and_initials_and_mixed_queries() {
        let d = sample();
        // 马陆镇 is Xinggu's town; 安亭 the valve project's town and in the Anting park's name.
        assert_eq!(ids(&d, "malu"), vec!["xinggu"]);
        assert_eq!(ids(&d, "ma lu"), vec!["xinggu"]);
        assert_eq!(ids(&d, "an ting"), ids(&d, "anting"), "spaced syllables read as one word");
        assert_eq!(ids(&d, "hz park"), vec!["haoyuan"], "unless run together they match nothing");
        assert_eq!(ids(&d, "mlz"), vec!["xinggu"], "initials");
        assert_eq!(ids(&d, "anting"), vec!["anting-park", "zhengfeng"]);
        assert_eq!(ids(&d, "anting valve"), vec!["zhengfeng"], "mixed pinyin and English");
        assert_eq!(ids(&d, "安亭 valve"), vec!["zhengfeng"], "mixed Chinese and English");
        assert_eq!(ids(&d, "anting医疗"), vec!["anting-park"], "mixed scripts without a space");
    }

    #[test]
    fn chinese_typed_without_spaces_is_split_into_known_words() {
        let d = sample();
        assert_eq!(ids(&d, "安亭医疗产业园"), vec!["anting-park"]);
        assert_eq!(ids(&d, "安亭国际医疗"), vec!["anting-park"]);
        assert!(ids(&d, "安亭北京").is_empty(), "a character found nowhere matches nothing");
    }

    #[test]
    fn names_rank_above_other_fields_and_exact_above_prefix_above_fuzzy() {
        let d = sample();
        // "anting" is in the park's name and in the valve project's town.
        assert_eq!(ids(&d, "anting"), vec!["anting-park", "zhengfeng"]);
        let index = SearchIndex::build(&d);
        let score = |q: &str| index.search(q).unwrap_or_default().first().map(|h| h.1).unwrap_or(0);
        assert!(score("haoyuan") > score("haoyu"), "exact above prefix");
        assert!(score("haoyu") > score("haoyaun"), "prefix above fuzzy");
        assert!(score("haoyaun") > score("beihe"), "a fuzzy name match above an exact address match");
    }

    #[test]
    fn empty_or_punctuation_only_queries_match_everything() {
        let index = SearchIndex::build(&sample());
        assert!(index.search("").is_none());
        assert!(index.search(" ,.!? ").is_none());
    }

    #[test]
    fn punctuation_inside_a_name_is_optional_but_a_space_is_not() {
        let mut d = sample();
        // The sample's alias "HZ Park" has a space: typed together, the two words are not a word.
        assert_eq!(ids(&d, "hzpark"), Vec::<String>::new());
        assert_eq!(ids(&d, "hz park"), vec!["haoyuan"]);
        // Joined by punctuation they are one word, typed with or without it.
        d.places[0].aliases = vec![Text::en("HZ-Park")];
        assert_eq!(ids(&d, "hzpark"), vec!["haoyuan"]);
        assert_eq!(ids(&d, "hz-park"), vec!["haoyuan"]);
        assert_eq!(ids(&d, "hz park"), vec!["haoyuan"]);
    }

    #[test]
    fn nearest_offers_the_places_matching_most_terms() {
        let d = sample();
        let index = SearchIndex::build(&d);
        assert!(index.search("haoyuan 马陆").is_some_and(|h| h.is_empty()));
        let near: Vec<&str> = index.nearest("haoyuan 马陆", 5).into_iter().map(|i| d.places[i].id.as_str()).collect();
        assert_eq!(near, vec!["haoyuan", "xinggu"]);
    }

    #[test]
    fn chinese_names_sort_by_pinyin() {
        let d = sample();
        let index = SearchIndex::build(&d);
        let names: Vec<&str> =
            index.by_name(Lang::Zh).iter().map(|&i| d.places[i as usize].name.pick(Lang::Zh).text).collect();
        assert_eq!(names[0], "安亭国际医疗产业园", "安 (an) before Haoyuan and the rest");
    }
}
