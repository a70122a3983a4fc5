//! Driving the data workbench (edit.html) in the browser tests: opening it, its side list,
//! downloads caught instead of saved, files dropped, rows pasted, fields retyped by keyboard.

use thirtyfour::prelude::*;

use crate::browser::{wait_for, wait_until};
use crate::server::Server;

/// Files the page offers for download are caught here instead of saved.
pub const CATCH_DOWNLOADS: &str = "window.__files = {}; const orig = URL.createObjectURL; \
    URL.createObjectURL = b => { const url = orig(b); window.__last = b; return url; }; \
    const click = HTMLAnchorElement.prototype.click; \
    HTMLAnchorElement.prototype.click = function () { if (this.download && window.__last) { window.__files[this.download] = window.__last; } else { click.call(this); } };";

pub async fn downloaded(driver: &WebDriver, name: &str) -> WebDriverResult<String> {
    wait_until(driver, &format!("window.__files && window.__files[{name:?}] !== undefined")).await?;
    let bytes: Vec<u8> = driver
        .execute(&format!("return window.__files[{name:?}].arrayBuffer().then(b => [...new Uint8Array(b)]);"), vec![])
        .await?
        .convert()?;
    Ok(String::from_utf8(bytes).expect("UTF-8"))
}

pub async fn open_workbench(driver: &WebDriver, server: &Server, query: &str) -> WebDriverResult<()> {
    driver.goto(server.url(&format!("/edit.html{query}"))).await?;
    wait_for(driver, ".wb-nav").await?;
    wait_for(driver, "article.record-form h2").await?;
    driver.execute(CATCH_DOWNLOADS, vec![]).await?;
    Ok(())
}

pub async fn nav(driver: &WebDriver, label: &str) -> WebDriverResult<()> {
    driver
        .find(By::XPath(format!("//nav[@class='wb-nav']//button[starts-with(normalize-space(), '{label}')]")))
        .await?
        .click()
        .await
}

/// Nothing makes the page scroll sideways (wide grids scroll inside their own box).
pub async fn assert_fits(driver: &WebDriver, what: &str) -> WebDriverResult<()> {
    let (page, window): (u32, u32) =
        driver.execute("return [document.documentElement.scrollWidth, window.innerWidth];", vec![]).await?.convert()?;
    assert!(page <= window + 1, "{what}: the page is {page} px wide in a {window} px window");
    Ok(())
}

/// Sets a text area as a paste from a spreadsheet would (tabs and all).
pub async fn paste(driver: &WebDriver, css: &str, text: &str) -> WebDriverResult<()> {
    driver
        .execute(
            "const t = document.querySelector(arguments[0]); t.value = arguments[1]; t.dispatchEvent(new Event('input', {bubbles: true}));",
            vec![serde_json::json!(css), serde_json::json!(text)],
        )
        .await?;
    Ok(())
}

/// Drops a file with `text` named `name` on the open panel, as dragging it from the desktop does.
pub async fn drop_file(driver: &WebDriver, name: &str, text: &str) -> WebDriverResult<()> {
    driver
        .execute(
            "const dt = new DataTransfer(); dt.items.add(new File([arguments[1]], arguments[0], {type: 'application/json'})); \
             document.querySelector('.drop-zone').dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));",
            vec![serde_json::json!(name), serde_json::json!(text)],
        )
        .await?;
    Ok(())
}

/// Replaces what a text box holds by typing, as a keyboard user does (select all, type, Tab).
pub async fn retype(driver: &WebDriver, css: &str, text: &str) -> WebDriverResult<()> {
    let el = driver.find(By::Css(css)).await?;
    el.focus().await?;
    el.send_keys(Key::Control + "a").await?;
    el.send_keys(Key::Delete).await?;
    if !text.is_empty() {
        el.send_keys(text).await?;
    }
    el.send_keys(Key::Tab).await
}

pub async fn press(driver: &WebDriver, button_text: &str) -> WebDriverResult<()> {
    let b = driver.find(By::XPath(format!("//button[normalize-space()='{button_text}']"))).await?;
    b.focus().await?;
    b.send_keys(Key::Enter).await
}
