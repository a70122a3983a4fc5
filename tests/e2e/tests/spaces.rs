//! The space finder for enterprises: table and sorting, filters in the URL, distances,
//! shortlist (persistence, corrupt store, share link), comparison, the enquiry email, CSV, print.

use e2e::axe::assert_clean;
use e2e::browser::{DESKTOP, console_errors, screenshot, wait_for, wait_until, with_browser};
use e2e::server::Server;
use e2e::{dist_dir, repo_root};
use thirtyfour::prelude::*;

fn shipped() -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(repo_root().join("public/data/places.json")).unwrap()).unwrap()
}

/// Rows the table should have: each space, plus one per park or project without units.
fn expected_rows(v: &serde_json::Value, keep: impl Fn(&serde_json::Value) -> bool) -> usize {
    v["places"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["kind"] != "enterprise" && keep(p))
        .map(|p| p["spaces"].as_array().map_or(0, Vec::len).max(1))
        .sum()
}

async fn table_rows(driver: &WebDriver) -> WebDriverResult<Vec<Vec<String>>> {
    let script = "return [...document.querySelectorAll('.spaces-table tbody tr')].map(tr => [...tr.children].map(c => c.innerText.trim()));";
    driver.execute(script, vec![]).await?.convert()
}

fn column(rows: &[Vec<String>], i: usize) -> Vec<String> {
    rows.iter().map(|r| r[i].clone()).collect()
}

#[tokio::test]
async fn every_space_in_one_table_sorted_with_unknowns_last() {
    let server = Server::start(dist_dir());
    let data = shipped();
    let all = expected_rows(&data, |_| true);
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?page=spaces")).await?;
        wait_for(&driver, ".spaces-table tbody tr").await?;
        let rows = table_rows(&driver).await?;
        assert_eq!(rows.len(), all);
        // Haoyuan's published ground floor is a row of its own, with its unit figures: the
        // article's "maximum floor height" is a storey height, not a clear height.
        let haoyuan = rows.iter().find(|r| r[0].contains("Haoyuan") && r[4] == "4,000 m²").expect("the unit row");
        assert_eq!((haoyuan[5].as_str(), haoyuan[6].as_str()), ("not published", "up to 9.5 m"), "{haoyuan:?}");
        // A whole place's total floor area keeps its source's qualifier, as on its own page.
        let qualified = |p: &serde_json::Value| p["qualifiers"]["building_area_m2"].as_str() == Some("about");
        let about = data["places"].as_array().unwrap().iter().find(|p| qualified(p) && p["name"]["en"].is_string());
        let name = about.and_then(|p| p["name"]["en"].as_str()).expect("a place whose floor area is 'about' a figure");
        let row = rows.iter().find(|r| r[0].contains(name)).expect("its row");
        assert!(row[4].starts_with("about ") && row[4].contains("whole place"), "{row:?}");
        screenshot(&driver, "spaces").await?;
        assert_clean(&driver, "the space finder").await?;

        // Sort by area: known values ascending, then every "not published" — and the same when descending.
        let area_header = driver.find(By::XPath("//th[.//button[normalize-space(text())='Area']]//button")).await?;
        area_header.click().await?;
        wait_until(&driver, "location.search.includes('sort=area')").await?;
        let areas = column(&table_rows(&driver).await?, 4);
        let known = areas.iter().take_while(|a| *a != "not published").count();
        assert!(known > 1 && areas[known..].iter().all(|a| a == "not published"), "{areas:?}");
        // The number in "4,000 m²" or "2.67 km²", after the qualifier its source gives, if any
        // ("about 110,000 m²": a whole place's area is shown as the detail page shows it).
        let parse = |a: &str| {
            let a = ["about ", "over ", "nearly ", "up to "].iter().find_map(|q| a.strip_prefix(q)).unwrap_or(a);
            a.split(' ').next().unwrap().replace(',', "").parse::<f64>().unwrap_or(f64::NAN)
                * if a.contains("km²") { 1e6 } else { 1.0 }
        };
        let values: Vec<f64> = areas[..known].iter().map(|a| parse(a)).collect();
        assert!(values.windows(2).all(|w| w[0] <= w[1]), "ascending: {values:?}");
        driver.find(By::XPath("//th[.//button[normalize-space(text())='Area']]//button")).await?.click().await?;
        wait_until(&driver, "location.search.includes('sort=-area')").await?;
        let areas = column(&table_rows(&driver).await?, 4);
        let values: Vec<f64> = areas[..known].iter().map(|a| parse(a)).collect();
        assert!(values.windows(2).all(|w| w[0] >= w[1]), "descending: {values:?}");
        assert!(areas[known..].iter().all(|a| a == "not published"), "unknowns stay last");
        let th: String = driver
            .execute("return document.querySelector('th[aria-sort=\"descending\"]').innerText;", vec![])
            .await?
            .convert()?;
        assert!(th.starts_with("Area"));
        assert!(console_errors(&driver).await?.is_empty());
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn space_filters_live_in_the_url_and_narrow_list_and_map_too() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?page=spaces")).await?;
        let max_area = wait_for(&driver, "#space-area_max").await?;
        max_area.send_keys("5000").await?;
        max_area.send_keys(Key::Tab).await?;
        wait_until(&driver, "location.search.includes('area_max=5000')").await?;
        wait_until(&driver, "document.querySelectorAll('.spaces-table tbody tr').length === 1").await?;
        let rows = table_rows(&driver).await?;
        assert!(rows[0][0].contains("Haoyuan"), "only the published 4,000 m² floor fits a maximum: {rows:?}");
        // Reload keeps it; the explorer's list and map apply the same filter.
        driver.refresh().await?;
        wait_until(&driver, "document.querySelectorAll('.spaces-table tbody tr').length === 1").await?;
        assert_eq!(driver.find(By::Css("#space-area_max")).await?.value().await?.as_deref(), Some("5000"));
        driver.goto(server.url("/?area_max=5000")).await?;
        wait_until(&driver, "document.querySelector('.result-count')?.textContent === '1 place'").await?;
        wait_until(&driver, "document.querySelector('.map')?.dataset.markers === '1'").await?;
        // The height requirement compares clear heights and says so: Haoyuan's "up to 9.5 m" is a
        // storey height, so no published space meets a minimum clear height of 9 m.
        driver.goto(server.url("/?page=spaces&height_min=9")).await?;
        let hint = wait_for(&driver, "#space-height_min-hint").await?.text().await?;
        assert!(hint.contains("storey height") && hint.contains("never"), "{hint}");
        let described: String = driver
            .execute(
                "return document.getElementById('space-height_min').getAttribute('aria-describedby') || '';",
                vec![],
            )
            .await?
            .convert()?;
        assert!(described.contains("space-height_min-hint"), "the hint is the field's description: {described}");
        let empty = wait_for(&driver, "p.no-results").await?.text().await?;
        assert!(empty.contains("No space matches"), "{empty}");
        assert!(driver.find_all(By::Css(".spaces-table tbody tr")).await?.is_empty());
        driver.goto(server.url("/?page=spaces&height_min=9&lang=zh")).await?;
        let hint = wait_for(&driver, "#space-height_min-hint").await?.text().await?;
        assert!(hint.contains("层高") && hint.contains("净高"), "{hint}");
        // Area filters: a minimum keeps parks whose total floor area could hold it.
        driver.goto(server.url("/?page=spaces&area_min=100000")).await?;
        wait_for(&driver, ".spaces-table tbody tr").await?;
        for row in table_rows(&driver).await? {
            assert!(row[4].contains("whole place") || row[4].contains("km²"), "{row:?}");
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_requirement_outside_its_range_says_so_and_is_not_applied() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?page=spaces&height_min=8")).await?;
        let area = wait_for(&driver, "#space-area_min").await?;
        area.send_keys("20000000").await?;
        area.send_keys(Key::Tab).await?;
        let message = wait_for(&driver, "#space-area_min-error:not(:empty)").await?.text().await?;
        assert!(message.contains("0 to 10,000,000") && message.contains("not applied"), "{message}");
        assert_eq!(area.attr("aria-invalid").await?.as_deref(), Some("true"));
        assert_eq!(driver.current_url().await?.query(), Some("page=spaces&height_min=8"), "the URL is unchanged");
        assert_clean(&driver, "a refused requirement").await?;
        // A value within range clears the message and applies.
        area.clear().await?;
        area.send_keys("2000").await?;
        area.send_keys(Key::Tab).await?;
        wait_until(&driver, "location.search.includes('area_min=2000')").await?;
        wait_until(&driver, "document.querySelector('#space-area_min-error').textContent === ''").await?;
        // A linked value outside the range is dropped the same way.
        driver.goto(server.url("/?page=spaces&height_min=51")).await?;
        wait_for(&driver, ".spaces-table tbody tr").await?;
        assert_eq!(driver.find(By::Css("#space-height_min")).await?.value().await?.as_deref(), Some(""));
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn distances_to_chosen_anchors_are_shown_sortable_and_marked_approximate() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?page=spaces")).await?;
        let select = wait_for(&driver, "#anchor-select").await?;
        select.send_keys("Hesai").await?;
        driver
            .find(By::XPath("//div[contains(@class,'anchors')]//button[normalize-space()='Add']"))
            .await?
            .click()
            .await?;
        wait_until(&driver, "location.search.includes('near=hesai')").await?;
        let header: String = driver
            .execute("return [...document.querySelectorAll('.spaces-table thead th')].pop().innerText;", vec![])
            .await?
            .convert()?;
        assert!(header.starts_with("Distance to Hesai"), "{header}");
        let rows = table_rows(&driver).await?;
        let last = rows.iter().map(|r| r.last().unwrap().clone()).find(|d| d != "not published").unwrap();
        assert!(last.starts_with("≈ ") && last.ends_with("km (approximate)"), "{last}");
        driver
            .find(By::XPath("//th[.//button[starts-with(normalize-space(text()),'Distance to Hesai')]]//button"))
            .await?
            .click()
            .await?;
        wait_until(&driver, "location.search.includes('sort=distance0')").await?;
        let rows = table_rows(&driver).await?;
        let km: Vec<f64> = rows
            .iter()
            .filter_map(|r| r.last().unwrap().trim_start_matches("≈ ").split(' ').next().and_then(|n| n.parse().ok()))
            .collect();
        assert!(
            km.windows(2).all(|w| w[0] <= w[1]) && km[0] < 0.5,
            "nearest first (Haoyuan shares Hesai's town point): {km:?}"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_shortlist_survives_reloads_resets_a_corrupt_store_and_travels_by_link() {
    let server = Server::start(dist_dir());
    let shared = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let shared_out = shared.clone();
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        let star = wait_for(&driver, "li[data-place='haoyuan-smart-manufacturing-park'] .star").await?;
        star.click().await?;
        wait_until(&driver, "document.querySelector(\"li[data-place='haoyuan-smart-manufacturing-park'] .star\").getAttribute('aria-pressed') === 'true'").await?;
        driver.find(By::Css("li[data-place='anting-international-medical-industrial-park'] .star")).await?.click().await?;
        driver.refresh().await?;
        wait_until(&driver, "document.querySelector(\"li[data-place='haoyuan-smart-manufacturing-park'] .star\")?.getAttribute('aria-pressed') === 'true'").await?;
        let badge = driver.find(By::Css(".count-badge")).await?.text().await?;
        assert_eq!(badge, "2");

        driver.find(By::XPath("//nav//a[starts-with(normalize-space(),'Shortlist')]")).await?.click().await?;
        wait_for(&driver, ".shortlist-item").await?;
        assert_eq!(driver.find_all(By::Css(".shortlist-item")).await?.len(), 2);
        let link: String = driver.execute("return document.getElementById('share-link').value;", vec![]).await?.convert()?;
        assert!(link.contains("page=shortlist") && link.contains("shortlist=p%3Ahaoyuan"), "{link}");
        *shared_out.lock().unwrap() = link.replace(&server.base, "");
        assert_clean(&driver, "the shortlist").await?;

        // A corrupt store is reset with a notice, and the page still works.
        driver.execute("localStorage.setItem('jpe.shortlist.v1', '{not json');", vec![]).await?;
        driver.refresh().await?;
        let notice = wait_for(&driver, ".shortlist-page .notice").await?.text().await?;
        assert!(notice.contains("could not be read") && notice.contains("reset"), "{notice}");
        assert!(driver.find_all(By::Css(".shortlist-item")).await?.is_empty());
        let stored: Option<String> = driver.execute("return localStorage.getItem('jpe.shortlist.v1');", vec![]).await?.convert()?;
        assert_eq!(stored, None);
        assert!(console_errors(&driver).await?.is_empty());
        Ok(())
    })
    .await;
    // Elsewhere (a fresh browser, empty storage), the link opens the same shortlist.
    let server = Server::start(dist_dir());
    let path = shared.lock().unwrap().clone();
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url(&path)).await?;
        wait_for(&driver, ".shortlist-item").await?;
        let names: Vec<String> = driver
            .execute("return [...document.querySelectorAll('.shortlist-item a')].map(a => a.textContent);", vec![])
            .await?
            .convert()?;
        assert_eq!(names.len(), 2);
        assert!(names[0].starts_with("Haoyuan"), "{names:?}");
        driver.find(By::XPath("//button[normalize-space()='Use as my shortlist']")).await?.click().await?;
        wait_until(&driver, "!location.search.includes('shortlist=')").await?;
        let stored: String =
            driver.execute("return localStorage.getItem('jpe.shortlist.v1');", vec![]).await?.convert()?;
        assert!(stored.contains("p:haoyuan-smart-manufacturing-park"), "{stored}");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn compare_and_the_enquiry_email() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        wait_for(&driver, "li.result").await?;
        driver
            .execute(
                "localStorage.setItem('jpe.shortlist.v1', JSON.stringify(['p:haoyuan-smart-manufacturing-park', 's:haoyuan-factory-ground-floor', 'p:valeo-waigang-base']));",
                vec![],
            )
            .await?;
        driver.goto(server.url("/?page=shortlist")).await?;
        wait_for(&driver, ".shortlist-item").await?;
        for cb in driver.find_all(By::Css(".shortlist-item input[type=checkbox]")).await?.into_iter().take(3) {
            cb.click().await?;
        }
        driver.find(By::XPath("//button[starts-with(normalize-space(),'Compare selected')]")).await?.click().await?;
        let table = wait_for(&driver, "table.compare").await?;
        let heads = table.find_all(By::Css("thead th")).await?;
        assert_eq!(heads.len(), 4, "field column + three items");
        let investment: Vec<String> = driver
            .execute("return [...document.querySelectorAll('table.compare tbody tr')].find(tr => tr.children[0].innerText.startsWith('Total investment')).innerText.split('\\t');", vec![])
            .await?
            .convert()?;
        assert!(investment.iter().any(|c| c.contains("CNY 400 million")) && investment.iter().any(|c| c.contains("CNY 2.9 billion")), "{investment:?}");
        let differs = driver.find_all(By::Css("table.compare tr.differs")).await?.len();
        assert!(differs >= 3, "rows that differ are marked ({differs})");
        let area_row: String = driver
            .execute("return [...document.querySelectorAll('table.compare tbody tr')].find(tr => tr.children[0].innerText.startsWith('Area')).innerText;", vec![])
            .await?
            .convert()?;
        assert!(area_row.contains("4,000 m²") && area_row.contains("not published"), "{area_row}");
        assert_clean(&driver, "the comparison").await?;
        screenshot(&driver, "compare").await?;

        // The enquiry: an email with the places and the requirements, sent by the user's mail program.
        driver.goto(server.url("/?page=shortlist")).await?;
        wait_for(&driver, "#ask-area").await?.send_keys("2000").await?;
        driver.find(By::Css("#ask-height")).await?.send_keys("8").await?;
        driver.execute("const m = document.getElementById('ask-move-in'); m.value = '2026-09'; m.dispatchEvent(new Event('input', {bubbles: true}));", vec![]).await?;
        let href = driver.find(By::Css("#ask-link")).await?.attr("href").await?.unwrap_or_default();
        assert!(href.starts_with("mailto:?subject="), "no published email address: no recipient — {href}");
        let decoded: String = driver.execute("return decodeURIComponent(arguments[0]);", vec![serde_json::json!(href)]).await?.convert()?;
        for expected in ["Haoyuan Smart Manufacturing Industrial Park", "Factory, floor 1, 4,000 m²", "Area needed (m²): 2000", "Clear height needed (m): 8", "Move-in date: 2026-09", "Valeo"] {
            assert!(decoded.contains(expected), "{expected:?} in {decoded}");
        }
        assert!(href.contains("%0D%0A"), "CRLF line ends in the body");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn csv_download_bytes_and_print_layout() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?page=spaces&lang=zh&sort=area")).await?;
        wait_for(&driver, ".spaces-table tbody tr").await?;
        // Catch the file the button produces.
        driver
            .execute(
                "window.__csv = null; const orig = URL.createObjectURL; URL.createObjectURL = b => { window.__csv = b; return orig(b); };",
                vec![],
            )
            .await?;
        driver.find(By::XPath("//button[normalize-space()='下载 CSV']")).await?.click().await?;
        wait_until(&driver, "window.__csv !== null").await?;
        let bytes: Vec<u8> = driver
            .execute("return window.__csv.arrayBuffer().then(b => [...new Uint8Array(b)]);", vec![])
            .await?
            .convert()?;
        assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF], "UTF-8 byte-order mark");
        let text = String::from_utf8(bytes[3..].to_vec()).expect("UTF-8");
        assert!(text.starts_with("地点,镇街,用途,楼层,面积（平方米）,"), "{}", &text[..80.min(text.len())]);
        assert!(text.contains("\r\n") && !text.replace("\r\n", "").contains('\n'), "CRLF line ends");
        assert!(text.contains("Haoyuan Smart Manufacturing Industrial Park,嘉定工业区,厂房,1,4000,否,,9.5,"), "{text}");
        let lines = text.trim_end().split("\r\n").count();
        let rows: usize = driver.execute("return document.querySelectorAll('.spaces-table tbody tr').length;", vec![]).await?.convert()?;
        assert_eq!(lines, rows + 1, "one line per row plus the header");

        // Print: the controls go, the table stays.
        driver.cdp().send_raw("Emulation.setEmulatedMedia", serde_json::json!({"media": "print"})).await?;
        let hidden: Vec<String> = driver
            .execute("return ['.site-header nav', '.space-filters', '.anchors', '.lang-switch'].map(s => getComputedStyle(document.querySelector(s)).display);", vec![])
            .await?
            .convert()?;
        assert!(hidden.iter().all(|d| d == "none"), "{hidden:?}");
        let table: String = driver.execute("return getComputedStyle(document.querySelector('.spaces-table')).display;", vec![]).await?.convert()?;
        assert_eq!(table, "table");
        Ok(())
    })
    .await;
}
