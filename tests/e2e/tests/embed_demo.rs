//! `make embed-demo` (scripts/embed-demo.mjs) as a web team would try it: the explorer under a
//! sub-path with the strict headers, embedded themed and resized on a second origin, the folder
//! without its slash redirected, and a refused frame on an origin frame-ancestors does not list.

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};

use e2e::browser::{DESKTOP, console_errors, wait_for, wait_until, with_browser};
use e2e::{dist_dir, repo_root};
use thirtyfour::prelude::*;

/// The demo's servers, stopped when dropped.
struct Demo(Child);

impl Drop for Demo {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A port free now, and the one after it free too (the demo's refused origin).
fn two_free_ports() -> u16 {
    loop {
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a port");
        if port < u16::MAX && TcpListener::bind(("127.0.0.1", port + 1)).is_ok() {
            return port;
        }
    }
}

fn start() -> (Demo, u16, u16) {
    let explorer = two_free_ports();
    let host = loop {
        let p = two_free_ports();
        if p.abs_diff(explorer) > 1 {
            break p;
        }
    };
    let mut child = Command::new("node")
        .arg(repo_root().join("scripts/embed-demo.mjs"))
        .env("JPE_DIST", dist_dir())
        .env("EXPLORER_PORT", explorer.to_string())
        .env("HOST_PORT", host.to_string())
        .stdout(Stdio::piped())
        .spawn()
        .expect("node runs scripts/embed-demo.mjs");
    let stdout = child.stdout.take().expect("stdout");
    let demo = Demo(child);
    // The script prints its addresses once all three servers are listening.
    let ready = BufReader::new(stdout).lines().map_while(Result::ok).any(|line| line.contains("Ctrl-C stops."));
    assert!(ready, "the demo started");
    (demo, explorer, host)
}

#[tokio::test]
async fn the_demo_shows_a_themed_resizing_embed_on_a_second_origin_and_a_refused_one() {
    let (_demo, explorer, host) = start();
    with_browser(DESKTOP, |driver| async move {
        driver.goto(format!("http://127.0.0.1:{host}/")).await?;
        // host.js sized the frame to the explorer's content (the snippet says 720).
        wait_until(&driver, "document.querySelector('iframe[data-jpe-embed]').dataset.jpeHeight").await?;
        let height: u32 =
            driver.execute("return +document.querySelector('iframe').dataset.jpeHeight;", vec![]).await?.convert()?;
        assert_ne!(height, 720, "resized by host.js");
        driver.find(By::Css("iframe")).await?.enter_frame().await?;
        wait_for(&driver, "li.result").await?;
        let theme: String =
            driver.execute("return document.documentElement.dataset.theme || '';", vec![]).await?.convert()?;
        assert_eq!(theme, "blue", "the host's colours");
        driver.enter_parent_frame().await?;
        assert!(console_errors(&driver).await?.is_empty(), "no error in the page or the frame");

        // The folder without its trailing slash is redirected, keeping the query.
        driver.goto(format!("http://127.0.0.1:{explorer}/zwgk/zsyz/explorer?lang=zh")).await?;
        wait_for(&driver, "li.result").await?;
        let landed = driver.current_url().await?;
        assert_eq!((landed.path(), landed.query()), ("/zwgk/zsyz/explorer/", Some("lang=zh")));

        // From an origin frame-ancestors does not list, the frame is refused: the blank frame
        // the README's "If the frame is blank" explains.
        driver.goto(format!("http://127.0.0.1:{}/", host + 1)).await?;
        wait_for(&driver, ".warning").await?;
        let logged = "frame-ancestors";
        let mut seen = Vec::new();
        e2e::browser::wait_for_log(&driver, logged, &mut seen).await?;
        Ok(())
    })
    .await;
}
