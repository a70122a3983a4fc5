//! Links that come from data: only web, mail and phone links become links; anything else
//! (javascript:, data:, relative paths) is shown as plain text.

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
    use super::safe_href;

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
