//! Keyboard barriers an accessibility audit found, each driven by key presses only: a way past
//! the 43 filter checkboxes, focus after "Clear all" and "Compare selected", clusters opened
//! with Space as with Enter and focus on what they reveal — and every page reflows at 320 px.

use e2e::axe::assert_clean;
use e2e::browser::{
    DESKTOP, PHONE, Window, focused, screenshot, wait_for, wait_for_focus_on, wait_until, with_browser, zoom_400,
};
use e2e::dist_dir;
use e2e::server::{Options, Reply, Server, strict_csp};
use thirtyfour::prelude::*;

async fn tab(driver: &WebDriver) -> WebDriverResult<()> {
    driver.active_element().await?.send_keys(Key::Tab).await
}

#[tokio::test]
async fn past_the_filters_in_one_tab_and_focus_after_clear_all() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?lang=en&view=list")).await?;
        wait_for(&driver, "li.result").await?;
        driver.find(By::Css("#search-input")).await?.focus().await?;
        // Search box, then the view buttons, then the way past the filters.
        let mut steps = 0;
        while !focused(&driver).await?.contains("skip-results") {
            tab(&driver).await?;
            steps += 1;
            assert!(steps <= 4, "the skip link follows the search box closely; at {}", focused(&driver).await?);
        }
        let skip = driver.active_element().await?;
        assert_eq!(skip.text().await?, "Skip the filters to the results", "visible when focused");
        skip.send_keys(Key::Enter).await?;
        wait_for_focus_on(&driver, "#results-heading").await?;
        // From the heading, the results' own controls come before the first result.
        for _ in 0..4 {
            tab(&driver).await?;
            if focused(&driver).await?.contains("href=\"?place=") {
                break;
            }
        }
        assert!(
            focused(&driver).await?.contains("href=\"?place="),
            "a result within a few Tabs: {}",
            focused(&driver).await?
        );

        // Tick a filter by keyboard, then "Clear all": focus stays in the filters.
        let box_ = driver.find(By::Css(".facets input[type=checkbox]")).await?;
        box_.focus().await?;
        driver.active_element().await?.send_keys(Key::Space).await?;
        wait_until(&driver, "location.search.includes('=')").await?;
        let clear = driver.find(By::Css(".facets .clear-all")).await?;
        clear.focus().await?;
        driver.active_element().await?.send_keys(Key::Enter).await?;
        wait_until(&driver, "document.querySelector('.facets .clear-all').disabled").await?;
        wait_for_focus_on(&driver, ".facets summary").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn compare_takes_focus_to_its_title_and_leads_back_to_the_shortlist() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?lang=en")).await?;
        wait_for(&driver, "li.result").await?;
        let stored = "localStorage.setItem('jpe.shortlist.v1', JSON.stringify(['p:haoyuan-smart-manufacturing-park', 'p:valeo-waigang-base']));";
        driver.execute(stored, vec![]).await?;
        driver.goto(server.url("/?page=shortlist&lang=en")).await?;
        wait_for(&driver, ".shortlist-item").await?;
        for cb in driver.find_all(By::Css(".shortlist-item input[type=checkbox]")).await? {
            cb.focus().await?;
            driver.active_element().await?.send_keys(Key::Space).await?;
        }
        let compare = driver.find(By::XPath("//button[starts-with(normalize-space(),'Compare selected')]")).await?;
        compare.focus().await?;
        driver.active_element().await?.send_keys(Key::Enter).await?;
        wait_for(&driver, "table.compare").await?;
        wait_for_focus_on(&driver, ".compare-page h1").await?;
        // Removing a column: the button is gone, focus goes to the title again.
        let remove = driver.find(By::Css("table.compare thead button")).await?;
        remove.focus().await?;
        driver.active_element().await?.send_keys(Key::Enter).await?;
        wait_until(&driver, "document.querySelectorAll('table.compare thead th').length === 2").await?;
        wait_for_focus_on(&driver, ".compare-page h1").await?;
        assert_clean(&driver, "compare").await?;
        let back = driver.find(By::XPath("//a[.='← Back to the shortlist']")).await?;
        back.focus().await?;
        driver.active_element().await?.send_keys(Key::Enter).await?;
        wait_until(&driver, "location.search.includes('page=shortlist') && !location.search.includes('compare=')").await?;
        wait_for(&driver, ".shortlist-item").await?;
        Ok(())
    })
    .await;
}

/// Focuses the first town cluster (not the district's), presses `key`, and waits for focus to
/// reach another marker: one the cluster revealed. Returns the cluster's label.
async fn open_cluster(driver: &WebDriver, key: impl Into<TypingData>) -> WebDriverResult<String> {
    driver.goto("about:blank").await?;
    driver.back().await?;
    wait_for(driver, ".map[data-markers]").await?;
    let cluster = wait_for(driver, ".leaflet-marker-icon.cluster-wrap:not(:has(.cluster-district))").await?;
    let label = cluster.text().await?;
    cluster.focus().await?;
    // Focusing may scroll the marker into view; what the key itself does is measured from here.
    driver.execute("window.jpeCluster = document.activeElement; window.jpeScroll = window.scrollY;", vec![]).await?;
    driver.active_element().await?.send_keys(key).await?;
    let moved = "document.activeElement !== window.jpeCluster && document.activeElement.classList.contains('leaflet-marker-icon')";
    wait_until(driver, moved).await?;
    Ok(label)
}

#[tokio::test]
async fn space_and_enter_open_a_cluster_and_focus_goes_to_the_places_it_reveals() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?lang=en")).await?;
        let label = open_cluster(&driver, " ").await?;
        let (before, after): (f64, f64) =
            driver.execute("return [window.jpeScroll, window.scrollY];", vec![]).await?.convert()?;
        assert_eq!(before, after, "Space did not scroll the page");
        assert!(label.contains("; activate to"), "the cluster says what activating does: {label}");
        // Enter as well; markercluster alone would leave focus on the whole map.
        open_cluster(&driver, Key::Enter).await?;
        assert!(!focused(&driver).await?.contains("leaflet-container"));
        Ok(())
    })
    .await;
}

/// Width the document takes beyond the viewport, after the page has drawn `ready`.
async fn overflow(driver: &WebDriver, url: &str, ready: &str) -> WebDriverResult<i64> {
    driver.goto(url).await?;
    wait_for(driver, ready).await?;
    // Not innerWidth: on a phone the visual viewport widens to fit what overflows.
    let js = "return document.documentElement.scrollWidth - document.documentElement.clientWidth;";
    Ok(driver.execute(js, vec![]).await?.json().as_i64().unwrap_or(i64::MAX))
}

/// `zoomed`: a desktop browser at 400 % (not a phone: no mobile viewport rules).
async fn reflows(window: Window, zoomed: bool) {
    let server = Server::start(dist_dir());
    with_browser(window, |driver| async move {
        if zoomed {
            zoom_400(&driver, window).await?;
        }
        let pages = [
            ("/?lang=en", "li.result"),
            ("/?lang=en&view=map", ".map[data-markers]"),
            ("/?lang=zh&place=haoyuan-smart-manufacturing-park", ".detail h1"),
            ("/?lang=en&page=timeline", ".timeline-entry"),
            ("/?lang=en&page=towns", "table.towns"),
            ("/?lang=en&page=spaces", ".spaces-table"),
            ("/?lang=zh&page=spaces&embed=1", ".spaces-table"),
            ("/?lang=en&page=shortlist", ".shortlist-page"),
            ("/?lang=en&page=compare&compare=p:haoyuan-smart-manufacturing-park,p:valeo-waigang-base", "table.compare"),
            ("/?lang=en&page=sources", ".sources li"),
            ("/?lang=en&page=embed", ".embed-options"),
        ];
        let mut wide = Vec::new();
        for (path, ready) in pages {
            let extra = overflow(&driver, &server.url(path), ready).await?;
            if extra > 0 {
                wide.push(format!("{path}: {extra} px too wide"));
            }
            // The README's phone screenshots.
            let shot = match path {
                "/?lang=en" => Some("phone-explorer"),
                "/?lang=en&page=spaces" => Some("phone-spaces"),
                "/?lang=en&page=towns" => Some("phone-towns"),
                _ => None,
            };
            if let Some(name) = shot.filter(|_| !zoomed) {
                screenshot(&driver, name).await?;
            }
        }
        assert!(wide.is_empty(), "only a table's own box may scroll sideways: {wide:?}");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn every_page_reflows_on_a_phone() {
    reflows(PHONE, false).await;
}

#[tokio::test]
async fn every_page_reflows_at_400_percent_zoom() {
    // 1280 × 1024 at 400 %: a 320 × 256 viewport.
    reflows(Window { width: 320, height: 256 }, true).await;
}

#[tokio::test]
async fn the_space_finder_fits_a_360_px_frame() {
    // A district page on one origin framing the explorer, allowed by its frame-ancestors.
    let host_csp = "default-src 'self'; frame-src http://127.0.0.1:*".to_owned();
    let host = Server::with(dist_dir(), Options { mount: "/".into(), csp: host_csp, ..Options::default() });
    let explorer = Server::with(
        dist_dir(),
        Options { csp: strict_csp(std::slice::from_ref(&host.origin), &[]), ..Options::default() },
    );
    let page = format!(
        r#"<!doctype html><title>Host</title><iframe style="width:360px;height:640px;border:0" src="{}"></iframe>"#,
        explorer.url("/?page=spaces&embed=1&near=hesai")
    );
    host.set("/host.html", Reply::Body { content_type: "text/html; charset=utf-8", body: page.into_bytes() });
    with_browser(DESKTOP, |driver| async move {
        driver.goto(host.url("/host.html")).await?;
        driver.find(By::Css("iframe")).await?.enter_frame().await?;
        wait_for(&driver, ".spaces-table tbody tr").await?;
        let js = "const d = document.documentElement; return d.scrollWidth - d.clientWidth;";
        let extra = driver.execute(js, vec![]).await?.json().as_i64().unwrap_or(i64::MAX);
        assert!(extra <= 0, "the embedded space finder is {extra} px wider than its frame");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn on_a_phone_the_filters_are_folded_above_the_results() {
    let server = Server::start(dist_dir());
    with_browser(PHONE, |driver| async move {
        let open = "return [...document.querySelectorAll('.space-filters details, .facets details')].map(d => d.open);";
        driver.goto(server.url("/?lang=en&page=spaces")).await?;
        wait_for(&driver, ".spaces-table").await?;
        assert_eq!(driver.execute(open, vec![]).await?.json(), &serde_json::json!([false, false]));
        let between = "const y = s => document.querySelector(s).getBoundingClientRect().top;
            return y('#spaces-count') - y('.spaces-filters');";
        let filters = driver.execute(between, vec![]).await?.json().as_f64().unwrap_or(f64::MAX);
        assert!(filters < 320.0, "folded, the filters take two rows above the results ({filters} px)");
        // A link that sets a requirement shows it.
        driver.goto(server.url("/?lang=en&page=spaces&area_min=1000")).await?;
        wait_for(&driver, ".spaces-table").await?;
        assert_eq!(driver.execute(open, vec![]).await?.json(), &serde_json::json!([true, false]));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_marker_reached_by_tab_is_panned_fully_into_view() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        // Zoomed in on Anting: markers of the towns around lie at and past the map's edges.
        driver.goto(server.url("/?lang=en&view=map&at=31.30,121.20,13")).await?;
        wait_for(&driver, ".map[data-markers]").await?;
        driver.find(By::Css(".map")).await?.focus().await?;
        let inside = "const m = document.activeElement.getBoundingClientRect(), b = document.querySelector('.map').getBoundingClientRect();
            return m.left >= b.left && m.right <= b.right && m.top >= b.top && m.bottom <= b.bottom;";
        let mut markers = 0;
        for _ in 0..40 {
            driver.active_element().await?.send_keys(Key::Tab).await?;
            let on_marker = "return document.activeElement.classList.contains('leaflet-marker-icon');";
            if driver.execute(on_marker, vec![]).await?.json().as_bool() != Some(true) {
                break;
            }
            markers += 1;
            wait_until(&driver, &format!("(() => {{ {inside} }})()")).await?;
        }
        assert!((1..40).contains(&markers), "{markers} markers in the Tab order, then on past them");
        Ok(())
    })
    .await;
}
