//! The checks of one place against the whole file (see `refs`): references to other records,
//! its status's date, the sources of its timeline, statements and single fields, its point and
//! its links — each bad value dropped (or the place left out) and reported.

use std::collections::HashSet;

use serde_json::Value;

use crate::core::data::fields::{PlaceField, SpaceField, parse_cite_key};
use crate::core::data::model::{Place, Source};
use crate::core::data::read::admits;
use crate::core::data::reader::{Reader, index_path, key_path};
use crate::core::data::record_fields::{ContactField, EventField, FactField};
use crate::core::data::refs::{Shown, Written, is_web_url, raw_map};
use crate::core::data::vocab::{Precision, Status};
use crate::core::geo::{Crs, Geography, Point, to_gcj02};
use crate::core::text::PartialDate;

/// The checks of one place, reporting under its path.
pub(crate) struct PlaceCheck<'a, 'r> {
    pub r: &'r mut Reader,
    pub path: &'a str,
    pub written: &'a Written<'a>,
    pub shown: &'a Shown,
    /// The sources shown (for their dates).
    pub sources: &'a [Source],
}

impl<'a> PlaceCheck<'a, '_> {
    fn at(&self, f: PlaceField) -> String {
        key_path(self.path, f.key())
    }

    fn each(&self, f: PlaceField, j: usize) -> String {
        index_path(&self.at(f), j)
    }

    /// Reports `id` when the file has no such record; keeps it when that record is shown.
    fn known(&mut self, written: &HashSet<&str>, shown: &HashSet<String>, what: &str, path: &str, id: &str) -> bool {
        if !written.contains(id) {
            self.r.problem(path, format!("unknown {what} id {id:?}"));
        }
        shown.contains(id)
    }

    /// Keeps the ids of `list` that point at shown records.
    fn keep_known(&mut self, list: &mut Vec<String>, field: PlaceField, what: Target) {
        let mut keep = Vec::with_capacity(list.len());
        for (j, id) in list.iter().enumerate() {
            let (written, shown) = self.sets(what);
            let path = self.each(field, j);
            keep.push(self.known(written, shown, what.word(), &path, id));
        }
        let mut flags = keep.into_iter();
        list.retain(|_| flags.next().unwrap_or(true));
    }

    fn sets(&self, what: Target) -> (&'a HashSet<&'a str>, &'a HashSet<String>) {
        let (written, shown) = (self.written, self.shown);
        match what {
            Target::Source => (&written.sources, &shown.sources),
            Target::Sector => (&written.sectors, &shown.sectors),
        }
    }

    /// Whether every source an entry cites is shown (reporting those the file does not have).
    fn entry_sources(&mut self, sources: &[String], path: &str) -> bool {
        let mut all = true;
        for (k, id) in sources.iter().enumerate() {
            let known = self.known(&self.written.sources, &self.shown.sources, "source", &index_path(path, k), id);
            all &= known;
        }
        all
    }

    /// A status is a claim of its source's date: without that date (unless the sources it rests
    /// on give none), or dated after the file, it is not shown as a fact.
    fn status(&mut self, place: &mut Place, sources: &[Source], updated: Option<PartialDate>) {
        if place.status == Status::Unknown {
            return;
        }
        let path = self.at(PlaceField::StatusAsOf);
        let dated = |id: &String| sources.iter().any(|s| &s.id == id && s.date.is_some());
        match place.status_as_of {
            None if place.sources_for(PlaceField::Status).iter().any(dated) => {
                self.r.problem(&path, "a status needs the date of the source that states it")
            }
            Some(as_of) if updated.is_some_and(|u| as_of.months().0 > u.months().1) => {
                self.r.problem(&path, format!("{} is after the file's date", as_of.canonical()))
            }
            _ => return,
        }
        place.status = Status::Unknown;
        place.status_as_of = None;
    }

    /// Checks and repairs the place; `false` when it cannot be shown.
    pub(crate) fn place(
        &mut self,
        place: &mut Place,
        raw: &Value,
        geo: &Geography,
        space_ids: &mut HashSet<String>,
        updated: Option<PartialDate>,
    ) -> bool {
        self.status(place, self.sources, updated);
        if let Some(town) = place.town.clone()
            && !self.known(&self.written.towns, &self.shown.towns, "town", &self.at(PlaceField::Town), &town)
        {
            place.town = None;
        }
        self.keep_known(&mut place.sources, PlaceField::Sources, Target::Source);
        self.keep_known(&mut place.sectors, PlaceField::Sectors, Target::Sector);
        for (j, id) in place.nearby.iter().enumerate() {
            if !self.written.places.contains(id.as_str()) {
                self.r.problem(&self.each(PlaceField::Nearby, j), format!("unknown place id {id:?}"));
            }
            if id == &place.id {
                self.r.problem(&self.each(PlaceField::Nearby, j), "a place cannot be near itself");
            }
        }
        let own_id = place.id.clone();
        place.nearby.retain(|n| n != &own_id);
        let recognition_path = self.at(PlaceField::Recognition);
        let mut keep = Vec::new();
        for (programme, _) in &place.recognition {
            let path = key_path(&recognition_path, programme);
            keep.push(self.known(&self.written.programmes, &self.shown.programmes, "programme", &path, programme));
        }
        let mut flags = keep.into_iter();
        place.recognition.retain(|_| flags.next().unwrap_or(true));
        self.entries(place);
        self.field_maps(place, raw);
        self.location_and_contact(place, geo);
        let spaces_path = self.at(PlaceField::Spaces);
        let mut keep = Vec::new();
        for (j, space) in place.spaces.iter().enumerate() {
            let new = space_ids.insert(space.id.clone());
            if !new {
                let path = key_path(&index_path(&spaces_path, j), SpaceField::Id.key());
                self.r.problem(&path, format!("duplicate space id {:?}", space.id));
            }
            keep.push(new);
        }
        let mut flags = keep.into_iter();
        place.spaces.retain(|_| flags.next().unwrap_or(true));
        // Its sources' problems are reported where they are; that the place is not shown is
        // reported with the places left out.
        !place.sources.is_empty() && (place.name.zh.is_some() || place.name.en.is_some())
    }

    /// Timeline events and statements rest on their sources: one citing a source that cannot be
    /// shown is left out (resting it on the place's sources instead would change what it claims).
    fn entries(&mut self, place: &mut Place) {
        let mut keep = Vec::new();
        for (j, event) in place.timeline.iter().enumerate() {
            let path = key_path(&self.each(PlaceField::Timeline, j), EventField::Sources.key());
            keep.push(self.entry_sources(&event.sources, &path));
        }
        let mut flags = keep.into_iter();
        place.timeline.retain(|_| flags.next().unwrap_or(true));
        let mut keep = Vec::new();
        for (j, fact) in place.facts.iter().enumerate() {
            let path = key_path(&self.each(PlaceField::Facts, j), FactField::Sources.key());
            keep.push(self.entry_sources(&fact.sources, &path));
        }
        let mut flags = keep.into_iter();
        place.facts.retain(|_| flags.next().unwrap_or(true));
    }

    /// `cite` and `qualifiers`, checked as written (in key order). A field whose own citation
    /// points at a source that cannot be shown is not shown either.
    fn field_maps(&mut self, place: &mut Place, raw: &Value) {
        for (key, ids) in raw_map(raw, PlaceField::Cite) {
            let field_path = key_path(&self.at(PlaceField::Cite), key);
            let cited = parse_cite_key(key);
            if cited.is_none() {
                self.r.problem(&field_path, format!("{key:?} is not a field that can be cited"));
            }
            let ids: Vec<String> =
                ids.as_array().into_iter().flatten().filter_map(Value::as_str).map(str::to_owned).collect();
            if !self.entry_sources(&ids, &field_path) {
                match cited {
                    Some((f, None)) => {
                        place.cite.remove(&f);
                        place.clear(f);
                    }
                    Some((f, Some(lang))) => {
                        place.cite_text.remove(&(f, lang));
                        place.clear_text(f, lang);
                    }
                    None => {}
                }
            }
        }
        for (key, _) in raw_map(raw, PlaceField::Qualifiers) {
            let entry_path = key_path(&self.at(PlaceField::Qualifiers), key);
            match PlaceField::parse(key).filter(|f| admits(PlaceField::Qualifiers, *f)) {
                None => self.r.problem(&entry_path, format!("{key:?} is not a numeric field")),
                Some(f) if raw.get(f.key()).is_none_or(Value::is_null) => {
                    self.r.problem(&entry_path, format!("qualifies {key:?}, which has no value"));
                    place.qualifiers.remove(&f);
                }
                Some(_) => {}
            }
        }
    }

    fn location_and_contact(&mut self, place: &mut Place, geo: &Geography) {
        if let Some(location) = place.location
            && !geo.contains(location.point)
        {
            self.r.problem(
                &self.at(PlaceField::Location),
                format!("({}, {}) is outside the Jiading district outline", location.point.lon, location.point.lat),
            );
            place.location = None;
        }
        self.label_point(place, geo);
        let contact = self.at(PlaceField::Contact);
        if let Some(url) = place.contact.url.take() {
            if is_web_url(&url) {
                place.contact.url = Some(url);
            } else {
                self.r.problem(
                    &key_path(&contact, ContactField::Url.key()),
                    format!("{url:?} is not an http(s) address"),
                );
            }
        }
        if let Some(email) = place.contact.email.take() {
            if email.contains('@') {
                place.contact.email = Some(email);
            } else {
                self.r.problem(
                    &key_path(&contact, ContactField::Email.key()),
                    format!("{email:?} is not an email address"),
                );
            }
        }
    }
}

impl PlaceCheck<'_, '_> {
    /// A town or district point claims to be that label point and is shown as approximate: one
    /// anywhere else would be read as a site. It is moved there and reported.
    fn label_point(&mut self, place: &mut Place, geo: &Geography) {
        let Some(location) = place.location.as_mut() else { return };
        let path = self.at(PlaceField::Location);
        let town = match location.precision {
            Precision::Town if place.town.is_none() => {
                self.r.problem(
                    &path,
                    "a town label point needs the place's town: choose the town, or make it the district's label point",
                );
                location.precision = Precision::District;
                None
            }
            Precision::Town => place.town.as_deref(),
            Precision::District => None,
            Precision::Exact | Precision::Address => return,
        };
        let Some((lon, lat)) = geo.label_point(town) else { return };
        let (at_lon, at_lat) = to_gcj02(location.point);
        if (at_lon - lon).abs() > 1e-6 || (at_lat - lat).abs() > 1e-6 {
            let whose = town.map_or_else(|| "the district's".to_owned(), |t| format!("town {t:?}'s"));
            self.r.problem(
                &path,
                format!(
                    "({at_lon}, {at_lat}) is not {whose} label point ({lon}, {lat}): put it there (the workbench's \"Put it at the label point\"), or say how precise it is"
                ),
            );
            location.point = Point { lon, lat, crs: Crs::Gcj02 };
        }
    }
}

/// What a list of ids points at.
#[derive(Clone, Copy)]
enum Target {
    Source,
    Sector,
}

impl Target {
    fn word(self) -> &'static str {
        match self {
            Target::Source => "source",
            Target::Sector => "sector",
        }
    }
}
