//! `mailto:` links (RFC 6068): the user's own mail program opens with the message written;
//! nothing is sent without them.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Everything but unreserved characters is escaped (spaces as %20, line ends as %0D%0A).
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// A mailto URL. `to` may be empty (the user then chooses the recipient); an empty body is
/// left out.
pub fn mailto(to: Option<&str>, subject: &str, body: &str) -> String {
    let to = to.map(|t| utf8_percent_encode(t.trim(), COMPONENT).to_string().replace("%40", "@")).unwrap_or_default();
    let mut url = format!("mailto:{to}?subject={}", utf8_percent_encode(subject, COMPONENT));
    if !body.is_empty() {
        let body = body.replace("\r\n", "\n").replace('\n', "\r\n");
        url.push_str(&format!("&body={}", utf8_percent_encode(&body, COMPONENT)));
    }
    url
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_subject_body_and_chinese() {
        let m = mailto(Some("invest@jiading.gov.cn"), "咨询 A&B", "面积：2000 m²\nline 2");
        assert!(m.starts_with("mailto:invest@jiading.gov.cn?subject="));
        assert!(m.contains("subject=%E5%92%A8%E8%AF%A2%20A%26B&"));
        assert!(m.ends_with("%0D%0Aline%202"));
        assert!(!m.contains(' ') && !m.contains('\n'));
        assert!(mailto(None, "s", "b").starts_with("mailto:?subject=s"));
        assert_eq!(
            mailto(Some("a@b.cn"), "报告更正", ""),
            "mailto:a@b.cn?subject=%E6%8A%A5%E5%91%8A%E6%9B%B4%E6%AD%A3"
        );
    }

    #[test]
    fn a_hostile_address_cannot_add_headers() {
        let m = mailto(Some("a@b.cn?bcc=evil@x.cn"), "s", "b");
        assert!(m.starts_with("mailto:a@b.cn%3Fbcc%3Devil@x.cn?subject="), "{m}");
    }
}
