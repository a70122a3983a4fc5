//! What is wrong with a data file, where: a problem carries the JSON path of the value.

use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Where, as a JSON path: `$.places[3].location.lat`.
    pub path: String,
    /// What is wrong, in words a data editor understands.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Why a data file was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Invalid {
    pub problems: Vec<Problem>,
    /// More problems exist than were collected.
    pub truncated: bool,
}

impl Invalid {
    /// A file that could not be read at all.
    pub fn unreadable(message: String) -> Invalid {
        Invalid { problems: vec![Problem { path: "$".into(), message }], truncated: false }
    }
}
