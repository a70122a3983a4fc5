//! When the data cannot be shown: a broken data file lists every problem with its path, a
//! failed or hung fetch says what happened and offers a retry — never a blank page.

use e2e::axe::assert_clean;
use e2e::browser::{DESKTOP, screenshot, wait_for, wait_for_text, with_browser};
use e2e::server::{Reply, Server};
use e2e::{dist_dir, repo_root};
use thirtyfour::prelude::*;

#[tokio::test]
async fn a_data_file_with_errors_shows_what_it_can_and_every_problem_with_its_path() {
    let server = Server::start(dist_dir());
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(repo_root().join("public/data/places.json")).unwrap()).unwrap();
    let total = v["places"].as_array().unwrap().len();
    v["places"][0]["town"] = "atlantis".into();
    v["places"][1]["location"] = serde_json::json!({"lon": 116.39, "lat": 39.9, "crs": "wgs84", "precision": "exact"});
    v["places"][2]["investment_cny"] = (-5).into();
    server.set("/data/places.json", Reply::json(v.to_string()));
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?view=list")).await?;
        // Three bad values: every place still shows, without them, and the editors can see why.
        wait_for_text(&driver, ".result-count", &format!("{total} places")).await?;
        let notice = wait_for(&driver, ".data-problems").await?;
        assert!(notice.text().await?.starts_with("Some values in the data file have errors"));
        driver.find(By::Css(".data-problems summary")).await?.click().await?;
        let text = notice.text().await?;
        for path in ["$.places[0].town", "$.places[1].location", "$.places[2].investment_cny"] {
            assert!(text.contains(path), "the notice names {path}:\n{text}");
        }
        screenshot(&driver, "data-problems").await?;
        assert_clean(&driver, "the data-problems notice").await?;

        // No place that can be shown: the full panel, with every problem.
        for p in v["places"].as_array_mut().unwrap() {
            p["kind"] = "castle".into();
        }
        server.set("/data/places.json", Reply::json(v.to_string()));
        driver.refresh().await?;
        let panel = wait_for(&driver, ".problem-panel").await?;
        let text = panel.text().await?;
        assert!(text.contains("The data file has errors") && text.contains("$.places[0].kind"), "{text}");
        assert_eq!(driver.active_element().await?.class_name().await?.as_deref(), Some("problem-panel"));
        screenshot(&driver, "error-invalid-data").await?;
        assert_clean(&driver, "the invalid-data panel").await?;

        // Not valid JSON at all.
        server.set("/data/places.json", Reply::json("{\"schema\": 1, "));
        driver.refresh().await?;
        let text = wait_for(&driver, ".problem-panel").await?.text().await?;
        assert!(text.contains("$: not valid JSON"), "{text}");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_failed_fetch_offers_a_retry_that_works() {
    let server = Server::start(dist_dir());
    server.set("/data/places.json", Reply::Status(503));
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        let panel = wait_for(&driver, ".problem-panel").await?;
        let text = panel.text().await?;
        assert!(text.contains("The server answered 503"), "{text}");
        assert_clean(&driver, "the failed-fetch panel").await?;
        server.clear("/data/places.json");
        driver.find(By::XPath("//button[normalize-space()='Try again']")).await?.click().await?;
        wait_for(&driver, "li.result").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_fetch_that_never_answers_times_out_with_a_message() {
    let server = Server::start(dist_dir());
    server.set("/config.json", Reply::json(r#"{"data_timeout_ms": 1500}"#));
    server.set("/data/places.json", Reply::Hang);
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        // Progress is shown while waiting, not an empty page.
        let loading = wait_for(&driver, ".loading progress").await?;
        assert!(loading.is_displayed().await?);
        let text = wait_for(&driver, ".problem-panel").await?.text().await?;
        assert!(text.contains("taking too long") && text.contains("within 2 seconds"), "{text}");
        assert!(driver.find(By::XPath("//button[normalize-space()='Try again']")).await.is_ok());
        Ok(())
    })
    .await;
}
