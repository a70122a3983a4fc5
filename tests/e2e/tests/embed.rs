//! Embedding: embed mode, the Embed page's snippet, height messages to a host page on another
//! origin (and ignored foreign or malformed messages), and theme presets.

use e2e::axe::assert_clean;
use e2e::browser::{DESKTOP, console_errors, screenshot, wait_for, wait_for_log, wait_until, with_browser};
use e2e::dist_dir;
use e2e::server::{Options, Reply, Server, strict_csp};
use thirtyfour::prelude::*;

#[tokio::test]
async fn embed_mode_hides_the_chrome_and_keeps_the_filters() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?embed=1&town=anting&view=list")).await?;
        wait_for(&driver, "li.result").await?;
        assert!(driver.find_all(By::Css(".site-header, .site-footer")).await?.is_empty(), "no header or footer");
        let bar = wait_for(&driver, "header.embed-bar").await?;
        let full = bar.find(By::Css("a[target='_blank']")).await?;
        let href = full.attr("href").await?.unwrap_or_default();
        assert!(href.contains("town=anting") && !href.contains("embed"), "the way out keeps the filters: {href}");
        let embed_attr: bool =
            driver.execute("return document.documentElement.hasAttribute('data-embed');", vec![]).await?.convert()?;
        assert!(embed_attr, "compact layout applies");
        // Moving around inside the embed stays in embed mode.
        driver.find(By::Css("li.result h3 a")).await?.click().await?;
        wait_for(&driver, "article.detail h1").await?;
        assert!(driver.current_url().await?.as_str().contains("embed=1"));
        assert!(driver.find_all(By::Css(".site-header")).await?.is_empty());
        assert_clean(&driver, "a detail page in embed mode").await?;
        assert_eq!(console_errors(&driver).await?, Vec::<String>::new());
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_embed_page_writes_a_snippet_for_the_current_view() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?q=%E5%AE%89%E4%BA%AD&view=list")).await?;
        wait_for(&driver, "li.result").await?;
        driver.find(By::XPath("//nav//a[normalize-space()='Embed']")).await?.click().await?;
        wait_for(&driver, "#embed-snippet").await?;
        let snippet = || async {
            driver.execute("return document.getElementById('embed-snippet').value;", vec![]).await?.convert::<String>()
        };
        let s = snippet().await?;
        let src = format!("src=\"{}/?", server.base);
        assert!(s.starts_with("<iframe ") && s.contains(&src), "absolute src under the sub-path: {s}");
        for part in [
            "q=%E5%AE%89%E4%BA%AD",
            "view=list",
            "embed=1",
            "lang=en",
            "height=\"720\"",
            "title=\"Jiading Park Explorer",
            "data-jpe-embed",
            "sandbox=\"",
        ] {
            assert!(s.contains(part), "snippet has {part}: {s}");
        }
        assert!(!s.contains("page=embed") && !s.contains("style="), "{s}");
        // Choices change the snippet; the height is kept within bounds.
        driver.find(By::Css("#embed-lang option[value='zh']")).await?.click().await?;
        driver.find(By::Css("#embed-theme option[value='contrast']")).await?.click().await?;
        let height = driver.find(By::Css("#embed-height")).await?;
        height.clear().await?;
        height.send_keys("99999\t").await?;
        wait_until(&driver, "document.getElementById('embed-snippet').value.includes('height=\"4000\"')").await?;
        let s = snippet().await?;
        assert!(s.contains("lang=zh") && s.contains("theme=contrast") && s.contains("title=\"嘉定园区探索"), "{s}");
        let host: String =
            driver.execute("return document.getElementById('embed-host').value;", vec![]).await?.convert()?;
        assert_eq!(host, format!("<script src=\"{}/embed/host.js\" defer></script>", server.base));
        screenshot(&driver, "embed-page").await?;
        assert_clean(&driver, "the Embed page").await?;

        // The snippet's URL opens the embed as promised.
        let url = s.split("src=\"").nth(1).and_then(|r| r.split('"').next()).unwrap_or_default().replace("&amp;", "&");
        driver.goto(url).await?;
        wait_for(&driver, "header.embed-bar").await?;
        let theme: String =
            driver.execute("return document.documentElement.dataset.theme || '';", vec![]).await?.convert()?;
        assert_eq!(theme, "contrast");
        assert_eq!(console_errors(&driver).await?, Vec::<String>::new());
        Ok(())
    })
    .await;
}

/// A host page on another origin holding the explorer's snippet, the host script and a frame
/// from a third origin that tries to talk to the explorer.
fn host_page(explorer: &Server, foreign: &Server) -> String {
    format!(
        r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>
<h1>District investment page</h1>
<iframe src="{explorer}/?embed=1&amp;view=list&amp;q=zzzz-nothing" title="Explorer" width="100%" height="700" data-jpe-embed></iframe>
<iframe src="{foreign}/evil.html" title="Foreign" width="300" height="100"></iframe>
<script src="{explorer}/embed/host.js"></script>
</body></html>"#,
        explorer = explorer.base,
        foreign = foreign.origin,
    )
}

const FOREIGN_PAGE: &str = r#"<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Foreign</title><link rel="icon" href="data:,">
<script src="/evil.js"></script></head><body><p>foreign</p></body></html>"#;
const FOREIGN_SCRIPT: &str = "window.got = []; addEventListener('message', (e) => window.got.push(e.data));";

fn html(body: String) -> Reply {
    Reply::Body { content_type: "text/html; charset=utf-8", body: body.into_bytes() }
}

fn permissive() -> Options {
    Options {
        mount: "/".into(),
        csp: "default-src 'self' http://127.0.0.1:*; img-src data:; frame-src http://127.0.0.1:*".into(),
        ..Options::default()
    }
}

/// Three origins: a host page framing the explorer (allowed by its frame-ancestors; listed in its
/// config.json when `listed`) and a foreign frame on the host page.
fn embedding(listed: bool) -> (Server, Server, Server) {
    let host = Server::with(dist_dir(), permissive());
    let foreign = Server::with(dist_dir(), permissive());
    let explorer = Server::with(
        dist_dir(),
        Options { csp: strict_csp(std::slice::from_ref(&host.origin), &[]), ..Options::default() },
    );
    if listed {
        explorer.set("/config.json", Reply::json(format!(r#"{{"embed": {{"parent_origins": ["{}"]}}}}"#, host.origin)));
    }
    host.set("/host.html", html(host_page(&explorer, &foreign)));
    foreign.set("/evil.html", html(FOREIGN_PAGE.into()));
    foreign.set("/evil.js", Reply::Body { content_type: "text/javascript", body: FOREIGN_SCRIPT.into() });
    (host, foreign, explorer)
}

#[tokio::test]
async fn height_messages_reach_only_the_listed_host_and_foreign_messages_are_ignored() {
    let (host, foreign, _explorer) = embedding(true);
    with_browser(DESKTOP, |driver| async move {
        driver.goto(host.url("/host.html")).await?;
        // host.js sizes the iframe to the explorer's content ("no results" is short).
        wait_until(&driver, "document.querySelector('iframe[data-jpe-embed]').dataset.jpeHeight").await?;
        let first: u32 = driver
            .execute("return +document.querySelector('iframe[data-jpe-embed]').dataset.jpeHeight;", vec![])
            .await?
            .convert()?;
        let frame = driver.find(By::Css("iframe[data-jpe-embed]")).await?;
        frame.clone().enter_frame().await?;
        wait_for(&driver, ".no-results, .results").await?;
        let content: f64 = driver
            .execute("return document.getElementById('app').getBoundingClientRect().height;", vec![])
            .await?
            .convert()?;
        assert!(
            (f64::from(first) - content.ceil().max(320.0)).abs() <= 1.0,
            "iframe {first} px for content {content} px"
        );
        // Other content, another height: the explorer reports it and the host follows.
        let input = driver.find(By::Css("#search-input")).await?;
        input.clear().await?;
        input.send_keys("haoyuan").await?;
        wait_for(&driver, "li.result h3 a").await?.click().await?;
        wait_for(&driver, "article.detail h1").await?;
        let content: f64 = driver
            .execute("return document.getElementById('app').getBoundingClientRect().height;", vec![])
            .await?
            .convert()?;
        let expected = (content.ceil() as u32).clamp(320, 4000);
        assert!(expected.abs_diff(first) > 2, "the detail page is not as tall as no results ({expected} vs {first})");
        driver.enter_parent_frame().await?;
        let resized =
            format!("Math.abs(document.querySelector('iframe[data-jpe-embed]').dataset.jpeHeight - {expected}) <= 1");
        wait_until(&driver, &resized).await?;
        let style: String = driver
            .execute("return document.querySelector('iframe[data-jpe-embed]').style.height;", vec![])
            .await?
            .convert()?;
        assert!(style.ends_with("px"), "resized through the CSSOM: {style}");
        screenshot(&driver, "embed-host").await?;

        let mut seen = Vec::new();
        // A listed origin sending something off-schema is ignored…
        driver
            .execute(
                "const f = document.querySelector('iframe[data-jpe-embed]'); \
                 f.contentWindow.postMessage({type: 'jpe:request-height', version: 2}, new URL(f.src).origin); \
                 f.contentWindow.postMessage('<script>alert(1)</script>', new URL(f.src).origin);",
                vec![],
            )
            .await?;
        wait_for_log(&driver, "does not match the embed schema", &mut seen).await?;
        // …and so is a well-formed request from an origin not listed, which gets no answer.
        let foreign_frame = driver.find(By::Css("iframe[title='Foreign']")).await?;
        foreign_frame.enter_frame().await?;
        driver.execute("parent.frames[0].postMessage({type: 'jpe:request-height', version: 1}, '*');", vec![]).await?;
        wait_for_log(&driver, &format!("ignored a message from {}", foreign.origin), &mut seen).await?;
        let got: usize = driver.execute("return window.got.length;", vec![]).await?.convert()?;
        assert_eq!(got, 0, "the foreign frame received nothing");
        driver.enter_default_frame().await?;
        let errors: Vec<_> = seen.iter().filter(|m| m.starts_with("SEVERE")).cloned().collect();
        assert!(errors.is_empty(), "no errors (CSP included): {errors:?}");
        assert_eq!(console_errors(&driver).await?, Vec::<String>::new());
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn an_unlisted_host_gets_no_height_messages() {
    // Framing is allowed, but config.json lists no parent: the explorer must stay silent.
    let (host, _foreign, _explorer) = embedding(false);
    with_browser(DESKTOP, |driver| async move {
        driver.goto(host.url("/host.html")).await?;
        let mut seen = Vec::new();
        wait_for_log(&driver, "not sending height messages", &mut seen).await?;
        // The explorer listens by now; a well-formed request from the unlisted host is ignored.
        driver
            .execute(
                "const f = document.querySelector('iframe[data-jpe-embed]'); \
                 f.contentWindow.postMessage({type: 'jpe:request-height', version: 1}, new URL(f.src).origin);",
                vec![],
            )
            .await?;
        wait_for_log(&driver, &format!("ignored a message from {}", host.origin), &mut seen).await?;
        let resized: bool = driver
            .execute("return document.querySelector('iframe[data-jpe-embed]').hasAttribute('data-jpe-height');", vec![])
            .await?
            .convert()?;
        assert!(!resized, "the iframe keeps the snippet's height");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn theme_presets_apply_pass_contrast_and_bad_values_are_ignored() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        let accent = |driver: &WebDriver| {
            let driver = driver.clone();
            async move {
                driver
                    .execute(
                        "return getComputedStyle(document.documentElement).getPropertyValue('--jpe-accent').trim();",
                        vec![],
                    )
                    .await?
                    .convert::<String>()
            }
        };
        driver.goto(server.url("/?view=list")).await?;
        wait_for(&driver, "li.result").await?;
        let green = accent(&driver).await?;
        let mut accents = vec![green.clone()];
        for theme in ["blue", "red", "mono", "contrast"] {
            driver
                .goto(server.url(&format!("/?view=list&theme={theme}&place=haoyuan-smart-manufacturing-park")))
                .await?;
            wait_for(&driver, "article.detail h1").await?;
            wait_until(&driver, &format!("document.documentElement.dataset.theme === '{theme}'")).await?;
            let a = accent(&driver).await?;
            assert!(!accents.contains(&a), "{theme} has its own accent ({a})");
            accents.push(a);
            assert_clean(&driver, &format!("the {theme} theme")).await?;
        }
        // An unknown theme is ignored; the rest of the URL still applies.
        driver.goto(server.url("/?theme=%3Cscript%3E&town=anting")).await?;
        wait_for(&driver, "li.result").await?;
        let has: bool =
            driver.execute("return document.documentElement.hasAttribute('data-theme');", vec![]).await?.convert()?;
        assert!(!has);
        assert_eq!(accent(&driver).await?, green);
        assert!(driver.find(By::Css("#facet-town-anting")).await?.is_selected().await?);
        assert_eq!(console_errors(&driver).await?, Vec::<String>::new());
        Ok(())
    })
    .await;

    // The deployment can choose a theme; the URL's wins.
    let server = Server::start(dist_dir());
    server.set("/config.json", Reply::json(r#"{"theme": "blue"}"#));
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/")).await?;
        wait_until(&driver, "document.documentElement.dataset.theme === 'blue'").await?;
        driver.goto(server.url("/?theme=red")).await?;
        wait_for(&driver, "li.result").await?;
        wait_until(&driver, "document.documentElement.dataset.theme === 'red'").await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_embed_page_shows_the_origins_in_use_the_ones_refused_and_the_header_to_send() {
    let server = Server::start(dist_dir());
    let config = r#"{"embed": {"parent_origins": ["https://www.jiading.gov.cn/", "*", "https://b.cn/zwgk/", "http://127.0.0.1:8082"]}}"#;
    server.set("/config.json", Reply::json(config));
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/?page=embed&lang=en")).await?;
        let used = wait_for(&driver, ".embed-origins").await?.text().await?;
        assert_eq!(used, "https://www.jiading.gov.cn\nhttp://127.0.0.1:8082");
        let header = driver.find(By::Css(".embed-header")).await?.text().await?;
        assert_eq!(header, "frame-ancestors https://www.jiading.gov.cn http://127.0.0.1:8082", "every origin in use");
        let refused = driver.find(By::Css(".embed-origins-refused")).await?.text().await?;
        assert_eq!(
            refused,
            "* — a wildcard (*): list each site's exact origin\nhttps://b.cn/zwgk/ — has a path, query or fragment: give only scheme, host and port"
        );
        assert_clean(&driver, "the embed page with refused origins").await?;
        driver.goto(server.url("/?page=embed&lang=zh")).await?;
        let refused = wait_for(&driver, ".embed-origins-refused").await?.text().await?;
        assert!(refused.contains("含通配符（*）"), "{refused}");
        Ok(())
    })
    .await;
}
