//! The URL contract: one table of parameters (`params`) from which the query is parsed,
//! written, cleared and carried into embeds, plus the pages, views and map view it names.
//! Every state is `index.html?…`, so the app works under any sub-path with no rewrites.
//!
//! May import: core::text, core::geo, core::data, core::search, core::explore, core::site.

pub mod map_view;
pub mod params;
#[allow(clippy::module_inception)]
mod query;
pub mod view;

pub use map_view::{MAX_ZOOM, MIN_ZOOM, MapView};
pub use params::{History, MAX_ANCHORS, MAX_COMPARE, PARAMS, Param, facet_param, limit_param};
pub use query::Query;
pub use view::{Page, Panes, View, panes};
