//! Pinyin for Chinese characters, from the generated table (tools/pinyin-table): every reading
//! of each character, toneless, `ü` as `v`. Used to match what people type (`anting`, `an ting`,
//! `at`) against Chinese text, and to sort Chinese names alphabetically.

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("pinyin_table.txt");

/// Readings by character; the first is the most common.
fn table() -> &'static HashMap<char, Vec<&'static str>> {
    static TABLE_MAP: OnceLock<HashMap<char, Vec<&'static str>>> = OnceLock::new();
    TABLE_MAP.get_or_init(|| {
        let mut map: HashMap<char, Vec<&'static str>> = HashMap::with_capacity(7000);
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let Some((reading, chars)) = line.split_once(' ') else { continue };
            for c in chars.chars() {
                map.entry(c).or_default().push(reading);
            }
        }
        map
    })
}

pub fn is_han(c: char) -> bool {
    matches!(u32::from(c), 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Every reading of `c` (empty for characters outside the table).
pub fn readings(c: char) -> &'static [&'static str] {
    table().get(&c).map_or(&[], Vec::as_slice)
}

/// The initial a user types for a syllable: `zh`, `ch`, `sh` or the first letter.
fn initials(syllable: &str) -> [&str; 2] {
    let first = &syllable[..1.min(syllable.len())];
    match syllable.get(..2) {
        Some(two @ ("zh" | "ch" | "sh")) => [two, first],
        _ => [first, first],
    }
}

/// How a typed term matched Chinese text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum PinyinMatch {
    /// Some syllables given only by their initials, or the last one unfinished.
    Partial,
    /// Whole syllables, every one.
    Full,
}

/// Whether lower-case ASCII `term` spells the pinyin of `chars[start..]` (any reading per
/// character, each written in full or by its initial, the last possibly unfinished), and how
/// many characters it covers.
pub fn match_at(chars: &[char], start: usize, term: &str) -> Option<(usize, PinyinMatch)> {
    /// Consumes `rest` from character `i` on; a full match is returned as soon as one is found.
    fn go(chars: &[char], i: usize, rest: &str, full: bool) -> Option<(usize, bool)> {
        if rest.is_empty() {
            return Some((i, full));
        }
        let c = *chars.get(i)?;
        let mut partial = None;
        for reading in readings(c) {
            if let Some(r) = rest.strip_prefix(reading) {
                match go(chars, i + 1, r, full) {
                    Some(found @ (_, true)) => return Some(found),
                    other => partial = partial.or(other),
                }
            }
            let [long, short] = initials(reading);
            let distinct = if long == short { 1 } else { 2 };
            for initial in [long, short].into_iter().take(distinct) {
                if let Some(r) = rest.strip_prefix(initial) {
                    partial = partial.or(go(chars, i + 1, r, false));
                }
            }
            // The term ends inside this syllable: "anti" for 安亭.
            if reading.len() > rest.len() && reading.starts_with(rest) {
                partial = partial.or(Some((i + 1, false)));
            }
        }
        partial
    }
    if term.is_empty() || !term.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    go(chars, start, term, true)
        .map(|(end, full)| (end - start, if full { PinyinMatch::Full } else { PinyinMatch::Partial }))
}

/// The best match of `term` anywhere in `chars`: (start, length, kind).
pub fn find(chars: &[char], term: &str) -> Option<(usize, usize, PinyinMatch)> {
    let first = term.as_bytes().first()?;
    let mut best: Option<(usize, usize, PinyinMatch)> = None;
    for start in 0..chars.len() {
        // Cheap reject: no reading of this character starts with the term's first letter.
        if !readings(chars[start]).iter().any(|r| r.as_bytes().first() == Some(first)) {
            continue;
        }
        if let Some((len, kind)) = match_at(chars, start, term) {
            if kind == PinyinMatch::Full {
                return Some((start, len, kind));
            }
            best = best.or(Some((start, len, kind)));
        }
    }
    best
}

/// A sort key that puts Chinese text in pinyin order among Latin text: each character is
/// replaced by its first reading.
pub fn sort_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        match readings(c).first() {
            Some(r) => {
                out.push_str(r);
                out.push(' ');
            }
            None => out.extend(c.to_lowercase()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn the_table_covers_jiading_place_names_with_all_readings() {
        assert_eq!(readings('安'), &["an"]);
        assert!(readings('行').contains(&"xing") && readings('行').contains(&"hang"), "heteronyms keep every reading");
        assert!(readings('绿').contains(&"lv"), "ü is typed v");
        for c in "嘉定安亭马陆南翔江桥徐行华亭外冈菊园".chars() {
            assert!(!readings(c).is_empty(), "{c}");
        }
        assert!(readings('a').is_empty());
    }

    #[test]
    fn full_syllables_initials_and_unfinished_syllables_match() {
        let anting = chars("安亭镇");
        assert_eq!(match_at(&anting, 0, "anting"), Some((2, PinyinMatch::Full)));
        assert_eq!(match_at(&anting, 0, "antingzhen"), Some((3, PinyinMatch::Full)));
        assert_eq!(match_at(&anting, 0, "at"), Some((2, PinyinMatch::Partial)));
        assert_eq!(match_at(&anting, 0, "atz"), Some((3, PinyinMatch::Partial)));
        assert_eq!(match_at(&anting, 0, "anti"), Some((2, PinyinMatch::Partial)));
        assert_eq!(match_at(&anting, 0, "antz"), Some((3, PinyinMatch::Partial)), "mixed: an + t + z");
        assert_eq!(match_at(&anting, 1, "ting"), Some((1, PinyinMatch::Full)));
        assert_eq!(match_at(&anting, 0, "anx"), None);
        assert_eq!(match_at(&anting, 0, "Anting"), None, "terms are folded before matching");
    }

    #[test]
    fn zh_ch_sh_initials_and_heteronyms() {
        let xuhang = chars("徐行");
        assert_eq!(match_at(&xuhang, 0, "xuhang"), Some((2, PinyinMatch::Full)));
        assert_eq!(match_at(&xuhang, 0, "xuxing"), Some((2, PinyinMatch::Full)));
        let zh = chars("智造");
        assert_eq!(match_at(&zh, 0, "zz"), Some((2, PinyinMatch::Partial)));
        assert_eq!(match_at(&zh, 0, "zhz"), Some((2, PinyinMatch::Partial)));
        assert_eq!(match_at(&zh, 0, "zhizao"), Some((2, PinyinMatch::Full)));
    }

    #[test]
    fn find_locates_a_term_inside_longer_text() {
        let text = chars("上海国际汽车城");
        assert_eq!(find(&text, "qiche"), Some((4, 2, PinyinMatch::Full)));
        assert_eq!(find(&text, "qcc"), Some((4, 3, PinyinMatch::Partial)));
        assert_eq!(find(&text, "beijing"), None);
    }

    #[test]
    fn chinese_sorts_by_pinyin() {
        let mut names = vec!["马陆镇", "安亭镇", "Zhenxin", "嘉定工业区"];
        names.sort_by_key(|n| sort_key(n));
        assert_eq!(names, vec!["安亭镇", "嘉定工业区", "马陆镇", "Zhenxin"]);
    }
}
