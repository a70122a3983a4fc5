//! The data workbench (edit.html) as a data owner uses it, under the strict CSP: open the
//! published data, locate a place on the map, paste units from a spreadsheet, reload (the draft
//! is kept), review and export; the exported file in the explorer; spreadsheets in and out; a
//! corrupt draft; both languages, the keyboard and a phone's width.

use e2e::axe::assert_clean;
use e2e::browser::{DESKTOP, PHONE, screenshot, wait_for, wait_for_text, wait_until, with_browser};
use e2e::safety::assert_quiet;
use e2e::server::{Reply, Server};
use e2e::{dist_dir, repo_root};
use jiading_park_explorer::core::data::{read_geography, validate};
use thirtyfour::prelude::*;

const HAOYUAN: &str = "haoyuan-smart-manufacturing-park";

/// Files the page offers for download are caught here instead of saved.
const CATCH_DOWNLOADS: &str = "window.__files = {}; const orig = URL.createObjectURL; \
    URL.createObjectURL = b => { const url = orig(b); window.__last = b; return url; }; \
    const click = HTMLAnchorElement.prototype.click; \
    HTMLAnchorElement.prototype.click = function () { if (this.download && window.__last) { window.__files[this.download] = window.__last; } else { click.call(this); } };";

async fn downloaded(driver: &WebDriver, name: &str) -> WebDriverResult<String> {
    wait_until(driver, &format!("window.__files && window.__files[{name:?}] !== undefined")).await?;
    let bytes: Vec<u8> = driver
        .execute(&format!("return window.__files[{name:?}].arrayBuffer().then(b => [...new Uint8Array(b)]);"), vec![])
        .await?
        .convert()?;
    Ok(String::from_utf8(bytes).expect("UTF-8"))
}

async fn open_workbench(driver: &WebDriver, server: &Server, query: &str) -> WebDriverResult<()> {
    driver.goto(server.url(&format!("/edit.html{query}"))).await?;
    wait_for(driver, ".wb-nav").await?;
    wait_for(driver, "article.record-form h2").await?;
    driver.execute(CATCH_DOWNLOADS, vec![]).await?;
    Ok(())
}

async fn nav(driver: &WebDriver, label: &str) -> WebDriverResult<()> {
    driver
        .find(By::XPath(format!("//nav[@class='wb-nav']//button[starts-with(normalize-space(), '{label}')]")))
        .await?
        .click()
        .await
}

/// Nothing makes the page scroll sideways (wide grids scroll inside their own box).
async fn assert_fits(driver: &WebDriver, what: &str) -> WebDriverResult<()> {
    let (page, window): (u32, u32) =
        driver.execute("return [document.documentElement.scrollWidth, window.innerWidth];", vec![]).await?.convert()?;
    assert!(page <= window + 1, "{what}: the page is {page} px wide in a {window} px window");
    Ok(())
}

fn shipped() -> String {
    std::fs::read_to_string(repo_root().join("public/data/places.json")).expect("places.json")
}

fn geography() -> jiading_park_explorer::core::geo::Geography {
    let text = std::fs::read_to_string(repo_root().join("public/data/jiading.geojson")).expect("geojson");
    read_geography(&text).expect("outline")
}

/// Sets a text area as a paste from a spreadsheet would (tabs and all).
async fn paste(driver: &WebDriver, css: &str, text: &str) -> WebDriverResult<()> {
    driver
        .execute(
            "const t = document.querySelector(arguments[0]); t.value = arguments[1]; t.dispatchEvent(new Event('input', {bubbles: true}));",
            vec![serde_json::json!(css), serde_json::json!(text)],
        )
        .await?;
    Ok(())
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
async fn spreadsheets_round_trip_and_bad_rows_are_named_before_anything_changes() {
    let server = Server::start(dist_dir());
    let tmp = std::env::temp_dir().join(format!("jpe-wb-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    let dir = tmp.clone();
    let out = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let file_out = out.clone();
    with_browser(DESKTOP, |driver| async move {
        open_workbench(&driver, &server, "?lang=en").await?;
        nav(&driver, "Spreadsheets").await?;
        wait_for(&driver, "#import-places").await?;
        for sheet in ["places", "spaces"] {
            driver
                .find(By::XPath(format!(
                    "//section[h3[@id='{sheet}-heading']]//button[normalize-space()='Download as CSV']"
                )))
                .await?
                .click()
                .await?;
            let csv = downloaded(&driver, &format!("{sheet}.csv")).await?;
            assert!(csv.starts_with('\u{feff}') && csv.contains("\r\n"), "BOM and CRLF");
            let path = dir.join(format!("{sheet}.csv"));
            std::fs::write(&path, &csv).unwrap();
            driver.find(By::Css(format!("#import-{sheet}"))).await?.send_keys(path.to_string_lossy()).await?;
            wait_for_text(&driver, ".preview [role=status]", "0 new, 0 changed, 0 rows with errors (left out).")
                .await?;
            driver
                .find(By::XPath("//div[@class='preview']//button[normalize-space()='Cancel']"))
                .await?
                .click()
                .await?;
        }
        // A file with bad rows: each error by row and column, nothing applied until asked.
        let bad = "place,id,floor,area_m2,use,colour\r\n\
                   haoyuan-smart-manufacturing-park,h-2,2,2000,factory,red\r\n\
                   haoyuan-smart-manufacturing-park,h-3,3,lots,factory,\r\n\
                   atlantis,a-1,1,100,castle,\r\n";
        let path = dir.join("bad.csv");
        std::fs::write(&path, bad).unwrap();
        driver.find(By::Css("#import-spaces")).await?.send_keys(path.to_string_lossy()).await?;
        wait_for_text(&driver, ".preview [role=status]", "1 new, 0 changed, 2 rows with errors (left out).").await?;
        let errors = driver.find(By::Css(".preview ul.field-error")).await?.text().await?;
        for expected in [
            "Row 1, column colour: not a column of this file (it is ignored)",
            "Row 3, column area_m2: not a number",
            "Row 4, column use: not one of: factory (Factory)",
        ] {
            assert!(errors.contains(expected), "{expected:?} in {errors}");
        }
        assert_clean(&driver, "an import preview").await?;
        driver.find(By::XPath("//div[@class='preview']//button[normalize-space()='Cancel']")).await?.click().await?;
        nav(&driver, "Review and export").await?;
        wait_for_text(&driver, ".record-form p", "Nothing has changed yet.").await?;
        driver.find(By::XPath("//button[normalize-space()='Export places.json']")).await?.click().await?;
        *file_out.lock().unwrap() = downloaded(&driver, "places.json").await?;
        Ok(())
    })
    .await;
    let exported = out.lock().unwrap().clone();
    assert!(exported == shipped(), "a CSV round trip and an export reproduce the published file byte for byte");
    let _ = std::fs::remove_dir_all(tmp);
}

#[tokio::test]
async fn a_corrupt_draft_is_set_aside_with_a_notice_never_dropped() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        open_workbench(&driver, &server, "?lang=zh").await?;
        driver.execute("localStorage.setItem('jpe.workbench.draft.v1', '{\"format\": \"jiading-park-explorer workbench draft\", \"vers');", vec![]).await?;
        driver.refresh().await?;
        let notice = wait_for(&driver, ".notice.warning[role=alert]").await?.text().await?;
        assert!(notice.contains("已损坏") && notice.contains("另行保留"), "{notice}");
        let kept: String = driver.execute("return localStorage.getItem('jpe.workbench.set-aside.v1');", vec![]).await?.convert()?;
        assert!(kept.ends_with("\"vers"), "the damaged text is kept: {kept}");
        // The published data is open meanwhile, and a new draft saved.
        wait_for(&driver, "article.record-form h2").await?;
        wait_until(&driver, "JSON.parse(localStorage.getItem('jpe.workbench.draft.v1')).version === 1").await?;
        assert_clean(&driver, "the set-aside notice").await?;
        driver.find(By::XPath("//button[normalize-space()='关闭提示']")).await?.click().await?;
        wait_until(&driver, "localStorage.getItem('jpe.workbench.set-aside.v1') === null").await?;
        assert!(driver.find_all(By::Css(".notice.warning[role=alert]")).await?.is_empty());
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn every_page_in_chinese_by_keyboard_and_at_phone_width() {
    let server = Server::start(dist_dir());
    with_browser(PHONE, |driver| async move {
        open_workbench(&driver, &server, "?lang=zh").await?;
        assert_eq!(driver.title().await?, "数据工作台 · Jiading Park Explorer");
        let lang: String = driver.execute("return document.documentElement.lang;", vec![]).await?.convert()?;
        assert_eq!(lang, "zh-CN");
        assert_fits(&driver, "a place's form with its spaces").await?;
        for page in ["问题", "检查并导出", "表格（CSV）"] {
            let button =
                driver.find(By::XPath(format!("//nav//button[starts-with(normalize-space(), '{page}')]"))).await?;
            // By keyboard: focus the button and press Enter.
            button.focus().await?;
            button.send_keys(Key::Enter).await?;
            wait_until(
                &driver,
                &format!(
                    "document.getElementById('record-heading')?.textContent.startsWith({:?})",
                    page.trim_end_matches("（CSV）")
                ),
            )
            .await?;
            assert_fits(&driver, page).await?;
            assert_clean(&driver, page).await?;
        }
        screenshot(&driver, "workbench-phone").await?;
        assert_quiet(&driver, "the workbench in Chinese").await?;
        Ok(())
    })
    .await;
}

/// Drops a file with `text` named `name` on the open panel, as dragging it from the desktop does.
async fn drop_file(driver: &WebDriver, name: &str, text: &str) -> WebDriverResult<()> {
    driver
        .execute(
            "const dt = new DataTransfer(); dt.items.add(new File([arguments[1]], arguments[0], {type: 'application/json'})); \
             document.querySelector('.drop-zone').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));",
            vec![serde_json::json!(name), serde_json::json!(text)],
        )
        .await?;
    Ok(())
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
        driver
            .find(By::XPath("//fieldset[@id='f-places-0-cite-spaces']//label[starts-with(., 'Haoyuan unit list (generated test data)')]"))
            .await?
            .click()
            .await?;
        assert_clean(&driver, "a place's form with its citations open").await?;
        nav(&driver, "Review and export").await?;
        // The day the data was checked, beside the export.
        retype(&driver, "#f-updated", "2026-11-30").await?;
        let changes = wait_for(&driver, "ul.changes").await?.text().await?;
        assert!(changes.contains("2026-11-24 → 2026-11-30"), "{changes}");
        driver.find(By::XPath("//button[normalize-space()='Export places.json']")).await?.click().await?;
        *file_out.lock().unwrap() = downloaded(&driver, "places.json").await?;
        assert_quiet(&driver, "the workbench").await?;
        Ok(())
    })
    .await;
    let exported = out.lock().unwrap().clone();
    validate(&exported, &geography()).unwrap_or_else(|e| panic!("{:?}", e.problems));
    assert!(exported.contains("\"updated\": \"2026-11-30\""), "the file's date as set");

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

/// Replaces what a text box holds by typing, as a keyboard user does (select all, type, Tab).
async fn retype(driver: &WebDriver, css: &str, text: &str) -> WebDriverResult<()> {
    let el = driver.find(By::Css(css)).await?;
    el.focus().await?;
    el.send_keys(Key::Control + "a").await?;
    el.send_keys(Key::Delete).await?;
    if !text.is_empty() {
        el.send_keys(text).await?;
    }
    el.send_keys(Key::Tab).await
}

async fn press(driver: &WebDriver, button_text: &str) -> WebDriverResult<()> {
    let b = driver.find(By::XPath(format!("//button[normalize-space()='{button_text}']"))).await?;
    b.focus().await?;
    b.send_keys(Key::Enter).await
}

#[tokio::test]
async fn by_keyboard_alone_a_point_is_typed_a_text_cleared_and_focus_follows() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        open_workbench(&driver, &server, "?lang=en").await?;
        let value = |css: &'static str| {
            let driver = driver.clone();
            async move {
                driver.execute(&format!("return document.querySelector('{css}').value;"), vec![]).await?.convert::<String>()
            }
        };
        // Typed coordinates outside Jiading (Pudong) are refused with a message; inside, taken.
        retype(&driver, "#f-places-0-location-lon", "121.60").await?;
        retype(&driver, "#f-places-0-location-lat", "31.20").await?;
        press(&driver, "Put the point at these coordinates").await?;
        wait_for_text(&driver, ".locate [role=alert]", "That point is outside Jiading District, so the point was not changed.").await?;
        retype(&driver, "#f-places-0-location-lon", "121.25").await?;
        retype(&driver, "#f-places-0-location-lat", "31.38").await?;
        press(&driver, "Put the point at these coordinates").await?;
        wait_until(&driver, "document.querySelector('#f-places-0-location-precision').value === 'exact'").await?;
        assert!(driver.find_all(By::Css(".locate [role=alert]")).await?.is_empty(), "the message goes");
        let today: String = driver
            .execute("const d = new Date(); return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');", vec![])
            .await?
            .convert()?;
        assert_eq!(value("#f-places-0-location-located_on").await?, today, "the local date");
        assert_eq!(value("#f-places-0-location-lon").await?, "121.25");
        // Units: a new row takes focus at its first box; moved up, focus follows it.
        press(&driver, "Add a space").await?;
        wait_until(&driver, "document.activeElement === document.querySelector('table.spaces-grid tbody tr:nth-child(2) td:nth-child(2) input')").await?;
        let new_id: String = driver.execute("return document.querySelector('table.spaces-grid tbody tr:nth-child(2) td:nth-child(1) input').value;", vec![]).await?.convert()?;
        assert_eq!(new_id, format!("{HAOYUAN}-unit-1"));
        let up = driver.find(By::Css("table.spaces-grid tbody tr:nth-child(2) button[data-move=up]")).await?;
        up.focus().await?;
        up.send_keys(Key::Enter).await?;
        wait_until(&driver, &format!("document.querySelector('table.spaces-grid tbody tr:nth-child(1) td:nth-child(1) input').value === '{new_id}'")).await?;
        wait_until(&driver, "document.activeElement === document.querySelector('table.spaces-grid tbody tr:nth-child(1) button[data-move=down]')").await?;
        // An optional text emptied in both languages is "not published", not a problem.
        retype(&driver, "#f-places-0-address-en", "").await?;
        nav(&driver, "Problems (").await?;
        let shown = wait_for(&driver, "#main .record-form").await?.text().await?;
        assert!(shown.contains("No problems"), "{shown}");
        // A new record's form takes focus at its heading.
        press(&driver, "Add a place").await?;
        wait_until(&driver, "document.activeElement && document.activeElement.id === 'record-heading'").await?;
        assert_clean(&driver, "a new place's form").await?;
        // Every other kind of form, each with its id made from its name or title.
        for (list, id_button) in [("Sources", "Make the id from the title"), ("Sectors", "Make the id from the name"), ("Programmes", "Make the id from the name")] {
            driver.find(By::XPath(format!("//details[contains(@class,'nav-list')]/summary[starts-with(normalize-space(), '{list}')]"))).await?.click().await?;
            driver.find(By::XPath(format!("//details[contains(@class,'nav-list')][summary[starts-with(normalize-space(), '{list}')]]//li[1]/button"))).await?.click().await?;
            driver.query(By::XPath(format!("//button[normalize-space()='{id_button}']"))).first().await?;
            assert_clean(&driver, &format!("the first of {list}")).await?;
        }
        assert_quiet(&driver, "the workbench by keyboard").await?;
        // The same draft edited in a second tab: this one says so.
        let first = driver.window().await?;
        let second = driver.new_tab().await?;
        driver.switch_to_window(second).await?;
        open_workbench(&driver, &server, "?lang=en").await?;
        retype(&driver, "#f-places-0-address-zh", "嘉定（测试）").await?;
        driver.switch_to_window(first).await?;
        wait_until(&driver, "[...document.querySelectorAll('.notice.warning[role=alert]')].some(n => n.textContent.includes('open in another tab or window too'))").await?;
        Ok(())
    })
    .await;
}
