//! Pages off the first screen come in their own wasm files (src/ui/shell/pages.rs,
//! scripts/split-wasm.mjs): the explorer's start fetches none of them, pointing at or focusing a
//! page's link fetches its file before the click, and a file that cannot be fetched gets a
//! message and a retry that works, not a dead app.

use std::time::{Duration, Instant};

use e2e::axe::assert_clean;
use e2e::browser::{DESKTOP, PHONE, wait_for, wait_for_text, with_browser};
use e2e::dist_dir;
use e2e::server::{Reply, Server};
use thirtyfour::prelude::*;

/// dist/'s wasm folder (its name carries the build's hash) and its page modules.
fn split_dir() -> (String, Vec<String>) {
    let dir = std::fs::read_dir(dist_dir())
        .expect("dist")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.starts_with("wasm-"))
        .expect("dist/wasm-<hash>/: run `make dist`");
    let mut pages: Vec<String> = std::fs::read_dir(dist_dir().join(&dir))
        .expect("wasm folder")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("split_") && n.ends_with(".wasm"))
        .collect();
    pages.sort();
    (dir, pages)
}

async fn wait_for_request(server: &Server, ending: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if server.requests().iter().any(|r| r.ends_with(ending)) {
            return;
        }
        tokio::task::yield_now().await;
    }
    panic!("{ending} was never requested; requests: {:?}", server.requests());
}

#[tokio::test]
async fn the_first_screen_fetches_no_page_file_and_a_focused_link_fetches_its_own() {
    let (_, pages) = split_dir();
    assert_eq!(
        pages,
        [
            "split_embed.wasm",
            "split_shortlist.wasm",
            "split_sources.wasm",
            "split_spaces.wasm",
            "split_timeline.wasm",
            "split_towns.wasm"
        ],
        "one file per page off the first screen"
    );
    let server = Server::start(dist_dir());
    // The service worker precaches every file, page files too, once the page has started (that
    // is the offline promise, and offline.rs tests it): without it, the requests are the page's.
    server.set("/sw.js", Reply::Status(404));
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        wait_for(&driver, ".result-list .result").await?;
        let fetched: Vec<String> = server.requests().into_iter().filter(|r| r.contains("/split_")).collect();
        assert!(fetched.is_empty(), "the explorer's start fetched page files: {fetched:?}");

        // Focus (as a Tab would) fetches the space finder's file; the click then only draws it.
        let link = driver.find(By::XPath("//nav//a[contains(., 'Space finder')]")).await?;
        link.focus().await?;
        wait_for_request(&server, "/split_spaces.wasm").await;
        let others: Vec<String> = server
            .requests()
            .into_iter()
            .filter(|r| r.contains("/split_") && !r.ends_with("/split_spaces.wasm"))
            .collect();
        assert!(others.is_empty(), "only the focused page's file: {others:?}");
        link.click().await?;
        wait_for_text(&driver, ".spaces-page h1", "Space finder").await?;

        // Pointing at a link does the same.
        let sources = driver.find(By::XPath("//nav//a[contains(., 'Sources')]")).await?;
        driver.action_chain().move_to_element_center(&sources).perform().await?;
        wait_for_request(&server, "/split_sources.wasm").await;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_page_file_that_cannot_be_fetched_says_so_and_the_retry_works() {
    let (dir, _) = split_dir();
    let server = Server::start(dist_dir());
    let sources = format!("/{dir}/split_sources.wasm");
    server.set(&sources, Reply::Status(503));
    with_browser(PHONE, |driver| async move {
        driver.goto(server.url("/?page=sources&lang=zh")).await?;
        let panel = wait_for(&driver, "#page-problem").await?;
        let text = panel.text().await?;
        assert!(text.contains("无法加载此页面") && text.contains("请检查网络连接"), "{text}");
        assert_clean(&driver, "a page file that failed").await?;

        server.clear(&sources);
        driver.find(By::Css("#page-problem button")).await?.click().await?;
        wait_for(&driver, ".sources-page h1").await?;
        // The button that had the focus is gone: the focus goes to the page that replaced it.
        assert_eq!(driver.active_element().await?.id().await?.as_deref(), Some("main"));
        Ok(())
    })
    .await;
}
