//! The site around the data: deployment settings, colour themes, embedding (allowed parent
//! origins, the message schema, the snippet), safe links and HTML text, mailto links and the
//! enquiry, CSV bytes, and what changed since the last visit.
//!
//! May import: core::text, core::geo, core::data, core::explore.

pub mod config;
pub mod csv;
pub mod embed;
pub mod enquiry;
pub mod freshness;
pub mod links;
pub mod mailto;
pub mod theme;
