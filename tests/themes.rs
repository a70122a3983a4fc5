//! Every theme preset in style/tokens.css keeps text readable: WCAG 2.2 contrast of at least
//! 4.5:1 for each text colour on each background it is used on, and 3:1 for boundaries, focus
//! rings and map pins (1.4.11). Also: the presets are exactly the ones the app accepts, and
//! app.css takes every colour from the tokens (so a preset really recolours everything).

use std::collections::BTreeMap;

use jiading_park_explorer::core::site::theme::Theme;

/// (foreground, background, minimum ratio): the pairs app.css puts together.
const PAIRS: &[(&str, &str, f64)] = &[
    ("text", "bg", 4.5),
    ("text", "surface", 4.5),
    ("text", "notice-bg", 4.5),
    ("text", "mark-bg", 4.5),
    ("text", "weak-bg", 4.5),
    ("muted", "bg", 4.5),
    ("muted", "surface", 4.5),
    ("muted", "notice-bg", 4.5),
    ("muted", "badge-bg", 4.5),
    ("accent", "bg", 4.5),
    ("accent", "surface", 4.5),
    ("accent", "badge-bg", 4.5),
    ("accent-text", "accent", 4.5),
    ("notice-text", "notice-bg", 4.5),
    ("weak-text", "weak-bg", 4.5),
    ("badge-text", "badge-bg", 4.5),
    ("star", "bg", 4.5),
    ("map-label", "map-bg", 4.5),
    ("map-line", "bg", 4.5),
    ("border", "bg", 3.0),
    ("focus", "bg", 3.0),
    ("focus", "surface", 3.0),
    ("accent", "map-bg", 3.0),
    ("pin-park", "map-bg", 3.0),
    ("pin-project", "map-bg", 3.0),
    ("pin-enterprise", "map-bg", 3.0),
];

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).expect(path)
}

fn strip_comments(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    out
}

/// Selector → custom properties declared in its block.
fn blocks(css: &str) -> Vec<(String, BTreeMap<String, String>)> {
    let css = strip_comments(css);
    let mut out = Vec::new();
    let mut rest = css.as_str();
    while let Some(open) = rest.find('{') {
        let selector = rest[..open].trim().to_owned();
        let close = rest[open..].find('}').map(|c| open + c).expect("a closed block");
        let mut props = BTreeMap::new();
        for decl in rest[open + 1..close].split(';') {
            if let Some((name, value)) = decl.split_once(':')
                && let Some(name) = name.trim().strip_prefix("--jpe-")
            {
                props.insert(name.to_owned(), value.trim().to_owned());
            }
        }
        out.push((selector, props));
        rest = &rest[close + 1..];
    }
    out
}

fn rgb(hex: &str) -> [f64; 3] {
    let h = hex.strip_prefix('#').filter(|h| h.len() == 6).unwrap_or_else(|| panic!("{hex} is not #rrggbb"));
    let channel = |i: usize| f64::from(u8::from_str_radix(&h[i..i + 2], 16).expect("hex digits")) / 255.0;
    [channel(0), channel(2), channel(4)]
}

fn luminance(hex: &str) -> f64 {
    let lin = |c: f64| if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) };
    let [r, g, b] = rgb(hex);
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

fn ratio(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Each preset's full set of tokens: the defaults overlaid with its own.
fn presets() -> Vec<(String, BTreeMap<String, String>)> {
    let all = blocks(&read("style/tokens.css"));
    let root = all.iter().find(|(s, _)| s == ":root").map(|(_, p)| p.clone()).expect(":root block");
    let mut out = vec![(Theme::default().id().to_owned(), root.clone())];
    for (selector, props) in &all {
        if let Some(name) = selector.strip_prefix(":root[data-theme=\"").and_then(|s| s.strip_suffix("\"]")) {
            let mut merged = root.clone();
            merged.extend(props.clone());
            out.push((name.to_owned(), merged));
        }
    }
    out
}

#[test]
fn the_presets_are_exactly_the_accepted_themes() {
    let names: Vec<String> = presets().into_iter().map(|(n, _)| n).collect();
    let accepted: Vec<String> = Theme::ALL.iter().map(|t| t.id().to_owned()).collect();
    assert_eq!(names, accepted);
}

#[test]
fn every_preset_meets_the_contrast_minimums() {
    let mut failures = Vec::new();
    let mut weakest = (f64::MAX, String::new());
    for (name, tokens) in presets() {
        for (fg, bg, min) in PAIRS {
            let colour = |t: &str| tokens.get(t).unwrap_or_else(|| panic!("{name}: no --jpe-{t}")).as_str();
            let r = ratio(colour(fg), colour(bg));
            if r < *min {
                failures.push(format!("{name}: --jpe-{fg} on --jpe-{bg} is {r:.2}:1, needs {min}:1"));
            }
            if r / min < weakest.0 {
                weakest = (r / min, format!("{name}: {fg} on {bg} {r:.2}:1"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
    println!("closest to its minimum: {}", weakest.1);
}

#[test]
fn presets_set_font_and_radius_only_as_tokens_and_app_css_takes_colours_from_them() {
    for (name, tokens) in presets() {
        assert!(tokens.contains_key("font") && tokens.contains_key("radius"), "{name}");
    }
    // Outside the print stylesheet (black on white paper), no literal colours.
    let css = strip_comments(&read("style/app.css"));
    let screen = css.split("@media print").next().unwrap_or_default();
    let literal = screen.match_indices('#').filter(|(i, _)| {
        let after = &screen[i + 1..];
        let hex = after.chars().take_while(char::is_ascii_hexdigit).count();
        (hex == 3 || hex == 6) && !after[hex..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
    });
    let found: Vec<&str> = literal.map(|(i, _)| &screen[i..(i + 7).min(screen.len())]).collect();
    assert!(found.is_empty(), "literal colours in app.css: {found:?}");
    assert!(!screen.contains("rgb("), "literal rgb() colours in app.css");
}
