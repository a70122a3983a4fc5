//! The field registry: every field of a place and of a space, once — its name in places.json,
//! what kind of value it holds (with the unit and the plausible range of a number), whether it
//! is required and whether a place may cite sources for it. The reader, the validator, the
//! citations, the detail view's key facts, the spaces table, compare, CSV and the data
//! workbench's forms all work from these definitions; no field name is spelled anywhere else.
//! (The words for each field are the UI's: `ui::widgets::labels`, an exhaustive match.)

use crate::core::data::vocab::{Availability, Deal, Facility, Kind, SpaceUse, Status};
use crate::core::text::{Lang, Unit};

/// What a field holds: what the reader expects and what a form edits.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FieldKind {
    /// An id: lowercase letters, digits and '-' (stable: used in URLs).
    Id,
    /// One value of a closed vocabulary (its spellings, in display order).
    Choice(&'static [&'static str]),
    /// Any number of values of a closed vocabulary.
    Choices(&'static [&'static str]),
    /// Text in Chinese, English or both.
    Text,
    /// A list of texts in Chinese, English or both.
    Texts,
    /// Text in the one language it was published in.
    Plain,
    /// A number in `unit`, from 0 to `max` (a larger one is almost certainly a unit mistake).
    Number { unit: Unit, max: f64 },
    /// A whole number from 1 to `max` (a count of buildings; the schema version).
    Count { max: u64 },
    /// A longitude or latitude in degrees, from `-max` to `max`.
    Coordinate { max: f64 },
    /// A date as sources publish it: a day, month, year, half or quarter.
    Date,
    /// A date something is planned or expected for (never shown as if it had happened).
    PlannedDate,
    /// Yes or no.
    Flag,
    /// The id of another record.
    Ref(Target),
    /// Ids of other records.
    Refs(Target),
    /// A point, its coordinate system and how precise it is.
    Location,
    /// Phone, email and web address.
    Contact,
    /// Counts of buildings by type.
    Buildings,
    /// Programme ids, each with an optional note.
    Recognition,
    /// The place's spaces (each with the [`SpaceField`]s).
    Spaces,
    /// Dated events, each with its sources.
    Timeline,
    /// Statements, each with its sources.
    Facts,
    /// How exact each number is ("about"), by numeric field.
    Qualifiers,
    /// The sources of single fields, by citable field.
    Citations,
}

/// What a reference points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    Source,
    Town,
    Sector,
    Programme,
    Place,
}

impl FieldKind {
    /// Whether a form edits the field in both languages side by side.
    pub fn bilingual(self) -> bool {
        matches!(self, FieldKind::Text | FieldKind::Texts)
    }

    pub fn unit(self) -> Option<Unit> {
        match self {
            FieldKind::Number { unit, .. } => Some(unit),
            _ => None,
        }
    }

    /// The largest plausible value of a number field.
    pub fn max(self) -> Option<f64> {
        match self {
            FieldKind::Number { max, .. } => Some(max),
            _ => None,
        }
    }
}

/// Whether a field must be present, and whether a place may cite sources for it alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rules {
    pub required: bool,
    pub citable: bool,
}

pub(crate) const REQUIRED: Rules = Rules { required: true, citable: false };
pub(crate) const REQUIRED_CITABLE: Rules = Rules { required: true, citable: true };
pub(crate) const CITABLE: Rules = Rules { required: false, citable: true };
pub(crate) const OPTIONAL: Rules = Rules { required: false, citable: false };

/// What every registry's fields answer: what the reader and the workbench's forms work from.
pub trait Field: Copy {
    /// The field's name in places.json.
    fn key(self) -> &'static str;
    fn kind(self) -> FieldKind;
    fn rules(self) -> Rules;
}

/// Declares a registry: the enum of fields and, per field, its name, kind and rules.
macro_rules! registry {
    ($(#[$meta:meta])* $name:ident {
        $($(#[$vmeta:meta])* $variant:ident = $key:literal: $kind:expr, $rules:expr;)+
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            /// Every field, in the order of the file format.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The field's name in places.json.
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            pub fn parse(key: &str) -> Option<$name> {
                match key { $($key => Some($name::$variant),)+ _ => None }
            }

            pub fn kind(self) -> $crate::core::data::fields::FieldKind {
                match self { $($name::$variant => $kind),+ }
            }

            pub fn rules(self) -> $crate::core::data::fields::Rules {
                match self { $($name::$variant => $rules),+ }
            }
        }

        impl $crate::core::data::fields::Field for $name {
            fn key(self) -> &'static str {
                $name::key(self)
            }

            fn kind(self) -> $crate::core::data::fields::FieldKind {
                $name::kind(self)
            }

            fn rules(self) -> $crate::core::data::fields::Rules {
                $name::rules(self)
            }
        }
    };
}

pub(crate) use registry;

pub(crate) const fn number(unit: Unit, max: f64) -> FieldKind {
    FieldKind::Number { unit, max }
}

registry!(
    /// A field of a place.
    PlaceField {
        Id = "id": FieldKind::Id, REQUIRED;
        Kind = "kind": FieldKind::Choice(Kind::IDS), REQUIRED;
        Name = "name": FieldKind::Text, REQUIRED_CITABLE;
        Aliases = "aliases": FieldKind::Texts, CITABLE;
        Town = "town": FieldKind::Ref(Target::Town), CITABLE;
        Status = "status": FieldKind::Choice(Status::IDS), REQUIRED_CITABLE;
        StatusAsOf = "status_as_of": FieldKind::Date, OPTIONAL;
        Sources = "sources": FieldKind::Refs(Target::Source), REQUIRED;
        Location = "location": FieldKind::Location, CITABLE;
        Address = "address": FieldKind::Text, CITABLE;
        Sectors = "sectors": FieldKind::Refs(Target::Sector), CITABLE;
        Summary = "summary": FieldKind::Text, CITABLE;
        Opening = "opening": FieldKind::Date, CITABLE;
        OpeningPlanned = "opening_planned": FieldKind::PlannedDate, CITABLE;
        InvestmentCny = "investment_cny": number(Unit::Cny, 1e12), CITABLE;
        RewardCny = "reward_cny": number(Unit::Cny, 1e12), CITABLE;
        AnnualOutputTargetCny = "annual_output_target_cny": number(Unit::Cny, 1e12), CITABLE;
        SiteAreaM2 = "site_area_m2": number(Unit::SquareMetres, 500e6), CITABLE;
        SiteAreaMu = "site_area_mu": number(Unit::Mu, 750_000.0), CITABLE;
        BuildingAreaM2 = "building_area_m2": number(Unit::SquareMetres, 500e6), CITABLE;
        ClearHeightM = "clear_height_m": number(Unit::Metres, 50.0), CITABLE;
        StoreyHeightM = "storey_height_m": number(Unit::Metres, 50.0), CITABLE;
        Buildings = "buildings": FieldKind::Buildings, CITABLE;
        Facilities = "facilities": FieldKind::Choices(Facility::IDS), CITABLE;
        Tenants = "tenants": FieldKind::Texts, CITABLE;
        Nearby = "nearby": FieldKind::Refs(Target::Place), CITABLE;
        Recognition = "recognition": FieldKind::Recognition, CITABLE;
        Contact = "contact": FieldKind::Contact, CITABLE;
        LandUse = "land_use": FieldKind::Plain, CITABLE;
        RentCnyM2Day = "rent_cny_m2_day": number(Unit::CnyPerSquareMetreDay, 100.0), CITABLE;
        PowerKva = "power_kva": number(Unit::Kva, 1e6), CITABLE;
        Spaces = "spaces": FieldKind::Spaces, CITABLE;
        Timeline = "timeline": FieldKind::Timeline, OPTIONAL;
        Facts = "facts": FieldKind::Facts, OPTIONAL;
        Notes = "notes": FieldKind::Texts, OPTIONAL;
        Qualifiers = "qualifiers": FieldKind::Qualifiers, OPTIONAL;
        Cite = "cite": FieldKind::Citations, OPTIONAL;
        Updated = "updated": FieldKind::Date, OPTIONAL;
    }
);

registry!(
    /// A field of a space (a unit, floor or building a place offers).
    SpaceField {
        Id = "id": FieldKind::Id, REQUIRED;
        Building = "building": FieldKind::Plain, OPTIONAL;
        Floor = "floor": FieldKind::Plain, OPTIONAL;
        Use = "use": FieldKind::Choice(SpaceUse::IDS), OPTIONAL;
        Area = "area_m2": number(Unit::SquareMetres, 10e6), OPTIONAL;
        StoreyHeight = "storey_height_m": number(Unit::Metres, 50.0), OPTIONAL;
        ClearHeight = "clear_height_m": number(Unit::Metres, 50.0), OPTIONAL;
        FloorLoad = "floor_load_kn_m2": number(Unit::KnPerSquareMetre, 200.0), OPTIONAL;
        Power = "power_kva": number(Unit::Kva, 1e6), OPTIONAL;
        /// The capacity of the goods lift that serves the unit (0: none).
        GoodsLift = "goods_lift_t": number(Unit::Tonnes, 100.0), OPTIONAL;
        Availability = "availability": FieldKind::Choice(Availability::IDS), OPTIONAL;
        AvailableFrom = "available_from": FieldKind::Date, OPTIONAL;
        Rent = "rent_cny_m2_day": number(Unit::CnyPerSquareMetreDay, 100.0), OPTIONAL;
        ManagementFee = "management_fee_cny_m2_month": number(Unit::CnyPerSquareMetreMonth, 1000.0), OPTIONAL;
        Deal = "deal": FieldKind::Choice(Deal::IDS), OPTIONAL;
        MinimumLease = "minimum_lease_months": number(Unit::Months, 600.0), OPTIONAL;
        Contact = "contact": FieldKind::Contact, OPTIONAL;
        Note = "note": FieldKind::Text, OPTIONAL;
        Qualifiers = "qualifiers": FieldKind::Qualifiers, OPTIONAL;
    }
);

/// A key of a place's `cite` map: a citable field, or one language of a bilingual one
/// (`"name.zh"`).
pub fn parse_cite_key(key: &str) -> Option<(PlaceField, Option<Lang>)> {
    let (field, lang) = match key.split_once('.') {
        Some((field, lang)) => (field, Some(Lang::parse(lang).filter(|l| l.code() == lang)?)),
        None => (key, None),
    };
    let field = PlaceField::parse(field).filter(|f| f.rules().citable)?;
    (lang.is_none() || field.kind().bilingual()).then_some((field, lang))
}

impl PlaceField {
    /// The fields that hold a number (the place's figures).
    pub fn numbers() -> impl Iterator<Item = PlaceField> {
        PlaceField::ALL.iter().copied().filter(|f| f.kind().unit().is_some())
    }
}

impl SpaceField {
    /// The fields that hold a number.
    pub fn numbers() -> impl Iterator<Item = SpaceField> {
        SpaceField::ALL.iter().copied().filter(|f| f.kind().unit().is_some())
    }

    /// The place's figure for the same thing, for a place that publishes no units: its total
    /// floor area, power supply and rent (always shown as the whole place's, never the unit's).
    pub fn whole_place(self) -> Option<PlaceField> {
        match self {
            SpaceField::Area => Some(PlaceField::BuildingAreaM2),
            SpaceField::ClearHeight => Some(PlaceField::ClearHeightM),
            SpaceField::StoreyHeight => Some(PlaceField::StoreyHeightM),
            SpaceField::Power => Some(PlaceField::PowerKva),
            SpaceField::Rent => Some(PlaceField::RentCnyM2Day),
            _ => None,
        }
    }
}

impl PlaceField {
    /// What is shown in this field's place when it is not published: the same fact in another
    /// unit, or for an opening that has not happened, the planned one.
    pub fn alternative(self) -> Option<PlaceField> {
        match self {
            PlaceField::SiteAreaM2 => Some(PlaceField::SiteAreaMu),
            PlaceField::Opening => Some(PlaceField::OpeningPlanned),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_are_unique() {
        for f in PlaceField::ALL {
            assert_eq!(PlaceField::parse(f.key()), Some(*f));
        }
        for f in SpaceField::ALL {
            assert_eq!(SpaceField::parse(f.key()), Some(*f));
        }
        assert_eq!(PlaceField::parse("colour"), None);
    }

    #[test]
    fn numbers_carry_a_unit_and_a_limit() {
        let numbers: Vec<&str> = PlaceField::numbers().map(PlaceField::key).collect();
        assert_eq!(
            numbers,
            [
                "investment_cny",
                "reward_cny",
                "annual_output_target_cny",
                "site_area_m2",
                "site_area_mu",
                "building_area_m2",
                "clear_height_m",
                "storey_height_m",
                "rent_cny_m2_day",
                "power_kva"
            ]
        );
        assert_eq!(SpaceField::ClearHeight.kind().max(), Some(50.0));
        assert_eq!(SpaceField::Area.kind().unit(), Some(Unit::SquareMetres));
        assert!(PlaceField::numbers().all(|f| f.rules().citable));
    }

    #[test]
    fn what_a_form_needs_is_declared() {
        assert!(PlaceField::Name.kind().bilingual() && PlaceField::Name.rules().required);
        assert!(!PlaceField::LandUse.kind().bilingual());
        assert_eq!(PlaceField::Kind.kind(), FieldKind::Choice(&["park", "project", "enterprise"]));
        let required: Vec<&str> = PlaceField::ALL.iter().filter(|f| f.rules().required).map(|f| f.key()).collect();
        assert_eq!(required, ["id", "kind", "name", "status", "sources"]);
    }
}
