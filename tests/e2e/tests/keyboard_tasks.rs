//! The seven tasks of the keyboard audit, by key presses only (Tab, Shift+Tab, Enter, Space and
//! typing), at 1280 px, on a 320 × 568 phone and at 1280 px with 400 % zoom (320 × 256): each
//! asserts its outcome, and after every press that focus is on something, never on `<body>`.

use e2e::browser::{DESKTOP, Window, focused, tab_from_top, wait_for, wait_until, with_browser, zoom_400};
use e2e::dist_dir;
use e2e::server::Server;
use thirtyfour::prelude::*;

std::thread_local! {
    /// The task under way, for messages.
    static TASK: std::cell::RefCell<&'static str> = const { std::cell::RefCell::new("") };
}

fn task(name: &'static str) {
    TASK.with(|t| *t.borrow_mut() = name);
}

/// Presses `key` on whatever has focus, then waits for focus to settle on an element.
async fn press(driver: &WebDriver, key: impl Into<TypingData>) -> WebDriverResult<()> {
    let before = focused(driver).await?;
    driver.active_element().await?.send_keys(key).await?;
    let settled = "return !!(document.activeElement && document.activeElement !== document.body);";
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while std::time::Instant::now() < deadline {
        if driver.execute(settled, vec![]).await?.json().as_bool() == Some(true) {
            return Ok(());
        }
        tokio::task::yield_now().await;
    }
    panic!("{}: focus fell to <body> after a key press on {before}", TASK.with(|t| *t.borrow()));
}

/// Tabs (forwards, or backwards with Shift) until the focused element matches `css`.
async fn tab_to(driver: &WebDriver, css: &str, back: bool, max: usize) -> WebDriverResult<()> {
    let here = format!("return document.activeElement.matches({css:?});");
    for _ in 0..max {
        if driver.execute(&here, vec![]).await?.json().as_bool() == Some(true) {
            return Ok(());
        }
        if back {
            press(driver, Key::Shift + Key::Tab).await?;
        } else {
            press(driver, Key::Tab).await?;
        }
    }
    panic!("{css} not reached in {max} Tabs; focus is on {}", focused(driver).await?);
}

async fn url(driver: &WebDriver) -> WebDriverResult<String> {
    Ok(driver.current_url().await?.to_string())
}

/// Tab stops are counted from the top of the page: Tab from the document itself.
async fn from_top(driver: &WebDriver, path: &str, server: &Server, ready: &str) -> WebDriverResult<()> {
    driver.goto(server.url(path)).await?;
    wait_for(driver, ready).await?;
    tab_from_top(driver).await
}

async fn seven_tasks(window: Window, zoomed: bool) {
    let server = Server::start(dist_dir());
    with_browser(window, |driver| async move {
        if zoomed {
            zoom_400(&driver, window).await?;
        }
        let narrow = window.width < 1100 || zoomed;

        task("search and open");
        // 1. Search and open a place.
        from_top(&driver, "/?lang=en", &server, "li.result").await?;
        tab_to(&driver, "#search-input", false, 20).await?;
        driver.active_element().await?.send_keys("haoyuan").await?;
        wait_until(&driver, "location.search.includes('q=haoyuan')").await?;
        // Past the filters by their skip link, as a keyboard user would.
        tab_to(&driver, ".skip-results", false, 6).await?;
        press(&driver, Key::Enter).await?;
        wait_until(&driver, "document.activeElement.matches('#results-heading')").await?;
        tab_to(&driver, "li.result[data-place^='haoyuan'] h3 a", false, 10).await?;
        press(&driver, Key::Enter).await?;
        wait_until(&driver, "location.search.includes('place=haoyuan')").await?;
        wait_until(&driver, "document.activeElement.matches('.detail h1')").await?;

        task("detail and back");
        // 2. Back from the place to the results, to the link that opened it.
        tab_to(&driver, ".detail .back a", true, 10).await?;
        press(&driver, Key::Enter).await?;
        wait_until(&driver, "!location.search.includes('place=')").await?;
        wait_until(&driver, "document.activeElement.matches(\"li.result[data-place^='haoyuan'] h3 a\")").await?;

        task("filter and clear");
        // 3. Filter and clear: the search cleared, a town ticked, everything cleared.
        from_top(&driver, "/?lang=en", &server, "li.result").await?;
        if narrow {
            // The filters are folded away on narrow screens: open them first.
            tab_to(&driver, ".facets summary", false, 25).await?;
            press(&driver, Key::Enter).await?;
        }
        tab_to(&driver, "#facet-town-anting", false, 40).await?;
        press(&driver, Key::Space).await?;
        wait_until(&driver, "location.search.includes('town=anting')").await?;
        tab_to(&driver, ".facets .clear-all", true, 40).await?;
        press(&driver, Key::Enter).await?;
        wait_until(&driver, "!location.search.includes('town=')").await?;
        wait_until(&driver, "document.activeElement.matches('.facets summary')").await?;

        task("map markers");
        // 4. Map markers: a marker opens its place.
        // The view buttons come just after the search box: the map on its own, then its markers.
        from_top(&driver, "/?lang=en", &server, "li.result").await?;
        tab_to(&driver, ".view-toggle button:nth-child(2)", false, 20).await?;
        press(&driver, Key::Enter).await?;
        wait_for(&driver, ".map[data-markers]").await?;
        tab_to(&driver, ".leaflet-marker-icon.pin-wrap", false, 60).await?;
        press(&driver, Key::Enter).await?;
        wait_until(&driver, "location.search.includes('place=')").await?;

        task("shortlist, compare, enquiry");
        // 5. Shortlist two places, compare them, write the enquiry.
        from_top(&driver, "/?lang=en&view=list", &server, "li.result").await?;
        tab_to(&driver, ".skip-results", false, 25).await?;
        press(&driver, Key::Enter).await?;
        for _ in 0..2 {
            tab_to(&driver, "li.result .star[aria-pressed='false']", false, 60).await?;
            press(&driver, Key::Enter).await?;
            wait_until(&driver, "document.activeElement.getAttribute('aria-pressed') === 'true'").await?;
        }
        tab_to(&driver, "a[href*='page=shortlist']", true, 100).await?;
        press(&driver, Key::Enter).await?;
        wait_for(&driver, ".shortlist-item").await?;
        for _ in 0..2 {
            tab_to(&driver, ".shortlist-item input[type=checkbox]:not(:checked)", false, 30).await?;
            press(&driver, Key::Space).await?;
        }
        tab_to(&driver, "button.primary", false, 20).await?;
        press(&driver, Key::Enter).await?;
        wait_for(&driver, "table.compare").await?;
        wait_until(&driver, "document.activeElement.matches('.compare-page h1')").await?;
        tab_to(&driver, ".compare-page .back a", true, 5).await?;
        press(&driver, Key::Enter).await?;
        wait_for(&driver, ".shortlist-item").await?;
        tab_to(&driver, "#ask-link", false, 40).await?;
        let mail = driver.active_element().await?.attr("href").await?.unwrap_or_default();
        assert!(mail.starts_with("mailto:") && mail.contains("subject="), "{mail}");

        task("space finder, sort, CSV");
        // 6. Space finder: sort by area, download the table as CSV.
        from_top(&driver, "/?lang=en&page=spaces", &server, ".spaces-table").await?;
        driver
            .execute(
                "window.jpeCsv = null; const make = URL.createObjectURL; URL.createObjectURL = b => { window.jpeCsv = b; return make(b); };",
                vec![],
            )
            .await?;
        tab_to(&driver, "th .sort", false, 80).await?;
        for _ in 0..15 {
            if focused(&driver).await?.contains(">Area") {
                break;
            }
            press(&driver, Key::Tab).await?;
        }
        assert!(focused(&driver).await?.contains(">Area"), "the Area column's sort button");
        press(&driver, Key::Enter).await?;
        wait_until(&driver, "location.search.includes('sort=area')").await?;
        wait_until(&driver, "document.activeElement.matches('th .sort')").await?;
        tab_to(&driver, ".actions button", true, 30).await?;
        let label = driver.active_element().await?.text().await?;
        if label != "Download CSV" {
            tab_to(&driver, ".actions button:first-child", true, 3).await?;
        }
        press(&driver, Key::Enter).await?;
        wait_until(&driver, "window.jpeCsv !== null").await?;

        task("language switch");
        // 7. Language: switch to Chinese and back, focus staying on the switch.
        from_top(&driver, "/?lang=en", &server, "li.result").await?;
        tab_to(&driver, "#lang-switch a[lang='zh']", false, 20).await?;
        press(&driver, Key::Enter).await?;
        wait_until(&driver, "document.documentElement.lang.startsWith('zh')").await?;
        wait_until(&driver, "document.activeElement.matches('#lang-switch a')").await?;
        assert!(url(&driver).await?.contains("lang=zh"));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn seven_tasks_by_keyboard_at_1280_px() {
    seven_tasks(DESKTOP, false).await;
}

#[tokio::test]
async fn seven_tasks_by_keyboard_on_a_phone() {
    seven_tasks(Window { width: 320, height: 568 }, false).await;
}

#[tokio::test]
async fn seven_tasks_by_keyboard_at_400_percent_zoom() {
    seven_tasks(Window { width: 320, height: 256 }, true).await;
}
