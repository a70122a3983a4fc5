//! UI strings in the chosen language: `tr!(lang, key)` and `tr!(lang, key, name = value)` read
//! locales/en.json and locales/zh.json (compiled in; a missing key is a build error).

use crate::core::text::Lang;
use crate::i18n::Locale;

pub fn locale(lang: Lang) -> Locale {
    match lang {
        Lang::En => Locale::en,
        Lang::Zh => Locale::zh,
    }
}

/// A UI string; with arguments, the string interpolated.
macro_rules! tr {
    ($lang:expr, $($key:tt).+) => {
        leptos_i18n::td_string!($crate::ui::context::i18n::locale($lang), $($key).+)
    };
    ($lang:expr, $($key:tt).+, $($args:tt)+) => {
        leptos_i18n::td_string!($crate::ui::context::i18n::locale($lang), $($key).+, $($args)+)
    };
}
pub(crate) use tr;

/// The `lang` attribute value for the UI language.
pub fn html_lang(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "en",
        Lang::Zh => "zh-CN",
    }
}

/// The browser's preferred language among those the app has.
pub fn browser_lang() -> Lang {
    let languages = leptos::prelude::window().navigator().languages();
    languages
        .iter()
        .filter_map(|l| l.as_string())
        .find_map(|l| Lang::parse(l.split('-').next().unwrap_or("")))
        .unwrap_or_default()
}
