//! The core's [`Words`] in the interface language, from the locale strings.

use crate::core::data::{BuildingType, Word};
use crate::core::explore::Words;
use crate::core::text::Lang;
use crate::ui::context::i18n::tr;
use crate::ui::widgets::labels;

pub struct UiWords(pub Lang);

impl Words for UiWords {
    fn lang(&self) -> Lang {
        self.0
    }

    fn word(&self, word: Word) -> String {
        labels::word(word, self.0).to_owned()
    }

    fn buildings(&self, kind: BuildingType, count: u32) -> String {
        labels::building(kind, count, self.0)
    }

    fn floor(&self, floor: &str) -> String {
        tr!(self.0, shortlist.floor, floor = floor)
    }

    fn km(&self, km: &str, approximate: bool) -> String {
        if approximate { tr!(self.0, spaces.km_approx, km = km) } else { tr!(self.0, spaces.km, km = km) }
    }
}
