//! Pieces every page uses: the words for what the core names by id, data text and dates, the
//! one table cell, search highlighting, the shortlist star, the facet filters, downloads, moving the focus, links within the app.
//!
//! May import: ui::context.

pub mod cell;
pub mod download;
pub mod facets;
pub mod focus;
pub mod labels;
pub mod link;
pub mod marked;
pub mod star;
pub mod text;
pub mod words;
