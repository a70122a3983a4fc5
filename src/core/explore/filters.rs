//! What narrows the results: the search text, the facet selections, "search this area" and
//! the space requirements. "Clear all" clears exactly this.

use crate::core::explore::facets::FacetId;
use crate::core::explore::rows::SpaceFilters;
use crate::core::geo::BBox;

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Filters {
    pub q: String,
    pub facets: Selection,
    /// "Search this area": only places inside this rectangle.
    pub within: Option<BBox>,
    pub spaces: SpaceFilters,
}

impl Filters {
    /// Whether anything narrows the results.
    pub fn is_empty(&self) -> bool {
        self.q.trim().is_empty() && self.facets.is_empty() && self.within.is_none() && self.spaces.is_empty()
    }
}

/// The values selected in each facet (ids, in the order chosen).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Selection([Vec<String>; FacetId::COUNT]);

impl Selection {
    pub fn get(&self, facet: FacetId) -> &[String] {
        &self.0[facet as usize]
    }

    pub fn get_mut(&mut self, facet: FacetId) -> &mut Vec<String> {
        &mut self.0[facet as usize]
    }

    pub fn is_selected(&self, facet: FacetId, value: &str) -> bool {
        self.get(facet).iter().any(|v| v == value)
    }

    /// Ticks the value if it is not selected, unticks it if it is.
    pub fn toggle(&mut self, facet: FacetId, value: &str) {
        let list = self.get_mut(facet);
        *list = toggle(list, &value.to_owned(), MAX_VALUES);
    }

    pub fn is_empty(&self) -> bool {
        self.0.iter().all(Vec::is_empty)
    }

    /// How many values are selected in all facets.
    pub fn count(&self) -> usize {
        self.0.iter().map(Vec::len).sum()
    }
}

/// Most values kept for one facet or one repeatable parameter.
pub const MAX_VALUES: usize = 50;

/// Adds `value` once, keeping at most `max` values; `false` when it does not fit.
pub fn push_unique<T: PartialEq>(list: &mut Vec<T>, value: T, max: usize) -> bool {
    if list.contains(&value) {
        return true;
    }
    let fits = list.len() < max;
    if fits {
        list.push(value);
    }
    fits
}

/// Adds `value` if absent (while fewer than `max`), removes it if present: a checkbox.
pub fn toggle<T: PartialEq + Clone>(list: &[T], value: &T, max: usize) -> Vec<T> {
    if list.contains(value) {
        list.iter().filter(|v| *v != value).cloned().collect()
    } else {
        let mut out = list.to_vec();
        push_unique(&mut out, value.clone(), max);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn toggle_adds_and_removes_within_the_limit() {
        assert_eq!(toggle(&["a".to_string()], &"b".to_string(), 5), vec!["a", "b"]);
        assert_eq!(toggle(&["a".to_string(), "b".to_string()], &"a".to_string(), 5), vec!["b"]);
        assert_eq!(toggle(&[1, 2], &3, 2), vec![1, 2], "full");
        let mut list = vec![1];
        assert!(push_unique(&mut list, 1, 1), "already there");
        assert!(!push_unique(&mut list, 2, 1), "no room");
        assert_eq!(list, [1]);
    }

    #[test]
    fn filters_are_empty_until_something_narrows() {
        let mut f = Filters { q: "  ".into(), ..Filters::default() };
        assert!(f.is_empty(), "blank search text narrows nothing");
        f.facets.toggle(FacetId::Programme, "sms");
        assert!(!f.is_empty() && f.facets.is_selected(FacetId::Programme, "sms"));
        assert_eq!(f.facets.count(), 1);
        f.facets.toggle(FacetId::Programme, "sms");
        assert!(f.is_empty());
        f.spaces.height_min = Some(8.0);
        assert!(!f.is_empty());
    }
}
