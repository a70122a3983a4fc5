//! Text for people in two languages: the language choice and bilingual text, dates as sources
//! publish them, numbers with their units, the folding search uses, pinyin, and the macro that
//! declares closed vocabularies.
//!
//! May import: nothing.

pub mod dates;
pub mod fold;
pub mod format;
pub mod lang;
pub mod pinyin;
mod vocab;

pub(crate) use vocab::vocabulary;

pub use dates::PartialDate;
pub use format::{Qualifier, Unit};
pub use lang::{Lang, Picked, Text};
