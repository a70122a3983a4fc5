//! The fields of the other records of places.json (the file itself, sources, towns, sectors,
//! programmes) and of the compound values inside a place (points, contacts, buildings, events,
//! statements): declared like [`PlaceField`](crate::core::data::fields::PlaceField), so the
//! reader and the workbench's forms name them only through these.

use crate::core::data::fields::{FieldKind, OPTIONAL, REQUIRED, Target, registry};
use crate::core::data::vocab::{BuildingType, LocatedHow, Precision, Reliability};
use crate::core::geo::Crs;

registry!(
    /// The top level of places.json, in file order.
    DatasetField {
        Schema = "schema": FieldKind::Count { max: 1 }, REQUIRED;
        Updated = "updated": FieldKind::Date, REQUIRED;
        Sources = "sources": FieldKind::Refs(Target::Source), REQUIRED;
        Towns = "towns": FieldKind::Refs(Target::Town), REQUIRED;
        Sectors = "sectors": FieldKind::Refs(Target::Sector), REQUIRED;
        Programmes = "programmes": FieldKind::Refs(Target::Programme), OPTIONAL;
        Places = "places": FieldKind::Refs(Target::Place), REQUIRED;
    }
);

registry!(
    /// A source that facts cite.
    SourceField {
        Id = "id": FieldKind::Id, REQUIRED;
        Title = "title": FieldKind::Plain, REQUIRED;
        Publisher = "publisher": FieldKind::Plain, OPTIONAL;
        Date = "date": FieldKind::Date, OPTIONAL;
        /// Required, except of an operator's submission (which needs a date and a contact).
        Url = "url": FieldKind::Plain, OPTIONAL;
        Reliability = "reliability": FieldKind::Choice(Reliability::IDS), REQUIRED;
        Language = "language": FieldKind::Plain, OPTIONAL;
        Contact = "contact": FieldKind::Plain, OPTIONAL;
        Note = "note": FieldKind::Plain, OPTIONAL;
    }
);

registry!(
    /// A town (or sub-district) of Jiading.
    TownField {
        Id = "id": FieldKind::Id, REQUIRED;
        Code = "code": FieldKind::Plain, REQUIRED;
        Level = "level": FieldKind::Plain, OPTIONAL;
        Name = "name": FieldKind::Text, REQUIRED;
        LabelPoint = "label_point": FieldKind::Location, OPTIONAL;
    }
);

registry!(
    /// A sector, or a recognition programme: an id and a bilingual name (a programme also how many
    /// members it has, by its sources).
    NamedField {
        Id = "id": FieldKind::Id, REQUIRED;
        Name = "name": FieldKind::Text, REQUIRED;
        Description = "description": FieldKind::Text, OPTIONAL;
        Members = "members": FieldKind::Count { max: 100_000 }, OPTIONAL;
        Sources = "sources": FieldKind::Refs(Target::Source), OPTIONAL;
    }
);

registry!(
    /// A point, and for a place's location how precise it is.
    PointField {
        Lon = "lon": FieldKind::Coordinate { max: 180.0 }, REQUIRED;
        Lat = "lat": FieldKind::Coordinate { max: 90.0 }, REQUIRED;
        Crs = "crs": FieldKind::Choice(Crs::IDS), REQUIRED;
        Precision = "precision": FieldKind::Choice(Precision::IDS), REQUIRED;
        /// Who set a place's point (a person or an office), when not a label point.
        LocatedBy = "located_by": FieldKind::Plain, OPTIONAL;
        LocatedHow = "located_how": FieldKind::Choice(LocatedHow::IDS), OPTIONAL;
        LocatedOn = "located_on": FieldKind::Date, OPTIONAL;
    }
);

registry!(
    /// A place's published contact.
    ContactField {
        Phone = "phone": FieldKind::Plain, OPTIONAL;
        Email = "email": FieldKind::Plain, OPTIONAL;
        Url = "url": FieldKind::Plain, OPTIONAL;
    }
);

registry!(
    /// A count of buildings of one type.
    BuildingField {
        Count = "count": FieldKind::Count { max: 10_000 }, REQUIRED;
        Type = "type": FieldKind::Choice(BuildingType::IDS), REQUIRED;
    }
);

registry!(
    /// A dated event in a place's timeline.
    EventField {
        Date = "date": FieldKind::Date, REQUIRED;
        Event = "event": FieldKind::Text, REQUIRED;
        Sources = "sources": FieldKind::Refs(Target::Source), OPTIONAL;
        Planned = "planned": FieldKind::Flag, OPTIONAL;
    }
);

registry!(
    /// A statement a source makes about a place.
    FactField {
        Text = "text": FieldKind::Text, REQUIRED;
        Sources = "sources": FieldKind::Refs(Target::Source), OPTIONAL;
    }
);
