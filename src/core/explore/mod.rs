//! Exploring the catalogue: the filters and the facet table with their counts, the space
//! finder's rows, table and requirements, the cells every table shows, a place's citations and
//! key facts, comparison, CSV rows, shortlist items, the map's markers, the results ranked by
//! distance from a point, and the district timeline.
//!
//! May import: core::text, core::geo, core::data, core::search.

pub mod cells;
pub mod citations;
pub mod claims;
pub mod compare;
pub mod csv_rows;
pub mod district_timeline;
pub mod facets;
pub mod filters;
pub mod key_facts;
pub mod markers;
pub mod nearby;
pub mod outcome;
pub mod rows;
pub mod shortlist;
pub mod table;
pub mod towns;
pub mod words;

pub use facets::{FACETS, Facet, FacetId, Values};
pub use filters::{Filters, Selection, toggle};
pub use outcome::{FacetCounts, FacetIndex, Outcome, RESULTS_PAGE, run};
pub use rows::{Limit, Refused, Row, SpaceFilters};
pub use table::{Column, Sort};
pub use words::Words;
