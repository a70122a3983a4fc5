//! Folding characters so that search ignores case, character width, diacritics and punctuation.
//!
//! Written by hand rather than with `unicode-normalization`: that crate's tables added 47 KB
//! (brotli) to the wasm, a fifth of the whole first-load budget, to handle far more of Unicode
//! than the data and its users need (measured in the foundation issue; see README).

/// Base letters for U+00C0..=U+017F (Latin-1 Supplement letters and Latin Extended-A), lower
/// case. `*` marks letters that fold to two ASCII letters (see [`fold_char`]); a space marks the
/// two symbols in the range (× and ÷).
const LATIN_BASE: &str = concat!(
    "aaaaaa*ceeeeiiiidnooooo ouuuuy**aaaaaa*ceeeeiiiidnooooo ouuuuy*y",
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkklllllll",
    "lllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs",
);

/// U+01CD..=U+01DC: the caron and umlaut vowels of pinyin (ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ).
const PINYIN_BASE: &str = "aaiioouuuuuuuuuu";

/// What `c` folds to: `None` for a separator, else one or two lower-case characters (the second
/// `'\0'` when unused). Combining accents fold to nothing: `Some(('\0', '\0'))`.
pub fn fold_char(c: char) -> Option<(char, char)> {
    let code = u32::from(c);
    let pick = |table: &str, offset: u32| table.as_bytes().get((code - offset) as usize).copied().map(char::from);
    let base = match code {
        0x0300..=0x036F => return Some(('\0', '\0')),
        0x3000 => return None,
        // Full-width ASCII (Ａ１！) is its ASCII twin.
        0xFF01..=0xFF5E => char::from_u32(code - 0xFEE0),
        0x00C0..=0x017F => pick(LATIN_BASE, 0xC0),
        0x01CD..=0x01DC => pick(PINYIN_BASE, 0x01CD),
        _ => Some(c),
    }?;
    match base {
        '*' => Some(match c {
            'Æ' | 'æ' => ('a', 'e'),
            'Þ' | 'þ' => ('t', 'h'),
            'ß' => ('s', 's'),
            'Ĳ' | 'ĳ' => ('i', 'j'),
            _ => ('o', 'e'),
        }),
        b if b.is_alphanumeric() => {
            let mut lower = b.to_lowercase();
            let first = lower.next().unwrap_or(b);
            Some((first, lower.next().unwrap_or('\0')))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Folds a whole string as the tokenizer does, with one space for each run of separators.
    fn fold(s: &str) -> String {
        let mut out = String::new();
        let mut pending_space = false;
        for c in s.chars() {
            match fold_char(c) {
                Some(('\0', _)) => {}
                Some((a, b)) => {
                    if pending_space && !out.is_empty() {
                        out.push(' ');
                    }
                    pending_space = false;
                    out.extend([a, b].into_iter().filter(|c| *c != '\0'));
                }
                None => pending_space = true,
            }
        }
        out
    }

    #[test]
    fn folds_case_width_diacritics_and_punctuation() {
        assert_eq!(fold("Hesai's  LiDAR—Maxwell!"), "hesai s lidar maxwell");
        assert_eq!(fold("ＵＮＩＴＥＤ　Ｉｍａｇｉｎｇ１２３"), "united imaging123");
        assert_eq!(fold("Valéo Śmart"), "valeo smart");
        assert_eq!(fold("上海（南翔）精准医学产业园"), "上海 南翔 精准医学产业园");
        assert_eq!(fold("“智造空间”、嘉定。"), "智造空间 嘉定");
        assert_eq!(fold("  "), "");
        assert_eq!(fold("Ærø Straße Œuvre ĲSSEL"), "aero strasse oeuvre ijssel");
        assert_eq!(fold("Lǚ Nǘ ǎn tíng ĀNTÍNG"), "lu nu an ting anting");
        assert_eq!(fold("e\u{301}te\u{301}"), "ete", "decomposed accents");
        assert_eq!(fold("2×3÷4"), "2 3 4");
        assert_eq!(fold("ΑΘΗΝΑ Київ"), "αθηνα київ", "other scripts are lower-cased");
    }

    #[test]
    fn latin_table_covers_its_range_exactly() {
        assert_eq!(LATIN_BASE.len(), 0x180 - 0xC0);
        assert_eq!(PINYIN_BASE.len(), 0x1DD - 0x1CD);
        assert_eq!(
            fold("ŁódźĸŐőŽžſĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŃŅŇŊŌŎŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"),
            "lodzkoozzsaaaccccddeeeeegggghhiiiiijkllllnnnnoorrrsssstttuuuuuuwyyzzz"
        );
    }
}
