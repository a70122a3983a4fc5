//! Both interface languages have every string, with the same placeholders.

use std::collections::BTreeMap;

use serde_json::Value;

fn flatten(prefix: &str, v: &Value, out: &mut BTreeMap<String, String>) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                flatten(&format!("{prefix}{k}."), v, out);
            }
        }
        Value::String(s) => {
            out.insert(prefix.trim_end_matches('.').to_owned(), s.clone());
        }
        other => panic!("{prefix}: unexpected {other}"),
    }
}

fn load(lang: &str) -> BTreeMap<String, String> {
    let path = format!("{}/locales/{lang}.json", env!("CARGO_MANIFEST_DIR"));
    let v: Value = serde_json::from_str(&std::fs::read_to_string(&path).expect("locale file")).expect("valid JSON");
    let mut out = BTreeMap::new();
    flatten("", &v, &mut out);
    out
}

fn placeholders(s: &str) -> Vec<&str> {
    let mut out: Vec<&str> = s.split("{{").skip(1).filter_map(|p| p.split("}}").next()).map(str::trim).collect();
    out.sort_unstable();
    out
}

#[test]
fn chinese_and_english_have_the_same_keys_and_placeholders() {
    let (en, zh) = (load("en"), load("zh"));
    let only_en: Vec<&String> = en.keys().filter(|k| !zh.contains_key(*k)).collect();
    let only_zh: Vec<&String> = zh.keys().filter(|k| !en.contains_key(*k)).collect();
    assert!(only_en.is_empty() && only_zh.is_empty(), "missing in zh: {only_en:?}; missing in en: {only_zh:?}");
    for (key, text) in &en {
        assert_eq!(placeholders(text), placeholders(&zh[key]), "placeholders of {key}");
        assert!(!zh[key].trim().is_empty(), "{key} is empty in zh");
    }
}

#[test]
fn the_chinese_strings_are_chinese() {
    let zh = load("zh");
    let han = |s: &str| s.chars().any(jiading_park_explorer::core::text::pinyin::is_han);
    // Strings that are the same in both languages by nature.
    let universal = ["site_name", "map.marker"];
    let untranslated: Vec<&String> = zh
        .iter()
        // Punctuation alone (a list's separator) has no language to be in.
        .filter(|(k, v)| !universal.contains(&k.as_str()) && !han(v) && v.chars().any(char::is_alphabetic))
        .map(|(k, _)| k)
        .collect();
    assert!(untranslated.is_empty(), "zh strings without Chinese: {untranslated:?}");
}

#[test]
fn the_consoles_refusal_reasons_are_the_embed_pages_english_ones() {
    use jiading_park_explorer::core::site::embed::Refusal;
    let en = load("en");
    let pairs = [
        (Refusal::NotAList, "embed.refused_not_a_list"),
        (Refusal::NotText, "embed.refused_not_text"),
        (Refusal::Wildcard, "embed.refused_wildcard"),
        (Refusal::Scheme, "embed.refused_scheme"),
        (Refusal::Path, "embed.refused_path"),
        (Refusal::UserInfo, "embed.refused_user"),
        (Refusal::Port, "embed.refused_port"),
        (Refusal::Host, "embed.refused_host"),
    ];
    for (r, key) in pairs {
        assert_eq!(r.explain(), en[key], "{key}");
    }
}
