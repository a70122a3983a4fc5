//! The pure core: data model, validation, search, filters, URL state and formatting.
//! Nothing here touches the browser, so all of it is unit-tested natively.

pub mod config;
pub mod dates;
pub mod facets;
pub mod format;
pub mod geo;
mod json_read;
pub mod links;
pub mod map_state;
pub mod model;
pub mod normalize;
pub mod query;
pub mod search;
#[cfg(test)]
pub(crate) mod test_data;
pub mod text;
pub mod validate;
mod validate_refs;
