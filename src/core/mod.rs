//! The pure core: data model, validation, search, filters, URL state and formatting.
//! Nothing here touches the browser, so all of it is unit-tested natively.

pub mod config;
pub mod dates;
pub mod embed;
pub mod export;
pub mod facets;
pub mod format;
pub mod freshness;
pub mod geo;
pub mod highlight;
mod json_read;
pub mod links;
pub mod mailto;
pub mod map_state;
pub mod matching;
pub mod model;
pub mod normalize;
pub mod pinyin;
pub mod query;
pub mod search;
pub mod shortlist;
pub mod spaces;
pub mod suggest;
#[cfg(test)]
pub(crate) mod test_data;
pub mod text;
pub mod theme;
pub mod tokens;
pub mod validate;
mod validate_refs;
