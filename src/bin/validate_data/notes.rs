//! Does each value appear in a note of its sources? The source notes (../shared/sources/notes)
//! paraphrase each source line by line, ending a line with the source's URL. A value of a place
//! passes when some line citing one of the sources the field rests on contains it as written:
//! a Chinese name or address, a town's name, or a number in one of the usual spellings (4亿,
//! 400 million, 82,810, 5.86万, 45 mu…). What fails is a warning to check by hand: a conversion
//! the notes do not spell out, or a value resting on a source that does not say it.

use std::path::Path;

use jiading_park_explorer::core::data::{Dataset, FieldKind, Place, PlaceField, Target};
use jiading_park_explorer::core::text::{Lang, Unit};

/// The lines of every note that end with a URL, with the URL.
pub struct Notes {
    lines: Vec<(String, String)>,
    /// The lines above a file's first citation (its names as found), with each URL it cites:
    /// evidence for a name, never for a town (DATA.md rule 6) or a number.
    headings: Vec<(String, String)>,
}

impl Notes {
    /// Every note line with the URLs it cites ("same URL", "same source" and "as above" mean the
    /// last one), the lines above a file's first citation apart (for names), and
    /// the source articles the README next to the notes names with their URL (every line of an
    /// article cites it).
    pub fn read(dir: &Path) -> Option<Notes> {
        let mut lines = Vec::new();
        let mut headings = Vec::new();
        for entry in std::fs::read_dir(dir).ok()?.flatten() {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            let mut last: Vec<String> = Vec::new();
            // The lines above the first cited one say what the file is about (its names as
            // found, its town): they hold for every source the file cites.
            let mut heading: Vec<&str> = Vec::new();
            let mut cited: Vec<String> = Vec::new();
            for line in text.lines() {
                let urls = urls(line);
                if !urls.is_empty() {
                    cited.extend(urls.iter().cloned());
                    last = urls;
                } else if last.is_empty() {
                    heading.push(line);
                    continue;
                } else if !(line.contains("same URL") || line.contains("same source") || line.contains("as above")) {
                    continue;
                }
                lines.extend(last.iter().map(|u| (u.clone(), line.to_owned())));
            }
            cited.sort();
            cited.dedup();
            for url in &cited {
                headings.extend(heading.iter().map(|l| (url.clone(), (*l).to_owned())));
            }
        }
        let readme = dir.parent().map(|p| p.join("README.md")).and_then(|p| std::fs::read_to_string(p).ok());
        // "`article.txt` — the founding article (…, URL, date)": the URL may wrap to the next line.
        let mut file: Option<String> = None;
        for line in readme.unwrap_or_default().lines() {
            if let Some(f) = line.split('`').nth(1).filter(|f| f.ends_with(".txt")) {
                file = Some(f.to_owned());
            }
            let (Some(f), Some(url)) = (file.as_ref(), urls(line).into_iter().next()) else { continue };
            let article = dir.parent().map(|p| std::fs::read_to_string(p.join(f)).unwrap_or_default());
            lines.extend(article.unwrap_or_default().lines().map(|l| (url.clone(), l.to_owned())));
            file = None;
        }
        Some(Notes { lines, headings })
    }

    /// The note lines citing a source URL.
    fn citing<'a>(&'a self, url: &str) -> impl Iterator<Item = &'a str> {
        let url = normalise(url);
        self.lines.iter().filter(move |(u, _)| *u == url).map(|(_, l)| l.as_str())
    }

    /// The lines citing it and the headings of the files that cite it: where a name may be found.
    fn naming<'a>(&'a self, url: &str) -> impl Iterator<Item = &'a str> {
        let key = normalise(url);
        self.citing(url).chain(self.headings.iter().filter(move |(u, _)| *u == key).map(|(_, l)| l.as_str()))
    }
}

/// The URLs in a line, normalised.
fn urls(line: &str) -> Vec<String> {
    line.match_indices("http")
        .map(|(at, _)| {
            line[at..].split(|c: char| c.is_whitespace() || matches!(c, ')' | '）' | '，' | '`')).next().unwrap_or("")
        })
        .filter(|u| u.contains("://"))
        .map(normalise)
        .collect()
}

fn normalise(url: &str) -> String {
    let url = url.trim().trim_end_matches(['.', ',', ';', '/']);
    url.split_once("://").map_or(url, |(_, rest)| rest).trim_start_matches("www.").to_ascii_lowercase()
}

/// Decimal spellings of `n` with up to two decimals, with and without thousands separators.
fn spellings(n: f64) -> Vec<String> {
    let mut out = Vec::new();
    for decimals in 0..=2 {
        let fixed = format!("{n:.decimals$}");
        let trimmed =
            if fixed.contains('.') { fixed.trim_end_matches('0').trim_end_matches('.').to_owned() } else { fixed };
        let (int, frac) = trimmed.split_once('.').map_or((trimmed.as_str(), ""), |(i, f)| (i, f));
        let grouped: String = int
            .chars()
            .rev()
            .collect::<Vec<_>>()
            .chunks(3)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join(",")
            .chars()
            .rev()
            .collect();
        let with = |i: &str| if frac.is_empty() { i.to_owned() } else { format!("{i}.{frac}") };
        out.push(with(int));
        out.push(with(&grouped));
    }
    out.sort();
    out.dedup();
    out
}

/// How a number of this unit may be written in a note.
fn candidates(n: f64, unit: Unit) -> Vec<String> {
    let scaled = |factor: f64, suffixes: &[&str]| -> Vec<String> {
        spellings(n / factor).into_iter().flat_map(|s| suffixes.iter().map(move |x| format!("{s}{x}"))).collect()
    };
    let mut out = spellings(n);
    match unit {
        Unit::Cny => {
            out.extend(scaled(1e8, &["亿"]));
            out.extend(scaled(1e4, &["万"]));
            out.extend(scaled(1e6, &[" million"]));
            out.extend(scaled(1e9, &[" billion"]));
        }
        Unit::SquareMetres => {
            out.extend(scaled(1e4, &["万", " hectare", "公顷"]));
            out.extend(scaled(1e6, &[" square kilo", " km", "平方公里", "平方千米"]));
            out.extend(scaled(666.67, &[" mu", "亩"]));
        }
        Unit::Mu => out.extend(scaled(1.0 / 666.67, &[" square", "平方米"])),
        _ => {}
    }
    out
}

/// Whether `needle` is in `line` with no digit glued to either end.
fn contains_number(line: &str, needle: &str) -> bool {
    line.match_indices(needle).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + needle.len()..].chars().next();
        !before.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',')
            && !after.is_some_and(|c| c.is_ascii_digit())
    })
}

/// A text as compared with the notes: without quotation marks or spaces, which the notes and the
/// data write differently (法雷奥集团 "基地" and 法雷奥集团“基地”).
fn plain(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace() && !matches!(c, '"' | '“' | '”' | '\'' | '‘' | '’')).collect()
}

/// Warnings for one place: each checked field whose value no cited note line contains.
pub fn check(d: &Dataset, p: &Place, path: &str, notes: &Notes) -> Vec<String> {
    let mut out = Vec::new();
    let mut expect = |field: PlaceField, sources: &[String], value: String, found: &dyn Fn(&str) -> bool| {
        let urls = sources.iter().filter_map(|id| d.source(id)?.url.as_deref());
        let lines: Vec<&str> = if matches!(field, PlaceField::Name | PlaceField::Aliases) {
            urls.flat_map(|url| notes.naming(url)).collect()
        } else {
            urls.flat_map(|url| notes.citing(url)).collect()
        };
        if !lines.into_iter().any(found) {
            let sources = sources.join(", ");
            out.push(format!("{path}.{}: {value} appears in no note line of its sources ({sources})", field.key()));
        }
    };
    let chinese = |field: PlaceField| p.sources_for_text(field, Lang::Zh);
    let contains = |text: &str| {
        let text = plain(text);
        move |l: &str| plain(l).contains(text.as_str())
    };
    for field in PlaceField::numbers() {
        if let (Some(n), FieldKind::Number { unit, .. }) = (p.figures.get(field), field.kind()) {
            let forms = candidates(n, unit);
            expect(field, p.sources_for(field), n.to_string(), &|l| forms.iter().any(|f| contains_number(l, f)));
        }
    }
    if let Some(zh) = &p.name.zh {
        expect(PlaceField::Name, chinese(PlaceField::Name), zh.clone(), &contains(zh));
    }
    if let Some(zh) = p.address.as_ref().and_then(|a| a.zh.as_ref()) {
        expect(PlaceField::Address, chinese(PlaceField::Address), zh.clone(), &contains(zh));
    }
    for alias in p.aliases.iter().filter_map(|a| a.zh.as_ref()) {
        expect(PlaceField::Aliases, chinese(PlaceField::Aliases), alias.clone(), &contains(alias));
    }
    if let Some(name) = p.town.as_deref().and_then(|t| d.name(Target::Town, t)) {
        // A town is named as 安亭镇, 安亭 or Anting (without "Town" or "Subdistrict").
        let forms: Vec<String> = name
            .all()
            .map(|n| {
                n.trim_end_matches(['镇', '街'])
                    .trim_end_matches("道")
                    .trim_end_matches(" Town")
                    .trim_end_matches(" Subdistrict")
                    .to_owned()
            })
            .filter(|n| !n.is_empty())
            .collect();
        expect(PlaceField::Town, p.sources_for(PlaceField::Town), forms.join(" / "), &|l| {
            forms.iter().any(|f| l.contains(f.as_str()))
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notes_heading_and_its_same_source_lines_cite_its_sources() {
        let dir = std::env::temp_dir().join(format!("notes-test-{}", std::process::id()));
        let notes = dir.join("notes");
        std::fs::create_dir_all(&notes).expect("temporary notes");
        std::fs::write(
            notes.join("a.md"),
            "# 嘉菊智湾\n- Chinese name as found: 嘉菊智湾\n## Facts\n- Permit. — http://www.newshs.com/a/102900.html\n- Site 26.36 亩. — same source\n- Other. — https://b.cn/1\n",
        )
        .expect("a note");
        let read = Notes::read(&notes).expect("read");
        let lines: Vec<&str> = read.citing("http://newshs.com/a/102900.html").collect();
        assert!(!lines.iter().any(|l| l.contains("as found")), "a heading is no evidence for a town or number");
        let names: Vec<&str> = read.naming("http://newshs.com/a/102900.html").collect();
        assert!(names.iter().any(|l| l.contains("as found: 嘉菊智湾")), "but is for a name: {names:?}");
        assert!(lines.iter().any(|l| l.contains("26.36 亩")), "a same-source line: {lines:?}");
        assert!(!lines.iter().any(|l| l.contains("Other")), "{lines:?}");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn numbers_are_recognised_in_the_usual_spellings() {
        let money = candidates(2.9e9, Unit::Cny);
        assert!(money.contains(&"29亿".to_owned()) && money.contains(&"2.9 billion".to_owned()));
        let area = candidates(58_596.0, Unit::SquareMetres);
        assert!(area.contains(&"58,596".to_owned()) && area.contains(&"5.86万".to_owned()));
        assert!(contains_number("total floor space 58,596 square meters", "58,596"));
        assert!(!contains_number("158,596 m²", "58,596"), "not inside a larger number");
        assert_eq!(plain("法雷奥集团 \"基地\""), plain("法雷奥集团“基地”"));
        assert_eq!(
            normalise("https://www.shine.cn/feature/district/2501288486/"),
            "shine.cn/feature/district/2501288486"
        );
    }
}
