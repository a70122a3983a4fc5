//! Embedding in another site's page: which parent origins may receive height messages, the
//! message schema in both directions, and the iframe snippet the Embed page hands out.
//!
//! Messages (README, "Embedding in your site"):
//! - to the parent: `{"type": "jpe:height", "version": 1, "height": <CSS pixels>}`, posted with
//!   the parent's exact origin as target, and only to origins listed in config.json;
//! - from the parent: `{"type": "jpe:request-height", "version": 1}` asks for the height now.
//!   Anything else, or anything from an unlisted origin, is ignored.

use serde_json::Value;

use crate::core::site::links::escape_html;

pub const HEIGHT_TYPE: &str = "jpe:height";
pub const REQUEST_TYPE: &str = "jpe:request-height";
pub const VERSION: u64 = 1;
/// Longest incoming message read; anything longer cannot be ours.
const MAX_MESSAGE_CHARS: usize = 256;

/// Why a `parent_origins` entry is not used: the Embed page says it, the console repeats it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// `parent_origins` is not a list (or `embed` not an object).
    NotAList,
    /// A number, object or null rather than text.
    NotText,
    /// `*`, `https://*.gov.cn`: every site would get the height.
    Wildcard,
    /// Not `http://` or `https://`: `a.cn`, `ftp://a.cn`.
    Scheme,
    /// A path, query or fragment after the host: `https://a.cn/zwgk/`.
    Path,
    /// A user name: `https://user@a.cn`.
    UserInfo,
    /// A port outside 1–65535.
    Port,
    /// Anything else about the host: empty, not ASCII (punycode is needed), `_`, a stray `.`.
    Host,
}

impl Refusal {
    /// For the console, in English (the Embed page says the same in both languages, from the
    /// locales; tests/locales.rs holds the two to the same words).
    pub fn explain(self) -> &'static str {
        match self {
            Refusal::NotAList => "embed.parent_origins must be a list of origins",
            Refusal::NotText => "not text",
            Refusal::Wildcard => "a wildcard (*): list each site's exact origin",
            Refusal::Scheme => "does not start with http:// or https://",
            Refusal::Path => "has a path, query or fragment: give only scheme, host and port",
            Refusal::UserInfo => "contains a user name (@)",
            Refusal::Port => "the port is not a number from 1 to 65535",
            Refusal::Host => "not a valid host name (international names in punycode)",
        }
    }
}

/// [`parse_origin`], with the reason when it refuses.
pub fn check_origin(s: &str) -> Result<String, Refusal> {
    parse_origin(s).ok_or_else(|| refusal(s))
}

/// Why `parse_origin(s)` refused `s`: its steps, in its order.
fn refusal(s: &str) -> Refusal {
    let s = s.trim();
    if s.contains('*') {
        return Refusal::Wildcard;
    }
    let Some((scheme, rest)) = s.split_once("://") else { return Refusal::Scheme };
    if !matches!(scheme.to_ascii_lowercase().as_str(), "http" | "https") {
        return Refusal::Scheme;
    }
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    if rest.contains(['/', '?', '#']) {
        return Refusal::Path;
    }
    if rest.contains('@') {
        return Refusal::UserInfo;
    }
    let port_ok = |p: &str| p.len() <= 5 && p.parse::<u32>().is_ok_and(|n| (1..=65_535).contains(&n));
    match rest.rsplit_once(':') {
        Some((_, p)) if !p.contains(']') && !port_ok(p) => Refusal::Port,
        _ => Refusal::Host,
    }
}

/// The `frame-ancestors` directive the explorer's host must send for these origins.
pub fn frame_ancestors(origins: &[String]) -> String {
    if origins.is_empty() {
        "frame-ancestors 'none'".to_owned()
    } else {
        format!("frame-ancestors {}", origins.join(" "))
    }
}

/// An origin as browsers serialise it (`scheme://host[:port]`, lower case, default port
/// omitted), or `None` when `s` is not an http(s) origin. A trailing `/` is tolerated; a path,
/// query, user name or wildcard is not.
pub fn parse_origin(s: &str) -> Option<String> {
    let s = s.trim();
    let s = s.strip_suffix('/').unwrap_or(s);
    let (scheme, rest) = s.split_once("://")?;
    let scheme = scheme.to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => "443",
        "http" => "80",
        _ => return None,
    };
    let (host, port) = match rest.rsplit_once(':') {
        // An IPv6 literal has colons inside its brackets.
        Some((h, p)) if !p.contains(']') => (h, Some(p)),
        _ => (rest, None),
    };
    let host_ok = if let Some(inner) = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
        !inner.is_empty() && inner.chars().all(|c| c.is_ascii_hexdigit() || c == ':' || c == '.')
    } else {
        !host.is_empty()
            && !host.starts_with('.')
            && !host.ends_with('.')
            && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
    };
    if !host_ok {
        return None;
    }
    let host = host.to_ascii_lowercase();
    match port {
        None => Some(format!("{scheme}://{host}")),
        Some(p) if p == default_port => Some(format!("{scheme}://{host}")),
        Some(p) if !p.is_empty() && p.len() <= 5 && p.chars().all(|c| c.is_ascii_digit()) => {
            let n: u32 = p.parse().ok()?;
            (1..=65_535).contains(&n).then(|| format!("{scheme}://{host}:{n}"))
        }
        Some(_) => None,
    }
}

/// The origin of a full URL (such as `document.referrer`).
pub fn origin_of_url(url: &str) -> Option<String> {
    let (scheme, rest) = url.trim().split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    if authority.contains('@') {
        return None;
    }
    parse_origin(&format!("{scheme}://{authority}"))
}

/// Where height messages go: the parent page's origin, when it is one of `listed`. The parent's
/// origin is read from `location.ancestorOrigins` where the browser has it, else from the
/// referrer (the first page loaded in the frame came from the parent).
pub fn parent_target(listed: &[String], ancestor_origin: Option<&str>, referrer: Option<&str>) -> Option<String> {
    let candidate = ancestor_origin.and_then(parse_origin).or_else(|| referrer.and_then(origin_of_url))?;
    listed.contains(&candidate).then_some(candidate)
}

/// What a message from the parent asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Incoming {
    RequestHeight,
}

/// Why a message was not acted on (logged for the embedding site's developers).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ignored {
    UnlistedOrigin(String),
    NotTheSchema,
}

/// Reads a message: `origin` is the sender's origin as the browser reports it, `data` the
/// message serialised as JSON (`None` when it could not be serialised).
pub fn read_message(listed: &[String], origin: &str, data: Option<&str>) -> Result<Incoming, Ignored> {
    if !listed.iter().any(|o| o == origin) {
        return Err(Ignored::UnlistedOrigin(origin.to_owned()));
    }
    let data = data.filter(|d| d.len() <= MAX_MESSAGE_CHARS).ok_or(Ignored::NotTheSchema)?;
    let value: Value = serde_json::from_str(data).map_err(|_| Ignored::NotTheSchema)?;
    let obj = value.as_object().ok_or(Ignored::NotTheSchema)?;
    let exact = obj.len() == 2
        && obj.get("type").and_then(Value::as_str) == Some(REQUEST_TYPE)
        && obj.get("version").and_then(Value::as_u64) == Some(VERSION);
    if exact { Ok(Incoming::RequestHeight) } else { Err(Ignored::NotTheSchema) }
}

/// The message telling the parent how tall the content is.
pub fn height_message(height: u32) -> String {
    serde_json::json!({ "type": HEIGHT_TYPE, "version": VERSION, "height": height }).to_string()
}

/// Default iframe height in CSS pixels: the list and a map fit on a laptop screen.
pub const DEFAULT_HEIGHT_PX: u32 = 720;
pub const MIN_HEIGHT_PX: u32 = 320;
pub const MAX_HEIGHT_PX: u32 = 4000;

/// The iframe element to paste into a page. `src` is the absolute URL of the embed.
///
/// `sandbox` keeps the frame from navigating the host page or opening dialogs while still
/// allowing what the explorer does: run, keep the shortlist, open sources in a new tab,
/// download CSV and open the mail program.
pub fn iframe_snippet(src: &str, title: &str, height_px: u32) -> String {
    let height = height_px.clamp(MIN_HEIGHT_PX, MAX_HEIGHT_PX);
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{height}\" loading=\"lazy\" \
         referrerpolicy=\"strict-origin-when-cross-origin\" \
         sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads \
         allow-top-navigation-to-custom-protocols\" allow=\"clipboard-write\" data-jpe-embed></iframe>",
        escape_html(src),
        escape_html(title)
    )
}

/// The optional script tag that resizes the iframe to its content (public/embed/host.js).
pub fn host_script_snippet(script_url: &str) -> String {
    format!("<script src=\"{}\" defer></script>", escape_html(script_url))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_normalised_like_browsers_do() {
        assert_eq!(parse_origin("https://www.jiading.gov.cn").as_deref(), Some("https://www.jiading.gov.cn"));
        assert_eq!(parse_origin(" HTTPS://WWW.Jiading.gov.cn/ ").as_deref(), Some("https://www.jiading.gov.cn"));
        assert_eq!(parse_origin("https://a.cn:443").as_deref(), Some("https://a.cn"));
        assert_eq!(parse_origin("http://127.0.0.1:8080").as_deref(), Some("http://127.0.0.1:8080"));
        assert_eq!(parse_origin("http://[::1]:3000").as_deref(), Some("http://[::1]:3000"));
        for bad in [
            "*",
            "https://*.gov.cn",
            "https://a.cn/path",
            "javascript:alert(1)",
            "ftp://a.cn",
            "https://",
            "https://a.cn:0",
            "https://a.cn:99999",
            "https://a.cn:x",
            "https://user@a.cn",
            "null",
            "a.cn",
        ] {
            assert_eq!(parse_origin(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn a_refused_origin_says_why() {
        use Refusal::*;
        for (entry, why) in [
            ("*", Wildcard),
            ("https://*.gov.cn", Wildcard),
            ("https://a.cn/path", Path),
            ("https://a.cn:8080/path", Path),
            ("https://a.cn?x", Path),
            ("javascript:alert(1)", Scheme),
            ("ftp://a.cn", Scheme),
            ("a.cn", Scheme),
            ("", Scheme),
            ("https://", Host),
            ("https://例子.cn", Host),
            ("https://a_b.cn:8080", Host),
            ("https://a.cn:0", Port),
            ("https://a.cn:99999", Port),
            ("https://a.cn:x", Port),
            ("https://user@a.cn", UserInfo),
        ] {
            assert_eq!(check_origin(entry), Err(why), "{entry:?}");
        }
        for good in ["https://www.jiading.gov.cn/", "http://127.0.0.1:8080", "http://[::1]:3000"] {
            assert_eq!(check_origin(good).ok(), parse_origin(good), "{good}");
        }
        assert_eq!(frame_ancestors(&[]), "frame-ancestors 'none'");
        assert_eq!(
            frame_ancestors(&["https://a.cn".into(), "https://b.cn".into()]),
            "frame-ancestors https://a.cn https://b.cn"
        );
    }

    #[test]
    fn the_parent_is_messaged_only_when_listed() {
        let listed = vec!["https://www.jiading.gov.cn".to_owned()];
        assert_eq!(
            parent_target(&listed, Some("https://www.jiading.gov.cn"), None).as_deref(),
            Some("https://www.jiading.gov.cn")
        );
        assert_eq!(
            parent_target(&listed, None, Some("https://www.jiading.gov.cn/zwgk/zsyz/index.html?x=1")).as_deref(),
            Some("https://www.jiading.gov.cn")
        );
        assert_eq!(parent_target(&listed, Some("https://evil.example"), None), None);
        assert_eq!(parent_target(&listed, None, Some("https://www.jiading.gov.cn.evil.example/")), None);
        assert_eq!(parent_target(&listed, None, Some("https://www.jiading.gov.cn@evil.example/")), None);
        assert_eq!(parent_target(&listed, None, None), None);
        assert_eq!(parent_target(&[], Some("https://www.jiading.gov.cn"), None), None);
    }

    #[test]
    fn incoming_messages_must_match_the_schema_exactly() {
        let listed = vec!["https://host.cn".to_owned()];
        let ok = r#"{"type":"jpe:request-height","version":1}"#;
        assert_eq!(read_message(&listed, "https://host.cn", Some(ok)), Ok(Incoming::RequestHeight));
        assert_eq!(
            read_message(&listed, "https://evil.example", Some(ok)),
            Err(Ignored::UnlistedOrigin("https://evil.example".into()))
        );
        for bad in [
            r#"{"type":"jpe:request-height","version":2}"#,
            r#"{"type":"jpe:request-height","version":"1"}"#,
            r#"{"type":"jpe:request-height"}"#,
            r#"{"type":"jpe:request-height","version":1,"then":"eval"}"#,
            r#"{"type":"jpe:height","version":1,"height":5}"#,
            r#""jpe:request-height""#,
            "[1,2]",
            "null",
            "not json",
        ] {
            assert_eq!(read_message(&listed, "https://host.cn", Some(bad)), Err(Ignored::NotTheSchema), "{bad}");
        }
        assert_eq!(read_message(&listed, "https://host.cn", None), Err(Ignored::NotTheSchema));
        let long = format!(r#"{{"type":"jpe:request-height","version":1,"pad":"{}"}}"#, "x".repeat(500));
        assert_eq!(read_message(&listed, "https://host.cn", Some(&long)), Err(Ignored::NotTheSchema));
    }

    #[test]
    fn the_height_message_is_the_documented_object() {
        let v: Value = serde_json::from_str(&height_message(812)).expect("JSON");
        assert_eq!(v, serde_json::json!({"type": "jpe:height", "version": 1, "height": 812}));
    }

    #[test]
    fn the_snippet_escapes_attributes() {
        let src =
            "https://www.jiading.gov.cn/explorer/?q=a%22b&town=malu&place=haoyuan&lang=zh&view=split&embed=1&theme=red";
        let html = iframe_snippet(src, "嘉定园区探索 \"<x>\"", 99_999);
        assert!(html.starts_with("<iframe src=\"https://www.jiading.gov.cn/explorer/?q=a%22b&amp;town=malu"), "{html}");
        assert!(html.contains("title=\"嘉定园区探索 &quot;&lt;x&gt;&quot;\""), "{html}");
        assert!(html.contains(&format!("height=\"{MAX_HEIGHT_PX}\"")), "{html}");
        assert!(!html.contains("style="), "no inline styles: the host page may have a strict CSP too");
        assert_eq!(
            host_script_snippet("https://a.cn/x/embed/host.js"),
            "<script src=\"https://a.cn/x/embed/host.js\" defer></script>"
        );
    }
}
