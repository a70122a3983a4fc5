//! The closed vocabularies of places.json, and [`Word`]: a vocabulary value that the interface
//! puts into words (the UI's labels hold the words, in both languages).

use crate::core::text::vocabulary;

vocabulary!(Kind { Park = "park", Project = "project", Enterprise = "enterprise" });
vocabulary!(Status {
    Planned = "planned",
    UnderConstruction = "under-construction",
    Completed = "completed",
    Operating = "operating",
    Unknown = "unknown",
});
vocabulary!(Reliability { Official = "official", Press = "press", Operator = "operator", Weak = "weak" });
vocabulary!(Precision { Exact = "exact", Address = "address", Town = "town", District = "district" });
vocabulary!(
    /// How a person located a place: a visit, the operator's word, or a published map.
    LocatedHow { SiteVisit = "site-visit", Operator = "operator", PublishedMap = "published-map" }
);
vocabulary!(Availability { Available = "available", Let = "let", Unknown = "unknown" });
vocabulary!(Deal { Rent = "rent", Sale = "sale", RentOrSale = "rent-or-sale" });
vocabulary!(SpaceUse { Factory = "factory", Office = "office", Rd = "rd", Warehouse = "warehouse", Mixed = "mixed" });
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

/// A vocabulary value to be put into words by the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Word {
    Kind(Kind),
    /// The plural, as a filter value ("Parks and zones").
    Kinds(Kind),
    Status(Status),
    Reliability(Reliability),
    Availability(Availability),
    Deal(Deal),
    SpaceUse(SpaceUse),
    Facility(Facility),
}

impl Word {
    /// The data's spelling of the value.
    pub fn id(self) -> &'static str {
        match self {
            Word::Kind(k) | Word::Kinds(k) => k.id(),
            Word::Status(s) => s.id(),
            Word::Reliability(r) => r.id(),
            Word::Availability(a) => a.id(),
            Word::Deal(d) => d.id(),
            Word::SpaceUse(u) => u.id(),
            Word::Facility(f) => f.id(),
        }
    }

    /// Whether the word says the value is not published ("Status not published").
    pub fn is_unknown(self) -> bool {
        matches!(self, Word::Status(Status::Unknown) | Word::Availability(Availability::Unknown))
    }
}
