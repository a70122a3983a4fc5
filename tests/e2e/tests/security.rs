//! The built site under a deep sub-path with the strict headers the README asks hosts to send:
//! every page runs without a CSP violation or console error, every request stays under the
//! sub-path, and hostile data is shown as text with only safe links.

use e2e::browser::{DESKTOP, PHONE, wait_for, wait_until, with_browser};
use e2e::safety::{assert_inert, assert_quiet};
use e2e::server::{MOUNT, Reply, Server};
use e2e::{dist_dir, repo_root};
use thirtyfour::prelude::*;

#[tokio::test]
async fn every_page_runs_under_the_strict_csp_from_a_sub_path() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        // The directory URL without its slash redirects, as on any static host.
        driver.goto(&server.base).await?;
        wait_for(&driver, "li.result").await?;
        assert!(driver.current_url().await?.as_str().ends_with(MOUNT));
        wait_for(&driver, ".leaflet-container .leaflet-marker-icon, .leaflet-container .cluster").await?;
        assert_quiet(&driver, "the list and map").await?;
        for (path, ready) in [
            ("/?place=haoyuan-smart-manufacturing-park", "article.detail h1"),
            ("/?page=spaces", ".spaces-page h1"),
            ("/?page=sources", ".sources li"),
            ("/?page=embed", "#embed-snippet"),
            ("/?page=shortlist&shortlist=p%3Ahaoyuan-smart-manufacturing-park", ".shortlist-page h1"),
            ("/?view=map&lang=zh", ".leaflet-container"),
        ] {
            driver.goto(server.url(path)).await?;
            wait_for(&driver, ready).await?;
            assert_quiet(&driver, path).await?;
        }
        // Relative URLs only: nothing was fetched outside the sub-path.
        let outside: Vec<_> = server.raw_requests().into_iter().filter(|r| !r.starts_with(MOUNT)).collect();
        assert_eq!(outside, vec![MOUNT.trim_end_matches('/').to_owned()], "only the redirect is outside the mount");
        Ok(())
    })
    .await;
    // And at phone width.
    let server = Server::start(dist_dir());
    with_browser(PHONE, |driver| async move {
        driver.goto(server.url("/?view=map")).await?;
        wait_for(&driver, ".leaflet-container").await?;
        assert_quiet(&driver, "the map on a phone").await?;
        Ok(())
    })
    .await;
}

#[test]
fn the_shipped_page_has_no_inline_script_or_style() {
    let html = std::fs::read_to_string(dist_dir().join("index.html")).expect("dist/index.html");
    let lower = html.to_lowercase();
    let scripts: Vec<_> = lower
        .match_indices("<script")
        .map(|(i, _)| &lower[i..lower[i..].find('>').map_or(lower.len(), |e| i + e)])
        .collect();
    assert!(!scripts.is_empty() && scripts.iter().all(|s| s.contains(" src=")), "only external scripts: {scripts:?}");
    assert!(!lower.contains("<style") && !lower.contains(" style="), "no inline styles");
    assert!(!lower.contains(" onload=") && !lower.contains(" onerror="), "no event-handler attributes");
    assert!(dist_dir().join("sw.js").is_file(), "the service worker is generated");
}

#[tokio::test]
async fn hostile_strings_in_every_text_field_stay_text() {
    let hostile = std::fs::read_to_string(repo_root().join("tests/e2e/fixtures/hostile-places.json")).expect("fixture");
    let server = Server::start(dist_dir());
    server.set("/data/places.json", Reply::json(hostile));
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?view=list")).await?;
        wait_for(&driver, "li.result").await?;
        // Show every result, not only the first page.
        while let Ok(more) = driver.find(By::Css(".results > .button")).await {
            more.click().await?;
        }
        assert_inert(&driver, "the list", true).await?;
        let places = ["haoyuan-smart-manufacturing-park", "xinggu-international-health-industry-park", "valeo-waigang-base", "zhengfeng-valve-anting-base"];
        for id in places {
            driver.goto(server.url(&format!("/?place={id}&lang=zh"))).await?;
            wait_for(&driver, "article.detail h1").await?;
            assert_inert(&driver, id, true).await?;
        }
        // The contact block: a clean https address is a link, one with spaces is text, a
        // "phone number" holding a script scheme is text.
        driver.goto(server.url("/?place=xinggu-international-health-industry-park")).await?;
        wait_for(&driver, "article.detail h1").await?;
        let contact_links: Vec<String> = driver
            .execute("return [...document.querySelectorAll('article.detail a[href]')].map(a => a.getAttribute('href')).filter(h => /example\\.org|avascript/i.test(h));", vec![])
            .await?
            .convert()?;
        assert!(contact_links.iter().all(|h| h.starts_with("mailto:") || h.starts_with("https:")), "{contact_links:?}");
        assert!(!contact_links.iter().any(|h| h.contains(' ')), "{contact_links:?}");
        let text: String = driver.find(By::Css("article.detail")).await?.text().await?;
        assert!(text.contains("JaVaScRiPt:window.__pwned=1") && text.contains("https://example.org/a b <img"), "shown as text");
        for (path, ready) in [("/?page=sources", ".sources li"), ("/?page=spaces", ".spaces-page h1"), ("/?view=map", ".leaflet-container")] {
            driver.goto(server.url(path)).await?;
            wait_for(&driver, ready).await?;
            assert_inert(&driver, path, !path.contains("map")).await?;
        }
        // Map tooltips carry names too.
        wait_until(&driver, "document.querySelectorAll('.leaflet-marker-icon').length > 0").await?;
        assert_inert(&driver, "the map", false).await?;
        Ok(())
    })
    .await;
}
