//! Editorial link edits, written like the other corrections, one per `;` or line:
//!
//! ```text
//! link A B      figure A joins the series of figure B
//! unlink A      figure A leaves its series and stands alone
//! ```
//!
//! An edited link says so (basis `editor`) and keeps what it was in `edited_from`; the
//! collection lists the edits applied, and attainment is recomputed.

use super::link::{series_of, LinkBasis};
use super::Collection;

/// One link edit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkEdit {
    Link { id: String, to: String },
    Unlink { id: String },
}

/// Why a link edit could not be read or applied: which one, as written, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkEditError {
    pub index: usize,
    pub entry: String,
    pub message: String,
}

impl std::fmt::Display for LinkEditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "link edit {} (\"{}\"): {}",
            self.index, self.entry, self.message
        )
    }
}

impl std::error::Error for LinkEditError {}

/// Reads and applies link edits; none is applied unless all are valid.
pub fn apply_link_edits(c: &mut Collection, spec: &str) -> Result<(), LinkEditError> {
    let mut edits = Vec::new();
    for (n, entry) in spec
        .split([';', '\n'])
        .map(str::trim)
        .filter(|e| !e.is_empty())
        .enumerate()
    {
        let fail = |message: String| LinkEditError {
            index: n + 1,
            entry: entry.to_string(),
            message,
        };
        let words: Vec<&str> = entry.split_whitespace().collect();
        let edit = match words.as_slice() {
            ["link", a, b] => LinkEdit::Link {
                id: (*a).to_string(),
                to: (*b).to_string(),
            },
            ["unlink", a] => LinkEdit::Unlink {
                id: (*a).to_string(),
            },
            _ => {
                return Err(fail(String::from(
                    "expected \"link ID OTHER-ID\" or \"unlink ID\"",
                )))
            }
        };
        let ids: Vec<&String> = match &edit {
            LinkEdit::Link { id, to } => vec![id, to],
            LinkEdit::Unlink { id } => vec![id],
        };
        for id in ids {
            if c.link_of(id).is_none() {
                return Err(fail(format!("no figure has the id \"{id}\"")));
            }
        }
        edits.push((entry.to_string(), edit));
    }
    for (entry, edit) in edits {
        let (id, key) = match &edit {
            LinkEdit::Link { id, to } => {
                let key = c
                    .link_of(to)
                    .map(|l| l.measure_key.clone())
                    .unwrap_or_default();
                (id.clone(), key)
            }
            LinkEdit::Unlink { id } => {
                let key = c
                    .link_of(id)
                    .map(|l| format!("{}~{}", l.measure_key, id))
                    .unwrap_or_default();
                (id.clone(), key)
            }
        };
        if let Some(link) = c.links.iter_mut().find(|l| l.indicator == id) {
            let was = format!("{:?} {}", link.basis, link.series).to_lowercase();
            link.edited_from.get_or_insert(was);
            link.series = series_of(link.place.as_deref(), &key);
            link.measure_key = key;
            link.basis = LinkBasis::Editor;
            link.score = None;
        }
        c.edits.push(entry);
    }
    c.refresh();
    Ok(())
}
