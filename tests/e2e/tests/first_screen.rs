//! The first screen: index.html's static frame is drawn in the visitor's language before the
//! data (or the wasm) has arrived, what is typed into it is kept, and nothing moves when the app
//! takes over or when its data and map come in.

use e2e::browser::{DESKTOP, PHONE, Window, wait_for, wait_until, with_browser, with_browser_in};
use e2e::server::{Reply, Server};
use e2e::{dist_dir, repo_root};
use thirtyfour::prelude::*;

/// A locale string from locales/{lang}.json by its dotted key.
fn word(lang: &str, key: &str) -> String {
    let text = std::fs::read_to_string(repo_root().join(format!("locales/{lang}.json"))).expect("locale file");
    let mut v: serde_json::Value = serde_json::from_str(&text).expect("locale JSON");
    for part in key.split('.') {
        v = v[part].take();
    }
    v.as_str().expect("a string").to_owned()
}

async fn visible_text(driver: &WebDriver, css: &str) -> WebDriverResult<String> {
    driver.find(By::Css(css)).await?.text().await
}

#[tokio::test]
async fn the_frame_is_drawn_in_the_browsers_language_and_what_is_typed_into_it_is_kept() {
    let server = Server::start(dist_dir());
    // The data arrives only when the test says so: until then the frame is all there is.
    server.set("/data/places.json", Reply::Hang);
    with_browser_in(DESKTOP, "zh-CN", |driver| async move {
        driver.goto(server.url("/")).await?;
        wait_for(&driver, "#frame-search").await?;
        assert_eq!(visible_text(&driver, "#frame h1").await?, word("zh", "explorer.title"));
        assert_eq!(visible_text(&driver, "#frame .brand").await?, word("zh", "site_name"));
        assert_eq!(visible_text(&driver, "#frame label").await?, word("zh", "explorer.search_label"));
        let lang: String = driver.execute("return document.documentElement.lang;", vec![]).await?.convert()?;
        assert_eq!(lang, "zh-CN");
        assert!(driver.find_all(By::Css("#main")).await?.is_empty(), "the app draws nothing while the frame is up");
        let input = driver.find(By::Css("#frame-search")).await?;
        input.click().await?;
        input.send_keys("anting").await?;
        server.release("/data/places.json");
        wait_for(&driver, "li.result").await?;
        assert!(driver.find_all(By::Css("#frame")).await?.is_empty(), "the frame is gone");
        wait_until(&driver, "document.getElementById('search-input').value === 'anting'").await?;
        assert!(driver.current_url().await?.as_str().contains("q=anting"), "the typed search is in the URL");
        wait_until(&driver, "document.activeElement && document.activeElement.id === 'search-input'").await?;
        let title = driver.find(By::Css("h1.page-title")).await?.text().await?;
        assert_eq!(title, word("zh", "explorer.title"), "the app is in the frame's language");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_url_chooses_the_frames_language_and_another_screen_gets_no_explorer_frame() {
    let server = Server::start(dist_dir());
    server.set("/data/places.json", Reply::Hang);
    with_browser(PHONE, |driver| async move {
        driver.goto(server.url("/?lang=zh")).await?;
        wait_for(&driver, "#frame h1").await?;
        assert_eq!(visible_text(&driver, "#frame h1").await?, word("zh", "explorer.title"));
        driver.goto(server.url("/?page=sources&lang=en")).await?;
        wait_for(&driver, "#frame .frame-other").await?;
        assert!(!driver.find(By::Css("#frame h1")).await?.is_displayed().await?, "no explorer heading");
        assert_eq!(visible_text(&driver, "#frame .frame-other").await?, word("en", "loading.first"));
        Ok(())
    })
    .await;
}

/// The page's layout shifts from the first paint until the data, the list and (where shown)
/// the map are in: Chrome's own measure, as Lighthouse reads it.
async fn layout_shift(window: Window, path: &str, ready: &'static str) -> f64 {
    let server = Server::start(dist_dir());
    let total = std::sync::Arc::new(std::sync::Mutex::new(f64::NAN));
    let out = total.clone();
    with_browser(window, |driver| async move {
        // Counted from the very start of the page, as Chrome's Web Vitals count it.
        let observe = "window.__shift = 0; new PerformanceObserver(list => { for (const e of list.getEntries()) \
                       if (!e.hadRecentInput) window.__shift += e.value; }).observe({type: 'layout-shift', buffered: true});";
        driver.cdp().send_raw("Page.addScriptToEvaluateOnNewDocument", serde_json::json!({ "source": observe })).await?;
        driver.goto(server.url(path)).await?;
        wait_for(&driver, ready).await?;
        // Two frames later: whatever the last render moved has been laid out and reported.
        let cls: f64 = driver
            .execute(
                "return new Promise(done => requestAnimationFrame(() => requestAnimationFrame(() => done(window.__shift))));",
                vec![],
            )
            .await?
            .convert()?;
        *out.lock().expect("cls") = cls;
        Ok(())
    })
    .await;
    *total.lock().expect("cls")
}

#[tokio::test]
async fn nothing_moves_while_the_first_screen_loads_on_a_phone_and_on_a_desktop() {
    let phone = layout_shift(PHONE, "/", "li.result").await;
    assert!(phone <= 0.02, "layout shift on a phone: {phone}");
    // Desktop: the split view, until the map has drawn its markers.
    let desktop = layout_shift(DESKTOP, "/", ".map[data-markers]").await;
    assert!(desktop <= 0.02, "layout shift on a desktop: {desktop}");
}
