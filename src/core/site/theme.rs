//! Named colour themes an embedding site may choose (`theme=` in the URL, or `theme` in
//! config.json). Only these names are accepted: arbitrary colours from a URL could make text
//! unreadable, and every preset here is checked for 4.5:1 contrast (tests/themes.rs).
//! The colours themselves live in style/tokens.css, under `:root[data-theme="…"]`.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// The explorer's own green.
    #[default]
    Green,
    Blue,
    /// The red of many government portals.
    Red,
    /// Greys only (for sites that go grey on days of mourning).
    Mono,
    /// Black on white with the strongest contrasts.
    Contrast,
}

impl Theme {
    pub const ALL: [Theme; 5] = [Theme::Green, Theme::Blue, Theme::Red, Theme::Mono, Theme::Contrast];

    pub fn id(self) -> &'static str {
        match self {
            Theme::Green => "green",
            Theme::Blue => "blue",
            Theme::Red => "red",
            Theme::Mono => "mono",
            Theme::Contrast => "contrast",
        }
    }

    /// Accepts the ids above, ignoring case and surrounding space, and nothing else.
    pub fn parse(s: &str) -> Option<Theme> {
        let s = s.trim();
        Theme::ALL.into_iter().find(|t| t.id().eq_ignore_ascii_case(s))
    }
}

#[cfg(test)]
mod tests {
    use super::Theme;

    #[test]
    fn parses_only_the_named_presets() {
        for t in Theme::ALL {
            assert_eq!(Theme::parse(t.id()), Some(t));
        }
        assert_eq!(Theme::parse(" RED "), Some(Theme::Red));
        for bad in ["", "purple", "red;background:url(x)", "#ff0000", "blue\"><script>"] {
            assert_eq!(Theme::parse(bad), None, "{bad:?}");
        }
    }
}
