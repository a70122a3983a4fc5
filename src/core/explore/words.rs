//! The interface's words, as far as the core needs them to write cells, descriptions and CSV
//! rows: the UI implements this with its locale strings; tests with plain ones.

use crate::core::data::{BuildingType, Word};
use crate::core::explore::claims::StatusLine;
use crate::core::text::Lang;

pub trait Words {
    /// The interface language: data text, numbers and dates are written in it.
    fn lang(&self) -> Lang;
    fn word(&self, word: Word) -> String;
    /// "5 factory buildings" / "5 栋厂房".
    fn buildings(&self, kind: BuildingType, count: u32) -> String;
    /// "floor 1" / "1 层".
    fn floor(&self, floor: &str) -> String;
    /// "3.2 km" / "≈ 3.2 km (approximate)".
    fn km(&self, km: &str, approximate: bool) -> String;
    /// "planned: second half of 2025".
    fn planned(&self, date: &str) -> String;
    /// "Under construction, as of January 2025 (may be out of date)".
    fn status(&self, line: StatusLine) -> String;
}

#[cfg(test)]
pub(crate) mod plain {
    use super::*;

    /// Words for tests: each value's spelling, in English.
    pub struct Plain(pub Lang);

    impl Words for Plain {
        fn lang(&self) -> Lang {
            self.0
        }

        fn word(&self, word: Word) -> String {
            word.id().to_owned()
        }

        fn buildings(&self, kind: BuildingType, count: u32) -> String {
            format!("{count} × {}", kind.id())
        }

        fn floor(&self, floor: &str) -> String {
            format!("floor {floor}")
        }

        fn km(&self, km: &str, approximate: bool) -> String {
            format!("{}{km} km", if approximate { "≈ " } else { "" })
        }

        fn planned(&self, date: &str) -> String {
            format!("planned: {date}")
        }

        fn status(&self, line: StatusLine) -> String {
            let as_of = line.as_of.map(|d| format!(", as of {}", d.display(self.0))).unwrap_or_default();
            format!("{}{as_of}{}", line.status.id(), if line.stale { " (may be out of date)" } else { "" })
        }
    }
}
