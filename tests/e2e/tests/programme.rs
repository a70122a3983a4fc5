//! The recognition-programme facet (smart-manufacturing-space projects, municipal and district
//! featured parks, New City key zones): live counts, `programme=` in the URL (repeatable), both
//! languages, in the explorer and in the space finder.

use e2e::axe::assert_clean;
use e2e::browser::{DESKTOP, console_errors, wait_for, wait_for_text, wait_until, with_browser};
use e2e::server::Server;
use e2e::{dist_dir, repo_root};
use thirtyfour::prelude::*;

fn shipped() -> serde_json::Value {
    let text = std::fs::read_to_string(repo_root().join("public/data/places.json")).expect("places.json");
    serde_json::from_str(&text).expect("valid JSON")
}

/// The places recognised by any of `programmes`.
fn recognised<'a>(data: &'a serde_json::Value, programmes: &[&str]) -> Vec<&'a serde_json::Value> {
    let places = data["places"].as_array().expect("places");
    places.iter().filter(|p| programmes.iter().any(|id| p["recognition"].get(*id).is_some())).collect()
}

fn count_text(n: usize) -> String {
    if n == 1 { "1 place".into() } else { format!("{n} places") }
}

async fn label(driver: &WebDriver, id: &str) -> WebDriverResult<String> {
    driver.find(By::Css(format!("label[for='facet-programme-{id}']"))).await?.text().await
}

#[tokio::test]
async fn programmes_filter_with_live_counts_in_the_url_and_both_languages() {
    let server = Server::start(dist_dir());
    let data = shipped();
    let sms = recognised(&data, &["smart-manufacturing-space"]).len();
    let zones = recognised(&data, &["new-city-key-zone"]).len();
    let either = recognised(&data, &["smart-manufacturing-space", "new-city-key-zone"]).len();
    assert!(sms > 0 && zones > 0 && either >= sms.max(zones), "the shipped data recognises places");
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        wait_for(&driver, "li.result").await?;
        let legends: Vec<String> = driver
            .execute("return [...document.querySelectorAll('.facet legend')].map(l => l.textContent);", vec![])
            .await?
            .convert()?;
        assert!(legends.contains(&"Recognised as".to_owned()), "{legends:?}");
        let sms_label = label(&driver, "smart-manufacturing-space").await?;
        assert!(sms_label.starts_with("Smart manufacturing space") && sms_label.ends_with(&format!("({sms})")), "{sms_label}");

        let sms_box = driver.find(By::Css("#facet-programme-smart-manufacturing-space")).await?;
        sms_box.click().await?;
        wait_until(&driver, "location.search === '?programme=smart-manufacturing-space'").await?;
        wait_for_text(&driver, ".result-count", &count_text(sms)).await?;
        // Values of one facet are alternatives: its own counts still show what a second adds.
        assert!(label(&driver, "new-city-key-zone").await?.ends_with(&format!("({zones})")));
        driver.find(By::Css("#facet-programme-new-city-key-zone")).await?.click().await?;
        wait_until(&driver, "location.search === '?programme=smart-manufacturing-space&programme=new-city-key-zone'")
            .await?;
        wait_for_text(&driver, ".result-count", &count_text(either)).await?;
        assert_clean(&driver, "the explorer filtered by programme").await?;

        // Reload: the URL keeps both; other facets' counts apply the programme.
        driver.refresh().await?;
        wait_for_text(&driver, ".result-count", &count_text(either)).await?;
        assert!(driver.find(By::Css("#facet-programme-new-city-key-zone")).await?.is_selected().await?);
        let kinds: Vec<usize> = driver
            .execute(
                "return [...document.querySelectorAll('label[for^=\"facet-kind-\"] .count')].map(c => +c.textContent.replace(/[()]/g, ''));",
                vec![],
            )
            .await?
            .convert()?;
        assert_eq!(kinds.iter().sum::<usize>(), either, "kind counts add up to the recognised places: {kinds:?}");

        // Clear all clears it.
        driver.find(By::Css(".clear-all")).await?.click().await?;
        wait_until(&driver, "location.search === ''").await?;
        assert!(!driver.find(By::Css("#facet-programme-smart-manufacturing-space")).await?.is_selected().await?);

        // In Chinese.
        driver.goto(server.url("/?lang=zh&programme=new-city-key-zone")).await?;
        wait_for_text(&driver, ".result-count", &format!("{zones} 个地点")).await?;
        let zh = label(&driver, "new-city-key-zone").await?;
        assert!(zh.starts_with("嘉定新城重点片区") && zh.ends_with(&format!("({zones})")), "{zh}");
        assert!(legends_contain(&driver, "认定类别").await?);
        assert_clean(&driver, "the programme facet in Chinese").await?;
        assert!(console_errors(&driver).await?.is_empty());
        Ok(())
    })
    .await;
}

async fn legends_contain(driver: &WebDriver, text: &str) -> WebDriverResult<bool> {
    let legends: Vec<String> = driver
        .execute("return [...document.querySelectorAll('.facet legend')].map(l => l.textContent);", vec![])
        .await?
        .convert()?;
    Ok(legends.iter().any(|l| l == text))
}

#[tokio::test]
async fn the_space_finder_filters_by_programme_too() {
    let server = Server::start(dist_dir());
    let data = shipped();
    let places = recognised(&data, &["smart-manufacturing-space"]);
    let rows: usize = places
        .iter()
        .filter(|p| p["kind"] != "enterprise")
        .map(|p| p["spaces"].as_array().map_or(0, Vec::len).max(1))
        .sum();
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?page=spaces")).await?;
        wait_for(&driver, ".spaces-table tbody tr").await?;
        driver.find(By::Css("#facet-programme-smart-manufacturing-space")).await?.click().await?;
        wait_until(&driver, "location.search === '?programme=smart-manufacturing-space&page=spaces'").await?;
        wait_until(&driver, &format!("document.querySelectorAll('.spaces-table tbody tr').length === {rows}")).await?;
        let names: Vec<String> = driver
            .execute(
                "return [...document.querySelectorAll('.spaces-table tbody th a')].map(a => a.textContent);",
                vec![],
            )
            .await?
            .convert()?;
        let expected: Vec<&str> = places.iter().filter_map(|p| p["name"]["en"].as_str()).collect();
        assert!(names.iter().all(|n| expected.contains(&n.as_str())), "{names:?} within {expected:?}");
        assert_clean(&driver, "the space finder filtered by programme").await?;
        Ok(())
    })
    .await;
}
