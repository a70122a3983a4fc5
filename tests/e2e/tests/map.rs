//! The map, in headless Chromium: markers follow the results, open places, keep their view in
//! the URL, work from the keyboard, stay offline with no base map, and line up on any base map.

use e2e::axe::assert_clean;
use e2e::browser::{DESKTOP, PHONE, console_errors, screenshot, wait_for, wait_until, with_browser};
use e2e::server::{Reply, Server};
use e2e::{dist_dir, repo_root};
use thirtyfour::prelude::*;

/// Places the map should draw: every one with a location.
fn mappable(filter: impl Fn(&serde_json::Value) -> bool) -> usize {
    let text = std::fs::read_to_string(repo_root().join("public/data/places.json")).expect("places.json");
    let v: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    v["places"].as_array().expect("places").iter().filter(|p| p["location"].is_object()).filter(|p| filter(p)).count()
}

async fn markers_shown(driver: &WebDriver) -> WebDriverResult<usize> {
    let n: String = driver.find(By::Css(".map[data-markers]")).await?.attr("data-markers").await?.unwrap_or_default();
    Ok(n.parse().unwrap_or(usize::MAX))
}

/// What the map draws, counted from the page: single markers plus the numbers on clusters.
const DRAWN: &str = "return [...document.querySelectorAll('.leaflet-marker-pane .leaflet-marker-icon')]
    .map(el => el.classList.contains('cluster-wrap') ? Number(el.querySelector('.cluster-count').textContent)
                                                    : (el.classList.contains('pin-wrap') ? 1 : 0))
    .reduce((a, b) => a + b, 0);";

fn at_of(url: &str) -> Option<(f64, f64, u8)> {
    let at = url.split(['?', '&']).find_map(|kv| kv.strip_prefix("at="))?;
    let at = at.replace("%2C", ",");
    let mut parts = at.split(',');
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}

async fn url(driver: &WebDriver) -> WebDriverResult<String> {
    Ok(driver.current_url().await?.to_string())
}

#[tokio::test]
async fn markers_match_the_located_results_and_follow_search_and_filters() {
    let server = Server::start(dist_dir());
    let all = mappable(|_| true);
    let malu = mappable(|p| p["town"] == "malu");
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        wait_until(&driver, &format!("document.querySelector('.map')?.dataset.markers === '{all}'")).await?;
        let drawn: usize = driver.execute(DRAWN, vec![]).await?.convert()?;
        assert_eq!(drawn, all, "clusters and markers on screen add up to every located place");
        let status = driver.find(By::Css(".map-status")).await?.text().await?;
        assert!(status.starts_with(&format!("{all} of ")), "{status}");
        let district = mappable(|p| p["location"]["precision"] == "district");
        let dashed: usize = driver
            .execute(
                "return Number(document.querySelector('.cluster-district .cluster-count')?.textContent ?? 0);",
                vec![],
            )
            .await?
            .convert()?;
        assert_eq!(dashed, district, "places known only to the district are drawn apart, dashed");
        screenshot(&driver, "map-split").await?;
        assert_clean(&driver, "the list with the map").await?;

        driver.find(By::Css("#facet-town-malu")).await?.click().await?;
        wait_until(&driver, &format!("document.querySelector('.map').dataset.markers === '{malu}'")).await?;
        driver.find(By::Css("#search-input")).await?.send_keys("zzzqqq").await?;
        wait_until(&driver, "document.querySelector('.map').dataset.markers === '0'").await?;
        assert_eq!(markers_shown(&driver).await?, 0);
        assert!(console_errors(&driver).await?.is_empty(), "{:?}", console_errors(&driver).await?);
        Ok(())
    })
    .await;
}

/// Huating has a single located place, so its marker is never clustered.
const HUATING_MARKER: &str = ".leaflet-marker-icon[title^='Fangzhide']";

#[tokio::test]
async fn a_marker_is_named_styled_as_approximate_and_opens_its_place_from_the_keyboard() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        let marker = wait_for(&driver, HUATING_MARKER).await?;
        assert_eq!(marker.attr("role").await?.as_deref(), Some("button"));
        assert_eq!(marker.attr("tabindex").await?.as_deref(), Some("0"));
        let name = marker.text().await.unwrap_or_default();
        let label: String =
            driver.execute("return arguments[0].textContent;", vec![marker.to_json()?]).await?.convert()?;
        assert!(label.ends_with("(project, approximate location: town)"), "accessible name: {label:?} / {name:?}");
        assert!(marker.find(By::Css(".pin.pin-approx.pin-project")).await.is_ok(), "hollow: approximate");

        // Focus shows the name in a tooltip; Enter opens the place.
        marker.focus().await?;
        let tooltip = wait_for(&driver, ".leaflet-tooltip").await?.text().await?;
        assert!(tooltip.starts_with("Fangzhide"), "{tooltip}");
        marker.send_keys(Key::Enter).await?;
        let h1 = wait_for(&driver, "article.detail h1").await?;
        assert!(h1.text().await?.starts_with("Fangzhide"));
        assert!(url(&driver).await?.contains("place=fangzhide-huating-cable-base"));
        let notice = driver.find(By::Css(".notice.approx")).await?.text().await?;
        assert!(notice.starts_with("Approximate location."), "{notice}");
        // The open place's marker is highlighted.
        wait_for(&driver, ".pin-selected").await?;
        driver.back().await?;
        wait_for(&driver, "li.result").await?;
        wait_until(&driver, "!document.querySelector('.pin-selected')").await?;

        // No keyboard trap: Tab walks through the map's markers and out the other side.
        driver.find(By::Css(".map")).await?.focus().await?;
        let mut presses = 0;
        while driver.execute("return !!document.activeElement.closest('.map');", vec![]).await?.json()
            == &serde_json::json!(true)
        {
            driver.active_element().await?.send_keys(Key::Tab).await?;
            presses += 1;
            assert!(presses < 100, "Tab never leaves the map");
        }
        assert!(presses > 1, "markers are in the tab order");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_map_view_is_kept_in_the_url_and_restored_on_reload() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?at=31.35,121.27,12")).await?;
        wait_for(&driver, ".map[data-markers]").await?;
        let (lat, lon, zoom) = at_of(&url(&driver).await?).expect("at stays in the URL");
        assert!((lat - 31.35).abs() < 1e-4 && (lon - 121.27).abs() < 1e-4 && zoom == 12, "{lat},{lon},{zoom}");

        // Keyboard: the zoom and pan buttons move the map and the URL follows.
        let zoom_in = driver.find(By::Css("button[aria-label='Zoom in']")).await?;
        zoom_in.focus().await?;
        zoom_in.send_keys(Key::Enter).await?;
        wait_until(&driver, "/at=[^&]*%2C13(&|$)/.test(location.search)").await?;
        driver.find(By::Css("button[aria-label='Pan east']")).await?.send_keys(Key::Enter).await?;
        // 150 px at zoom 13 is about 0.0064° of longitude.
        wait_until(&driver, "Number((/at=[^%]*%2C([0-9.]+)%2C/.exec(location.search) || [])[1]) > 121.275").await?;
        let (_, lon_after, zoom_after) = at_of(&url(&driver).await?).expect("at");
        assert!(lon_after > 121.27 && zoom_after == 13, "{lon_after} {zoom_after}");

        // Reload: the same view (had it been lost, the whole-district view would write zoom 10 or 11).
        let before = url(&driver).await?;
        driver.refresh().await?;
        wait_for(&driver, ".map[data-markers]").await?;
        assert_eq!(at_of(&url(&driver).await?), at_of(&before));

        // Back/Forward are not filled with map moves: Back leaves the page's history entry.
        driver.find(By::Css("button[aria-label='Zoom out']")).await?.click().await?;
        wait_until(&driver, "/%2C12(&|$)/.test(location.search)").await?;
        let history_length: i64 = driver.execute("return history.length;", vec![]).await?.convert()?;
        assert!(history_length <= 3, "map moves replace the entry ({history_length})");

        // "Whole district" returns to the overview.
        driver.find(By::XPath("//button[normalize-space()='Whole district']")).await?.click().await?;
        wait_until(&driver, "/%2C1[01](&|$)/.test(location.search)").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn search_this_area_limits_the_results_to_the_visible_map() {
    let server = Server::start(dist_dir());
    let malu = mappable(|p| p["town"] == "malu");
    with_browser(DESKTOP, |driver| async move {
        // Centred on Malu's label point, close enough that no other town is in view.
        driver.goto(server.url("/?at=31.3495,121.2745,14")).await?;
        wait_for(&driver, ".map[data-markers]").await?;
        driver.find(By::XPath("//button[normalize-space()='Search this area']")).await?.click().await?;
        wait_until(&driver, "location.search.includes('within=')").await?;
        wait_until(&driver, &format!("document.querySelector('.result-count').textContent === '{malu} places'"))
            .await?;
        for meta in driver.find_all(By::Css("li.result .meta")).await? {
            assert!(meta.text().await?.contains("Malu"));
        }
        driver.refresh().await?;
        wait_until(&driver, &format!("document.querySelector('.result-count')?.textContent === '{malu} places'"))
            .await?;
        driver.find(By::XPath("//button[normalize-space()='Show places everywhere']")).await?.click().await?;
        wait_until(&driver, "!location.search.includes('within=')").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn with_no_base_map_nothing_leaves_the_site() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        wait_for(&driver, ".map[data-markers]").await?;
        // The outline, neighbours and 12 town labels are drawn from bundled data.
        let towns = driver.find_all(By::Css(".town-label")).await?.len();
        assert_eq!(towns, 12);
        assert!(driver.find_all(By::Css("path.leaflet-interactive, .leaflet-overlay-pane path")).await?.len() >= 6);
        assert!(driver.find_all(By::Css(".leaflet-tile")).await?.is_empty(), "no tiles by default");
        let origin = server.base.clone();
        let foreign: Vec<String> = driver
            .execute(
                "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(arguments[0]));",
                vec![serde_json::json!(origin)],
            )
            .await?
            .convert()?;
        assert!(foreign.is_empty(), "requests outside the site: {foreign:?}");
        assert!(server.requests().iter().any(|r| r.ends_with("vendor/leaflet/leaflet.js")), "Leaflet is served locally");
        Ok(())
    })
    .await;
}

/// Where the Huating marker sits on screen, relative to the map's top-left corner.
async fn huating_marker_position(driver: &WebDriver) -> WebDriverResult<(f64, f64)> {
    wait_for(driver, HUATING_MARKER).await?;
    let pos: Vec<f64> = driver
        .execute(
            &format!(
                "const m = document.querySelector(\"{HUATING_MARKER}\").getBoundingClientRect();
                 const c = document.querySelector('.map').getBoundingClientRect();
                 return [m.left - c.left, m.top - c.top];"
            ),
            vec![],
        )
        .await?
        .convert()?;
    Ok((pos[0], pos[1]))
}

#[tokio::test]
async fn markers_line_up_on_wgs84_and_gcj02_base_maps() {
    // The same view (`at` is WGS-84) must put the marker on the same pixel whatever the base map's
    // coordinate system: the app converts the GCJ-02 data to the tiles' system.
    let view = "/?at=31.47,121.267,14&view=map";
    let mut positions = Vec::new();
    for crs in [None, Some("wgs84"), Some("gcj02")] {
        let server = Server::start(dist_dir());
        if let Some(crs) = crs {
            server.set(
                "/config.json",
                Reply::json(format!(
                    r#"{{"tiles": {{"url": "/tiles/{{z}}/{{x}}/{{y}}.png", "attribution": "Test tiles <b>", "max_zoom": 18, "crs": "{crs}"}}}}"#
                )),
            );
        }
        let p = std::sync::Arc::new(std::sync::Mutex::new(None));
        let p2 = p.clone();
        with_browser(DESKTOP, |driver| async move {
            driver.goto(server.url(view)).await?;
            *p2.lock().unwrap() = Some(huating_marker_position(&driver).await?);
            if crs.is_some() {
                wait_until(&driver, "document.querySelectorAll('.leaflet-tile').length > 0").await?;
                let attribution = driver.find(By::Css(".leaflet-control-attribution")).await?.text().await?;
                assert!(attribution.contains("Test tiles <b>"), "attribution shown as text: {attribution}");
                assert!(server.requests().iter().any(|r| r.starts_with("/tiles/14/")), "tiles requested");
            }
            Ok(())
        })
        .await;
        positions.push(p.lock().unwrap().expect("position"));
    }
    for (a, b) in [(positions[0], positions[1]), (positions[0], positions[2])] {
        assert!((a.0 - b.0).abs() <= 1.5 && (a.1 - b.1).abs() <= 1.5, "marker moved between base maps: {a:?} vs {b:?}");
    }
}

#[tokio::test]
async fn list_and_map_toggle_and_the_map_works_at_320_pixels() {
    let server = Server::start(dist_dir());
    with_browser(PHONE, |driver| async move {
        // Close to Huating, where the one located place is a marker of its own.
        driver.goto(server.url("/?at=31.47,121.267,13")).await?;
        wait_for(&driver, "li.result").await?;
        assert!(driver.find_all(By::Css(".map")).await?.is_empty(), "no map (nor Leaflet) until asked for on a phone");
        driver.find(By::XPath("//button[normalize-space()='Map']")).await?.click().await?;
        wait_for(&driver, ".map[data-markers]").await?;
        assert!(url(&driver).await?.contains("view=map"));
        assert!(driver.find_all(By::Css("li.result")).await?.is_empty(), "one pane at a time on a phone");
        wait_until(&driver, "document.documentElement.scrollWidth <= document.documentElement.clientWidth").await?;
        screenshot(&driver, "phone-map").await?;
        assert_clean(&driver, "the map at 320 px").await?;
        // Opening a place from the map shows it; Back returns to the map.
        let marker = wait_for(&driver, HUATING_MARKER).await?;
        marker.click().await?;
        wait_for(&driver, "article.detail h1").await?;
        driver.back().await?;
        wait_for(&driver, HUATING_MARKER).await?;
        driver.find(By::XPath("//button[normalize-space()='List']")).await?.click().await?;
        wait_for(&driver, "li.result").await?;
        Ok(())
    })
    .await;
}
