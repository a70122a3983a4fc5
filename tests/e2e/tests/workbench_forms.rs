//! The data workbench's other ways in and around: spreadsheets out and in, a corrupt draft, both
//! languages at a phone's width, and everything by keyboard alone.

use e2e::axe::assert_clean;
use e2e::browser::{DESKTOP, PHONE, screenshot, wait_for, wait_for_text, wait_until, with_browser};
use e2e::safety::assert_quiet;
use e2e::server::Server;
use e2e::workbench::{assert_fits, downloaded, nav, open_workbench, press, retype};
use e2e::{dist_dir, repo_root};
use thirtyfour::prelude::*;

const HAOYUAN: &str = "haoyuan-smart-manufacturing-park";

fn shipped() -> String {
    std::fs::read_to_string(repo_root().join("public/data/places.json")).expect("places.json")
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
        for (list, id_button) in [("Sources", "Make the id from the web address (or the title)"), ("Sectors", "Make the id from the name"), ("Programmes", "Make the id from the name")] {
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
