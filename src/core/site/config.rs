//! Deployment settings from `public/config.json`. Everything is optional; a missing or broken
//! file gives the defaults plus warnings for the console, never a broken app.

use serde_json::Value;

use crate::core::geo::Crs;
use crate::core::site::embed::{Refusal, check_origin};
use crate::core::site::theme::Theme;

/// How long the app waits for a data file before offering a retry.
pub const DEFAULT_DATA_TIMEOUT_MS: u32 = 20_000;

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub data_timeout_ms: u32,
    /// Address for the site's own feedback link ("report a correction").
    pub contact_email: Option<String>,
    /// A base map; none by default (the map then draws only outlines and labels, offline).
    pub tiles: Option<Tiles>,
    /// Origins of the pages allowed to embed the explorer and receive its height messages.
    pub parent_origins: Vec<String>,
    /// The entries of `embed.parent_origins` not used, in file order, with why (the Embed page
    /// shows them: a console warning inside a frame is easily missed).
    pub refused_origins: Vec<RefusedOrigin>,
    /// The deployment's theme when the URL names none.
    pub theme: Theme,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            data_timeout_ms: DEFAULT_DATA_TIMEOUT_MS,
            contact_email: None,
            tiles: None,
            parent_origins: Vec::new(),
            refused_origins: Vec::new(),
            theme: Theme::default(),
        }
    }
}

/// A `parent_origins` entry as written (a string's text, else its JSON, cut to a length a page
/// can show), and why it is not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RefusedOrigin {
    pub entry: String,
    pub why: Refusal,
}

const MAX_ENTRY_CHARS: usize = 100;

fn refused(item: &Value, why: Refusal) -> RefusedOrigin {
    let text = match item {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let mut entry: String = text.chars().take(MAX_ENTRY_CHARS).collect();
    if entry.len() < text.len() {
        entry.push('…');
    }
    RefusedOrigin { entry, why }
}

/// Reads `embed.parent_origins`: exact origins only ("*" would hand the height to any page).
fn parse_parent_origins(v: &Value, warnings: &mut Vec<String>) -> (Vec<String>, Vec<RefusedOrigin>) {
    if !v.is_object() {
        warnings.push("config.json: embed is not an object like {\"parent_origins\": [...]}; ignored".into());
        return (Vec::new(), vec![refused(v, Refusal::NotAList)]);
    }
    let Some(list) = v.get("parent_origins").filter(|l| !l.is_null()) else { return (Vec::new(), Vec::new()) };
    let Some(items) = list.as_array() else {
        warnings.push("config.json: embed.parent_origins is not a list of origins; ignored".into());
        return (Vec::new(), vec![refused(list, Refusal::NotAList)]);
    };
    let (mut origins, mut refusals) = (Vec::new(), Vec::new());
    for item in items {
        match item.as_str().ok_or(Refusal::NotText).and_then(check_origin) {
            Ok(o) if !origins.contains(&o) => origins.push(o),
            Ok(_) => {}
            Err(why) => {
                warnings.push(format!(
                    "config.json: embed.parent_origins entry {item} is not an origin like \"https://www.example.gov.cn\" ({}); ignored",
                    why.explain()
                ));
                refusals.push(refused(item, why));
            }
        }
    }
    (origins, refusals)
}

/// A tile base map, e.g. Tianditu, AMap or OpenStreetMap (see README).
#[derive(Clone, Debug, PartialEq)]
pub struct Tiles {
    /// URL template with `{z}`, `{x}`, `{y}`, optionally `{s}` (subdomain); `{key}` is replaced by `key`.
    pub url: String,
    /// A second layer drawn on top (e.g. Tianditu's label layer), same options.
    pub labels_url: Option<String>,
    pub subdomains: String,
    /// Plain text, shown as text.
    pub attribution: String,
    pub max_zoom: u8,
    /// The coordinate system the tiles are drawn in; markers and outlines are converted to it.
    pub crs: Crs,
}

/// Reads `tiles`; `None` plus a warning when it cannot be used safely.
fn parse_tiles(v: &Value, warnings: &mut Vec<String>) -> Option<Tiles> {
    let mut bad = |why: String| {
        warnings.push(format!("config.json: tiles ignored: {why}"));
        None
    };
    let Some(obj) = v.as_object() else { return bad("not an object".into()) };
    let text = |key: &str| obj.get(key).and_then(Value::as_str).map(str::trim).filter(|s| !s.is_empty());
    let key = text("key");
    let template = |raw: &str| -> Result<String, String> {
        let lower = raw.to_ascii_lowercase();
        if !(lower.starts_with("https://")
            || lower.starts_with("http://")
            || (raw.starts_with('/') && !raw.starts_with("//")))
        {
            return Err(format!("{raw:?} is not an http(s) address"));
        }
        if !(raw.contains("{z}") && raw.contains("{x}") && raw.contains("{y}")) {
            return Err(format!("{raw:?} lacks {{z}}, {{x}} or {{y}}"));
        }
        match (raw.contains("{key}"), key) {
            (true, Some(k)) => Ok(raw.replace("{key}", k)),
            (true, None) => Err("the URL needs {key} but \"key\" is empty".into()),
            (false, _) => Ok(raw.to_owned()),
        }
    };
    let url = match text("url").map(template) {
        Some(Ok(url)) => url,
        Some(Err(why)) => return bad(why),
        None => return bad("no \"url\"".into()),
    };
    let labels_url = match text("labels_url").map(template) {
        Some(Ok(u)) => Some(u),
        Some(Err(why)) => return bad(format!("labels_url: {why}")),
        None => None,
    };
    let crs = match text("crs") {
        Some(c) => match Crs::parse(c) {
            Some(crs) => crs,
            None => return bad(format!("crs {c:?} is not wgs84 or gcj02")),
        },
        None => return bad("no \"crs\": say whether the tiles are wgs84 or gcj02".into()),
    };
    let max_zoom = obj.get("max_zoom").and_then(Value::as_u64).filter(|z| (1..=22).contains(z)).unwrap_or(18) as u8;
    Some(Tiles {
        url,
        labels_url,
        subdomains: text("subdomains").unwrap_or("abc").to_owned(),
        attribution: text("attribution").unwrap_or("").to_owned(),
        max_zoom,
        crs,
    })
}

impl Config {
    /// Reads what it can from `json`; each ignored setting yields a warning.
    pub fn parse(json: &str) -> (Config, Vec<String>) {
        let mut config = Config::default();
        let mut warnings = Vec::new();
        let root: Value = match serde_json::from_str(json) {
            Ok(Value::Object(map)) => Value::Object(map),
            Ok(_) => return (config, vec!["config.json is not a JSON object; using defaults".into()]),
            Err(e) => return (config, vec![format!("config.json is not valid JSON ({e}); using defaults")]),
        };
        match root.get("data_timeout_ms") {
            None | Some(Value::Null) => {}
            Some(v) => match v.as_u64().filter(|n| (1000..=120_000).contains(n)) {
                Some(n) => config.data_timeout_ms = n as u32,
                None => {
                    warnings.push(format!("config.json: data_timeout_ms {v} is not 1000..=120000; using the default"))
                }
            },
        }
        match root.get("contact_email") {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if s.contains('@') && !s.contains(char::is_whitespace) => {
                config.contact_email = Some(s.clone())
            }
            Some(v) => warnings.push(format!("config.json: contact_email {v} is not an email address; ignored")),
        }
        if let Some(tiles) = root.get("tiles").filter(|t| !t.is_null()) {
            config.tiles = parse_tiles(tiles, &mut warnings);
        }
        if let Some(embed) = root.get("embed").filter(|e| !e.is_null()) {
            (config.parent_origins, config.refused_origins) = parse_parent_origins(embed, &mut warnings);
        }
        match root.get("theme") {
            None | Some(Value::Null) => {}
            Some(v) => match v.as_str().and_then(Theme::parse) {
                Some(theme) => config.theme = theme,
                None => warnings.push(format!("config.json: theme {v} is not one of the presets; using the default")),
            },
        }
        (config, warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_settings_and_ignores_unknown_ones() {
        let (c, w) = Config::parse(r#"{"data_timeout_ms": 1500, "contact_email": "a@b.cn", "tiles": null, "x": 1}"#);
        assert_eq!((c.data_timeout_ms, c.contact_email.as_deref(), w.len()), (1500, Some("a@b.cn"), 0));
    }

    #[test]
    fn parent_origins_are_exact_origins_and_the_theme_a_preset() {
        let (c, w) = Config::parse(
            r#"{"embed": {"parent_origins": ["https://www.jiading.gov.cn/", "*", "https://a.cn/path", 7, "http://127.0.0.1:9000", "https://WWW.jiading.gov.cn"]}, "theme": "red"}"#,
        );
        assert_eq!(c.parent_origins, vec!["https://www.jiading.gov.cn", "http://127.0.0.1:9000"]);
        assert_eq!(c.theme, Theme::Red);
        assert_eq!(w.len(), 3, "{w:?}");
        let refused: Vec<(&str, Refusal)> = c.refused_origins.iter().map(|r| (r.entry.as_str(), r.why)).collect();
        assert_eq!(refused, [("*", Refusal::Wildcard), ("https://a.cn/path", Refusal::Path), ("7", Refusal::NotText)]);
        assert!(w[0].contains("(a wildcard (*): list each site's exact origin)"), "{w:?}");
        let (c, w) = Config::parse(r#"{"embed": {"parent_origins": "https://a.cn"}, "theme": "hotpink"}"#);
        assert!(c.parent_origins.is_empty() && c.theme == Theme::Green);
        assert_eq!(w.len(), 2, "{w:?}");
        assert_eq!(c.refused_origins, [RefusedOrigin { entry: "https://a.cn".into(), why: Refusal::NotAList }]);
        let (c, w) = Config::parse(r#"{"embed": "https://a.cn"}"#);
        assert_eq!((c.refused_origins.len(), w.len()), (1, 1), "a misplaced key is not silently nothing");
    }

    #[test]
    fn tiles_are_read_with_their_key_and_coordinate_system() {
        let (c, w) = Config::parse(
            r#"{"tiles": {"url": "https://t{s}.tianditu.gov.cn/vec_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}",
                "labels_url": "https://t{s}.tianditu.gov.cn/cva_w/wmts?TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}",
                "subdomains": "01234567", "attribution": "天地图", "max_zoom": 18, "crs": "wgs84", "key": "abc123"}}"#,
        );
        assert!(w.is_empty(), "{w:?}");
        let t = c.tiles.expect("tiles");
        assert!(t.url.ends_with("tk=abc123") && t.labels_url.is_some_and(|u| u.ends_with("tk=abc123")));
        assert_eq!((t.crs, t.max_zoom, t.subdomains.as_str()), (Crs::Wgs84, 18, "01234567"));
    }

    #[test]
    fn unusable_tiles_are_ignored_with_a_reason() {
        for (tiles, why) in [
            (r#"{"url": "https://x/{z}/{x}/{y}.png?k={key}", "crs": "wgs84"}"#, "key"),
            (r#"{"url": "javascript:alert(1)//{z}{x}{y}", "crs": "wgs84"}"#, "http"),
            (r#"{"url": "https://x/tile.png", "crs": "wgs84"}"#, "{z}"),
            (r#"{"url": "https://x/{z}/{x}/{y}.png", "crs": "bd09"}"#, "crs"),
            (r#"{"url": "https://x/{z}/{x}/{y}.png"}"#, "crs"),
            (r#""https://x/{z}/{x}/{y}.png""#, "object"),
        ] {
            let (c, w) = Config::parse(&format!(r#"{{"tiles": {tiles}}}"#));
            assert_eq!(c.tiles, None, "{tiles}");
            assert!(w.len() == 1 && w[0].contains(why), "{tiles}: {w:?}");
        }
    }

    #[test]
    fn broken_files_and_values_fall_back_with_warnings() {
        assert_eq!(Config::parse("{nope").0, Config::default());
        assert_eq!(Config::parse("[1]").1.len(), 1);
        let (c, w) = Config::parse(r#"{"data_timeout_ms": -4, "contact_email": "javascript:alert(1)"}"#);
        assert_eq!(c, Config::default());
        assert_eq!(w.len(), 2);
    }
}
