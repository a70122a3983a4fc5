//! Geography: points and the coordinate systems they are given in (GCJ-02 ⇄ WGS-84), the
//! district outline with point-in-polygon, rectangles of the map, distances (to a point, and the
//! nearest and farthest to an outline), map labels kept apart.
//!
//! May import: core::text.

mod area;
mod bbox;
mod convert;
mod labels;
mod point;
mod reach;

pub use area::{Area, Geography, Polygon, Ring, TownLabel, TownOutline, polygon_contains};
pub use bbox::{BBox, coord, numbers, valid_lat_lon};
pub use convert::{display_to_wgs84, gcj02_to_wgs84, to_display, to_gcj02, to_wgs84, wgs84_to_display, wgs84_to_gcj02};
pub use labels::{LabelBox, visible_labels};
pub use point::{Crs, Point, distance_km, distance_m};
pub use reach::distance_range_km;
