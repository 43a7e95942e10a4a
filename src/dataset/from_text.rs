//! From report text to dataset: the one entry point that runs the structure parser, the
//! quantity extractor and the dataset builder, with the errors a caller can act on.

use super::{build, catalog};

use crate::extract::extract;
use crate::limits::MAX_TEXT_BYTES;
use crate::model::Dataset;
use crate::report::{ReadOptions, Report};

/// Why a text could not be turned into a dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtractError {
    kind: ExtractErrorKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum ExtractErrorKind {
    Empty,
    TooLarge { bytes: usize },
    NoQuantities { chars: usize },
}

impl std::fmt::Display for ExtractError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.kind {
            ExtractErrorKind::Empty => f.write_str("the report text is empty"),
            ExtractErrorKind::TooLarge { bytes } => write!(
                f,
                "the report text is {:.1} MB; the limit is {} MB (is this really a work report?)",
                bytes as f64 / 1_048_576.0,
                MAX_TEXT_BYTES / 1_048_576
            ),
            ExtractErrorKind::NoQuantities { chars } => write!(
                f,
                "no figures found in {chars} characters of text: expected a Chinese government work report with numbers and units such as 增长6% or 8054个"
            ),
        }
    }
}

impl std::error::Error for ExtractError {}

impl ExtractError {
    /// A stable code for the kind of error: `empty-text`, `text-too-large`, `no-figures`.
    pub fn code(&self) -> &'static str {
        match self.kind {
            ExtractErrorKind::Empty => "empty-text",
            ExtractErrorKind::TooLarge { .. } => "text-too-large",
            ExtractErrorKind::NoQuantities { .. } => "no-figures",
        }
    }
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// SHA-256 of a text as lowercase hex: the `data-version` a published chart pins.
pub fn sha256_hex(text: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(text.as_bytes());
    let mut out = String::with_capacity(64);
    for byte in digest {
        out.push(char::from(HEX[usize::from(byte >> 4)]));
        out.push(char::from(HEX[usize::from(byte & 15)]));
    }
    out
}

/// Parses a report text and builds its dataset. A leading byte-order mark is ignored.
pub fn extract_dataset(text: &str) -> Result<Dataset, ExtractError> {
    extract_dataset_with(text, ReadOptions::default())
}

/// [`extract_dataset`] with what the caller knows (a reference year the text does not state).
pub fn extract_dataset_with(text: &str, options: ReadOptions) -> Result<Dataset, ExtractError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    if text.len() > MAX_TEXT_BYTES {
        return Err(ExtractError {
            kind: ExtractErrorKind::TooLarge { bytes: text.len() },
        });
    }
    if text.trim().is_empty() {
        return Err(ExtractError {
            kind: ExtractErrorKind::Empty,
        });
    }
    if !text.chars().any(could_be_numeral) {
        // Nothing to read: refused in one pass, without parsing the text's structure.
        return Err(ExtractError {
            kind: ExtractErrorKind::NoQuantities {
                chars: text.chars().count(),
            },
        });
    }
    let report = Report::parse_with(text, options);
    let found = extract(&report);
    if found.is_empty() {
        return Err(ExtractError {
            kind: ExtractErrorKind::NoQuantities {
                chars: report.chars.len(),
            },
        });
    }
    Ok(build::build(
        &report,
        &found,
        sha256_hex(text),
        catalog::Catalog::builtin(),
    ))
}

/// Whether `c` can be part of a number in a report: a digit (ASCII or full-width) or a Chinese
/// numeral, simplified or traditional (financial forms included).
fn could_be_numeral(c: char) -> bool {
    c.is_ascii_digit()
        || ('０'..='９').contains(&c)
        || "〇零一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟萬億兩貳參陸廿卅".contains(c)
}
