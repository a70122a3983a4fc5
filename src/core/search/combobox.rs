//! The keyboard model of the search box's suggestion list (ARIA 1.2 combobox): arrows move
//! through the options (wrapping), Enter chooses the active one, Escape closes the list and a
//! second Escape clears the text.

/// What the list shows: whether it may be open, and which option is active.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Combobox {
    pub open: bool,
    pub active: Option<usize>,
}

/// What a key asks the search box to do besides changing the list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    None,
    /// Choose this option (a town or sector becomes a filter, a place opens).
    Choose(usize),
    /// Clear the search text.
    Clear,
}

/// The list after a key, the action, and whether the key was used (so the browser's own
/// handling — moving the caret, submitting, clearing — must not happen).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Reaction {
    pub state: Combobox,
    pub action: Action,
    pub handled: bool,
}

impl Combobox {
    /// Open with options to show.
    pub fn expanded(self, options: usize) -> bool {
        self.open && options > 0
    }

    /// `key` is the DOM `KeyboardEvent.key`; `options` how many suggestions there are.
    pub fn key(self, key: &str, options: usize, has_text: bool) -> Reaction {
        let react = |state, action, handled| Reaction { state, action, handled };
        let unchanged = react(self, Action::None, false);
        let n = options;
        match key {
            "ArrowDown" if n > 0 => {
                let active = Some(self.active.map_or(0, |i| (i + 1) % n));
                react(Combobox { open: true, active }, Action::None, true)
            }
            "ArrowUp" if n > 0 => {
                let active = Some(self.active.map_or(n - 1, |i| (i + n - 1) % n));
                react(Combobox { open: true, active }, Action::None, true)
            }
            "Enter" => match (self.open, self.active) {
                (true, Some(i)) if i < n => react(Combobox::default(), Action::Choose(i), true),
                _ => react(Combobox { open: false, ..self }, Action::None, false),
            },
            "Escape" if self.expanded(n) => react(Combobox::default(), Action::None, true),
            "Escape" if has_text => react(Combobox::default(), Action::Clear, true),
            _ => unchanged,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLOSED: Combobox = Combobox { open: false, active: None };

    #[test]
    fn arrows_open_the_list_and_wrap() {
        let down = CLOSED.key("ArrowDown", 3, true);
        assert_eq!((down.state, down.handled), (Combobox { open: true, active: Some(0) }, true));
        let last = down.state.key("ArrowUp", 3, true).state;
        assert_eq!(last.active, Some(2), "up from the first wraps to the last");
        assert_eq!(last.key("ArrowDown", 3, true).state.active, Some(0), "and down from the last to the first");
        assert_eq!(CLOSED.key("ArrowUp", 3, true).state.active, Some(2));
        assert!(!CLOSED.key("ArrowDown", 0, true).handled, "nothing to move through");
    }

    #[test]
    fn enter_chooses_the_active_option_only() {
        let on_second = Combobox { open: true, active: Some(1) };
        let r = on_second.key("Enter", 3, true);
        assert_eq!((r.action, r.state, r.handled), (Action::Choose(1), CLOSED, true));
        let r = Combobox { open: true, active: None }.key("Enter", 3, true);
        assert_eq!((r.action, r.state.open, r.handled), (Action::None, false, false), "the form's own Enter");
        assert_eq!(on_second.key("Enter", 1, true).action, Action::None, "the options changed under it");
    }

    #[test]
    fn escape_closes_then_clears() {
        let open = Combobox { open: true, active: Some(0) };
        let first = open.key("Escape", 2, true);
        assert_eq!((first.state, first.action, first.handled), (CLOSED, Action::None, true));
        let second = first.state.key("Escape", 2, true);
        assert_eq!((second.action, second.handled), (Action::Clear, true));
        assert!(!CLOSED.key("Escape", 2, false).handled, "nothing to close or clear");
        assert_eq!(open.key("a", 2, true), Reaction { state: open, action: Action::None, handled: false });
    }
}
