//! The towns page: the 12 towns side by side as a chart and its table, sums that say how many
//! places publish them, and a town's own view with its places, its timeline and the way to the
//! explorer filtered to it.

use e2e::axe::assert_clean;
use e2e::browser::{DESKTOP, PHONE, screenshot, wait_for, wait_for_text, wait_until, with_browser, with_browser_in};
use e2e::dist_dir;
use e2e::server::Server;
use thirtyfour::prelude::*;

#[tokio::test]
async fn twelve_towns_side_by_side_and_one_towns_own_view() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?page=towns&lang=en")).await?;
        wait_for_text(&driver, ".towns-page h1", "Towns").await?;
        let rows = driver.find_all(By::Css("table.towns tbody tr")).await?;
        assert_eq!(rows.len(), 12, "every town of the data");
        let anting = driver.find(By::XPath("//table[contains(@class,'towns')]//tr[th[.='Anting Town']]")).await?;
        let cells: Vec<String> = {
            let mut v = Vec::new();
            for td in anting.find_all(By::Css("td")).await? {
                v.push(td.text().await?);
            }
            v
        };
        assert!(cells[0].starts_with("5 ("), "{cells:?}");
        assert_eq!(cells[3], "CNY 50.43 billion across 2 of 5 places");
        assert_eq!(cells[4], "54,000 m² across 1 of 5 places");
        // The chart is an image with a name; its figures are the table's.
        let chart = driver.find(By::Css(".towns-chart svg[role='img']")).await?;
        assert!(chart.attr("aria-label").await?.unwrap_or_default().contains("table below"));
        assert_eq!(driver.find_all(By::Css(".towns-chart .bar-label")).await?.len(), 12);
        assert_clean(&driver, "the towns page").await?;
        screenshot(&driver, "towns").await?;

        // A town's own view, by keyboard.
        let link = driver.find(By::XPath("//table[contains(@class,'towns')]//th/a[.='Anting Town']")).await?;
        link.focus().await?;
        driver.active_element().await?.send_keys(Key::Enter).await?;
        wait_for_text(&driver, ".town-page h1", "Anting Town").await?;
        assert!(driver.current_url().await?.as_str().contains("town=anting"));
        assert_eq!(driver.find_all(By::Css(".town-places li")).await?.len(), 5);
        assert!(!driver.find_all(By::Css(".town-page .timeline-planned .timeline-entry")).await?.is_empty());
        assert_clean(&driver, "a town's page").await?;
        driver.find(By::XPath("//a[.='Open Anting Town in the explorer']")).await?.click().await?;
        wait_for_text(&driver, ".result-count", "5 places").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_towns_page_in_chinese_and_on_a_phone() {
    let server = Server::start(dist_dir());
    with_browser_in(PHONE, "zh-CN", |driver| async move {
        driver.goto(server.url("/?page=towns")).await?;
        wait_for_text(&driver, ".towns-page h1", "镇街").await?;
        let text = wait_for(&driver, "table.towns").await?.text().await?;
        assert!(text.contains("5 个地点中 2 个公布，合计 504.3亿元"), "{text}");
        // Only the table scrolls sideways, in its own box.
        wait_until(&driver, "document.documentElement.scrollWidth <= window.innerWidth").await?;
        assert_clean(&driver, "the towns page on a phone").await?;
        Ok(())
    })
    .await;
}
