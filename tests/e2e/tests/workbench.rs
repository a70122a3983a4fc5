//! The data workbench (edit.html) as a data owner uses it to publish, under the strict CSP:
//! open the published data, locate a place on the map, paste units from a spreadsheet, reload
//! (the draft is kept), review and export, then the exported file in the explorer; an operator's
//! submission as a source, its problems leading to their fields, and its units marked.

use e2e::axe::assert_clean;
use e2e::browser::{DESKTOP, screenshot, wait_for, wait_for_text, wait_until, with_browser};
use e2e::safety::assert_quiet;
use e2e::server::{Reply, Server};
use e2e::workbench::{CATCH_DOWNLOADS, assert_fits, downloaded, drop_file, nav, open_workbench, paste, retype};
use e2e::{dist_dir, repo_root};
use jiading_park_explorer::core::data::{read_geography, validate};
use thirtyfour::prelude::*;

const HAOYUAN: &str = "haoyuan-smart-manufacturing-park";

/// The day the test says it checked the data: after any date in the shipped file.
const CHECKED: &str = "2026-12-30";

fn shipped() -> String {
    std::fs::read_to_string(repo_root().join("public/data/places.json")).expect("places.json")
}

fn geography() -> jiading_park_explorer::core::geo::Geography {
    let text = std::fs::read_to_string(repo_root().join("public/data/jiading.geojson")).expect("geojson");
    read_geography(&text).expect("outline")
}

#[tokio::test]
async fn a_data_owner_locates_a_place_adds_units_and_publishes() {
    let server = Server::start(dist_dir());
    let out = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let file_out = out.clone();
    with_browser(DESKTOP, |driver| async move {
        open_workbench(&driver, &server, "?lang=en").await?;
        assert!(driver.find(By::Css(".wb-editing")).await?.text().await?.contains("published data"));
        assert_eq!(driver.find(By::Css("#record-heading")).await?.text().await?, "Haoyuan Smart Manufacturing Industrial Park");
        // Locate it: a click on the map puts the point (an exact one, in GCJ-02).
        let map = wait_for(&driver, ".locate-map.leaflet-container").await?;
        map.scroll_into_view().await?;
        map.click().await?;
        let lon_input = "#f-places-0-location-lon";
        wait_until(&driver, &format!("document.querySelector('{lon_input}').value !== '121.2024'")).await?;
        let precision: String = driver.execute("return document.querySelector('#f-places-0-location-precision').value;", vec![]).await?.convert()?;
        assert_eq!(precision, "exact");
        let by = driver.find(By::Css("#f-places-0-location-located_by")).await?;
        by.send_keys("Jiading investment office").await?;
        by.send_keys(Key::Tab).await?;
        driver.find(By::Css("#f-places-0-location-located_how")).await?.send_keys("site visit").await?;
        // Two units pasted from a spreadsheet, with their header row.
        driver.find(By::XPath("//details[contains(@class,'paste')]/summary")).await?.click().await?;
        paste(&driver, "#paste-rows", "building\tfloor\tuse\tarea_m2\tclear_height_m\tavailability\r\nA\t2\tfactory\t1,800\t8\tavailable\r\nA\t3\tfactory\t1750\t6\tavailable\r\n").await?;
        driver.find(By::XPath("//button[normalize-space()='Preview']")).await?.click().await?;
        wait_for_text(&driver, ".preview [role=status]", "2 new, 0 changed, 0 rows with errors (left out).").await?;
        driver.find(By::XPath("//button[normalize-space()='Add these spaces']")).await?.click().await?;
        wait_until(&driver, "document.querySelectorAll('table.spaces-grid tbody tr').length === 3").await?;
        assert_fits(&driver, "a place's form with its map and units").await?;
        screenshot(&driver, "workbench-place").await?;
        assert_clean(&driver, "a place's form with its map and units").await?;

        // A reload keeps everything.
        driver.refresh().await?;
        wait_for(&driver, "table.spaces-grid").await?;
        wait_until(&driver, "[...document.querySelectorAll('.notice[role=status]')].some(n => n.textContent.startsWith('Your saved draft is open: nothing typed before is lost.'))").await?;
        wait_until(&driver, "document.querySelectorAll('table.spaces-grid tbody tr').length === 3").await?;
        let by: String = driver.execute("return document.querySelector('#f-places-0-location-located_by').value;", vec![]).await?.convert()?;
        assert_eq!(by, "Jiading investment office");
        driver.execute(CATCH_DOWNLOADS, vec![]).await?;

        // Leaving now would ask first.
        let asks: bool = driver.execute("const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;", vec![]).await?.convert()?;
        assert!(asks, "unexported changes: leaving asks");

        // Review and export.
        nav(&driver, "Review and export").await?;
        let changes = wait_for(&driver, "ul.changes").await?.text().await?;
        assert!(changes.contains("Place Haoyuan Smart Manufacturing Industrial Park: Location: town label point (approximate) → exact point (the site itself); 2 spaces added"), "{changes}");
        assert!(!changes.contains("Place Hesai"), "only what changed: {changes}");
        driver.find(By::XPath("//button[normalize-space()='Export places.json']")).await?.click().await?;
        let file = downloaded(&driver, "places.json").await?;
        let asks: bool = driver.execute("const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;", vec![]).await?.convert()?;
        assert!(!asks, "exported: leaving does not ask");
        driver.find(By::XPath("//button[normalize-space()='Download the change summary']")).await?.click().await?;
        let summary = downloaded(&driver, "changes.txt").await?;
        assert!(summary.starts_with("Changes to places.json") && summary.contains("2 spaces added"), "{summary}");
        assert_quiet(&driver, "the workbench").await?;
        *file_out.lock().unwrap() = file;
        Ok(())
    })
    .await;
    let exported = out.lock().unwrap().clone();

    // The exported file: what make validate accepts, in the canonical form, with what was done.
    let d = validate(&exported, &geography()).unwrap_or_else(|e| panic!("{:?}", e.problems));
    let v: serde_json::Value = serde_json::from_str(&exported).unwrap();
    assert_eq!(jiading_park_explorer::core::edit::canonical::canonical(&v), exported);
    let p = &d.places[d.place_index(HAOYUAN).expect("Haoyuan")];
    assert_eq!(p.location.map(|l| l.precision.id()), Some("exact"));
    assert_eq!(p.located.as_ref().and_then(|l| l.by.as_deref()), Some("Jiading investment office"));
    assert_eq!(p.spaces.len(), 3);

    // Published: the explorer shows the point with its provenance and the units, and the space
    // finder filters them.
    let server = Server::start(dist_dir());
    server.set("/data/places.json", Reply::json(exported.clone()));
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url(&format!("/?place={HAOYUAN}"))).await?;
        let facts = wait_for(&driver, "dl.facts").await?.text().await?;
        assert!(facts.contains("Located by Jiading investment office (site visit,"), "{facts}");
        assert_eq!(driver.find_all(By::Css("table.spaces tbody tr")).await?.len(), 3);
        driver.goto(server.url("/?page=spaces&height_min=7")).await?;
        wait_until(&driver, "document.querySelectorAll('.spaces-table tbody tr').length === 1").await?;
        let row = driver.find(By::Css(".spaces-table tbody tr")).await?.text().await?;
        assert!(row.contains("Haoyuan") && row.contains("1,800 m²") && row.contains("8 m"), "{row}");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn an_operators_units_are_marked_and_problems_lead_to_their_fields() {
    let server = Server::start(dist_dir());
    let out = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let file_out = out.clone();
    with_browser(DESKTOP, |driver| async move {
        open_workbench(&driver, &server, "?lang=en").await?;
        // Open a file from disk: by the file picker, and a wrong file dropped is refused by name.
        let path = repo_root().join("public/data/places.json").canonicalize().expect("places.json");
        driver.find(By::Css(".drop-zone input[type=file]")).await?.send_keys(path.to_string_lossy()).await?;
        wait_for_text(&driver, ".wb-editing", "You are editing places.json, opened from this computer.").await?;
        drop_file(&driver, "notes.json", "{\"hello\": 1}").await?;
        wait_for_text(&driver, ".wb-open [role=alert]", "This file is not a places.json data file, so it was not opened.").await?;
        drop_file(&driver, "broken.json", "{\"schema\": ").await?;
        wait_until(&driver, "document.querySelector('.wb-open [role=alert]').textContent.startsWith('This file is not JSON, so it was not opened')").await?;
        assert!(driver.find(By::Css(".wb-editing")).await?.text().await?.contains("places.json, opened from this computer"));

        // The park's operator sends a unit list: a source "from the operator", first without a contact.
        driver.find(By::XPath("//details[contains(@class,'nav-list')]/summary[starts-with(normalize-space(), 'Sources')]")).await?.click().await?;
        driver.find(By::XPath("//button[normalize-space()='Add a source']")).await?.click().await?;
        let n = shipped_sources();
        let field = |name: &str| format!("#f-sources-{n}-{name}");
        wait_for(&driver, &field("title")).await?.send_keys("Haoyuan unit list (generated test data)").await?;
        let date = driver.find(By::Css(field("date"))).await?;
        date.send_keys("2026-11-20").await?;
        date.send_keys(Key::Tab).await?;
        thirtyfour::components::SelectElement::new(&driver.find(By::Css(field("reliability"))).await?).await?.select_by_value("operator").await?;
        // The problem names the field, leads to it, and the field shows it.
        let problem = format!("$.sources[{n}].contact: an operator's submission needs a contact to ask about it");
        nav(&driver, "Problems (1)").await?;
        let item = wait_for(&driver, "ol.problems li button").await?;
        assert_eq!(item.text().await?, problem);
        // Export is not blocked, but warns.
        nav(&driver, "Review and export").await?;
        wait_for_text(&driver, ".notice.warning[role=alert]", "The data still has 1 problem: the file can be exported, but make validate will refuse it until it is fixed.").await?;
        assert!(driver.find(By::XPath("//button[normalize-space()='Export places.json']")).await?.is_enabled().await?);
        nav(&driver, "Problems (1)").await?;
        wait_for(&driver, "ol.problems li button").await?.click().await?;
        let contact = field("contact");
        wait_until(&driver, &format!("document.activeElement === document.querySelector('{contact}')")).await?;
        let shown = driver.find(By::XPath(format!("//*[@id='{}']/ancestor::div[contains(@class,'field-row')]", &contact[1..]))).await?.text().await?;
        assert!(shown.contains("an operator's submission needs a contact to ask about it"), "{shown}");
        let input = driver.find(By::Css(contact)).await?;
        input.send_keys("Park operations office (test)").await?;
        input.send_keys(Key::Tab).await?;
        nav(&driver, "Problems (0)").await?;
        wait_for_text(&driver, ".notice.ok[role=status]", "No problems: the exported file will pass make validate.").await?;

        // Haoyuan's units rest on that submission alone.
        nav(&driver, "Haoyuan Smart Manufacturing Industrial Park").await?;
        let summary = wait_for(&driver, "details:has(#f-places-0-cite-spaces) > summary").await?;
        summary.scroll_into_view().await?;
        summary.click().await?;
        // Only the place's own sources are listed until the filter finds another.
        // Haoyuan's two sources.
        wait_until(&driver, "[...document.querySelectorAll('#f-places-0-cite-spaces li')].filter(li => li.offsetParent).length === 2").await?;
        driver.find(By::Css("#f-places-0-cite-spaces-filter")).await?.send_keys("unit list").await?;
        driver
            .find(By::XPath("//fieldset[@id='f-places-0-cite-spaces']//label[starts-with(., 'Haoyuan unit list (generated test data)')]"))
            .await?
            .click()
            .await?;
        assert_clean(&driver, "a place's form with its citations open").await?;
        nav(&driver, "Review and export").await?;
        // The day the data was checked, beside the export.
        let was: serde_json::Value = serde_json::from_str(&shipped()).expect("JSON");
        let was = was["updated"].as_str().unwrap_or_default().to_owned();
        retype(&driver, "#f-updated", CHECKED).await?;
        let changes = wait_for(&driver, "ul.changes").await?.text().await?;
        assert!(changes.contains(&format!("The file: Data last checked: {was} → {CHECKED}")), "{changes}");
        driver.find(By::XPath("//button[normalize-space()='Export places.json']")).await?.click().await?;
        *file_out.lock().unwrap() = downloaded(&driver, "places.json").await?;
        assert_quiet(&driver, "the workbench").await?;
        Ok(())
    })
    .await;
    let exported = out.lock().unwrap().clone();
    validate(&exported, &geography()).unwrap_or_else(|e| panic!("{:?}", e.problems));
    assert!(exported.contains(&format!("\"updated\": \"{CHECKED}\"")), "the file's date as set");

    // In the explorer: the units are "from the operator" on the place's page and in the space finder.
    let server = Server::start(dist_dir());
    server.set("/data/places.json", Reply::json(exported));
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url(&format!("/?place={HAOYUAN}"))).await?;
        let marks = wait_for(&driver, "p.table-sources").await?.text().await?;
        assert!(marks.contains("from the operator"), "{marks}");
        let sources = driver.find(By::Css("ol.sources")).await?.text().await?;
        assert!(sources.contains("Haoyuan unit list (generated test data) — 20 November 2026 · from the operator · Park operations office (test)"), "{sources}");
        driver.goto(server.url("/?page=spaces")).await?;
        wait_for(&driver, ".spaces-table tbody tr .badge.operator").await?;
        assert_quiet(&driver, "the explorer with operator data").await?;
        Ok(())
    })
    .await;
}

fn shipped_sources() -> usize {
    let v: serde_json::Value = serde_json::from_str(&shipped()).expect("JSON");
    v["sources"].as_array().expect("sources").len()
}
