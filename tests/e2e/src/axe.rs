//! Accessibility scans with axe-core (from npm), injected into the page under test.

use thirtyfour::prelude::*;

use crate::repo_root;

/// The rule sets the project promises to pass (WCAG 2.2 AA plus axe's best practices).
pub const TAGS: &[&str] = &["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa", "best-practice"];

/// Runs axe on the current page and returns one line per violation (empty when none).
pub async fn violations(driver: &WebDriver) -> WebDriverResult<Vec<String>> {
    let axe = std::fs::read_to_string(repo_root().join("node_modules/axe-core/axe.min.js"))
        .expect("node_modules/axe-core is installed by scripts/ensure-tools.sh");
    driver.execute(&axe, vec![]).await?;
    let result = driver
        .execute(
            r#"const tags = arguments[0];
               return axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
                 .then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' +
                   v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')));"#,
            vec![serde_json::json!(TAGS)],
        )
        .await?;
    result.convert()
}

/// Fails the test with every violation listed.
pub async fn assert_clean(driver: &WebDriver, what: &str) -> WebDriverResult<()> {
    let found = violations(driver).await?;
    assert!(found.is_empty(), "axe-core found {} violation(s) on {what}:\n{}", found.len(), found.join("\n"));
    Ok(())
}
