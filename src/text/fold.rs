//! Folding a text to the form the parser matches on, one char for one char so that every offset
//! into the folded text is an offset into the original: full-width forms to ASCII, traditional
//! characters to simplified ones.
//!
//! Traditional-to-simplified folding is the `fast2s` crate's (its table of 2,734 characters and
//! its few context rules, such as 乾 in 乾燥): it maps each char to exactly one char, which is
//! what keeps the spans. It runs only when the text shows traditional script, so a simplified
//! text pays one table-free scan.

/// Folds one character's width. Full-width ASCII variants (`０`-`９`, `，`, `；`, `：`, `（`, `）`,
/// `％`, `．`, `Ａ`...) become ASCII; the ideographic space and no-break space become a space; the
/// ideographic full stop, enumeration comma and quotes are kept (they have no half-width twin in
/// this genre).
pub fn fold_width(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '\u{3000}' | '\u{00A0}' => ' ',
        '\u{2014}' | '\u{2015}' => '—',
        '\u{2212}' => '-',
        _ => c,
    }
}

/// Characters that occur only in traditional script and are common in the genre: one of them
/// is enough to run the traditional table.
const TRADITIONAL_MARKS: &[char] = &[
    '億', '萬', '個', '區', '國', '產', '經', '濟', '長', '與', '發', '為', '這', '們', '會', '點',
    '預', '計', '實', '現', '業', '務', '進', '設', '資', '項', '際', '電', '農', '開', '總', '穩',
];

/// The folded text, one char per char of `text`.
pub fn fold(text: &str) -> Vec<char> {
    let traditional = text.chars().any(|c| TRADITIONAL_MARKS.contains(&c));
    #[cfg(feature = "extract")]
    if traditional {
        let simplified = fast2s::convert(text);
        // fast2s writes one char for each char it reads; should that ever change, the width
        // fold below still keeps every offset.
        if simplified.chars().count() == text.chars().count() {
            return simplified.chars().map(fold_width).collect();
        }
    }
    let _ = traditional;
    text.chars().map(fold_width).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(s: &str) -> String {
        fold(s).into_iter().collect()
    }

    #[test]
    fn folds_full_width_forms_one_to_one() {
        let text = "增长５.８％，完成１２个（含）；";
        assert_eq!(folded(text), "增长5.8%,完成12个(含);");
        assert_eq!(fold(text).len(), text.chars().count());
    }

    #[cfg(feature = "extract")]
    #[test]
    fn folds_traditional_script_one_to_one() {
        let text = "地區生產總值預計增長６％，達到１．２萬億元，兩個百分點。";
        let f = folded(text);
        assert_eq!(f, "地区生产总值预计增长6%,达到1.2万亿元,两个百分点。");
        assert_eq!(f.chars().count(), text.chars().count());
    }
}
