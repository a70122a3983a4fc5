//! Splitting text into searchable tokens that remember where they are in the original, so the
//! same matching can both find places and highlight what matched.

use std::ops::Range;

use crate::core::text::fold::fold_char;
use crate::core::text::pinyin::is_han;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Letters and digits, folded: "Valéo" → "valeo".
    Word,
    /// Words joined by punctuation without spaces, as one: "U-Valley" → "uvalley", "3+16" → "316".
    Compound,
    /// A run of Chinese characters, as written.
    Han,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    /// Folded text (for Han runs, the characters themselves).
    pub text: String,
    /// Byte range in the original text.
    pub span: Range<usize>,
}

/// The tokens of `s`, in order. Compounds follow the words they join.
pub fn tokenize(s: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut word: Option<Token> = None;
    let mut han: Option<Token> = None;
    // Words since the last space, for compounds.
    let mut joined: Vec<Token> = Vec::new();
    let flush_compound = |joined: &mut Vec<Token>, out: &mut Vec<Token>| {
        if joined.len() > 1 {
            let text = joined.iter().map(|t| t.text.as_str()).collect();
            let span = joined[0].span.start..joined[joined.len() - 1].span.end;
            out.push(Token { kind: Kind::Compound, text, span });
        }
        joined.clear();
    };
    for (i, c) in s.char_indices() {
        let end = i + c.len_utf8();
        if is_han(c) {
            if let Some(w) = word.take() {
                joined.push(w.clone());
                out.push(w);
            }
            flush_compound(&mut joined, &mut out);
            match &mut han {
                Some(t) => {
                    t.text.push(c);
                    t.span.end = end;
                }
                None => han = Some(Token { kind: Kind::Han, text: c.to_string(), span: i..end }),
            }
            continue;
        }
        if let Some(h) = han.take() {
            out.push(h);
        }
        match fold_char(c) {
            // A combining accent belongs to the word it follows.
            Some(('\0', _)) => {
                if let Some(w) = &mut word {
                    w.span.end = end;
                }
            }
            Some((a, b)) => {
                let w = word.get_or_insert_with(|| Token { kind: Kind::Word, text: String::new(), span: i..i });
                w.text.push(a);
                if b != '\0' {
                    w.text.push(b);
                }
                w.span.end = end;
            }
            None => {
                if let Some(w) = word.take() {
                    joined.push(w.clone());
                    out.push(w);
                }
                if c.is_whitespace() {
                    flush_compound(&mut joined, &mut out);
                }
            }
        }
    }
    if let Some(w) = word.take() {
        joined.push(w.clone());
        out.push(w);
    }
    flush_compound(&mut joined, &mut out);
    if let Some(h) = han.take() {
        out.push(h);
    }
    out
}

/// One part of a query: Latin letters and digits (folded, punctuation removed), or Chinese.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Term {
    Latin(String),
    Han(Vec<char>),
}

/// The terms of a query: split at spaces and punctuation of either script, and where the script
/// changes. ("U-Valley" is two terms, matching the words of "U-Valley" or "U Valley"; typed as
/// "uvalley" it matches the compound.)
pub fn query_terms(q: &str) -> Vec<Term> {
    let mut out = Vec::new();
    let mut latin = String::new();
    let mut han: Vec<char> = Vec::new();
    let flush = |latin: &mut String, han: &mut Vec<char>, out: &mut Vec<Term>| {
        if !latin.is_empty() {
            out.push(Term::Latin(std::mem::take(latin)));
        }
        if !han.is_empty() {
            out.push(Term::Han(std::mem::take(han)));
        }
    };
    for c in q.chars() {
        if is_han(c) {
            if !latin.is_empty() {
                flush(&mut latin, &mut Vec::new(), &mut out);
            }
            han.push(c);
            continue;
        }
        match fold_char(c) {
            Some(('\0', _)) => {}
            Some((a, b)) => {
                if !han.is_empty() {
                    flush(&mut String::new(), &mut han, &mut out);
                }
                latin.push(a);
                if b != '\0' {
                    latin.push(b);
                }
            }
            None => flush(&mut latin, &mut han, &mut out),
        }
    }
    flush(&mut latin, &mut han, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<(Kind, String, &str)> {
        tokenize(s).into_iter().map(|t| (t.kind, t.text, &s[t.span])).collect()
    }

    #[test]
    fn words_han_runs_and_compounds_keep_their_spans() {
        assert_eq!(
            texts("Liandong U-Valley 嘉定国际企业港"),
            vec![
                (Kind::Word, "liandong".into(), "Liandong"),
                (Kind::Word, "u".into(), "U"),
                (Kind::Word, "valley".into(), "Valley"),
                (Kind::Compound, "uvalley".into(), "U-Valley"),
                (Kind::Han, "嘉定国际企业港".into(), "嘉定国际企业港"),
            ]
        );
        assert_eq!(
            texts("Valéo ＡＢＣ"),
            vec![(Kind::Word, "valeo".into(), "Valéo"), (Kind::Word, "abc".into(), "ＡＢＣ")]
        );
        assert_eq!(
            texts("嘉松北路1288号"),
            vec![
                (Kind::Han, "嘉松北路".into(), "嘉松北路"),
                (Kind::Word, "1288".into(), "1288"),
                (Kind::Han, "号".into(), "号"),
            ]
        );
        assert_eq!(texts("e\u{301}"), vec![(Kind::Word, "e".into(), "e\u{301}")]);
    }

    #[test]
    fn query_terms_split_by_space_punctuation_and_script() {
        assert_eq!(
            query_terms("anting 法雷奥，U-Valley u谷"),
            vec![
                Term::Latin("anting".into()),
                Term::Han(vec!['法', '雷', '奥']),
                Term::Latin("u".into()),
                Term::Latin("valley".into()),
                Term::Latin("u".into()),
                Term::Han(vec!['谷']),
            ]
        );
        assert!(query_terms(" ,.!? ").is_empty());
    }
}
