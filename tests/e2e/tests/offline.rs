//! Offline use: after one visit the service worker serves the app and its data with the network
//! down, and the next online load shows newer data with a notice.

use e2e::browser::{DESKTOP, console_errors, wait_for, wait_for_text, wait_until, with_browser};
use e2e::server::{Reply, Server};
use e2e::{dist_dir, repo_root};
use thirtyfour::prelude::*;

/// The `updated` date of the data served on the first visit: made up for this test, so that a
/// new edition of public/data/places.json changes nothing here.
const FIRST_UPDATED: &str = "2031-03-15";
/// How the app writes [`FIRST_UPDATED`] in English.
const FIRST_UPDATED_EN: &str = "15 March 2031";
/// The `updated` date of the newer data published later, after [`FIRST_UPDATED`].
const NEWER_UPDATED: &str = "2031-04-02";
const NEWER_UPDATED_EN: &str = "2 April 2031";

fn shipped_text() -> String {
    std::fs::read_to_string(repo_root().join("public/data/places.json")).expect("places.json")
}

/// The shipped data with the test's own date, served on the first visit.
fn first_data() -> String {
    let mut data: serde_json::Value = serde_json::from_str(&shipped_text()).expect("valid JSON");
    assert_ne!(data["updated"], FIRST_UPDATED, "the test's date must differ from the shipped data's");
    data["updated"] = serde_json::json!(FIRST_UPDATED);
    data.to_string()
}

/// The shipped data with a later date and one place (referenced nowhere else) withdrawn.
fn newer_data() -> (String, usize) {
    let text = shipped_text();
    let mut data: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    let places = data["places"].as_array_mut().expect("places");
    let lone = places
        .iter()
        .rposition(|p| p["id"].as_str().is_some_and(|id| text.matches(&format!("\"{id}\"")).count() == 1))
        .expect("a place nothing else refers to");
    places.remove(lone);
    let count = places.len();
    data["updated"] = serde_json::json!(NEWER_UPDATED);
    (data.to_string(), count)
}

#[tokio::test]
async fn works_offline_after_one_visit_and_announces_newer_data() {
    let server = Server::start(dist_dir());
    // Before the first page load, so this is the copy the service worker saves.
    server.set("/data/places.json", Reply::json(first_data()));
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?view=list")).await?;
        wait_for(&driver, "li.result").await?;
        let all = driver.find(By::Css(".result-count")).await?.text().await?;
        // The worker takes control once it has saved the app and data.
        wait_until(&driver, "navigator.serviceWorker.controller !== null").await?;
        assert!(
            driver.find_all(By::Css(".offline-notice, .data-updated")).await?.is_empty(),
            "no notice on a first visit"
        );

        server.go_down();
        driver.refresh().await?;
        wait_for(&driver, "li.result").await?;
        let notice = wait_for(&driver, ".offline-notice").await?.text().await?;
        assert!(notice.contains("offline") && notice.contains(FIRST_UPDATED_EN), "{notice}");
        assert_eq!(driver.find(By::Css(".result-count")).await?.text().await?, all);
        // Another page of the app, still offline.
        driver.goto(server.url("/?page=sources&lang=zh")).await?;
        wait_for(&driver, ".sources li").await?;
        assert_eq!(console_errors(&driver).await?, Vec::<String>::new());

        // Back online, a newer data file has been published.
        let (newer, count) = newer_data();
        server.set("/data/places.json", Reply::json(newer));
        server.come_up();
        driver.goto(server.url("/?view=list")).await?;
        let notice = wait_for(&driver, ".data-updated").await?.text().await?;
        assert!(
            notice.contains("updated since your last visit")
                && notice.contains(FIRST_UPDATED_EN)
                && notice.contains(NEWER_UPDATED_EN),
            "{notice}"
        );
        assert!(notice.contains("Places removed: 1."), "{notice}");
        wait_for_text(&driver, ".result-count", &format!("{count} places")).await?;
        assert!(driver.find_all(By::Css(".offline-notice")).await?.is_empty());
        // Seen once, the notice does not come back; dismissing works meanwhile.
        driver.find(By::Css(".data-updated button")).await?.click().await?;
        wait_until(&driver, "!document.querySelector('.data-updated')").await?;
        driver.refresh().await?;
        wait_for_text(&driver, ".result-count", &format!("{count} places")).await?;
        assert!(driver.find_all(By::Css(".data-updated, .offline-notice")).await?.is_empty());
        assert_eq!(console_errors(&driver).await?, Vec::<String>::new());
        Ok(())
    })
    .await;
}
