//! Text copied from a PDF: lines wrap in the middle of sentences (and between a number and its
//! unit), pages repeat a running head. This finds the soft line breaks, to be read as spaces,
//! and the running heads, to be read as furniture.

/// Characters that end a line of prose for good.
fn ends_prose(c: char) -> bool {
    matches!(
        c,
        '。' | ';' | '!' | '?' | ':' | '”' | '"' | ')' | '」' | '】' | '…'
    )
}

/// A line that starts a new block whatever came before it (a numbered or bulleted item).
fn starts_block(line: &[char]) -> bool {
    let first = line.iter().copied().find(|c| !c.is_whitespace());
    match first {
        Some('■' | '□' | '●' | '◆' | '(' | '—' | '【') => true,
        // The other bullets of a digest (· • ▪ ○ ◇ ▶ ★ ・).
        Some('·' | '•' | '▪' | '○' | '◇' | '▶' | '►' | '★' | '☆' | '・' | '◎') => {
            true
        }
        Some(c) if crate::text::is_chinese_numeral(c) => {
            let rest: Vec<char> = line
                .iter()
                .copied()
                .skip_while(|c| c.is_whitespace())
                .collect();
            let n = rest
                .iter()
                .take_while(|c| crate::text::is_chinese_numeral(**c))
                .count();
            rest.get(n) == Some(&'、')
        }
        _ => false,
    }
}

/// The lines of a text as char ranges (without their line breaks).
pub fn split_lines(chars: &[char]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            out.push((start, i));
            start = i + 1;
        }
    }
    out.push((start, chars.len()));
    out
}

/// What reflowing found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Reflow {
    /// Positions of line breaks that only wrap a line (to be read as a space).
    pub soft_breaks: Vec<usize>,
    /// Running heads: the same short line on every page. Indices into the lines.
    pub running_heads: Vec<usize>,
}

/// Finds soft line breaks and running heads. A text is read as wrapped when many of its lines
/// (at least 8, and a third of its non-blank lines) are long, stop without punctuation and run
/// straight into the next line; only then is the break after such a line soft.
pub fn reflow(chars: &[char], lines: &[(usize, usize)]) -> Reflow {
    let trimmed = |&(s, e): &(usize, usize)| -> &[char] {
        let line = chars.get(s..e).unwrap_or(&[]);
        let a = line.iter().take_while(|c| c.is_whitespace()).count();
        let b = line.iter().rev().take_while(|c| c.is_whitespace()).count();
        line.get(a..line.len().saturating_sub(b)).unwrap_or(&[])
    };
    let mut out = Reflow::default();
    // Running heads: a short line without a full stop or a figure, three times or more.
    let mut seen: Vec<(&[char], Vec<usize>)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        let t = trimmed(l);
        if t.is_empty() || t.len() > 30 || t.contains(&'。') || t.iter().any(char::is_ascii_digit)
        {
            continue;
        }
        match seen.iter_mut().find(|(k, _)| *k == t) {
            Some((_, at)) => at.push(i),
            None => seen.push((t, vec![i])),
        }
    }
    for (_, at) in seen {
        if at.len() >= 3 {
            out.running_heads.extend(at);
        }
    }
    crate::text::sort_stable_by(&mut out.running_heads, usize::cmp);
    // The first occurrence near the top is the document's title, not a running head.
    if let Some(&first) = out.running_heads.first() {
        let top = lines
            .iter()
            .take(first + 1)
            .filter(|l| !trimmed(l).is_empty())
            .count();
        if top <= 3 {
            out.running_heads.remove(0);
        }
    }
    let heads = &out.running_heads;
    let is_head = |i: usize| heads.binary_search(&i).is_ok();
    // The next line that is not a running head or a page number.
    let next_prose = |i: usize| {
        (i + 1..lines.len()).find(|&k| !is_head(k) && !is_page_number(trimmed(&lines[k])))
    };
    // Lines that stop without punctuation and run on into the next line.
    let open: Vec<(usize, usize)> = lines
        .iter()
        .enumerate()
        .filter(|(i, l)| {
            let t = trimmed(l);
            // A table row (cells split at | or tabs) ends where it ends.
            let row = t.iter().filter(|&&c| c == '|' || c == '\t').count() >= 2;
            !t.is_empty() && !t.last().is_some_and(|&c| ends_prose(c)) && !is_head(*i) && !row
        })
        .filter_map(|(i, _)| {
            let k = next_prose(i)?;
            let n = trimmed(&lines[k]);
            (!n.is_empty() && !starts_block(n)).then_some((i, k))
        })
        .collect();
    let non_blank = lines.iter().filter(|l| !trimmed(l).is_empty()).count();
    let long = open
        .iter()
        .filter(|&&(i, _)| trimmed(&lines[i]).len() >= 12)
        .count();
    if long < 8 || long * 3 < non_blank {
        return out;
    }
    let mut lengths: Vec<usize> = open
        .iter()
        .map(|&(i, _)| trimmed(&lines[i]).len())
        .collect();
    crate::text::sort_stable_by(&mut lengths, usize::cmp);
    let full = lengths[lengths.len() * 3 / 4];
    for &(i, k) in &open {
        let t = trimmed(&lines[i]);
        // A short numbered or bulleted line is a heading: its break stays.
        if starts_block(t) && t.len() * 4 < full * 3 {
            continue;
        }
        // Every break from this line to the next prose line is soft (the lines between are
        // running heads and page numbers, read as furniture).
        for line in &lines[i..k] {
            out.soft_breaks.push(line.1);
        }
    }
    out
}

/// — 3 —, - 3 -, 3, 第3页.
pub fn is_page_number(t: &[char]) -> bool {
    let mut inner = t
        .iter()
        .filter(|c| !matches!(c, '—' | '-' | ' ' | '第' | '页'));
    let mut n = 0;
    inner.all(|c| {
        n += 1;
        n <= 3 && c.is_ascii_digit()
    }) && n > 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn joins_wrapped_lines_and_finds_running_heads() {
        let mut text = String::new();
        for page in 1..=3 {
            text.push_str("桐原市人民政府工作报告\n\n");
            for _ in 0..4 {
                text.push_str("全年地区生产总值达到2876.4亿元比上年增长\n");
                text.push_str("6.2%。\n");
            }
            text.push_str(&format!("— {page} —\n"));
        }
        let chars: Vec<char> = text.chars().collect();
        let lines = split_lines(&chars);
        let r = reflow(&chars, &lines);
        assert_eq!(
            r.running_heads,
            vec![11, 22],
            "the first one, at the top, is the title"
        );
        // The break after each long open line is soft; the ones after 6.2%。 are not.
        assert_eq!(r.soft_breaks.len(), 12);
        let before: String = r.soft_breaks.iter().map(|&at| chars[at - 1]).collect();
        assert_eq!(before, "长".repeat(12));
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        let text = "一、工作回顾\n全年地区生产总值增长6%。\n二、工作安排\n";
        let chars: Vec<char> = text.chars().collect();
        let r = reflow(&chars, &split_lines(&chars));
        assert_eq!(r, Reflow::default());
    }
}
