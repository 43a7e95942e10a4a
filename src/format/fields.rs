//! The fields of the packed forms (datasets, tooltip cards, marks): one record per line, fields
//! separated by a tab and list items by U+001F, with `\\ \t \n \r \u` escapes, and numbers as
//! their exact f64 bit pattern; writing a line and reading its fields back in order.

use crate::model::SourceSpan;

/// Between the fields of a line.
pub(crate) const FIELD: char = '\t';
/// Between the items of a list field.
pub(crate) const ITEM: char = '\u{1F}';

/// Writes one record: its tag, then its fields.
pub(crate) fn line(out: &mut String, tag: char, fields: &[&str]) {
    out.push(tag);
    for f in fields {
        out.push(FIELD);
        out.push_str(f);
    }
    out.push('\n');
}

/// A field's text with its separators and backslashes escaped.
pub(crate) fn esc(s: &str) -> String {
    if !s.contains(['\\', '\t', '\n', '\r', ITEM]) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            ITEM => out.push_str("\\u"),
            c => out.push(c),
        }
    }
    out
}

/// The f64 bit pattern in hex without its trailing zeros (6.0 is `4018`).
pub(crate) fn bits(v: f64) -> String {
    let hex = format!("{:016x}", v.to_bits());
    let trimmed = hex.trim_end_matches('0');
    if trimmed.is_empty() {
        "0".to_string()
    } else {
        trimmed.to_string()
    }
}

/// The fields of one line, read in order.
pub(crate) struct Fields<'a> {
    parts: std::str::Split<'a, char>,
}

impl<'a> Fields<'a> {
    /// Fields of one line, after its tag.
    pub(crate) fn of(line: &'a str) -> Self {
        Fields {
            parts: line.split(FIELD),
        }
    }

    pub(crate) fn next(&mut self) -> Result<&'a str, String> {
        self.parts
            .next()
            .ok_or_else(|| "too few fields".to_string())
    }

    pub(crate) fn end(&mut self) -> Result<(), String> {
        match self.parts.next() {
            None => Ok(()),
            Some(_) => Err("too many fields".to_string()),
        }
    }

    pub(crate) fn text(&mut self) -> Result<String, String> {
        unescape(self.next()?)
    }

    pub(crate) fn optional(&mut self) -> Result<Option<String>, String> {
        let s = self.next()?;
        if s.is_empty() {
            Ok(None)
        } else {
            unescape(s).map(Some)
        }
    }

    pub(crate) fn list(&mut self) -> Result<Vec<String>, String> {
        let s = self.next()?;
        if s.is_empty() {
            return Ok(Vec::new());
        }
        s.split(ITEM).map(unescape).collect()
    }

    pub(crate) fn optional_int(&mut self) -> Result<Option<i32>, String> {
        match self.next()? {
            "" => Ok(None),
            s => s
                .parse()
                .map(Some)
                .map_err(|_| format!("\"{s}\" is not an integer")),
        }
    }

    pub(crate) fn int<T: std::str::FromStr>(&mut self) -> Result<T, String> {
        let s = self.next()?;
        s.parse().map_err(|_| format!("\"{s}\" is not an integer"))
    }

    pub(crate) fn value(&mut self) -> Result<f64, String> {
        hex_value(self.next()?)
    }

    pub(crate) fn span(&mut self) -> Result<SourceSpan, String> {
        let start = self.int()?;
        let end = self.int()?;
        if end < start {
            return Err(format!("span {start}..{end} ends before it starts"));
        }
        Ok(SourceSpan { start, end })
    }
}

/// A finite f64 from its bit pattern in hex without trailing zeros.
pub(crate) fn hex_value(s: &str) -> Result<f64, String> {
    let v = (1..=16)
        .contains(&s.len())
        .then(|| u64::from_str_radix(s, 16).ok())
        .flatten()
        .map(|b| f64::from_bits(b << (4 * (16 - s.len()))))
        .ok_or_else(|| format!("\"{s}\" is not an f64 bit pattern in hex"))?;
    if v.is_finite() {
        Ok(v)
    } else {
        Err(format!("\"{s}\" is not a finite number"))
    }
}

pub(crate) fn unescape(s: &str) -> Result<String, String> {
    if !s.contains('\\') {
        return Ok(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some('u') => out.push(ITEM),
            other => return Err(format!("bad escape \\{}", other.unwrap_or(' '))),
        }
    }
    Ok(out)
}
