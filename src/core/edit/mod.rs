//! The data workbench's logic: paths into places.json, the canonical form it is written in, the
//! saved draft, what changed against the opened file, ids from names, CSV and pasted rows in
//! and out, and the order of a record's form. The workbench edits the file as JSON (unknown
//! fields and values that do not validate yet are kept, so nothing typed is lost); the
//! validator says what is wrong with it, by path.
//!
//! May import: core::text, core::geo, core::data, core::site.

pub mod canonical;
pub mod columns;
pub mod csv_io;
pub mod diff;
pub mod draft;
pub mod ids;
pub mod input;
pub mod label_point;
pub mod layout;
pub mod path;
pub mod published;
