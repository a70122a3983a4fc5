//! Claims a reader can trust, as a user sees them in both languages: a status carries the date of
//! its source and is marked when it may be out of date, a plan reads as a plan (in key facts and
//! on the timeline), a storey height is not shown as a clear height, a value resting on a weak
//! source alone is marked even where the place cites stronger ones, and a programme says how many
//! of its members the public sources name.

use e2e::axe::assert_clean;
use e2e::browser::{DESKTOP, console_errors, wait_for, wait_for_text, with_browser};
use e2e::server::Server;
use e2e::{dist_dir, repo_root};
use thirtyfour::prelude::*;

fn shipped() -> serde_json::Value {
    let text = std::fs::read_to_string(repo_root().join("public/data/places.json")).expect("places.json");
    serde_json::from_str(&text).expect("valid JSON")
}

async fn text_of(driver: &WebDriver, css: &str) -> WebDriverResult<String> {
    wait_for(driver, css).await?.text().await
}

const HAOYUAN: &str = "/?place=haoyuan-smart-manufacturing-park";

#[tokio::test]
async fn a_status_says_as_of_when_and_a_plan_reads_as_a_plan() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        // Haoyuan: completed per the article of 10 June 2025, 17 months before the data's date.
        driver.goto(server.url(HAOYUAN)).await?;
        let meta = text_of(&driver, "article.detail .detail-head .meta").await?;
        assert_eq!(meta, "Park · Completed, as of 10 June 2025 (may be out of date)");
        let facts = text_of(&driver, "dl.facts").await?;
        assert!(facts.contains("Completed, as of 10 June 2025 (may be out of date)"), "{facts}");
        assert!(facts.contains("planned: second half of 2025"), "the opening was a plan: {facts}");
        // The timeline keeps what happened apart from what was planned.
        let happened = text_of(&driver, "ol.timeline:not(.planned)").await?;
        assert!(happened.contains("May 2025") && !happened.contains("second half"), "{happened}");
        assert_eq!(text_of(&driver, "#planned-heading").await?, "Planned");
        let planned = text_of(&driver, "ol.timeline.planned").await?;
        assert!(planned.starts_with("planned: second half of 2025"), "{planned}");
        // Its one published space: a maximum storey height, in the storey-height column.
        let spaces: Vec<String> = driver
            .execute(
                "const t = document.querySelector('table.spaces'); const heads = [...t.querySelectorAll('thead th')].map(th => th.innerText); \
                 const cells = [...t.querySelectorAll('tbody tr:first-child > *')].map(td => td.innerText); \
                 return heads.map((h, i) => h + '=' + cells[i]);",
                vec![],
            )
            .await?
            .convert()?;
        assert!(spaces.contains(&"Storey height=up to 9.5 m".to_owned()), "{spaces:?}");
        assert!(spaces.contains(&"Clear height=not published".to_owned()), "{spaces:?}");
        assert_clean(&driver, "a place with dated and planned claims").await?;

        // A recent status is not marked.
        driver.goto(server.url("/?place=shanghai-medvalley")).await?;
        let meta = text_of(&driver, "article.detail .detail-head .meta").await?;
        assert_eq!(meta, "Park · Operating, as of 30 January 2026");

        // In the list too.
        driver.goto(server.url("/?q=haoyuan")).await?;
        let status = text_of(&driver, "li.result .meta .status").await?;
        assert_eq!(status, "Completed, as of 10 June 2025 (may be out of date)");

        // In Chinese.
        driver.goto(server.url(&format!("{HAOYUAN}&lang=zh"))).await?;
        let meta = text_of(&driver, "article.detail .detail-head .meta").await?;
        assert_eq!(meta, "园区 · 已建成（截至2025年6月10日）（可能已过时）");
        let facts = text_of(&driver, "dl.facts").await?;
        assert!(facts.contains("计划：2025年下半年"), "{facts}");
        assert_eq!(text_of(&driver, "#planned-heading").await?, "计划");
        assert!(text_of(&driver, "ol.timeline.planned").await?.starts_with("计划：2025年下半年"));
        assert_clean(&driver, "the same place in Chinese").await?;
        assert!(console_errors(&driver).await?.is_empty());
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_name_resting_on_a_weak_source_alone_is_marked_in_its_language() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        // Valeo: the English name is Shanghai Daily's, the Chinese one only a weak repost's.
        driver.goto(server.url("/?place=valeo-waigang-base")).await?;
        wait_for(&driver, "article.detail h1").await?;
        let title_marks = driver.find_all(By::Css(".detail-head .title-row .badge.weak")).await?;
        assert!(title_marks.is_empty(), "the English name rests on the press");
        let other = text_of(&driver, ".detail-head .other-name").await?;
        assert!(other.contains("法雷奥") && other.contains("secondary source"), "{other}");
        driver.goto(server.url("/?place=valeo-waigang-base&lang=zh")).await?;
        let title = text_of(&driver, ".detail-head .title-row").await?;
        assert!(title.contains("法雷奥") && title.contains("二手来源"), "{title}");
        let other = text_of(&driver, ".detail-head .other-name").await?;
        assert!(other.contains("Valeo") && !other.contains("二手来源"), "{other}");
        assert_clean(&driver, "a weak-only Chinese name").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn programmes_say_how_many_members_the_sources_name() {
    let server = Server::start(dist_dir());
    let data = shipped();
    let named = data["places"]
        .as_array()
        .expect("places")
        .iter()
        .filter(|p| p["recognition"].get("smart-manufacturing-space").is_some())
        .count();
    assert_eq!(named, 5, "the founding article names five of the 32");
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?programme=smart-manufacturing-space")).await?;
        wait_for_text(&driver, ".result-count", "5 places").await?;
        let coverage = text_of(&driver, ".notice.coverage").await?;
        assert!(coverage.contains("5 of 32 are named in public sources; the others are not published."), "{coverage}");
        driver.goto(server.url("/?programme=smart-manufacturing-space&lang=zh")).await?;
        let coverage = text_of(&driver, ".notice.coverage").await?;
        assert!(coverage.contains("共 32 个，其中 5 个在公开资料中有名称，其余未公开。"), "{coverage}");
        assert_clean(&driver, "a programme's coverage").await?;

        // The sources page lists every programme with its count and the source of the count.
        driver.goto(server.url("/?page=sources")).await?;
        let programmes = text_of(&driver, "ul.programmes").await?;
        for line in ["5 of 32", "3 of 3", "3 of 16", "7 of 7"] {
            assert!(programmes.contains(line), "{line:?} in {programmes}");
        }
        let links: usize = driver
            .execute("return document.querySelectorAll('ul.programmes a[href^=\"http\"]').length;", vec![])
            .await?
            .convert()?;
        assert!(links >= 4, "each count links its source ({links})");
        // The seventh New City key zone is in the data, with nothing invented.
        driver.goto(server.url("/?place=ximen-historical-cultural-block")).await?;
        assert_eq!(text_of(&driver, "article.detail h1").await?, "Ximen Historical and Cultural Block");
        let facts = text_of(&driver, "dl.facts").await?;
        assert!(facts.contains("not published"), "{facts}");
        Ok(())
    })
    .await;
}
