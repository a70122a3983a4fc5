//! Chinese and English interface, locale formats, and search as people type it: Chinese
//! characters, pinyin (full, spaced, initials), English with typos, mixed; highlighting;
//! suggestions in an accessible combobox.

use std::collections::BTreeSet;

use e2e::axe::assert_clean;
use e2e::browser::{
    DESKTOP, console_errors, screenshot, wait_for, wait_for_text, wait_until, with_browser, with_browser_in,
};
use e2e::server::Server;
use e2e::{dist_dir, repo_root};
use jiading_park_explorer::core::explore::RESULTS_PAGE;
use thirtyfour::prelude::*;

async fn text_of(driver: &WebDriver, css: &str) -> WebDriverResult<String> {
    driver.find(By::Css(css)).await?.text().await
}

async fn result_names(driver: &WebDriver) -> WebDriverResult<Vec<String>> {
    let mut out = Vec::new();
    for a in driver.find_all(By::Css("ol.result-list li.result h3 a")).await? {
        out.push(a.text().await?);
    }
    Ok(out)
}

#[tokio::test]
async fn the_language_switch_changes_every_string_and_the_url() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        wait_for(&driver, "li.result").await?;
        assert_eq!(driver.execute("return document.documentElement.lang;", vec![]).await?.json(), "en");
        driver.find(By::Css("#lang-switch a[lang='zh']")).await?.click().await?;
        wait_until(&driver, "document.documentElement.lang === 'zh-CN'").await?;
        assert!(driver.current_url().await?.as_str().contains("lang=zh"));
        wait_for_text(&driver, "h1.page-title", "嘉定产业园区与智造空间").await?;
        assert!(text_of(&driver, ".result-count").await?.ends_with("个地点"));
        assert_eq!(text_of(&driver, ".facet legend").await?, "类型");
        assert_eq!(driver.title().await?, "嘉定园区探索");
        // Focus stays on the switch for keyboard users.
        wait_until(&driver, "document.activeElement.getAttribute('lang') === 'zh'").await?;
        // Data text is Chinese where published.
        let names = result_names(&driver).await?;
        assert!(names.iter().any(|n| n == "安亭国际医疗产业园"), "{names:?}");
        // A name published only in English is shown, and says so.
        let haoyuan =
            driver.find(By::Css("li[data-place='haoyuan-smart-manufacturing-park'] h3")).await?.text().await?;
        assert!(haoyuan.ends_with("（仅有英文名称）"), "{haoyuan}");
        screenshot(&driver, "list-zh").await?;
        assert_clean(&driver, "the Chinese list").await?;

        driver.find(By::Css("#lang-switch a[lang='en']")).await?.click().await?;
        wait_for_text(&driver, "h1.page-title", "Industrial parks and smart manufacturing spaces in Jiading").await?;
        assert!(console_errors(&driver).await?.is_empty());
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn lang_comes_from_the_url_or_else_the_browser() {
    let server = Server::start(dist_dir());
    with_browser_in(DESKTOP, "zh-CN", |driver| async move {
        driver.goto(server.url("/")).await?;
        wait_for_text(&driver, "h1.page-title", "嘉定产业园区与智造空间").await?;
        assert!(!driver.current_url().await?.as_str().contains("lang="), "the default is not written into the URL");
        driver.goto(server.url("/?lang=en")).await?;
        wait_for_text(&driver, "h1.page-title", "Industrial parks and smart manufacturing spaces in Jiading").await?;
        driver.refresh().await?;
        wait_for_text(&driver, "h1.page-title", "Industrial parks and smart manufacturing spaces in Jiading").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn numbers_dates_and_fallbacks_follow_the_language() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?lang=zh&place=haoyuan-smart-manufacturing-park")).await?;
        let facts = wait_for(&driver, "dl.facts").await?.text().await?;
        for expected in ["4亿元", "82,810 平方米", "2025年下半年", "1 栋综合楼", "5 栋厂房", "食堂", "未公开"]
        {
            assert!(facts.contains(expected), "{expected:?} in:\n{facts}");
        }
        // The park's name is published only in English: shown, and marked as such.
        let h1 = wait_for(&driver, "article.detail h1").await?;
        assert_eq!(h1.attr("lang").await?.as_deref(), Some("en"));
        assert!(text_of(&driver, ".detail-head .fallback").await?.contains("仅以英文"));
        assert_clean(&driver, "a place in Chinese").await?;

        // And the other way: a place named only in Chinese, in the English interface.
        driver.goto(server.url("/?lang=en&place=xinggu-malu-tcm-park")).await?;
        let h1 = wait_for(&driver, "article.detail h1").await?;
        assert_eq!((h1.text().await?.as_str(), h1.attr("lang").await?.as_deref()), ("杏谷", Some("zh")));
        assert!(text_of(&driver, ".detail-head .fallback").await?.contains("Chinese only"));
        driver.goto(server.url("/?lang=en&place=haoyuan-smart-manufacturing-park")).await?;
        let facts = wait_for(&driver, "dl.facts").await?.text().await?;
        for expected in ["CNY 400 million", "82,810 m²", "second half of 2025"] {
            assert!(facts.contains(expected), "{expected:?} in:\n{facts}");
        }
        Ok(())
    })
    .await;
}

/// Whether either language of a bilingual text (`{"zh": .., "en": ..}`) contains 安亭.
fn mentions_anting(text: &serde_json::Value) -> bool {
    ["zh", "en"].into_iter().any(|lang| text[lang].as_str().is_some_and(|s| s.contains("安亭")))
}

/// From the shipped data, by the name the Chinese interface shows (the Chinese name, else the
/// English one): the places in Anting Town, and the places the initials of 安亭镇 may find —
/// those in Anting Town or mentioning 安亭 in a searched field (name, aliases, address, summary,
/// tenants).
fn anting_places() -> (BTreeSet<String>, BTreeSet<String>) {
    let text = std::fs::read_to_string(repo_root().join("public/data/places.json")).expect("places.json");
    let data: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let (mut in_town, mut may_match) = (BTreeSet::new(), BTreeSet::new());
    for place in data["places"].as_array().expect("places") {
        let name = &place["name"];
        let shown = name["zh"].as_str().or(name["en"].as_str()).expect("a name").to_owned();
        let listed = |field: &str| place[field].as_array().is_some_and(|texts| texts.iter().any(mentions_anting));
        let anting = place["town"].as_str() == Some("anting");
        let mentioned = mentions_anting(name)
            || mentions_anting(&place["address"])
            || mentions_anting(&place["summary"])
            || listed("aliases")
            || listed("tenants");
        if anting {
            in_town.insert(shown.clone());
        }
        if anting || mentioned {
            may_match.insert(shown);
        }
    }
    (in_town, may_match)
}

/// Types `q` into the search box from empty and returns the result names once settled.
async fn search(driver: &WebDriver, q: &str) -> WebDriverResult<Vec<String>> {
    let input = driver.find(By::Css("#search-input")).await?;
    input.clear().await?;
    input.send_keys(q).await?;
    let encoded: String = driver
        .execute("return new URLSearchParams({q: arguments[0]}).toString();", vec![serde_json::json!(q)])
        .await?
        .convert()?;
    wait_until(driver, &format!("location.search.includes({encoded:?})")).await?;
    result_names(driver).await
}

#[tokio::test]
async fn pinyin_typos_and_mixed_queries_find_places() {
    let (in_town, may_match) = anting_places();
    assert!(!in_town.is_empty(), "the shipped data has places in Anting Town");
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?lang=zh")).await?;
        wait_for(&driver, "li.result").await?;
        let anting = search(&driver, "anting").await?;
        assert!(anting.iter().any(|n| n.contains("安亭")), "full pinyin: {anting:?}");
        assert_eq!(search(&driver, "an ting").await?, anting, "spaced syllables read as one word");
        // Initials of 安亭镇 (an-ting-zhen): the places of Anting Town, and nothing unrelated.
        let initials = search(&driver, "atz").await?;
        assert!(!initials.is_empty(), "initials of 安亭镇 find something");
        let strays: Vec<&String> = initials.iter().filter(|n| !may_match.contains(*n)).collect();
        assert!(
            strays.is_empty(),
            "initials of 安亭镇 find only places in Anting or mentioning 安亭, not {strays:?}: {initials:?}"
        );
        let found = in_town.iter().filter(|n| initials.contains(*n)).count();
        assert!(
            found >= in_town.len().min(RESULTS_PAGE),
            "initials of 安亭镇 find the places of Anting Town {in_town:?}: {initials:?}"
        );
        let mixed = search(&driver, "waigang valeo").await?;
        assert_eq!(mixed.len(), 1, "{mixed:?}");
        assert!(mixed[0].contains("法雷奥") || mixed[0].contains("Valeo"), "{mixed:?}");
        assert_eq!(search(&driver, "外冈 valeo").await?, mixed, "characters and English");
        let typo = search(&driver, "hydorgen").await?;
        assert!(typo.iter().any(|n| n.contains("氢能") || n.contains("Hydrogen")), "one typo: {typo:?}");
        // Highlighting: the characters the pinyin matched are marked.
        search(&driver, "anting").await?;
        let marks: Vec<String> = driver
            .execute("return [...document.querySelectorAll('li.result h3 a mark')].map(m => m.textContent);", vec![])
            .await?
            .convert()?;
        assert!(marks.iter().any(|m| m == "安亭"), "{marks:?}");
        screenshot(&driver, "search-pinyin").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn no_results_offers_the_nearest_places_and_a_way_out() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?q=valeo+zzzz")).await?;
        wait_for_text(&driver, ".result-count", "No places match.").await?;
        let nearest = driver.find_all(By::Css(".nearest li.result h3 a")).await?;
        assert!(!nearest.is_empty(), "nearest matches are offered");
        assert!(nearest[0].text().await?.contains("Valeo"));
        assert_clean(&driver, "the no-results state").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_suggestion_combobox_works_from_the_keyboard() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        let input = wait_for(&driver, "#search-input").await?;
        assert_eq!(input.attr("role").await?.as_deref(), Some("combobox"));
        input.send_keys("malu").await?;
        wait_until(&driver, "document.querySelector('#search-input').getAttribute('aria-expanded') === 'true'").await?;
        let options = driver.find_all(By::Css("#search-suggestions [role='option']")).await?;
        assert!(!options.is_empty());
        let first: String =
            driver.execute("return arguments[0].textContent;", vec![options[0].to_json()?]).await?.convert()?;
        assert_eq!(first, "Town Malu Town");
        let status: String = driver
            .execute("return document.querySelector('.search [role=status]').textContent;", vec![])
            .await?
            .convert()?;
        assert!(status.contains("suggestions"), "the count is announced: {status:?}");
        assert_clean(&driver, "the open suggestions").await?;

        // Down, down, up: the first option is active.
        input.send_keys(Key::Down).await?;
        input.send_keys(Key::Down).await?;
        input.send_keys(Key::Up).await?;
        wait_until(
            &driver,
            "document.querySelector('#search-input').getAttribute('aria-activedescendant') === 'suggestion-0'",
        )
        .await?;
        assert_eq!(options[0].attr("aria-selected").await?.as_deref(), Some("true"));
        // Enter chooses it: the town becomes a filter and the box clears.
        input.send_keys(Key::Enter).await?;
        wait_until(&driver, "location.search.includes('town=malu') && !location.search.includes('q=')").await?;
        assert!(driver.find(By::Css("#facet-town-malu")).await?.is_selected().await?);
        assert_eq!(input.value().await?.as_deref(), Some(""));

        // Escape closes the list; a second Escape clears the text.
        input.send_keys("haoyuan").await?;
        wait_until(&driver, "document.querySelector('#search-input').getAttribute('aria-expanded') === 'true'").await?;
        input.send_keys(Key::Escape).await?;
        wait_until(&driver, "document.querySelector('#search-input').getAttribute('aria-expanded') === 'false'")
            .await?;
        assert_eq!(input.value().await?.as_deref(), Some("haoyuan"));
        input.send_keys(Key::Escape).await?;
        wait_until(&driver, "document.querySelector('#search-input').value === ''").await?;

        // Choosing a place opens it.
        input.send_keys("haoyuan").await?;
        wait_until(&driver, "document.querySelector('#search-input').getAttribute('aria-expanded') === 'true'").await?;
        input.send_keys(Key::Down).await?;
        input.send_keys(Key::Enter).await?;
        wait_for(&driver, "article.detail h1").await?;
        assert!(driver.current_url().await?.as_str().contains("place=haoyuan-smart-manufacturing-park"));
        Ok(())
    })
    .await;
}
