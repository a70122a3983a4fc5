//! The places entered through the workbench from the notes added on 2026-12-01 (issue 16), as a
//! reader sees them in both languages: Juyuan and Zhenxin no longer read 0, each place's
//! statements and timeline lead in one activation to a source that links its page, a name
//! published only in Chinese is marked so in English, approximate points say so, and dates of
//! different precision are in order.

use e2e::axe::assert_clean;
use e2e::browser::{DESKTOP, PHONE, wait_for, wait_for_part, with_browser, with_browser_in};
use e2e::server::Server;
use e2e::{dist_dir, repo_root};
use serde_json::Value;
use thirtyfour::prelude::*;

const ADDED: [&str; 7] = [
    "jiaju-zhiwan-ai-base",
    "aviation-zhigu-zhenxin",
    "wenzhou-jiading-innovation-park",
    "wenzhou-jiading-innovation-park-phase-2",
    "gaobo-aviation-industrial-base",
    "apq-particle-hq",
    "shanghai-houfu-hq",
];

fn shipped() -> Value {
    let text = std::fs::read_to_string(repo_root().join("public/data/places.json")).expect("places.json");
    serde_json::from_str(&text).expect("valid JSON")
}

fn place(id: &str) -> Value {
    shipped()["places"].as_array().and_then(|p| p.iter().find(|p| p["id"] == id).cloned()).expect(id)
}

/// Every citation mark on the page, with the address its target source links (None: no target,
/// or a target without a web link).
async fn marks(driver: &WebDriver) -> WebDriverResult<Vec<(String, Option<String>)>> {
    driver
        .execute(
            "return [...document.querySelectorAll('article.detail a.ref')].map(a => { \
               const t = document.querySelector(a.getAttribute('href')); \
               const link = t && t.querySelector('a[href^=\"http\"]'); \
               return [a.getAttribute('href'), link ? link.href : null]; });",
            vec![],
        )
        .await?
        .convert()
}

#[tokio::test]
async fn juyuan_and_zhenxin_have_places_and_every_statement_leads_to_its_source() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?lang=en")).await?;
        for (town, name) in [("juyuan", "Juyuan New Area"), ("zhenxin", "Zhenxin Subdistrict")] {
            let expected = shipped()["places"].as_array().map_or(0, |p| p.iter().filter(|p| p["town"] == town).count());
            assert!(expected > 0, "{town} has a place");
            let label = wait_for(&driver, &format!("label[for='facet-town-{town}']")).await?.text().await?;
            assert_eq!(label.replace('\n', ""), format!("{name}({expected})"));
        }
        driver.find(By::Css("#facet-town-juyuan")).await?.click().await?;
        wait_for_part(&driver, "ol.result-list", "嘉菊智湾").await?;

        for id in ADDED {
            let p = place(id);
            let urls: Vec<String> = p["sources"]
                .as_array()
                .into_iter()
                .flatten()
                .filter_map(|s| {
                    shipped()["sources"].as_array()?.iter().find(|x| &x["id"] == s)?["url"].as_str().map(str::to_owned)
                })
                .collect();
            for lang in ["en", "zh"] {
                driver.goto(server.url(&format!("/?lang={lang}&place={id}"))).await?;
                wait_for_part(&driver, "article.detail h1", p["name"]["zh"].as_str().unwrap_or_default()).await?;
                let found = marks(&driver).await?;
                let statements =
                    p["facts"].as_array().map_or(0, Vec::len) + p["timeline"].as_array().map_or(0, Vec::len);
                assert!(found.len() >= statements, "{id} ({lang}): {} marks for {statements} statements", found.len());
                for (target, url) in found {
                    let url = url.unwrap_or_else(|| panic!("{id} ({lang}): {target} leads to no source link"));
                    assert!(urls.iter().any(|u| u == &url), "{id} ({lang}): {url} is not one of its sources");
                }
                let text = driver.find(By::Css("article.detail")).await?.text().await?;
                let approximate = if lang == "en" { "Approximate location." } else { "近似位置。" };
                assert!(text.contains(approximate), "{id} ({lang}) says its point is approximate");
                if lang == "en" {
                    assert!(
                        text.contains("Name published in Chinese only."),
                        "{id}: the English page says the name is Chinese only"
                    );
                }
            }
        }
        assert_clean(&driver, "a place entered through the workbench").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_timeline_of_mixed_dates_reads_in_order_on_a_phone_in_chinese() {
    let server = Server::start(dist_dir());
    with_browser_in(PHONE, "zh-CN", |driver| async move {
        driver.goto(server.url("/?place=aviation-zhigu-zhenxin")).await?;
        wait_for_part(&driver, "article.detail", "时间线").await?;
        let dates: Vec<String> = driver
            .execute("return [...document.querySelectorAll('ol.timeline:not(.planned) time')].map(t => t.getAttribute('datetime'));", vec![])
            .await?
            .convert()?;
        assert_eq!(dates, ["2022-06-15", "2023-07", "2023-07-06"], "by when each begins, the month before a day in it");
        let planned = driver.find(By::Css("ol.timeline.planned")).await?.text().await?;
        assert!(planned.contains("计划") && planned.contains("2026年3月"), "{planned}");
        assert_clean(&driver, "a new place on a phone").await?;
        Ok(())
    })
    .await;
}
