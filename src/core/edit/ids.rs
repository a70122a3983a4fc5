//! Ids for new records, proposed from their names: the English name's words, or the Chinese
//! name in pinyin (`汽车新能港` → `qi-che-xin-neng-gang`), made unique against the ids in use.

use crate::core::data::is_valid_id;
use crate::core::text::pinyin::{is_han, readings};

/// The longest proposed id (ids appear in URLs).
const MAX_LEN: usize = 60;

/// An id from a name: lowercase ASCII words joined by '-'; a Chinese character is its first
/// pinyin reading; anything else separates words. Empty when nothing is left.
pub fn slug(name: &str) -> String {
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, words: &mut Vec<String>| {
        if !word.is_empty() {
            words.push(std::mem::take(word));
        }
    };
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            word.push(c.to_ascii_lowercase());
        } else if is_han(c) {
            flush(&mut word, &mut words);
            if let Some(r) = readings(c).first() {
                words.push(r.chars().filter(char::is_ascii_alphabetic).collect());
            }
        } else if c != '\'' && c != '’' {
            flush(&mut word, &mut words);
        }
    }
    flush(&mut word, &mut words);
    let mut out = String::new();
    for w in words.into_iter().filter(|w| !w.is_empty()) {
        if out.len() + w.len() + 1 > MAX_LEN {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(&w);
    }
    out
}

/// A new id from the names, not among `taken`: the slug of the English name, else of the
/// Chinese one, else `fallback`; `-2`, `-3`… added until it is free.
pub fn propose<'a>(en: Option<&str>, zh: Option<&str>, fallback: &str, taken: impl Fn(&str) -> bool + 'a) -> String {
    let base = [en, zh].into_iter().flatten().map(slug).find(|s| !s.is_empty()).unwrap_or_else(|| fallback.to_owned());
    if !taken(&base) {
        return base;
    }
    (2..).map(|n| format!("{base}-{n}")).find(|id| !taken(id)).unwrap_or(base)
}

/// Labels at the end of a host name that say nothing of the publisher.
const HOST_SUFFIXES: &[&str] = &["com", "cn", "net", "org", "gov", "edu", "co", "info", "www"];

/// A source's id from its web address, as the file's sources have them: the publisher's part of
/// the host and the page's number (`https://www.shine.cn/feature/district/2506100713/` →
/// `shine-2506100713`, `http://js.3news.com.cn/xwzx/2023/0707/16696.html` → `3news-16696`).
/// `None` without a host or a number of three digits or more in the path.
pub fn from_address(url: &str) -> Option<String> {
    let rest = url.trim().split_once("://")?.1;
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h).split(':').next()?.to_ascii_lowercase();
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    let publisher = labels.iter().rev().find(|l| !HOST_SUFFIXES.contains(l)).or(labels.first())?;
    let path = path.split(['?', '#']).next().unwrap_or("");
    let number = path.split(|c: char| !c.is_ascii_digit()).rfind(|run| run.len() >= 3)?;
    let id = slug(&format!("{publisher} {number}"));
    (!id.is_empty()).then_some(id)
}

/// Whether `id` can be used: well formed and not taken by another record.
pub fn usable(id: &str, taken: impl Fn(&str) -> bool) -> bool {
    is_valid_id(id) && !taken(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_english_words_or_pinyin() {
        assert_eq!(slug("Haoyuan Smart Manufacturing Industrial Park"), "haoyuan-smart-manufacturing-industrial-park");
        assert_eq!(slug("Valeo's R&D base (phase II)"), "valeos-r-d-base-phase-ii");
        assert_eq!(slug("汽车新能港"), "qi-che-xin-neng-gang");
        assert_eq!(slug("上海(南翔)精准医学产业园"), "shang-hai-nan-xiang-jing-zhun-yi-xue-chan-ye-yuan");
        assert_eq!(slug("“”——"), "");
        assert!(slug(&"park ".repeat(40)).len() <= MAX_LEN);
    }

    #[test]
    fn a_sources_id_comes_from_its_publisher_and_page_number() {
        assert_eq!(
            from_address("https://www.shine.cn/feature/district/2506100713/").as_deref(),
            Some("shine-2506100713")
        );
        assert_eq!(
            from_address("http://js.3news.com.cn/xwzx/guoji/2023/0707/16696.html").as_deref(),
            Some("3news-16696")
        );
        assert_eq!(
            from_address("https://investchn.com/index.php/home/news/detail/id/398570.html").as_deref(),
            Some("investchn-398570")
        );
        assert_eq!(from_address("http://www.newshs.com/life/2026/0218/102900.html").as_deref(), Some("newshs-102900"));
        assert_eq!(from_address("http://www.280380.com/index.php/post/3661.html").as_deref(), Some("280380-3661"));
        assert_eq!(from_address("https://whb.cn/zhuzhan/cs/20220106/442806.html").as_deref(), Some("whb-442806"));
        assert_eq!(from_address("https://example.com/about/"), None, "no page number");
        assert_eq!(from_address("not an address"), None);
    }

    #[test]
    fn a_proposal_is_free_and_well_formed() {
        let taken = |id: &str| ["new-park", "new-park-2"].contains(&id);
        assert_eq!(propose(Some("New park"), None, "place", taken), "new-park-3");
        assert_eq!(propose(None, Some("械谷"), "place", taken), "xie-gu");
        assert_eq!(propose(Some("!!"), None, "place", taken), "place");
        assert!(usable("xie-gu", taken) && !usable("new-park", taken) && !usable("Xie Gu", taken));
    }
}
