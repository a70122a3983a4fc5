//! Which screen and which panes: the pages besides the explorer (`page`), the explorer's list /
//! map / split view (`view`), and the panes that follow from it, the width and an open place.

/// The explorer's layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    List,
    Map,
    Split,
}

impl View {
    pub const ALL: [View; 3] = [View::List, View::Map, View::Split];

    pub fn id(self) -> &'static str {
        match self {
            View::List => "list",
            View::Map => "map",
            View::Split => "split",
        }
    }

    pub fn parse(s: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.id() == s)
    }

    /// The view shown: the one asked for where the screen allows it (side by side needs a wide
    /// one), by default side by side when wide and the list when narrow.
    pub fn effective(view: Option<View>, wide: bool) -> View {
        match (view.unwrap_or(if wide { View::Split } else { View::List }), wide) {
            (View::Split, false) => View::List,
            (v, _) => v,
        }
    }
}

/// Pages other than the explorer itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    Timeline,
    Towns,
    Sources,
    Spaces,
    Shortlist,
    Compare,
    Embed,
}

impl Page {
    pub const ALL: [Page; 7] =
        [Page::Timeline, Page::Towns, Page::Sources, Page::Spaces, Page::Shortlist, Page::Compare, Page::Embed];

    pub fn id(self) -> &'static str {
        match self {
            Page::Timeline => "timeline",
            Page::Towns => "towns",
            Page::Sources => "sources",
            Page::Spaces => "spaces",
            Page::Shortlist => "shortlist",
            Page::Compare => "compare",
            Page::Embed => "embed",
        }
    }

    pub fn parse(s: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.id() == s)
    }
}

/// Which panes the explorer shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Panes {
    pub facets: bool,
    /// The list, or the open place's detail.
    pub main: bool,
    pub map: bool,
}

/// Pane choice from the `view` parameter, the screen width and whether a place is open. On a
/// wide screen the default is list and map side by side; on a narrow one, one at a time (list
/// by default), and an opened place always shows its detail.
pub fn panes(view: Option<View>, wide: bool, place_open: bool) -> Panes {
    match View::effective(view, wide) {
        View::Split => Panes { facets: !place_open, main: true, map: true },
        View::Map if !place_open => Panes { facets: false, main: false, map: true },
        View::Map if wide => Panes { facets: false, main: true, map: true },
        _ => Panes { facets: !place_open, main: true, map: false },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for v in View::ALL {
            assert_eq!(View::parse(v.id()), Some(v));
        }
        for p in Page::ALL {
            assert_eq!(Page::parse(p.id()), Some(p));
        }
        assert_eq!(Page::parse("admin"), None);
    }

    #[test]
    fn the_view_shown_needs_room_for_side_by_side() {
        assert_eq!(View::effective(None, true), View::Split);
        assert_eq!(View::effective(None, false), View::List);
        assert_eq!(View::effective(Some(View::Split), false), View::List);
        assert_eq!(View::effective(Some(View::Map), false), View::Map);
        assert_eq!(View::effective(Some(View::List), true), View::List);
    }

    #[test]
    fn panes_follow_view_width_and_open_place() {
        let all = Panes { facets: true, main: true, map: true };
        assert_eq!(panes(None, true, false), all);
        assert_eq!(panes(None, false, false), Panes { map: false, ..all });
        assert_eq!(panes(Some(View::Map), false, false), Panes { facets: false, main: false, map: true });
        assert_eq!(
            panes(Some(View::Map), false, true),
            Panes { facets: false, main: true, map: false },
            "detail wins on a phone"
        );
        assert_eq!(panes(Some(View::Split), false, false), Panes { map: false, ..all }, "no room to split");
        assert_eq!(panes(Some(View::List), true, false), Panes { map: false, ..all });
        assert_eq!(panes(None, true, true), Panes { facets: false, ..all });
    }
}
