//! The explorer as a user sees it, in headless Chromium against the release build in dist/.

use e2e::axe::assert_clean;
use e2e::browser::{DESKTOP, PHONE, console_errors, screenshot, wait_for, wait_for_text, wait_until, with_browser};
use e2e::server::Server;
use e2e::{dist_dir, repo_root};
use jiading_park_explorer::core::explore::RESULTS_PAGE;
use thirtyfour::prelude::*;

/// What the shipped data says, to check the page against.
struct Shipped {
    places: Vec<serde_json::Value>,
    sources: usize,
}

fn shipped() -> Shipped {
    let text = std::fs::read_to_string(repo_root().join("public/data/places.json")).expect("places.json");
    let v: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    Shipped {
        places: v["places"].as_array().expect("places").clone(),
        sources: v["sources"].as_array().expect("sources").len(),
    }
}

async fn result_names(driver: &WebDriver) -> WebDriverResult<Vec<String>> {
    let mut names = Vec::new();
    for link in driver.find_all(By::Css("ol.result-list li.result h3 a")).await? {
        names.push(link.text().await?);
    }
    Ok(names)
}

/// The result count as the page words it.
fn places(n: usize) -> String {
    match n {
        0 => "No places match.".into(),
        1 => "1 place".into(),
        n => format!("{n} places"),
    }
}

async fn current_url(driver: &WebDriver) -> WebDriverResult<String> {
    Ok(driver.current_url().await?.to_string())
}

#[tokio::test]
async fn lists_every_place_with_an_announced_count_and_no_console_errors() {
    let server = Server::start(dist_dir());
    let data = shipped();
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        let total = data.places.len();
        wait_for_text(&driver, ".result-count", &format!("{total} places")).await?;
        let status = driver.find(By::Css(".result-count")).await?;
        assert_eq!(status.attr("role").await?.as_deref(), Some("status"), "the count is a polite live region");
        let shown = result_names(&driver).await?;
        assert_eq!(shown.len(), total.min(RESULTS_PAGE));
        assert!(shown.iter().all(|n| !n.trim().is_empty()), "every result link is named by its place");
        screenshot(&driver, "list").await?;
        if total > RESULTS_PAGE {
            driver.find(By::XPath("//button[starts-with(normalize-space(), 'Show')]")).await?.click().await?;
            wait_until(
                &driver,
                &format!("document.querySelectorAll('li.result').length === {}", total.min(2 * RESULTS_PAGE)),
            )
            .await?;
        }
        assert_eq!(driver.title().await?, "Jiading Park Explorer");
        let footer = driver.find(By::Css(".site-footer")).await?.text().await?;
        assert!(footer.contains(&format!("{total} places from {} sources", data.sources)), "{footer}");
        assert_clean(&driver, "the list").await?;
        let errors = console_errors(&driver).await?;
        assert!(errors.is_empty(), "console errors on the happy path: {errors:#?}");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn search_is_case_width_and_punctuation_insensitive_in_both_languages() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        let input = wait_for(&driver, "#search-input").await?;
        input.send_keys("haoyuan").await?;
        let haoyuan = "Haoyuan Smart Manufacturing Industrial Park";
        // Other places mention Haoyuan in their summaries; the name match comes first.
        wait_until(&driver, &format!("document.querySelector('li.result h3 a')?.textContent === '{haoyuan}'")).await?;
        let found = result_names(&driver).await?;
        assert_eq!(driver.find(By::Css(".result-count")).await?.text().await?, places(found.len()));
        assert!(current_url(&driver).await?.contains("?q=haoyuan"), "the search is in the URL");

        // Full-width capitals and punctuation find the same place.
        input.clear().await?;
        input.send_keys("ＨＡＯＹＵＡＮ,  Beihe-Highway;").await?;
        wait_for_text(&driver, ".result-count", "1 place").await?;
        assert_eq!(result_names(&driver).await?, vec![haoyuan]);

        // An address fragment, then Chinese text.
        input.clear().await?;
        input.send_keys("beihe highway").await?;
        wait_until(
            &driver,
            "[...document.querySelectorAll('li.result h3 a')].some(a => a.textContent.includes('Haoyuan'))",
        )
        .await?;
        input.clear().await?;
        input.send_keys("马陆").await?;
        wait_until(&driver, "document.querySelectorAll('li.result').length >= 3").await?;
        let count = driver.find(By::Css(".result-count")).await?.text().await?;
        for card in driver.find_all(By::Css("li.result .meta")).await? {
            let meta = card.text().await?;
            assert!(meta.contains("Malu"), "a result for 马陆 outside Malu: {meta} ({count})");
        }

        // Nothing matches: say so and offer a way out.
        input.clear().await?;
        input.send_keys("zzzqqq").await?;
        wait_for_text(&driver, ".result-count", "No places match.").await?;
        driver.find(By::XPath("//button[normalize-space()='Clear search and filters']")).await?.click().await?;
        wait_until(&driver, "document.querySelectorAll('li.result').length > 10").await?;
        assert_eq!(input.value().await?.as_deref(), Some(""));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn facets_filter_and_their_counts_follow_the_search() {
    let server = Server::start(dist_dir());
    let data = shipped();
    let malu = data.places.iter().filter(|p| p["town"] == "malu").count();
    let malu_parks = data.places.iter().filter(|p| p["town"] == "malu" && p["kind"] == "park").count();
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        let malu_box = wait_for(&driver, "#facet-town-malu").await?;
        let malu_label = driver.find(By::Css("label[for='facet-town-malu']")).await?;
        assert!(malu_label.text().await?.ends_with(&format!("({malu})")), "{}", malu_label.text().await?);
        malu_box.click().await?;
        wait_for_text(&driver, ".result-count", &places(malu)).await?;
        assert!(current_url(&driver).await?.contains("town=malu"));
        assert!(malu_box.is_selected().await?);
        // Focus stays on the box the user just ticked.
        let focused = driver.active_element().await?;
        assert_eq!(focused.id().await?.as_deref(), Some("facet-town-malu"));

        // Choosing a kind narrows further; the town counts now count only parks.
        driver.find(By::Css("#facet-kind-park")).await?.click().await?;
        wait_for_text(&driver, ".result-count", &places(malu_parks)).await?;
        assert!(malu_label.text().await?.ends_with(&format!("({malu_parks})")));

        // Counts follow the search text too.
        let input = driver.find(By::Css("#search-input")).await?;
        input.send_keys("zzzqqq").await?;
        wait_for_text(&driver, ".result-count", "No places match.").await?;
        assert!(malu_label.text().await?.ends_with("(0)"));

        driver.find(By::XPath("//button[normalize-space()='Clear all']")).await?.click().await?;
        wait_for_text(&driver, ".result-count", &format!("{} places", data.places.len())).await?;
        assert!(!malu_box.is_selected().await?);
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn detail_shows_every_published_fact_and_back_closes_it() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?q=haoyuan")).await?;
        let link = wait_for(&driver, "li.result h3 a").await?;
        link.click().await?;
        let h1 = wait_for(&driver, "article.detail h1").await?;
        assert_eq!(h1.text().await?, "Haoyuan Smart Manufacturing Industrial Park");
        assert!(current_url(&driver).await?.contains("place=haoyuan-smart-manufacturing-park"));
        wait_until(&driver, "document.activeElement.tagName === 'H1'").await?; // focus moves to the opened place
        assert_eq!(driver.title().await?, "Haoyuan Smart Manufacturing Industrial Park · Jiading Park Explorer");

        let facts = driver.find(By::Css("dl.facts")).await?.text().await?;
        for expected in [
            "CNY 400 million",
            "82,810 m²",
            "155 Beihe Highway",
            "second half of 2025",
            "canteen",
            "supermarket",
            "1 comprehensive building",
            "5 factory buildings",
            "not published",
        ] {
            assert!(facts.contains(expected), "key facts lack {expected:?}:\n{facts}");
        }
        let spaces = driver.find(By::Css("table.spaces")).await?.text().await?;
        assert!(
            spaces.contains("4,000 m²") && spaces.contains("9.5 m") && spaces.contains("Not published"),
            "{spaces}"
        );
        let notice = driver.find(By::Css(".notice.approx")).await?.text().await?;
        assert!(notice.starts_with("Approximate location."), "{notice}");
        let sources = driver.find_all(By::Css("ol.sources a")).await?;
        assert!(!sources.is_empty());
        for a in sources {
            let href = a.attr("href").await?.unwrap_or_default();
            assert!(href.starts_with("https://") || href.starts_with("http://"), "{href}");
        }
        screenshot(&driver, "detail").await?;
        assert_clean(&driver, "a place's detail").await?;

        driver.back().await?;
        wait_for(&driver, "ol.result-list li.result").await?;
        let after_back = current_url(&driver).await?;
        assert!(
            after_back.contains("?q=haoyuan") && !after_back.contains("place="),
            "Back closes the place and keeps the search"
        );
        wait_until(&driver, "document.activeElement && document.activeElement.closest('li.result') !== null").await?;

        // The in-page "Back to results" link does the same.
        driver.find(By::Css("li.result h3 a")).await?.click().await?;
        wait_for(&driver, "article.detail h1").await?.text().await?;
        driver.find(By::Css(".back a")).await?.click().await?;
        wait_for(&driver, "ol.result-list li.result").await?;
        let after_link = current_url(&driver).await?;
        assert!(after_link.contains("?q=haoyuan") && !after_link.contains("place="));
        let errors = console_errors(&driver).await?;
        assert!(errors.is_empty(), "{errors:#?}");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn every_view_survives_a_reload_from_its_url() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?q=park&town=malu&kind=park")).await?;
        wait_for(&driver, "li.result").await?;
        let before = result_names(&driver).await?;
        assert!(!before.is_empty());
        driver.refresh().await?;
        wait_for(&driver, "li.result").await?;
        assert_eq!(result_names(&driver).await?, before);
        assert_eq!(driver.find(By::Css("#search-input")).await?.value().await?.as_deref(), Some("park"));
        assert!(driver.find(By::Css("#facet-town-malu")).await?.is_selected().await?);
        assert!(driver.find(By::Css("#facet-kind-park")).await?.is_selected().await?);

        driver.goto(server.url("/?place=valeo-waigang-base&lang=en")).await?;
        let h1 = wait_for(&driver, "article.detail h1").await?;
        let name = h1.text().await?;
        driver.refresh().await?;
        assert_eq!(wait_for(&driver, "article.detail h1").await?.text().await?, name);

        driver.goto(server.url("/?page=sources")).await?;
        wait_for(&driver, ".sources-page h1").await?;
        driver.refresh().await?;
        let heading = wait_for(&driver, ".sources-page h1").await?.text().await?;
        assert_eq!(heading, "Sources and data");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn malformed_url_parameters_are_ignored_and_the_rest_applies() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver
            .goto(server.url("/?q=haoyuan+beihe&kind=castle&town=atlantis&status=&lang=xx&view=3d&place=..%2Fetc&%ZZ=1&sector=%3Cscript%3Ealert(1)%3C%2Fscript%3E"))
            .await?;
        wait_for_text(&driver, ".result-count", "1 place").await?;
        let notice = driver.find(By::Css(".notice")).await?.text().await?;
        assert!(notice.contains("atlantis"), "{notice}");
        // A place id that does not exist shows the list, not a blank page.
        driver.goto(server.url("/?place=no-such-place")).await?;
        wait_for(&driver, "li.result").await?;
        assert!(driver.find(By::Css(".notice")).await?.text().await?.contains("no-such-place"));
        assert!(console_errors(&driver).await?.is_empty());
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn sources_page_lists_every_source_and_the_update_date() {
    let server = Server::start(dist_dir());
    let data = shipped();
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        wait_for(&driver, "li.result").await?;
        driver.find(By::XPath("//nav//a[normalize-space()='Sources and data']")).await?.click().await?;
        wait_for(&driver, ".sources-page").await?;
        let links = driver.find_all(By::Css(".sources-page ul.sources li")).await?;
        assert_eq!(links.len(), data.sources);
        let lead = driver.find(By::Css(".sources-page .lead")).await?.text().await?;
        assert!(lead.starts_with("Data last checked on "), "{lead}");
        assert_clean(&driver, "the sources page").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn usable_at_320_pixels_wide() {
    let server = Server::start(dist_dir());
    with_browser(PHONE, |driver| async move {
        driver.goto(server.url("/?place=haoyuan-smart-manufacturing-park")).await?;
        wait_for(&driver, "article.detail h1").await?;
        let width: i64 = driver.execute("return document.documentElement.clientWidth;", vec![]).await?.convert()?;
        assert!(width <= 320, "the test window is phone-sized ({width})");
        wait_until(&driver, "document.documentElement.scrollWidth <= document.documentElement.clientWidth").await?;
        driver.goto(server.url("/")).await?;
        wait_for(&driver, "li.result").await?;
        wait_until(&driver, "document.documentElement.scrollWidth <= document.documentElement.clientWidth").await?;
        screenshot(&driver, "phone-list").await?;
        assert_clean(&driver, "the list at 320 px").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn everything_works_from_the_keyboard() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        wait_for(&driver, "li.result").await?;
        let body = driver.find(By::Css("body")).await?;
        // The first Tab reaches the skip link, which moves focus to the main region.
        body.send_keys(Key::Tab).await?;
        let skip = driver.active_element().await?;
        assert_eq!(skip.text().await?, "Skip to main content");
        skip.send_keys(Key::Enter).await?;
        wait_until(&driver, "document.activeElement.id === 'main'").await?;

        // Tab on to the search box and type.
        let mut guard = 0;
        while driver.active_element().await?.id().await?.as_deref() != Some("search-input") {
            driver.active_element().await?.send_keys(Key::Tab).await?;
            guard += 1;
            assert!(guard < 10, "the search box is reachable by Tab");
        }
        driver.active_element().await?.send_keys("anting").await?;
        wait_until(&driver, "location.search.startsWith('?q=anting')").await?;

        // Tab to the "Projects" filter and tick it with Space.
        while driver.active_element().await?.id().await?.as_deref() != Some("facet-kind-project") {
            driver.active_element().await?.send_keys(Key::Tab).await?;
            guard += 1;
            assert!(guard < 20, "the kind filter is reachable by Tab");
        }
        driver.active_element().await?.send_keys(Key::Space).await?;
        wait_until(&driver, "location.search.startsWith('?q=anting&kind=project')").await?;

        // Shift+Tab is not needed: keep tabbing to the first result and open it with Enter.
        while driver.execute("return !!document.activeElement.closest('li.result h3 a');", vec![]).await?.json()
            != &serde_json::json!(true)
        {
            driver.active_element().await?.send_keys(Key::Tab).await?;
            guard += 1;
            assert!(guard < 80, "results are reachable by Tab");
        }
        driver.active_element().await?.send_keys(Key::Enter).await?;
        wait_for(&driver, "article.detail h1").await?;
        wait_until(&driver, "document.activeElement.tagName === 'H1'").await?;
        // The focus indicator is visible (an outline, not just the browser default suppressed).
        let outline: String = driver
            .execute(
                "const a = document.querySelector('.back a'); a.focus(); return getComputedStyle(a).outlineStyle;",
                vec![],
            )
            .await?
            .convert()?;
        assert_eq!(outline, "solid");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn on_a_phone_the_filters_fold_away_and_open_on_demand() {
    let server = Server::start(dist_dir());
    with_browser(PHONE, |driver| async move {
        driver.goto(server.url("/")).await?;
        wait_for(&driver, "li.result").await?;
        let malu = driver.find(By::Css("#facet-town-malu")).await?;
        assert!(!malu.is_displayed().await?, "filters start folded on a phone");
        driver.find(By::Css(".facets summary")).await?.click().await?;
        malu.click().await?;
        wait_until(&driver, "location.search === '?town=malu'").await?;
        let summary = driver.find(By::Css(".facets summary")).await?.text().await?;
        assert_eq!(summary, "Filter (1 active)");
        Ok(())
    })
    .await;
}
