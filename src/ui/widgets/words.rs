//! The core's [`Words`] in the interface language, from the locale strings.

use crate::core::data::{BuildingType, Word};
use crate::core::explore::Words;
use crate::core::explore::claims::StatusLine;
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

    fn planned(&self, date: &str) -> String {
        tr!(self.0, claim.planned, date = date)
    }

    fn status(&self, line: StatusLine) -> String {
        let status = labels::status(line.status, self.0);
        let text = match line.as_of {
            Some(date) => tr!(self.0, claim.as_of, status = status, date = date.display(self.0)),
            None => status.to_owned(),
        };
        if line.stale { text + tr!(self.0, claim.stale) } else { text }
    }
}
