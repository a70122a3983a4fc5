//! The town labels on the map never print over each other, at the first view and at every zoom:
//! the boxes of the labels shown are compared in the browser.

use e2e::browser::{DESKTOP, PHONE, Window, screenshot, wait_for, wait_until, with_browser};
use e2e::dist_dir;
use e2e::server::Server;
use thirtyfour::prelude::*;

/// The labels shown (and how many are hidden), once they have been laid out for this zoom.
const LABEL_BOXES: &str = r#"
const shown = [...document.querySelectorAll('.town-label:not(.town-label-hidden)')]
  .map(l => l.getBoundingClientRect())
  .filter(r => r.width > 0)
  .map(r => [r.left, r.top, r.right, r.bottom]);
const hidden = document.querySelectorAll('.town-label.town-label-hidden').length;
return [shown, hidden];
"#;

async fn labels(driver: &WebDriver) -> WebDriverResult<(Vec<[f64; 4]>, usize)> {
    driver.execute(LABEL_BOXES, vec![]).await?.convert()
}

fn assert_apart(boxes: &[[f64; 4]], when: &str) {
    for (i, a) in boxes.iter().enumerate() {
        for b in &boxes[i + 1..] {
            let overlap = a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
            assert!(!overlap, "{when}: labels at {a:?} and {b:?} overlap");
        }
    }
}

/// How many times the app has judged the labels (after each zoom).
async fn judged(driver: &WebDriver) -> WebDriverResult<u32> {
    let n = driver.find(By::Css(".map")).await?.attr("data-labels-judged").await?.unwrap_or_default();
    Ok(n.parse().unwrap_or(0))
}

async fn check(window: Window, lang: &str) {
    let server = Server::start(dist_dir());
    let lang = lang.to_owned();
    with_browser(window, |driver| async move {
        driver.goto(server.url(&format!("/?view=map&lang={lang}"))).await?;
        wait_for(&driver, ".map[data-markers]").await?;
        wait_for(&driver, ".map[data-labels-judged]").await?;
        let (first, hidden_first) = labels(&driver).await?;
        assert_eq!(first.len() + hidden_first, 12, "every town is shown or hidden");
        assert_apart(&first, &format!("first view ({lang})"));
        screenshot(&driver, &format!("map-labels-{lang}-{}", window.width)).await?;
        let zoom_in = driver.find(By::XPath("//button[contains(@class,'map-button') and .='+']")).await?;
        let mut hidden_last = hidden_first;
        for step in 1..=3 {
            let before = judged(&driver).await?;
            zoom_in.click().await?;
            wait_until(&driver, &format!("Number(document.querySelector('.map').dataset.labelsJudged) > {before}"))
                .await?;
            let (boxes, hidden) = labels(&driver).await?;
            assert_apart(&boxes, &format!("zoomed in {step} ({lang})"));
            hidden_last = hidden;
        }
        assert!(
            hidden_last <= hidden_first,
            "zoomed in, no more labels are hidden than at first ({hidden_last} > {hidden_first})"
        );
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn town_labels_never_overlap_on_a_desktop_map_in_chinese() {
    check(DESKTOP, "zh").await;
}

#[tokio::test]
async fn town_labels_never_overlap_on_a_phone_map_in_english() {
    check(PHONE, "en").await;
}
