//! Every Tab stop of every page shows where focus is (WCAG 2.4.7, 2.4.13): an outline, or for a
//! text field its border, in a colour at least 3:1 against what is behind it.

use e2e::browser::{DESKTOP, tab_from_top, wait_for, with_browser};
use e2e::dist_dir;
use e2e::server::Server;
use thirtyfour::prelude::*;

/// For the focused element: `null` if it shows a focus indicator of 3:1 or more, else why not.
const JUDGE: &str = r#"
const el = document.activeElement;
if (!el || el === document.body) return 'focus on <body>';
const rgba = s => { const m = s.match(/[\d.]+/g) || []; return m.length >= 3 ? [+m[0], +m[1], +m[2], m.length > 3 ? +m[3] : 1] : [0, 0, 0, 0]; };
const lum = ([r, g, b]) => { const c = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b); };
const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
// The colour behind the element: the first opaque background among its ancestors (else white).
const behind = node => { for (let n = node; n && n.nodeType === 1; n = n.parentElement) { const c = rgba(getComputedStyle(n).backgroundColor); if (c[3] >= 0.99) return c; } return [255, 255, 255, 1]; };
const s = getComputedStyle(el);
const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '') + ' "' + (el.textContent || el.value || '').trim().slice(0, 30) + '"';
let colour = null, width = 0;
if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) { colour = rgba(s.outlineColor); width = parseFloat(s.outlineWidth); }
else if (el.matches('input, textarea, select') && parseFloat(s.borderTopWidth) >= 2) { colour = rgba(s.borderTopColor); width = parseFloat(s.borderTopWidth); }
if (!colour || colour[3] < 0.99) return name + ': no visible focus indicator';
// An outline drawn outside the element sits on its parent's background; inside (negative offset), on its own.
const against = parseFloat(s.outlineOffset) < 0 ? behind(el) : behind(el.parentElement);
const r = ratio(colour, against);
return r >= 3 ? null : name + ': focus indicator ' + r.toFixed(2) + ':1 against its background';
"#;

async fn walk(driver: &WebDriver, url: &str, ready: &str, stops: usize) -> WebDriverResult<Vec<String>> {
    driver.goto(url).await?;
    wait_for(driver, ready).await?;
    tab_from_top(driver).await?;
    let mut problems = Vec::new();
    let mut judged = 0;
    for _ in 0..stops {
        match driver.execute(JUDGE, vec![]).await?.json().as_str() {
            // Past the last stop, Tab leaves the page for the browser's own controls.
            Some("focus on <body>") => break,
            Some(p) => problems.push(format!("{url}: {p}")),
            None => {}
        }
        judged += 1;
        driver.active_element().await?.send_keys(Key::Tab).await?;
    }
    // Every page has its header's links and more: a walk that ended at once judged nothing.
    assert!(judged >= 12, "{url}: only {judged} Tab stops before focus left the page");
    problems.sort();
    problems.dedup();
    Ok(problems)
}

#[tokio::test]
async fn every_tab_stop_shows_a_focus_indicator_of_3_to_1() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        let pages = [
            ("/?lang=en", "li.result", 120),
            ("/?lang=zh&place=haoyuan-smart-manufacturing-park", ".detail h1", 40),
            ("/?lang=en&page=spaces", ".spaces-table", 90),
            ("/?lang=en&page=timeline", ".timeline-entry", 80),
            ("/?lang=en&page=towns", "table.towns", 40),
            ("/?lang=en&page=sources", ".sources li", 40),
            ("/?lang=en&page=embed", ".embed-options", 30),
            ("/?lang=en&theme=contrast", "li.result", 40),
        ];
        let mut problems = Vec::new();
        for (path, ready, stops) in pages {
            problems.extend(walk(&driver, &server.url(path), ready, stops).await?);
        }
        assert!(
            problems.is_empty(),
            "{} stops without a clear focus indicator:\n{}",
            problems.len(),
            problems.join("\n")
        );
        Ok(())
    })
    .await;
}
