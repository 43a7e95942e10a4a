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
const TRADITIONAL_MARKS: [char; 32] = [
    '億', '萬', '個', '區', '國', '產', '經', '濟', '長', '與', '發', '為', '這', '們', '會', '點',
    '預', '計', '實', '現', '業', '務', '進', '設', '資', '項', '際', '電', '農', '開', '總', '穩',
];

/// The CJK block the marks are in (U+4E00..U+9FFF), one bit per char: this test runs on every
/// char of a text, so it is one load and a mask.
const CJK_START: u32 = 0x4E00;
const CJK_LEN: usize = 0x5200;
const MARK_BITS: [u64; CJK_LEN / 64] = {
    let mut bits = [0u64; CJK_LEN / 64];
    let mut i = 0;
    while i < TRADITIONAL_MARKS.len() {
        let k = (TRADITIONAL_MARKS[i] as u32 - CJK_START) as usize;
        bits[k / 64] |= 1 << (k % 64);
        i += 1;
    }
    bits
};

fn is_traditional_mark(c: char) -> bool {
    let k = (c as u32).wrapping_sub(CJK_START) as usize;
    k < CJK_LEN && MARK_BITS[k / 64] & (1 << (k % 64)) != 0
}

/// The folded text, one char per char of `text`.
pub fn fold(text: &str) -> Vec<char> {
    let chars: Vec<char> = text.chars().collect();
    fold_chars(text, &chars)
}

/// The folded form of `chars`, which are the chars of `text` (a caller that needs both reads the
/// text once).
pub fn fold_chars(text: &str, chars: &[char]) -> Vec<char> {
    let traditional = chars.iter().any(|&c| is_traditional_mark(c));
    #[cfg(feature = "extract")]
    if traditional {
        let simplified = fast2s::convert(text);
        // fast2s writes one char for each char it reads; should that ever change, the width
        // fold below still keeps every offset.
        if simplified.chars().count() == chars.len() {
            return simplified.chars().map(fold_width).collect();
        }
    }
    let _ = (traditional, text);
    chars.iter().map(|&c| fold_width(c)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mark_table_holds_exactly_the_marks() {
        for c in TRADITIONAL_MARKS {
            assert!(is_traditional_mark(c), "{c}");
        }
        let others = ('\u{4E00}'..='\u{9FFF}')
            .chain(['a', '1', '。', '\u{3400}', '\u{20000}'])
            .filter(|c| is_traditional_mark(*c) && !TRADITIONAL_MARKS.contains(c))
            .count();
        assert_eq!(others, 0);
        assert!(!is_traditional_mark('亿') && !is_traditional_mark('万'));
    }

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
