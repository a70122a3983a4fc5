//! What changed between the file that was opened and the draft, record by record and field by
//! field: what the review shows ("Haoyuan: location town → exact; 3 spaces added") and the
//! change summary for the web team is written from.

use serde_json::Value;

use crate::core::data::record_fields::DatasetField;

#[derive(Clone, Debug, PartialEq)]
pub enum What {
    Added,
    Removed,
    /// The fields that differ, in the record's order.
    Changed(Vec<FieldChange>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct FieldChange {
    pub key: String,
    pub before: Value,
    pub after: Value,
}

/// A change to one record of a list (`list: None`: to the file's own fields, keyed `id`).
#[derive(Clone, Debug, PartialEq)]
pub struct Change {
    pub list: Option<DatasetField>,
    pub id: String,
    pub what: What,
}

/// Spaces added, removed and changed, by id.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
}

/// Absent, null and an empty list all say "none".
fn none(v: &Value) -> bool {
    v.is_null() || v.as_array().is_some_and(Vec::is_empty)
}

fn same(a: &Value, b: &Value) -> bool {
    a == b || (none(a) && none(b))
}

fn id_of(v: &Value, i: usize) -> String {
    v.get("id").and_then(Value::as_str).map_or_else(|| format!("#{}", i + 1), str::to_owned)
}

/// The fields of two versions of a record that differ, known keys in `order` first.
fn field_changes(before: &Value, after: &Value, order: &[&str]) -> Vec<FieldChange> {
    let empty = serde_json::Map::new();
    let (b, a) = (before.as_object().unwrap_or(&empty), after.as_object().unwrap_or(&empty));
    let mut keys: Vec<&String> = b.keys().chain(a.keys()).collect();
    keys.sort_by_key(|k| (order.iter().position(|o| o == k).unwrap_or(order.len()), k.as_str()));
    keys.dedup();
    keys.into_iter()
        .filter_map(|k| {
            let (x, y) = (b.get(k).unwrap_or(&Value::Null), a.get(k).unwrap_or(&Value::Null));
            (!same(x, y)).then(|| FieldChange { key: k.clone(), before: x.clone(), after: y.clone() })
        })
        .collect()
}

/// Records of two versions of a list, matched by id: added, removed, changed.
fn list_changes(before: &[Value], after: &[Value], order: &[&str]) -> Vec<(String, What)> {
    let ids_b: Vec<String> = before.iter().enumerate().map(|(i, v)| id_of(v, i)).collect();
    let ids_a: Vec<String> = after.iter().enumerate().map(|(i, v)| id_of(v, i)).collect();
    let mut out = Vec::new();
    for (i, id) in ids_a.iter().enumerate() {
        match ids_b.iter().position(|b| b == id) {
            None => out.push((id.clone(), What::Added)),
            Some(j) => {
                let fields = field_changes(&before[j], &after[i], order);
                if !fields.is_empty() {
                    out.push((id.clone(), What::Changed(fields)));
                }
            }
        }
    }
    out.extend(ids_b.iter().filter(|id| !ids_a.contains(id)).map(|id| (id.clone(), What::Removed)));
    out
}

fn list<'a>(doc: &'a Value, key: &str) -> &'a [Value] {
    doc.get(key).and_then(Value::as_array).map_or(&[], Vec::as_slice)
}

/// Every change from `opened` to `draft`: the file's own fields, then each list in file order.
pub fn changes(opened: &Value, draft: &Value, orders: impl Fn(DatasetField) -> Vec<&'static str>) -> Vec<Change> {
    let lists: Vec<&str> = DatasetField::ALL.iter().filter(|f| is_list(**f)).map(|f| f.key()).collect();
    let strip = |doc: &Value| {
        let mut own = doc.clone();
        if let Some(o) = own.as_object_mut() {
            o.retain(|k, _| !lists.contains(&k.as_str()));
        }
        own
    };
    let mut out: Vec<Change> = Vec::new();
    let file = field_changes(&strip(opened), &strip(draft), &[]);
    if !file.is_empty() {
        out.push(Change { list: None, id: String::new(), what: What::Changed(file) });
    }
    for &field in DatasetField::ALL.iter().filter(|f| is_list(**f)) {
        let order = orders(field);
        for (id, what) in list_changes(list(opened, field.key()), list(draft, field.key()), &order) {
            out.push(Change { list: Some(field), id, what });
        }
    }
    out
}

fn is_list(f: DatasetField) -> bool {
    !matches!(f, DatasetField::Schema | DatasetField::Updated)
}

/// How a place's spaces changed.
pub fn space_counts(before: &Value, after: &Value) -> Counts {
    let (b, a) = (before.as_array().map_or(&[][..], Vec::as_slice), after.as_array().map_or(&[][..], Vec::as_slice));
    let mut counts = Counts::default();
    for (_, what) in list_changes(b, a, &[]) {
        match what {
            What::Added => counts.added += 1,
            What::Removed => counts.removed += 1,
            What::Changed(_) => counts.changed += 1,
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn no_order(_: DatasetField) -> Vec<&'static str> {
        vec!["id", "name", "location"]
    }

    #[test]
    fn records_are_matched_by_id_and_fields_compared() {
        let opened = json!({"updated": "2026-11-24", "places": [
            {"id": "a", "name": {"en": "A"}, "location": {"precision": "town"}, "sectors": []},
            {"id": "b", "name": {"en": "B"}}]});
        let draft = json!({"updated": "2026-12-01", "places": [
            {"id": "a", "name": {"en": "A"}, "location": {"precision": "exact"},
             "spaces": [{"id": "s1"}, {"id": "s2"}]},
            {"id": "c", "name": {"en": "C"}}]});
        let c = changes(&opened, &draft, no_order);
        assert_eq!(c.len(), 4, "{c:?}");
        assert_eq!(c[0].list, None);
        let What::Changed(file) = &c[0].what else { panic!() };
        assert_eq!(file[0].key, "updated");
        let What::Changed(fields) = &c[1].what else { panic!("{:?}", c[1]) };
        let keys: Vec<&str> = fields.iter().map(|f| f.key.as_str()).collect();
        assert_eq!(keys, ["location", "spaces"], "an empty list is no change");
        assert_eq!(space_counts(&fields[1].before, &fields[1].after), Counts { added: 2, removed: 0, changed: 0 });
        assert_eq!((c[2].id.as_str(), &c[2].what), ("c", &What::Added));
        assert_eq!((c[3].id.as_str(), &c[3].what), ("b", &What::Removed));
        assert!(changes(&opened, &opened, no_order).is_empty());
    }
}
