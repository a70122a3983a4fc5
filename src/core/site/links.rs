//! Links that come from data: only web, mail and phone links become links; anything else
//! (javascript:, data:, relative paths) is shown as plain text.

/// Text made safe for HTML (an element's content or a quoted attribute): for the few places
/// where markup is written as text (the embed snippet, the base map's attribution).
pub fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The URL to put in `href`, or `None` when it must not be a link.
pub fn safe_href(raw: &str) -> Option<&str> {
    let url = raw.trim();
    // Browsers strip tabs and newlines inside a scheme ("java\tscript:"), so refuse any.
    if url.is_empty() || url.chars().any(|c| c.is_control() || c.is_whitespace()) {
        return None;
    }
    let scheme_end = url.find(':')?;
    let scheme = url[..scheme_end].to_ascii_lowercase();
    let rest = &url[scheme_end + 1..];
    let ok = match scheme.as_str() {
        "https" | "http" => rest.starts_with("//") && rest.len() > 2,
        "mailto" | "tel" => !rest.is_empty(),
        _ => false,
    };
    ok.then_some(url)
}

#[cfg(test)]
mod tests {
    use super::{escape_html, safe_href};

    #[test]
    fn escapes_markup_characters() {
        assert_eq!(
            escape_html(r#"<a href="x">Tom & 'Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
        assert_eq!(escape_html("© 天地图"), "© 天地图");
    }

    #[test]
    fn allows_web_mail_and_phone_links() {
        assert_eq!(safe_href(" https://www.shine.cn/x "), Some("https://www.shine.cn/x"));
        assert_eq!(safe_href("HTTP://example.com"), Some("HTTP://example.com"));
        assert_eq!(safe_href("mailto:invest@jiading.gov.cn"), Some("mailto:invest@jiading.gov.cn"));
        assert_eq!(safe_href("tel:+86-21-5999-0000"), Some("tel:+86-21-5999-0000"));
    }

    #[test]
    fn refuses_everything_else() {
        for bad in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:x",
            "//evil.example",
            "/relative",
            "https:evil",
            "https://",
            "&#106;avascript:alert(1)",
            "",
        ] {
            assert_eq!(safe_href(bad), None, "{bad:?}");
        }
    }
}
