//! The data workbench (edit.html) as a data owner uses it, under the strict CSP.

use e2e::axe::assert_clean;
use e2e::browser::{DESKTOP, screenshot, wait_for, with_browser};
use e2e::dist_dir;
use e2e::safety::assert_quiet;
use e2e::server::Server;

#[tokio::test]
async fn smoke() {
    let server = Server::start(dist_dir());
    with_browser(DESKTOP, |driver| async move {
        driver.goto(server.url("/edit.html")).await?;
        if wait_for(&driver, ".wb-nav").await.is_err() {
            let body: String = driver.execute("return document.body.innerText;", vec![]).await?.convert()?;
            panic!("{body}\n{:?}", e2e::browser::console_errors(&driver).await?);
        }
        wait_for(&driver, "article.record-form h2").await?;
        screenshot(&driver, "workbench").await?;
        assert_quiet(&driver, "the workbench").await?;
        assert_clean(&driver, "the workbench").await?;
        Ok(())
    })
    .await;
}
