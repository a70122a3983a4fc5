//! Headless Debian Chromium driven through chromedriver, one fresh browser per test.

use std::future::Future;
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use thirtyfour::common::log::LoggingPrefsLogLevel;
use thirtyfour::prelude::*;

/// Flags that keep Chromium quiet and self-contained on a machine with no internet.
const CHROMIUM_FLAGS: &[&str] = &[
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--disable-extensions",
];

pub struct Chromedriver {
    child: Child,
    pub url: String,
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port")
}

impl Chromedriver {
    /// Starts chromedriver on a free port and returns once it says it is listening
    /// ("ChromeDriver was started successfully on port N."); panics if it exits first or says
    /// nothing of the kind within 20 s.
    pub fn start() -> Chromedriver {
        let port = free_port();
        let mut child = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver is installed (scripts/ensure-tools.sh browser)");
        let stdout = child.stdout.take().expect("chromedriver's stdout is piped");
        // Owned before waiting, so a panic below still kills the process.
        let driver = Chromedriver { child, url: format!("http://127.0.0.1:{port}") };
        // What it printed up to the ready line, for the panic messages.
        let printed = Arc::new(Mutex::new(String::new()));
        let (ready_tx, ready_rx) = mpsc::channel::<bool>();
        let printed2 = printed.clone();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            let mut line = Vec::new();
            loop {
                line.clear();
                match reader.read_until(b'\n', &mut line) {
                    // End of output: it exited (or closed stdout) before it was ready.
                    Ok(0) | Err(_) => {
                        let _ = ready_tx.send(false);
                        return;
                    }
                    Ok(_) => {
                        let text = String::from_utf8_lossy(&line);
                        printed2.lock().unwrap_or_else(PoisonError::into_inner).push_str(&text);
                        if text.contains("started successfully") {
                            let _ = ready_tx.send(true);
                            break;
                        }
                    }
                }
            }
            // Keep reading whatever it prints later, so it never blocks on a full pipe.
            let _ = std::io::copy(&mut reader, &mut std::io::sink());
        });
        let output = || printed.lock().unwrap_or_else(PoisonError::into_inner).clone();
        match ready_rx.recv_timeout(Duration::from_secs(20)) {
            Ok(true) => driver,
            Ok(false) | Err(RecvTimeoutError::Disconnected) => {
                panic!("chromedriver exited before it was ready; it printed:\n{}", output())
            }
            Err(RecvTimeoutError::Timeout) => {
                panic!("chromedriver did not report that it had started within 20 s; it printed:\n{}", output())
            }
        }
    }
}

impl Drop for Chromedriver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A temporary browser profile, removed afterwards.
struct Profile(PathBuf);

impl Drop for Profile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Window {
    pub width: u32,
    pub height: u32,
}

pub const DESKTOP: Window = Window { width: 1280, height: 900 };
pub const PHONE: Window = Window { width: 320, height: 640 };

/// Runs `test` against a fresh headless Chromium (English) and always shuts it down, even on panic.
pub async fn with_browser<F, Fut>(window: Window, test: F)
where
    F: FnOnce(WebDriver) -> Fut,
    Fut: Future<Output = WebDriverResult<()>>,
{
    with_browser_in(window, "en-US", test).await
}

/// As [`with_browser`], with the browser's preferred language (`navigator.languages`) set.
pub async fn with_browser_in<F, Fut>(window: Window, lang: &str, test: F)
where
    F: FnOnce(WebDriver) -> Fut,
    Fut: Future<Output = WebDriverResult<()>>,
{
    let chromedriver = Chromedriver::start();
    let profile = Profile(std::env::temp_dir().join(format!("jpe-profile-{}-{}", std::process::id(), free_port())));
    let mut caps = DesiredCapabilities::chrome();
    caps.set_binary("/usr/bin/chromium").expect("binary");
    for flag in CHROMIUM_FLAGS {
        caps.add_arg(flag).expect("arg");
    }
    caps.add_arg(&format!("--user-data-dir={}", profile.0.display())).expect("arg");
    caps.add_arg(&format!("--window-size={},{}", window.width, window.height)).expect("arg");
    caps.add_arg(&format!("--lang={lang}")).expect("arg");
    caps.add_experimental_option("prefs", serde_json::json!({ "intl.accept_languages": lang })).expect("prefs");
    caps.set_browser_log_level(LoggingPrefsLogLevel::All).expect("logging prefs");
    let driver = WebDriver::new(&chromedriver.url, caps).await.expect("a Chromium session");
    if window.width < 500 {
        // Desktop Chromium will not open a window this narrow; emulate a phone's viewport instead.
        driver
            .cdp()
            .send_raw(
                "Emulation.setDeviceMetricsOverride",
                serde_json::json!({"width": window.width, "height": window.height, "deviceScaleFactor": 2, "mobile": true}),
            )
            .await
            .expect("phone viewport");
    }
    let result = driver.run_and_quit(test).await;
    drop(chromedriver);
    drop(profile);
    if let Err(e) = result {
        panic!("browser test failed: {e:?}");
    }
}

/// Console messages of level SEVERE (errors, uncaught exceptions, failed loads) so far.
pub async fn console_errors(driver: &WebDriver) -> WebDriverResult<Vec<String>> {
    Ok(driver.browser_log().await?.into_iter().filter(|e| e.level == "SEVERE").map(|e| e.message).collect())
}

/// Waits until `css` matches an element, and returns the first match.
pub async fn wait_for(driver: &WebDriver, css: &str) -> WebDriverResult<WebElement> {
    driver.query(By::Css(css)).wait(Duration::from_secs(20), Duration::from_millis(25)).first().await
}

/// Waits until the text of the element matching `css` passes `test` (`wanted` says what it
/// waits for), panicking with the last text seen on timeout.
async fn wait_for_text_where(
    driver: &WebDriver,
    css: &str,
    test: impl Fn(&str) -> bool,
    wanted: &str,
) -> WebDriverResult<()> {
    let deadline = Instant::now() + Duration::from_secs(20);
    let mut last = String::new();
    while Instant::now() < deadline {
        if let Ok(el) = driver.find(By::Css(css)).await {
            last = el.text().await.unwrap_or_default();
            if test(&last) {
                return Ok(());
            }
        }
        tokio::task::yield_now().await;
    }
    panic!("waited for {css:?} to {wanted}; it reads {last:?}");
}

/// Waits until the element matching `css` has exactly `text`, returning the last text seen on timeout.
pub async fn wait_for_text(driver: &WebDriver, css: &str, text: &str) -> WebDriverResult<()> {
    wait_for_text_where(driver, css, |t| t == text, &format!("read {text:?}")).await
}

/// Waits until the element matching `css` has a text that contains `part`.
pub async fn wait_for_part(driver: &WebDriver, css: &str, part: &str) -> WebDriverResult<()> {
    wait_for_text_where(driver, css, |t| t.contains(part), &format!("contain {part:?}")).await
}

/// Where focus is, in a few words for checks and messages; `BODY` when it has fallen out of
/// the page.
pub async fn focused(driver: &WebDriver) -> WebDriverResult<String> {
    let js = "const a = document.activeElement;
        if (!a || a === document.body) return 'BODY';
        return a.outerHTML.slice(0, 160);";
    Ok(driver.execute(js, vec![]).await?.json().as_str().unwrap_or_default().to_owned())
}

/// Waits until focus is on the element `css` matches.
pub async fn wait_for_focus_on(driver: &WebDriver, css: &str) -> WebDriverResult<()> {
    wait_until(driver, &format!("document.activeElement === document.querySelector({css:?})")).await
}

/// Tab stops counted from the top of the page: nothing focused, scrolled to the top, one Tab.
pub async fn tab_from_top(driver: &WebDriver) -> WebDriverResult<()> {
    driver.execute("document.activeElement?.blur(); window.scrollTo(0, 0);", vec![]).await?;
    driver.find(By::Css("body")).await?.send_keys(Key::Tab).await
}

/// A desktop browser at 400 % zoom: `window` is its CSS size at four device pixels each, with
/// no mobile viewport rules (1280 × 1024 at 400 % is 320 × 256).
pub async fn zoom_400(driver: &WebDriver, window: Window) -> WebDriverResult<()> {
    let metrics =
        serde_json::json!({"width": window.width, "height": window.height, "deviceScaleFactor": 4, "mobile": false});
    driver.cdp().send_raw("Emulation.setDeviceMetricsOverride", metrics).await?;
    Ok(())
}

/// Waits for a JavaScript expression to become truthy (polling, no fixed sleeps).
pub async fn wait_until(driver: &WebDriver, js_condition: &str) -> WebDriverResult<()> {
    let deadline = Instant::now() + Duration::from_secs(20);
    let script = format!("return !!({js_condition});");
    while Instant::now() < deadline {
        if driver.execute(&script, vec![]).await?.json().as_bool() == Some(true) {
            return Ok(());
        }
        tokio::task::yield_now().await;
    }
    panic!("timed out waiting for: {js_condition}");
}

/// Saves a screenshot of the current page under tests/e2e/screenshots/ (git-ignored).
pub async fn screenshot(driver: &WebDriver, name: &str) -> WebDriverResult<()> {
    let dir = crate::repo_root().join("tests/e2e/screenshots");
    std::fs::create_dir_all(&dir).expect("screenshots directory");
    driver.screenshot(&dir.join(format!("{name}.png"))).await
}

/// Waits until a console message (any level, any frame) contains `needle`; `seen` collects
/// every message read, since reading the log empties it.
pub async fn wait_for_log(driver: &WebDriver, needle: &str, seen: &mut Vec<String>) -> WebDriverResult<()> {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if seen.iter().any(|m| m.contains(needle)) {
            return Ok(());
        }
        seen.extend(driver.browser_log().await?.into_iter().map(|e| format!("{} {}", e.level, e.message)));
        tokio::task::yield_now().await;
    }
    panic!("no console message containing {needle:?}; saw:\n{}", seen.join("\n"));
}
