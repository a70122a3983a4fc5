//! The catalogue as the app uses it, after validation (see docs/DATA.md for the file format).

use std::collections::BTreeMap;

use crate::core::dates::PartialDate;
use crate::core::text::Text;

/// Declares a closed vocabulary: the data's spelling of each value, parsed and written back.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn parse(s: &str) -> Option<Self> {
                match s { $($id => Some($name::$variant),)+ _ => None }
            }

            /// The accepted spellings, for error messages.
            pub fn expected() -> String {
                [$($id),+].join(" | ")
            }
        }
    };
}

vocabulary!(Kind { Park = "park", Project = "project", Enterprise = "enterprise" });
vocabulary!(Status {
    Planned = "planned",
    UnderConstruction = "under-construction",
    Completed = "completed",
    Operating = "operating",
    Unknown = "unknown",
});
vocabulary!(Reliability { Official = "official", Press = "press", Weak = "weak" });
vocabulary!(Crs { Wgs84 = "wgs84", Gcj02 = "gcj02" });
vocabulary!(Precision { Exact = "exact", Address = "address", Town = "town", District = "district" });
vocabulary!(Availability { Available = "available", Let = "let", Unknown = "unknown" });
vocabulary!(Deal { Rent = "rent", Sale = "sale", RentOrSale = "rent-or-sale" });
vocabulary!(SpaceUse { Factory = "factory", Office = "office", Rd = "rd", Warehouse = "warehouse", Mixed = "mixed" });
vocabulary!(Qualifier { About = "about", Over = "over", Nearly = "nearly", UpTo = "up-to" });
vocabulary!(BuildingType {
    Office = "office",
    Comprehensive = "comprehensive",
    Factory = "factory",
    StandardFactory = "standard-factory",
    MultiStoreyFactory = "multi-storey-factory",
    SingleStoreyFactory = "single-storey-factory",
    StandaloneFactory = "standalone-factory",
    RdOffice = "rd-office",
    Warehouse = "warehouse",
    Apartment = "apartment",
    Amenities = "amenities",
    Residential = "residential",
    Other = "other",
});
vocabulary!(Facility {
    Canteen = "canteen",
    BusinessNegotiationArea = "business-negotiation-area",
    OfficeArea = "office-area",
    Supermarket = "supermarket",
    Shop = "shop",
    Dormitory = "dormitory",
    TalentApartments = "talent-apartments",
    EvChargers = "ev-chargers",
    Gym = "gym",
    MeetingRoom = "meeting-room",
    Warehouse = "warehouse",
    Garage = "garage",
});

impl Precision {
    /// Town- and district-level points are label points, not the place itself.
    pub fn is_approximate(self) -> bool {
        matches!(self, Precision::Town | Precision::District)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Dataset {
    pub schema: u32,
    pub updated: PartialDate,
    pub sources: Vec<Source>,
    pub towns: Vec<Town>,
    pub sectors: Vec<Sector>,
    pub programmes: Vec<Programme>,
    pub places: Vec<Place>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Source {
    pub id: String,
    pub title: String,
    pub publisher: Option<String>,
    pub date: Option<PartialDate>,
    pub url: String,
    pub reliability: Reliability,
    pub language: Option<String>,
    pub note: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Town {
    pub id: String,
    pub code: String,
    pub level: Option<String>,
    pub name: Text,
    pub label_point: Option<Point>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Sector {
    pub id: String,
    pub name: Text,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Programme {
    pub id: String,
    pub name: Text,
    pub description: Option<Text>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub lon: f64,
    pub lat: f64,
    pub crs: Crs,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Location {
    pub point: Point,
    pub precision: Precision,
}

/// The numeric facts a place may publish. Each is `None` when not published.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Figure {
    InvestmentCny,
    RewardCny,
    AnnualOutputTargetCny,
    SiteAreaM2,
    SiteAreaMu,
    BuildingAreaM2,
    RentCnyM2Day,
    PowerKva,
}

impl Figure {
    pub const ALL: [Figure; 8] = [
        Figure::InvestmentCny,
        Figure::RewardCny,
        Figure::AnnualOutputTargetCny,
        Figure::SiteAreaM2,
        Figure::SiteAreaMu,
        Figure::BuildingAreaM2,
        Figure::RentCnyM2Day,
        Figure::PowerKva,
    ];

    /// The field name in places.json.
    pub fn field(self) -> &'static str {
        match self {
            Figure::InvestmentCny => "investment_cny",
            Figure::RewardCny => "reward_cny",
            Figure::AnnualOutputTargetCny => "annual_output_target_cny",
            Figure::SiteAreaM2 => "site_area_m2",
            Figure::SiteAreaMu => "site_area_mu",
            Figure::BuildingAreaM2 => "building_area_m2",
            Figure::RentCnyM2Day => "rent_cny_m2_day",
            Figure::PowerKva => "power_kva",
        }
    }

    /// The largest plausible value; above it a number is almost certainly a unit mistake.
    pub fn max(self) -> f64 {
        match self {
            Figure::InvestmentCny | Figure::RewardCny | Figure::AnnualOutputTargetCny => 1e12,
            Figure::SiteAreaM2 | Figure::BuildingAreaM2 => 500e6,
            Figure::SiteAreaMu => 750_000.0,
            Figure::RentCnyM2Day => 100.0,
            Figure::PowerKva => 1e6,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Figures(pub BTreeMap<Figure, f64>);

impl Figures {
    pub fn get(&self, figure: Figure) -> Option<f64> {
        self.0.get(&figure).copied()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Building {
    pub count: u32,
    pub kind: BuildingType,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Contact {
    pub phone: Option<String>,
    pub email: Option<String>,
    pub url: Option<String>,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.phone.is_none() && self.email.is_none() && self.url.is_none()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Space {
    pub id: String,
    pub space_use: Option<SpaceUse>,
    pub floor: Option<String>,
    pub area_m2: Option<f64>,
    pub clear_height_m: Option<f64>,
    pub floor_load_kn_m2: Option<f64>,
    pub power_kva: Option<f64>,
    pub rent_cny_m2_day: Option<f64>,
    pub deal: Option<Deal>,
    pub availability: Availability,
    pub note: Option<Text>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    pub date: PartialDate,
    pub event: Text,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    pub text: Text,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub id: String,
    pub kind: Kind,
    pub name: Text,
    pub aliases: Vec<Text>,
    pub town: Option<String>,
    pub status: Status,
    pub sources: Vec<String>,
    pub location: Option<Location>,
    pub address: Option<Text>,
    pub sectors: Vec<String>,
    pub summary: Option<Text>,
    pub opening: Option<PartialDate>,
    pub figures: Figures,
    pub buildings: Vec<Building>,
    pub facilities: Vec<Facility>,
    pub tenants: Vec<Text>,
    pub nearby: Vec<String>,
    /// Programme id and an optional note, in file order.
    pub recognition: Vec<(String, Option<Text>)>,
    pub contact: Contact,
    pub land_use: Option<String>,
    pub spaces: Vec<Space>,
    pub timeline: Vec<Event>,
    pub facts: Vec<Fact>,
    pub notes: Vec<Text>,
    pub qualifiers: BTreeMap<String, Qualifier>,
    /// Field name -> the sources that field rests on, where narrower than `sources`.
    pub cite: BTreeMap<String, Vec<String>>,
    pub updated: Option<PartialDate>,
}

impl Place {
    /// The sources a field rests on: its own citation if it has one, else the place's sources.
    pub fn sources_for(&self, field: &str) -> &[String] {
        self.cite.get(field).map_or(&self.sources, Vec::as_slice)
    }
}

impl Dataset {
    pub fn town(&self, id: &str) -> Option<&Town> {
        self.towns.iter().find(|t| t.id == id)
    }

    pub fn sector(&self, id: &str) -> Option<&Sector> {
        self.sectors.iter().find(|s| s.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn programme(&self, id: &str) -> Option<&Programme> {
        self.programmes.iter().find(|p| p.id == id)
    }

    pub fn place_index(&self, id: &str) -> Option<usize> {
        self.places.iter().position(|p| p.id == id)
    }

    /// True when every one of `ids` is a weak (secondary) source: the UI flags such facts.
    pub fn only_weak(&self, ids: &[String]) -> bool {
        !ids.is_empty() && ids.iter().all(|id| self.source(id).is_some_and(|s| s.reliability == Reliability::Weak))
    }
}
