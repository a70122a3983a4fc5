//! Checks that need the whole file — unique ids, references between lists, locations inside
//! the district, links that are web addresses — and what each bad value costs: a reference to
//! nothing is dropped, a hostile link or a point outside the district is dropped, a duplicate
//! is left out, and a place left with no source it can show is left out. Every such repair is
//! reported, so the file's editors see it and `make validate` fails on it.

use std::collections::HashSet;

use serde_json::Value;

use crate::core::data::fields::{PlaceField, SpaceField};
use crate::core::data::model::{Dataset, Place};
use crate::core::data::read::{Positions, admits};
use crate::core::data::reader::{Reader, index_path, key_path};
use crate::core::data::record_fields::{
    ContactField, DatasetField, EventField, FactField, NamedField, SourceField, TownField,
};
use crate::core::geo::Geography;

/// The field that holds the id of each record of a top-level list (`None`: not a list).
fn id_key(list: DatasetField) -> Option<&'static str> {
    match list {
        DatasetField::Sources => Some(SourceField::Id.key()),
        DatasetField::Towns => Some(TownField::Id.key()),
        DatasetField::Sectors | DatasetField::Programmes => Some(NamedField::Id.key()),
        DatasetField::Places => Some(PlaceField::Id.key()),
        DatasetField::Schema | DatasetField::Updated => None,
    }
}

fn list_path(list: DatasetField) -> String {
    key_path("$", list.key())
}

/// Reports every repeated id of a top-level list, and returns the ids as written.
fn unique<'a>(r: &mut Reader, root: &'a Value, list: DatasetField) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (i, id) in raw_ids(root, list) {
        if !seen.insert(id) {
            let item = index_path(&list_path(list), i);
            r.problem(&key_path(&item, id_key(list).unwrap_or_default()), format!("duplicate id {id:?}"));
        }
    }
    seen
}

/// The `id` of every item of a top-level list as written, including items that failed to read
/// for other reasons: a reference to them is not reported as dangling (it would only add noise),
/// though it is dropped with the record.
fn raw_ids(root: &Value, list: DatasetField) -> impl Iterator<Item = (usize, &str)> {
    root.get(list.key())
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
        .filter_map(move |(i, item)| Some((i, item.get(id_key(list)?).and_then(Value::as_str)?)))
}

/// The entries of a place's field map (`cite`, `qualifiers`) as written, in key order.
fn raw_map(place: &Value, field: PlaceField) -> impl Iterator<Item = (&String, &Value)> {
    place.get(field.key()).and_then(Value::as_object).into_iter().flatten()
}

fn is_web_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && lower.len() > "https://".len()
}

/// Keeps the first record of each id (the later ones were reported as duplicates).
fn first_of_each<T>(items: &mut Vec<T>, positions: Option<&mut Vec<usize>>, id: impl Fn(&T) -> &str) {
    let mut seen = HashSet::new();
    let keep: Vec<bool> = items.iter().map(|item| seen.insert(id(item).to_owned())).collect();
    let mut flags = keep.iter();
    items.retain(|_| *flags.next().unwrap_or(&true));
    if let Some(positions) = positions {
        let mut flags = keep.iter();
        positions.retain(|_| *flags.next().unwrap_or(&true));
    }
}

/// The ids of the records shown, which references may point at.
struct Shown {
    sources: HashSet<String>,
    towns: HashSet<String>,
    sectors: HashSet<String>,
    programmes: HashSet<String>,
}

/// The ids as written, against which references are reported as dangling.
struct Written<'a> {
    sources: HashSet<&'a str>,
    towns: HashSet<&'a str>,
    sectors: HashSet<&'a str>,
    programmes: HashSet<&'a str>,
    places: HashSet<&'a str>,
}

pub(crate) fn check_references(r: &mut Reader, d: &mut Dataset, at: &mut Positions, root: &Value, geo: &Geography) {
    let written = Written {
        sources: unique(r, root, DatasetField::Sources),
        towns: unique(r, root, DatasetField::Towns),
        sectors: unique(r, root, DatasetField::Sectors),
        programmes: unique(r, root, DatasetField::Programmes),
        places: unique(r, root, DatasetField::Places),
    };
    first_of_each(&mut d.sources, Some(&mut at.sources), |s| &s.id);
    first_of_each(&mut d.towns, Some(&mut at.towns), |t| &t.id);
    first_of_each(&mut d.sectors, None, |s| &s.id);
    first_of_each(&mut d.programmes, None, |p| &p.id);
    first_of_each(&mut d.places, Some(&mut at.places), |p| &p.id);

    // A source that is not a web address cannot be shown as one: it is left out.
    let mut flags = Vec::with_capacity(d.sources.len());
    for (s, &i) in d.sources.iter().zip(&at.sources) {
        let ok = is_web_url(&s.url);
        if !ok {
            let path = key_path(&index_path(&list_path(DatasetField::Sources), i), SourceField::Url.key());
            r.problem(&path, format!("{:?} is not an http(s) address", s.url));
        }
        flags.push(ok);
    }
    let mut keep = flags.into_iter();
    d.sources.retain(|_| keep.next().unwrap_or(true));
    for (t, &i) in d.towns.iter_mut().zip(&at.towns) {
        if let Some(p) = t.label_point
            && !geo.contains(p)
        {
            r.problem(
                &key_path(&index_path(&list_path(DatasetField::Towns), i), TownField::LabelPoint.key()),
                format!("({}, {}) is outside the Jiading district outline", p.lon, p.lat),
            );
            t.label_point = None;
        }
    }
    let ids = |list: Vec<&String>| list.into_iter().cloned().collect::<HashSet<String>>();
    let shown = Shown {
        sources: ids(d.sources.iter().map(|s| &s.id).collect()),
        towns: ids(d.towns.iter().map(|t| &t.id).collect()),
        sectors: ids(d.sectors.iter().map(|s| &s.id).collect()),
        programmes: ids(d.programmes.iter().map(|p| &p.id).collect()),
    };

    let mut space_ids = HashSet::new();
    let mut kept = Vec::with_capacity(d.places.len());
    for (place, &i) in d.places.iter_mut().zip(&at.places) {
        let raw = &root[DatasetField::Places.key()][i];
        let path = index_path(&list_path(DatasetField::Places), i);
        let mut check = PlaceCheck { r: &mut *r, path: &path, written: &written, shown: &shown };
        kept.push(check.place(place, raw, geo, &mut space_ids));
    }
    let mut keep = kept.iter();
    d.places.retain(|_| *keep.next().unwrap_or(&true));
    let mut keep = kept.iter();
    at.places.retain(|_| *keep.next().unwrap_or(&true));
    let places: HashSet<String> = d.places.iter().map(|p| p.id.clone()).collect();
    for place in &mut d.places {
        place.nearby.retain(|n| places.contains(n));
    }
}

/// The checks of one place, reporting under its path.
struct PlaceCheck<'a, 'r> {
    r: &'r mut Reader,
    path: &'a str,
    written: &'a Written<'a>,
    shown: &'a Shown,
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

    /// Checks and repairs the place; `false` when it cannot be shown.
    fn place(&mut self, place: &mut Place, raw: &Value, geo: &Geography, space_ids: &mut HashSet<String>) -> bool {
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
        !place.sources.is_empty()
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
            let field = PlaceField::parse(key).filter(|f| admits(PlaceField::Cite, *f));
            if field.is_none() {
                self.r.problem(&field_path, format!("{key:?} is not a field that can be cited"));
            }
            let cited: Vec<String> =
                ids.as_array().into_iter().flatten().filter_map(Value::as_str).map(str::to_owned).collect();
            if !self.entry_sources(&cited, &field_path)
                && let Some(f) = field
            {
                place.cite.remove(&f);
                place.clear(f);
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
