//! Tables pasted as text, as plan reports print their indicators:
//!
//! ```text
//! 指标 | 2024年预期目标 | 执行结果
//! 地区生产总值增长 | 5.5%左右 | 5.8%
//! 城镇新增就业（万人） | 6.5 | 7.02
//! ```
//!
//! The header gives each column its role (目标, 计划 -> target; 完成, 执行, 实际, 结果 -> result;
//! 预计 -> estimate) and year; each row's first cell names the measure, and its unit when the
//! cells give bare numbers (（万人）).

use super::lexer::{self, Text, Token, TokenKind};
use crate::model::Status;
use crate::report::dates::year_at;

/// The role and year of one column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub status: Option<Status>,
    pub year: Option<i32>,
}

/// The columns a table's header line names (index 0 is the name column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Header {
    pub columns: Vec<Column>,
}

/// The cells of a table line (split at `|` or a tab), trimmed; `None` for a line with fewer
/// than three cells.
pub fn cells(chars: &[char], start: usize, end: usize) -> Option<Vec<(usize, usize)>> {
    let line = chars.get(start..end)?;
    if !line.iter().any(|&c| c == '|' || c == '\t') {
        return None;
    }
    let mut out = Vec::new();
    let mut from = start;
    for k in start..=end {
        if k == end || matches!(chars[k], '|' | '\t') {
            let (mut a, mut b) = (from, k);
            while a < b && chars[a].is_whitespace() {
                a += 1;
            }
            while b > a && chars[b - 1].is_whitespace() {
                b -= 1;
            }
            out.push((a, b));
            from = k + 1;
        }
    }
    // A table written with outer bars (| 指标 | 2024年 |) has no cell before the first bar or
    // after the last.
    if out.first().is_some_and(|&(a, b)| a == b) {
        out.remove(0);
    }
    if out.last().is_some_and(|&(a, b)| a == b) {
        out.pop();
    }
    (out.len() >= 3).then_some(out)
}

/// The cells of a line split at runs of spaces (ideographic spaces are folded to spaces), as a
/// table is pasted from a page that aligned its columns; `None` for fewer than three cells.
/// Only read as a table under a header of the same form (see `extract::paragraphs`).
pub fn spaced_cells(chars: &[char], start: usize, end: usize) -> Option<Vec<(usize, usize)>> {
    let line = chars.get(start..end)?;
    let mut out = Vec::new();
    let mut k = 0;
    while k < line.len() {
        while k < line.len() && line[k].is_whitespace() {
            k += 1;
        }
        let a = k;
        while k < line.len() && !line[k].is_whitespace() {
            k += 1;
        }
        if k > a {
            out.push((start + a, start + k));
        }
    }
    (out.len() >= 3).then_some(out)
}

/// A header line: no cell but the years holds a figure, and some column names a role.
pub fn header(chars: &[char], cells: &[(usize, usize)]) -> Option<Header> {
    let mut columns = Vec::with_capacity(cells.len());
    for &(a, b) in cells {
        let cell = chars.get(a..b)?;
        let text: String = cell.iter().collect();
        let year = (0..cell.len()).find_map(|i| year_at(cell, i));
        let digits = cell.iter().filter(|c| c.is_ascii_digit()).count();
        if digits > usize::from(year.is_some()) * 4 {
            return None;
        }
        let status = if text.contains("预计") {
            Some(Status::Estimate)
        } else if ["目标", "计划"].iter().any(|w| text.contains(w)) {
            Some(Status::Target)
        } else if ["完成", "执行", "实际", "结果", "实绩"]
            .iter()
            .any(|w| text.contains(w))
        {
            Some(Status::Result)
        } else {
            None
        };
        columns.push(Column { status, year });
    }
    columns
        .iter()
        .skip(1)
        .any(|c| c.status.is_some())
        .then_some(Header { columns })
}

/// The unit a row's name gives its bare numbers: 城镇新增就业（万人） -> 万人.
pub fn name_unit(chars: &[char], name: (usize, usize)) -> Option<String> {
    let cell = chars.get(name.0..name.1)?;
    let open = cell.iter().rposition(|&c| c == '(')?;
    let close = cell.iter().rposition(|&c| c == ')')?;
    let unit: String = cell.get(open + 1..close)?.iter().collect();
    (!unit.is_empty() && unit.chars().count() <= 8).then_some(unit)
}

/// The figures of a cell: what the lexer finds, or a bare number (-2.1, 6.5, 30以内) in the
/// unit its row's name gives.
pub fn cell_tokens(text: Text<'_>, cell: (usize, usize), unit: Option<&str>) -> Vec<Token> {
    let found = lexer::scan(text, cell.0, cell.1);
    if !found.is_empty() {
        return found;
    }
    let chars = text.chars;
    let Some(unit) = unit else {
        return Vec::new();
    };
    let mut k = cell.0;
    let negative = chars.get(k) == Some(&'-');
    if negative {
        k += 1;
    }
    let from = k;
    while k < cell.1 && (chars[k].is_ascii_digit() || chars[k] == '.') {
        k += 1;
    }
    let digits: String = chars[from..k].iter().collect();
    let Some(value) = crate::text::parse_decimal(&digits) else {
        return Vec::new();
    };
    let mut qualifiers = Vec::new();
    let rest: String = chars[k..cell.1].iter().collect();
    for q in ["以上", "以内", "左右", "以下"] {
        if rest.trim_start().starts_with(q) {
            qualifiers.push(q.to_string());
        }
    }
    vec![Token {
        kind: TokenKind::Number,
        value: if negative { -value } else { value },
        value_high: None,
        unit: unit.to_string(),
        span: (cell.0, k),
        phrase_start: cell.0,
        end: cell.1,
        display: (cell.0, cell.1),
        qualifiers,
        double: false,
    }]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn outer_bars_make_no_empty_cells() {
        let line = c("| 城镇新增就业 | 7万人 | 7.1万人 |");
        let got = cells(&line, 0, line.len()).unwrap();
        let texts: Vec<String> = got
            .iter()
            .map(|&(a, b)| line[a..b].iter().collect())
            .collect();
        assert_eq!(texts, ["城镇新增就业", "7万人", "7.1万人"]);
    }

    #[test]
    fn reads_header_and_rows() {
        let h = c("指标 | 2024年预期目标 | 执行结果");
        let cells = cells(&h, 0, h.len()).unwrap();
        let header = header(&h, &cells).unwrap();
        assert_eq!(header.columns[1].status, Some(Status::Target));
        assert_eq!(header.columns[1].year, Some(2024));
        assert_eq!(header.columns[2].status, Some(Status::Result));
        let row = c("城镇新增就业(万人) | 6.5 | -2.1");
        let cells = super::cells(&row, 0, row.len()).unwrap();
        assert!(
            super::header(&row, &cells).is_none(),
            "a row is not a header"
        );
        assert_eq!(name_unit(&row, cells[0]).as_deref(), Some("万人"));
        let text = Text {
            chars: &row,
            original: &row,
        };
        let t = cell_tokens(text, cells[2], Some("万人"));
        assert_eq!((t[0].value, t[0].unit.as_str()), (-2.1, "万人"));
        assert!(super::cells(&c("一般的句子。"), 0, 6).is_none());
    }
}
