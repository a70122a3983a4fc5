//! How one query term matches one token — shared by the search index (which matches terms
//! against its vocabulary) and the highlighter (which matches them against displayed text).

use std::ops::Range;

use crate::core::search::tokens::Term;
use crate::core::text::pinyin::{self, PinyinMatch};

/// How well a term matched, best last. Exact beats prefix beats fuzzy (see [`Quality::weight`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Quality {
    /// Within one edit of a word (words of five or more letters).
    Fuzzy,
    /// Pinyin by initials or an unfinished syllable: `at` for 安亭.
    PinyinPartial,
    /// The start of a word: `manu` for manufacturing.
    Prefix,
    /// Whole pinyin syllables: `anting` for 安亭.
    PinyinFull,
    /// Chinese characters inside a longer run.
    HanPart,
    /// The whole word, or the whole run of characters.
    Exact,
}

impl Quality {
    pub fn weight(self) -> u16 {
        match self {
            Quality::Fuzzy => 4,
            Quality::PinyinPartial => 6,
            Quality::Prefix | Quality::PinyinFull => 8,
            Quality::HanPart => 9,
            Quality::Exact => 10,
        }
    }
}

impl From<PinyinMatch> for Quality {
    fn from(m: PinyinMatch) -> Quality {
        match m {
            PinyinMatch::Full => Quality::PinyinFull,
            PinyinMatch::Partial => Quality::PinyinPartial,
        }
    }
}

/// Typos are forgiven only in words this long (shorter ones would match too much).
pub const FUZZY_MIN_CHARS: usize = 5;

/// Whether `a` becomes `b` with at most one insertion, deletion, substitution or swap of
/// neighbouring letters.
pub fn within_one_edit<T: PartialEq>(a: &[T], b: &[T]) -> bool {
    if a.len().abs_diff(b.len()) > 1 {
        return false;
    }
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (ra, rb) = (&a[prefix..], &b[prefix..]);
    match (ra.len(), rb.len()) {
        (0, 0) | (1, 0) | (0, 1) => true,
        (x, y) if x == y => ra[1..] == rb[1..] || (x >= 2 && ra[0] == rb[1] && ra[1] == rb[0] && ra[2..] == rb[2..]),
        (x, y) if x > y => ra[1..] == *rb,
        _ => *ra == rb[1..],
    }
}

/// A typo-tolerant match of `term` against `word`: the word, or its beginning, within one edit.
pub fn fuzzy(term: &str, word: &str) -> bool {
    // Cheap rejections first: this runs over the whole vocabulary on every keystroke.
    let (tb, wb) = (term.as_bytes(), word.as_bytes());
    if wb.len() + 1 < tb.len()
        || tb.first().is_some_and(u8::is_ascii_digit)
        || wb.first().is_some_and(u8::is_ascii_digit)
    {
        return false;
    }
    if term.is_ascii() && word.is_ascii() {
        if tb.len() < FUZZY_MIN_CHARS {
            return false;
        }
        return (tb.len() - 1..=tb.len() + 1).filter(|&n| n <= wb.len()).any(|n| within_one_edit(tb, &wb[..n]));
    }
    let t: Vec<char> = term.chars().collect();
    if t.len() < FUZZY_MIN_CHARS {
        return false;
    }
    let w: Vec<char> = word.chars().collect();
    (t.len() - 1..=t.len() + 1).filter(|&n| n <= w.len()).any(|n| within_one_edit(&t, &w[..n]))
}

/// How a Latin term matches a folded word, if at all; with the number of the word's folded
/// characters that matched (for highlighting a prefix).
pub fn latin_word(term: &str, word: &str) -> Option<(Quality, usize)> {
    if word == term {
        Some((Quality::Exact, word.chars().count()))
    } else if word.starts_with(term) {
        Some((Quality::Prefix, term.chars().count()))
    } else if fuzzy(term, word) {
        Some((Quality::Fuzzy, word.chars().count()))
    } else {
        None
    }
}

/// Where `needle` occurs in `hay` (character positions).
pub fn find_chars(hay: &[char], needle: &[char]) -> Option<usize> {
    if needle.is_empty() || needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Chinese typed without spaces ("安亭法雷奥") split into the longest pieces that `occurs`
/// (somewhere in the catalogue, or in one text), each a term of its own. A character found
/// nowhere leaves the whole run as one term, which then matches nothing.
pub fn split_han(chars: &[char], occurs: impl Fn(&[char]) -> bool) -> Vec<Term> {
    if occurs(chars) {
        return vec![Term::Han(chars.to_vec())];
    }
    let mut pieces = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match (i + 1..=chars.len()).rev().find(|&j| occurs(&chars[i..j])) {
            Some(j) => {
                pieces.push(Term::Han(chars[i..j].to_vec()));
                i = j;
            }
            None => return vec![Term::Han(chars.to_vec())],
        }
    }
    pieces
}

/// How a term matches a run of Chinese characters, and which characters matched.
pub fn han_run(term: &Term, run: &[char]) -> Option<(Quality, Range<usize>)> {
    match term {
        Term::Han(h) => {
            let at = find_chars(run, h)?;
            let q = if h.len() == run.len() { Quality::Exact } else { Quality::HanPart };
            Some((q, at..at + h.len()))
        }
        Term::Latin(t) => {
            let (start, len, kind) = pinyin::find(run, t)?;
            Some((kind.into(), start..start + len))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn one_edit_means_one_insertion_deletion_substitution_or_swap() {
        for (a, b) in [
            ("lidar", "lidar"),
            ("lidar", "lidars"),
            ("lidars", "lidar"),
            ("lidar", "lodar"),
            ("lidar", "ildar"),
            ("valeo", "vaelo"),
        ] {
            assert!(within_one_edit(&chars(a), &chars(b)), "{a} {b}");
        }
        for (a, b) in [("lidar", "radar"), ("lidar", "li"), ("valeo", "vlaeo0"), ("abcde", "badce")] {
            assert!(!within_one_edit(&chars(a), &chars(b)), "{a} {b}");
        }
    }

    #[test]
    fn fuzzy_needs_five_letters_and_forgives_one_typo_in_a_word_or_its_start() {
        assert!(fuzzy("manufactring", "manufacturing"));
        assert!(fuzzy("hydorgen", "hydrogen"));
        assert!(fuzzy("manifa", "manufacturing"), "a typo while still typing");
        assert!(!fuzzy("lidr", "lidar"), "four letters: no typo tolerance");
        assert!(!fuzzy("12345", "12346"), "numbers are not words");
        assert!(!fuzzy("hydrogen", "hydro"));
    }

    #[test]
    fn exact_prefix_fuzzy_ranking_order() {
        assert_eq!(latin_word("valeo", "valeo"), Some((Quality::Exact, 5)));
        assert_eq!(latin_word("val", "valeo"), Some((Quality::Prefix, 3)));
        assert_eq!(latin_word("vaelo", "valeo"), Some((Quality::Fuzzy, 5)));
        assert_eq!(latin_word("lley", "valley"), None, "word-prefix, not substring");
        assert_eq!(latin_word("alley", "valley"), Some((Quality::Fuzzy, 6)), "but one missing letter is a typo");
        assert!(
            Quality::Exact.weight() > Quality::Prefix.weight() && Quality::Prefix.weight() > Quality::Fuzzy.weight()
        );
    }

    #[test]
    fn chinese_runs_split_into_the_longest_known_pieces() {
        let known = ["安亭", "法雷奥", "安亭镇"].map(chars);
        let occurs = |piece: &[char]| known.iter().any(|k| find_chars(k, piece).is_some());
        assert_eq!(split_han(&chars("安亭法雷奥"), occurs), vec![Term::Han(chars("安亭")), Term::Han(chars("法雷奥"))]);
        assert_eq!(split_han(&chars("安亭镇"), occurs), vec![Term::Han(chars("安亭镇"))], "known as a whole");
        assert_eq!(split_han(&chars("安亭北京"), occurs), vec![Term::Han(chars("安亭北京"))], "北 is nowhere");
    }

    #[test]
    fn han_runs_match_characters_or_pinyin() {
        let run = chars("安亭国际汽车城");
        assert_eq!(han_run(&Term::Han(chars("汽车")), &run), Some((Quality::HanPart, 4..6)));
        assert_eq!(han_run(&Term::Han(run.clone()), &run), Some((Quality::Exact, 0..7)));
        assert_eq!(han_run(&Term::Latin("qiche".into()), &run), Some((Quality::PinyinFull, 4..6)));
        assert_eq!(han_run(&Term::Latin("at".into()), &run), Some((Quality::PinyinPartial, 0..2)));
        assert_eq!(han_run(&Term::Han(chars("北京")), &run), None);
    }
}
