//! The catalogue's data: the model the app uses, the field registry every view and the reader
//! work from, and the reader + validator that turn places.json and jiading.geojson into it,
//! reporting every problem with its JSON path.
//!
//! May import: core::text, core::geo.

#[cfg(test)]
mod degrade_tests;
pub mod fields;
mod geojson;
pub mod model;
mod place_check;
pub mod problem;
mod read;
mod read_parts;
mod reader;
pub mod record_fields;
mod refs;
#[cfg(test)]
pub(crate) mod sample;
mod validate;
pub mod values;
pub mod vocab;

pub use fields::{FieldKind, PlaceField, SpaceField, Target};
pub use geojson::read_geography;
pub use model::*;
pub use problem::{Invalid, Problem};
pub use read::SCHEMA;
pub use validate::{Checked, LeftOut, load, validate};
pub use values::FieldValue;
pub use vocab::*;
