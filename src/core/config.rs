//! Deployment settings from `public/config.json`. Everything is optional; a missing or broken
//! file gives the defaults plus warnings for the console, never a broken app.

use serde_json::Value;

/// How long the app waits for a data file before offering a retry.
pub const DEFAULT_DATA_TIMEOUT_MS: u32 = 20_000;

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub data_timeout_ms: u32,
    /// Address for the site's own feedback link ("report a correction").
    pub contact_email: Option<String>,
}

impl Default for Config {
    fn default() -> Self {
        Config { data_timeout_ms: DEFAULT_DATA_TIMEOUT_MS, contact_email: None }
    }
}

impl Config {
    /// Reads what it can from `json`; each ignored setting yields a warning.
    pub fn parse(json: &str) -> (Config, Vec<String>) {
        let mut config = Config::default();
        let mut warnings = Vec::new();
        let root: Value = match serde_json::from_str(json) {
            Ok(Value::Object(map)) => Value::Object(map),
            Ok(_) => return (config, vec!["config.json is not a JSON object; using defaults".into()]),
            Err(e) => return (config, vec![format!("config.json is not valid JSON ({e}); using defaults")]),
        };
        match root.get("data_timeout_ms") {
            None | Some(Value::Null) => {}
            Some(v) => match v.as_u64().filter(|n| (1000..=120_000).contains(n)) {
                Some(n) => config.data_timeout_ms = n as u32,
                None => {
                    warnings.push(format!("config.json: data_timeout_ms {v} is not 1000..=120000; using the default"))
                }
            },
        }
        match root.get("contact_email") {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) if s.contains('@') && !s.contains(char::is_whitespace) => {
                config.contact_email = Some(s.clone())
            }
            Some(v) => warnings.push(format!("config.json: contact_email {v} is not an email address; ignored")),
        }
        (config, warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_settings_and_ignores_unknown_ones() {
        let (c, w) = Config::parse(r#"{"data_timeout_ms": 1500, "contact_email": "a@b.cn", "tiles": null, "x": 1}"#);
        assert_eq!((c.data_timeout_ms, c.contact_email.as_deref(), w.len()), (1500, Some("a@b.cn"), 0));
    }

    #[test]
    fn broken_files_and_values_fall_back_with_warnings() {
        assert_eq!(Config::parse("{nope").0, Config::default());
        assert_eq!(Config::parse("[1]").1.len(), 1);
        let (c, w) = Config::parse(r#"{"data_timeout_ms": -4, "contact_email": "javascript:alert(1)"}"#);
        assert_eq!(c, Config::default());
        assert_eq!(w.len(), 2);
    }
}
