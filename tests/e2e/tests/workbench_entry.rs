//! The frictions met when the places of issue 16 were entered through the workbench, each
//! mended and checked here as a data owner meets it: a place known only to its town or to
//! Jiading put at that label point (by a button, and from a spreadsheet row), numbers typed as
//! Chinese sources print them, a statement's sources narrowed to the place's own, a source's id
//! from its web address, the side list found by id, a new place's kind asked for, the planned
//! opening labelled as a plan, and an applied import that says what it did.

use e2e::axe::assert_clean;
use e2e::browser::{DESKTOP, wait_for_part, wait_for_text, wait_until, with_browser};
use e2e::safety::assert_quiet;
use e2e::server::Server;
use e2e::workbench::{downloaded, nav, open_workbench, press, retype};
use e2e::{dist_dir, repo_root};
use jiading_park_explorer::core::data::{read_geography, validate};
use serde_json::Value;
use thirtyfour::prelude::*;

fn shipped() -> Value {
    let text = std::fs::read_to_string(repo_root().join("public/data/places.json")).expect("places.json");
    serde_json::from_str(&text).expect("JSON")
}

fn count(list: &str) -> usize {
    shipped()[list].as_array().map_or(0, Vec::len)
}

async fn value(driver: &WebDriver, css: &str) -> WebDriverResult<String> {
    driver.find(By::Css(css)).await?.prop("value").await.map(Option::unwrap_or_default)
}

/// The ids of a picker's boxes a user can see.
async fn listed(driver: &WebDriver, fieldset: &str) -> WebDriverResult<Vec<String>> {
    let ids: Vec<String> = driver
        .execute(
            "return [...document.querySelectorAll(`#${arguments[0]} li`)].filter(li => li.offsetParent).map(li => li.querySelector('input').id);",
            vec![serde_json::json!(fieldset)],
        )
        .await?
        .convert()?;
    Ok(ids.into_iter().map(|id| id.rsplit("--").next().unwrap_or_default().to_owned()).collect())
}

/// A file removed when the test is done with it, however it ends.
struct Removed(std::path::PathBuf);

impl Drop for Removed {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

#[tokio::test]
async fn a_town_only_place_is_entered_as_its_sources_print_it() {
    let server = Server::start(dist_dir());
    let (n, juyuan) = (
        count("places"),
        shipped()["towns"].as_array().and_then(|t| t.iter().find(|t| t["id"] == "juyuan").cloned()).expect("Juyuan"),
    );
    let out = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let file_out = out.clone();
    with_browser(DESKTOP, |driver| async move {
        open_workbench(&driver, &server, "?lang=en").await?;
        let f = |name: &str| format!("#f-places-{n}-{name}");
        // A source: its id from its web address, as the file's other sources have them.
        driver.find(By::XPath("//details[contains(@class,'nav-list')]/summary[starts-with(normalize-space(), 'Sources')]")).await?.click().await?;
        press(&driver, "Add a source").await?;
        let s = count("sources");
        let src = |name: &str| format!("#f-sources-{s}-{name}");
        retype(&driver, &src("title"), "A page about 嘉菊智湾 (a generated test address)").await?;
        retype(&driver, &src("url"), "http://www.newshs.com/life/2026/1201/999001.html").await?;
        retype(&driver, &src("date"), "2026-02-18").await?;
        thirtyfour::components::SelectElement::new(&driver.find(By::Css(src("reliability"))).await?).await?.select_by_value("weak").await?;
        press(&driver, "Make the id from the web address (or the title)").await?;
        assert_eq!(value(&driver, &src("id")).await?, "newshs-999001");
        // The side list's filter finds a record by its id.
        retype(&driver, "#filter-sources", "whb-2022").await?;
        wait_until(&driver, "document.querySelector('#filter-sources').closest('details').querySelectorAll('li').length === 1").await?;
        retype(&driver, "#filter-sources", "").await?;

        // A new place asks for its kind rather than assuming a park.
        press(&driver, "Add a place").await?;
        wait_until(&driver, "document.activeElement && document.activeElement.id === 'record-heading'").await?;
        assert_eq!(value(&driver, &f("kind")).await?, "", "no kind is chosen for the user");
        wait_for_part(&driver, &format!("{}-problems", f("kind")), "missing required field").await?;
        thirtyfour::components::SelectElement::new(&driver.find(By::Css(f("kind"))).await?).await?.select_by_value("project").await?;
        retype(&driver, &f("name-zh"), "嘉菊智湾").await?;
        press(&driver, "Make the id from the name").await?;
        // The planned opening is labelled as a plan, apart from the opening.
        let label = driver.find(By::Css(format!("label[for='{}']", &f("opening_planned")[1..]))).await?.text().await?;
        assert_eq!(label, "Planned opening");

        // Known only to its town: the town's label point, by one button, marked approximate.
        thirtyfour::components::SelectElement::new(&driver.find(By::Css(f("town"))).await?).await?.select_by_value("juyuan").await?;
        wait_for_text(&driver, ".to-label", "Put it at the label point of Juyuan New Area (approximate)").await?;
        press(&driver, "Put it at the label point of Juyuan New Area (approximate)").await?;
        assert_eq!(value(&driver, &f("location-lon")).await?, juyuan["label_point"]["lon"].to_string());
        assert_eq!(value(&driver, &f("location-lat")).await?, juyuan["label_point"]["lat"].to_string());
        assert_eq!(value(&driver, &f("location-precision")).await?, "town");
        // Moved by hand it is no longer a label point, and the validator says where it belongs.
        retype(&driver, &f("location-lon"), "121.22").await?;
        thirtyfour::components::SelectElement::new(&driver.find(By::Css(f("location-precision"))).await?).await?.select_by_value("town").await?;
        wait_for_part(&driver, &format!("{}-problems", f("location")), "is not town \"juyuan\"'s label point (121.2142, 31.3755)").await?;
        press(&driver, "Put it at the label point of Juyuan New Area (approximate)").await?;
        wait_until(&driver, &format!("!document.querySelector('{}-problems').textContent", f("location"))).await?;

        // Numbers as the source prints them, the qualifier kept beside the number.
        retype(&driver, &f("investment_cny"), "约5.8亿元").await?;
        assert_eq!(value(&driver, &f("investment_cny")).await?, "580000000");
        assert_eq!(value(&driver, &f("qualifiers-investment_cny")).await?, "about");
        retype(&driver, &f("building_area_m2"), "76,670平方米").await?;
        assert_eq!(value(&driver, &f("building_area_m2")).await?, "76670");
        retype(&driver, &f("site_area_mu"), "26.36亩").await?;
        assert_eq!(value(&driver, &f("site_area_mu")).await?, "26.36");
        // What is not one number of the field's unit is kept as typed and says how to fix it.
        retype(&driver, &f("annual_output_target_cny"), "25亿美元").await?;
        wait_for_part(&driver, &format!("{}-problems", f("annual_output_target_cny")), "type digits (580000000, 9.5)").await?;
        retype(&driver, &f("annual_output_target_cny"), "约25亿元").await?;

        // A statement offers the place's own sources, the other ninety a filter away.
        let own = driver.find(By::Css(format!("{}-filter", f("sources")))).await?;
        own.send_keys("999001").await?;
        driver.find(By::Css(format!("{}--newshs-999001", f("sources")))).await?.click().await?;
        driver.find(By::XPath("//legend[normalize-space()='What the sources say']/..//button[normalize-space()='Add']")).await?.click().await?;
        let statement = format!("f-places-{n}-facts-0-sources");
        wait_until(&driver, &format!("!!document.getElementById('{statement}')")).await?;
        assert_eq!(listed(&driver, &statement).await?, ["newshs-999001"]);
        wait_for_part(&driver, &format!("#{statement}"), "Showing this place's sources").await?;
        driver.find(By::Css(format!("#{statement}-filter"))).await?.send_keys("whb").await?;
        assert_eq!(listed(&driver, &statement).await?, ["whb-2022-01-06"], "the filter finds any other");
        retype(&driver, &format!("#{statement}-filter"), "").await?;
        driver.find(By::Css(format!("#{statement}--newshs-999001"))).await?.click().await?;
        retype(&driver, &format!("#f-places-{n}-facts-0-text-zh"), "项目已取得施工许可证。").await?;
        retype(&driver, &format!("#f-places-{n}-facts-0-text-en"), "The project has its construction permit.").await?;
        assert_clean(&driver, "a new place with its label point and a statement").await?;

        // A spreadsheet row that says only "district" gets the district's label point, and the
        // applied import says what it did.
        let csv = "id,kind,name.zh,status,status_as_of,sources,location.precision,investment_cny,investment_cny.qualifier\r\n\
                   houfu-test,project,上海厚孚,under-construction,2022-01-06,whb-2022-01-06,district,2亿,about\r\n";
        let path = std::env::temp_dir().join(format!("first-batch-test-{}.csv", std::process::id()));
        std::fs::write(&path, format!("\u{feff}{csv}")).expect("CSV");
        let path = path.canonicalize().expect("the CSV's path");
        let _removed = Removed(path.clone());
        nav(&driver, "Spreadsheets (CSV)").await?;
        driver.find(By::Css("#import-places")).await?.send_keys(path.to_string_lossy()).await?;
        wait_for_text(&driver, ".preview [role=status]", "1 new, 0 changed, 0 rows with errors (left out).").await?;
        press(&driver, "Apply").await?;
        wait_for_text(&driver, "section:has(#import-places) .notice[role=status]", "Applied: 1 new, 0 changed (houfu-test). They are in the side list.").await?;
        nav(&driver, "Problems (").await?;
        wait_for_text(&driver, ".notice.ok[role=status]", "No problems: the exported file will pass make validate.").await?;
        nav(&driver, "Review and export").await?;
        let checked = if shipped()["updated"] == "2026-12-30" { "2026-12-31" } else { "2026-12-30" };
        retype(&driver, "#f-updated", checked).await?;
        wait_for_part(&driver, "ul.changes", "The file: Data last checked:").await?;
        driver.find(By::XPath("//button[normalize-space()='Export places.json']")).await?.click().await?;
        *file_out.lock().unwrap() = downloaded(&driver, "places.json").await?;
        assert_quiet(&driver, "entering a place as its sources print it").await?;
        Ok(())
    })
    .await;
    let exported: Value = serde_json::from_str(&out.lock().unwrap()).expect("exported JSON");
    let geo = std::fs::read_to_string(repo_root().join("public/data/jiading.geojson")).expect("geojson");
    let geo = read_geography(&geo).expect("geography");
    validate(&exported.to_string(), &geo).unwrap_or_else(|e| panic!("{:?}", e.problems));
    let added = &exported["places"][n];
    assert_eq!(added["id"], "jia-ju-zhi-wan");
    assert_eq!(
        (added["investment_cny"].as_u64(), added["qualifiers"]["investment_cny"].as_str()),
        (Some(580_000_000), Some("about"))
    );
    assert_eq!(added["annual_output_target_cny"].as_u64(), Some(2_500_000_000));
    let houfu =
        exported["places"].as_array().and_then(|p| p.iter().find(|p| p["id"] == "houfu-test")).expect("imported");
    assert_eq!(houfu["location"]["precision"], "district");
    assert_eq!(houfu["investment_cny"].as_u64(), Some(200_000_000));
    let point = (houfu["location"]["lon"].as_f64(), houfu["location"]["lat"].as_f64());
    assert_eq!(point, (Some(geo.district_label.0), Some(geo.district_label.1)), "the district's label point");
}
