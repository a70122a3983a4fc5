//! Bilingual text as stored in the data, and the choice of language for display.

/// A language the app and the data are written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Lang {
    Zh,
    #[default]
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "zh" | "zh-cn" | "zh-hans" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

/// Text published in Chinese, English or both. At least one language is present (validated).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Text {
    pub zh: Option<String>,
    pub en: Option<String>,
}

/// Text picked for display: what to show, in which language it actually is, and whether it is a
/// fallback from the other language (the UI marks fallbacks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Picked<'a> {
    pub text: &'a str,
    pub lang: Lang,
    pub fallback: bool,
}

impl Text {
    pub fn en(s: &str) -> Text {
        Text { zh: None, en: Some(s.to_owned()) }
    }

    pub fn get(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Zh => self.zh.as_deref(),
            Lang::En => self.en.as_deref(),
        }
    }

    /// The text in `lang`, else in the other language marked as a fallback.
    pub fn pick(&self, lang: Lang) -> Picked<'_> {
        if let Some(text) = self.get(lang) {
            return Picked { text, lang, fallback: false };
        }
        let other = lang.other();
        Picked { text: self.get(other).unwrap_or(""), lang: other, fallback: true }
    }

    /// Every language present, for search.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.zh.as_deref().into_iter().chain(self.en.as_deref())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pick_prefers_the_asked_language_and_marks_fallbacks() {
        let both = Text { zh: Some("安亭镇".into()), en: Some("Anting Town".into()) };
        assert_eq!(both.pick(Lang::Zh).text, "安亭镇");
        assert!(!both.pick(Lang::En).fallback);
        let zh_only = Text { zh: Some("杏谷".into()), en: None };
        let picked = zh_only.pick(Lang::En);
        assert_eq!((picked.text, picked.lang, picked.fallback), ("杏谷", Lang::Zh, true));
    }

    #[test]
    fn lang_parse_accepts_common_tags_and_rejects_others() {
        assert_eq!(Lang::parse("ZH"), Some(Lang::Zh));
        assert_eq!(Lang::parse("zh-Hans"), Some(Lang::Zh));
        assert_eq!(Lang::parse(" en "), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
    }
}
