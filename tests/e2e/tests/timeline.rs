//! The timeline page: every dated event of the places the filters leave, newest first, planned
//! apart, each with its place and source; a town one filter away; a year range in the URL.

use e2e::axe::assert_clean;
use e2e::browser::{DESKTOP, PHONE, screenshot, wait_for, wait_for_text, wait_until, with_browser, with_browser_in};
use e2e::server::Server;
use e2e::{dist_dir, repo_root};
use thirtyfour::prelude::*;

async fn texts(driver: &WebDriver, css: &str) -> WebDriverResult<Vec<String>> {
    let mut out = Vec::new();
    for e in driver.find_all(By::Css(css)).await? {
        out.push(e.text().await?);
    }
    Ok(out)
}

/// How many dated events the shipped data has, and at how many places.
fn shipped_events() -> (usize, usize) {
    let text = std::fs::read_to_string(repo_root().join("public/data/places.json")).expect("places.json");
    let v: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let lists: Vec<usize> =
        v["places"].as_array().into_iter().flatten().map(|p| p["timeline"].as_array().map_or(0, Vec::len)).collect();
    (lists.iter().sum(), lists.iter().filter(|n| **n > 0).count())
}

#[tokio::test]
async fn a_resident_of_anting_finds_what_was_built_and_announced_there_and_when() {
    let server = Server::start(dist_dir());
    with_browser_in(DESKTOP, "zh-CN", |driver| async move {
        driver.goto(server.url("/")).await?;
        wait_for(&driver, "li.result").await?;
        driver.find(By::XPath("//nav//a[.='大事记']")).await?.click().await?;
        wait_for_text(&driver, ".timeline-page h1", "大事记").await?;
        // Every event of the shipped data.
        let (events, places) = shipped_events();
        wait_for_text(&driver, "#timeline-count", &format!("{places} 个地点的 {events} 条有日期的事件")).await?;

        // One filter away: the town.
        driver.find(By::Css("label[for='facet-town-anting']")).await?.click().await?;
        wait_for_text(&driver, "#timeline-count", "4 个地点的 8 条有日期的事件").await?;
        let url = driver.current_url().await?.to_string();
        assert!(url.contains("page=timeline") && url.contains("town=anting"), "{url}");
        assert_eq!(
            texts(&driver, ".timeline-happened h3").await?,
            ["2023年", "2020年", "2019年", "2001年"],
            "newest first, by year"
        );
        // A month heading, and a day where the source gives one.
        let happened = driver.find(By::Css(".timeline-happened")).await?.text().await?;
        assert!(happened.contains("2023年7月") && happened.contains("2023年7月3日"), "{happened}");
        // What is planned is apart, and says so.
        assert_eq!(texts(&driver, ".timeline-planned h4").await?, ["计划：2027年", "计划：2025年", "计划：2023年12月"]);
        let planned_places = texts(&driver, ".timeline-planned .timeline-entry a[href*='place=']").await?;
        assert_eq!(planned_places.len(), 3);
        assert!(planned_places.iter().all(|p| p == "谷川集团 国际氢能产业基地"), "{planned_places:?}");
        // Each event names its source, as a link.
        for entry in driver.find_all(By::Css(".timeline-entry")).await? {
            assert!(!entry.find_all(By::Css(".timeline-sources li a[href^='http']")).await?.is_empty());
        }
        assert_clean(&driver, "the timeline of a town").await?;
        screenshot(&driver, "timeline-anting-zh").await?;

        // The years, in the URL.
        driver.find(By::Css("#years-from option[value='2020']")).await?.click().await?;
        wait_for_text(&driver, "#timeline-count", "2 个地点的 5 条有日期的事件").await?;
        assert!(driver.current_url().await?.as_str().contains("years=2020-"));
        assert_eq!(texts(&driver, ".timeline-happened h3").await?, ["2023年", "2020年"]);

        // An event's place opens by keyboard.
        let link = driver.find(By::Css(".timeline-happened .timeline-entry a[href*='place=']")).await?;
        let name = link.text().await?;
        link.focus().await?;
        driver.active_element().await?.send_keys(Key::Enter).await?;
        wait_for_text(&driver, ".detail h1", &name).await?;
        let url = driver.current_url().await?.to_string();
        assert!(url.contains("place=") && !url.contains("page=timeline"), "{url}");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn partial_dates_read_naturally_in_english_and_odd_ranges_are_handled() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?page=timeline&lang=en&years=2025")).await?;
        wait_for(&driver, "#timeline-count").await?;
        let planned = texts(&driver, ".timeline-planned h4").await?;
        assert!(planned.contains(&"Planned: second half of 2025".to_owned()), "{planned:?}");
        assert!(texts(&driver, ".timeline-happened h3").await?.iter().all(|y| y == "2025"));
        assert_clean(&driver, "the timeline in English").await?;

        // A range the data has nothing in says so; a malformed one is ignored.
        driver.goto(server.url("/?page=timeline&lang=en&years=2040-2050")).await?;
        wait_for_text(&driver, "#timeline-count", "No dated events for these places and years.").await?;
        driver.goto(server.url("/?page=timeline&lang=en&years=abcd")).await?;
        let (events, places) = shipped_events();
        wait_for_text(&driver, "#timeline-count", &format!("{events} dated events at {places} places")).await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_timeline_reflows_on_a_phone() {
    let server = Server::start(dist_dir());
    with_browser(PHONE, |driver| async move {
        driver.goto(server.url("/?page=timeline&lang=zh")).await?;
        wait_for(&driver, ".timeline-entry").await?;
        wait_until(&driver, "document.documentElement.scrollWidth <= window.innerWidth").await?;
        screenshot(&driver, "timeline-phone-zh").await?;
        Ok(())
    })
    .await;
}
