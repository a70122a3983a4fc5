//! What must hold on every page whatever the data: nothing from the data ran or became markup,
//! every link is a web, mail or phone link, and the console is quiet.

use thirtyfour::prelude::*;

use crate::browser::console_errors;

/// No console error and no CSP violation so far.
pub async fn assert_quiet(driver: &WebDriver, what: &str) -> WebDriverResult<()> {
    let errors = console_errors(driver).await?;
    assert!(errors.is_empty(), "console errors or CSP violations on {what}: {errors:#?}");
    Ok(())
}

/// Whether a payload from the data ran (the payloads set `window.__pwned`).
pub async fn pwned(driver: &WebDriver) -> WebDriverResult<bool> {
    Ok(driver.execute("return window.__pwned !== undefined;", vec![]).await?.json() == &serde_json::json!(true))
}

/// Checks the page shows hostile data as text: nothing ran, no element was injected, every link
/// is web, mail or phone; and the console is quiet.
pub async fn assert_inert(driver: &WebDriver, what: &str, shows_text: bool) -> WebDriverResult<()> {
    assert_markup_inert(driver, what, shows_text).await?;
    assert_quiet(driver, what).await
}

/// As [`assert_inert`], for pages whose console legitimately reports a failed request.
pub async fn assert_markup_inert(driver: &WebDriver, what: &str, shows_text: bool) -> WebDriverResult<()> {
    let report: serde_json::Value = driver
        .execute(
            r#"const body = document.body;
               const injected = body.querySelectorAll('script, iframe, style, object, embed, img[src="x"], svg[onload], template, b');
               const handlers = [...body.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on')));
               const links = [...document.querySelectorAll('a[href]')].map(a => a.protocol + ' ' + a.getAttribute('href'));
               const bad = links.filter(l => !/^(https?|mailto|tel): /.test(l));
               return { pwned: window.__pwned !== undefined, injected: injected.length, handlers: handlers.length, bad,
                        text: body.textContent.includes('<script>window.__pwned=1</script>') || body.textContent.includes('onerror=') };"#,
            vec![],
        )
        .await?
        .json()
        .clone();
    assert_eq!(report["pwned"], false, "{what}: a payload ran");
    assert_eq!(report["injected"], 0, "{what}: markup from data became elements");
    assert_eq!(report["handlers"], 0, "{what}: an event-handler attribute exists");
    assert_eq!(report["bad"], serde_json::json!([]), "{what}: unsafe links");
    if shows_text {
        assert_eq!(report["text"], true, "{what}: the hostile strings are shown as text");
    }
    Ok(())
}
