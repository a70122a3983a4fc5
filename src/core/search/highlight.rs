//! What to highlight in a displayed text for a query, and whether (and how well) the text alone
//! matches the query — the same matching as the index, applied to one text.

use std::ops::Range;

use crate::core::search::matching::{find_chars, han_run, latin_word, split_han};
use crate::core::search::tokens::{Kind, Term, Token, query_terms, tokenize};
use crate::core::text::fold::fold_char;

/// The byte offset in `text` after `n` folded characters of `token` (for highlighting a prefix).
fn end_after_folded(text: &str, token: &Token, n: usize) -> usize {
    let mut count = 0;
    for (i, c) in text[token.span.clone()].char_indices() {
        if count >= n {
            return token.span.start + i;
        }
        count += match fold_char(c) {
            Some(('\0', _)) | None => 0,
            Some((_, '\0')) => 1,
            Some(_) => 2,
        };
    }
    token.span.end
}

/// Byte range of characters `chars` of a Han token.
fn han_bytes(text: &str, token: &Token, chars: Range<usize>) -> Range<usize> {
    let mut offsets = text[token.span.clone()].char_indices().map(|(i, _)| token.span.start + i);
    let start = offsets.clone().nth(chars.start).unwrap_or(token.span.end);
    let end = offsets.nth(chars.end).unwrap_or(token.span.end);
    start..end
}

/// How `term` best matches the tokens of `text`: weight and where.
fn best(text: &str, tokens: &[Token], term: &Term) -> Option<(u16, Range<usize>)> {
    let mut best: Option<(u16, Range<usize>)> = None;
    for token in tokens {
        let found = match (term, token.kind) {
            (Term::Latin(t), Kind::Word | Kind::Compound) => latin_word(t, &token.text)
                .map(|(q, n)| (q.weight(), token.span.start..end_after_folded(text, token, n))),
            (_, Kind::Han) => {
                let chars: Vec<char> = token.text.chars().collect();
                han_run(term, &chars).map(|(q, r)| (q.weight(), han_bytes(text, token, r)))
            }
            (Term::Han(_), _) => None,
        };
        if let Some(f) = found
            && best.as_ref().is_none_or(|b| f.0 > b.0)
        {
            best = Some(f);
        }
    }
    best
}

/// The query's terms, with Chinese typed without spaces split into pieces found in this text
/// (as the index splits them against the whole catalogue).
fn terms_for(tokens: &[Token], q: &str) -> Vec<Term> {
    let runs: Vec<Vec<char>> =
        tokens.iter().filter(|t| t.kind == Kind::Han).map(|t| t.text.chars().collect()).collect();
    let occurs = |piece: &[char]| runs.iter().any(|r| find_chars(r, piece).is_some());
    query_terms(q)
        .into_iter()
        .flat_map(|t| match t {
            Term::Han(chars) => split_han(&chars, occurs),
            latin => vec![latin],
        })
        .collect()
}

/// Byte ranges of `text` matched by any term of `q`, sorted and merged.
pub fn highlight(text: &str, q: &str) -> Vec<Range<usize>> {
    let tokens = tokenize(text);
    let mut ranges: Vec<Range<usize>> =
        terms_for(&tokens, q).iter().filter_map(|t| best(text, &tokens, t)).map(|(_, r)| r).collect();
    ranges.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

/// The score of `text` against every term of `q` together (`None` when a term does not match).
pub fn score(text: &str, q: &str) -> Option<u32> {
    let tokens = tokenize(text);
    let terms = terms_for(&tokens, q);
    if terms.is_empty() {
        return None;
    }
    terms.iter().map(|t| best(text, &tokens, t).map(|(w, _)| u32::from(w))).sum()
}

/// `text` cut into (piece, highlighted) runs for display.
pub fn segments<'a>(text: &'a str, q: &str) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for r in highlight(text, q) {
        if r.start > at {
            out.push((&text[at..r.start], false));
        }
        out.push((&text[r.clone()], true));
        at = r.end;
    }
    if at < text.len() {
        out.push((&text[at..], false));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn marked(text: &str, q: &str) -> Vec<String> {
        highlight(text, q).into_iter().map(|r| text[r].to_owned()).collect()
    }

    #[test]
    fn highlights_word_prefixes_whole_fuzzy_words_and_chinese() {
        assert_eq!(marked("Haoyuan Smart Manufacturing Park", "haoyuan manu"), vec!["Haoyuan", "Manu"]);
        assert_eq!(marked("Haoyuan Smart Manufacturing Park", "manufactring"), vec!["Manufacturing"]);
        assert_eq!(marked("Valéo base", "vale"), vec!["Valé"], "prefix counted in folded letters");
        assert_eq!(marked("上海国际汽车城", "汽车"), vec!["汽车"]);
        assert_eq!(marked("上海国际汽车城", "qiche"), vec!["汽车"], "pinyin highlights the characters");
        assert_eq!(marked("安亭镇 Anting", "at"), vec!["安亭"]);
        assert_eq!(marked("安亭国际医疗产业园", "安亭医疗"), vec!["安亭", "医疗"]);
        assert!(marked("Haoyuan", "zzz").is_empty());
    }

    #[test]
    fn overlapping_matches_merge() {
        assert_eq!(marked("Liandong U-Valley", "uvalley valley"), vec!["U-Valley"]);
    }

    #[test]
    fn segments_cover_the_whole_text() {
        let s = segments("Anting Town", "anti");
        assert_eq!(s, vec![("Anti", true), ("ng Town", false)]);
        assert_eq!(s.iter().map(|(t, _)| *t).collect::<String>(), "Anting Town");
    }

    #[test]
    fn score_requires_every_term() {
        assert!(score("安亭镇 Anting Town", "anting town").is_some());
        assert!(score("安亭镇 Anting Town", "anting malu").is_none());
        assert!(score("Anting Town", "anting").unwrap() > score("Anting Town", "anti").unwrap());
    }
}
