//! Search: text cut into tokens, one query term matched against one token (exact, prefix, one
//! typo, pinyin, Chinese characters), the index over the whole catalogue, highlighting, the
//! suggestions and the keyboard model of the suggestion list.
//!
//! May import: core::text, core::data.

pub mod combobox;
pub mod highlight;
pub mod index;
mod matching;
pub mod suggest;
mod tokens;

pub use index::SearchIndex;
