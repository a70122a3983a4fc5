//! The interface's words, as far as the core needs them to write cells, descriptions and CSV
//! rows: the UI implements this with its locale strings; tests with plain ones.

use crate::core::data::{BuildingType, Word};
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
    }
}
