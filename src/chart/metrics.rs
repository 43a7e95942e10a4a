//! Text metrics we own: a deterministic width model for the font stack, line wrapping and
//! abbreviation, identical in native and wasm builds (never plotters' text estimation).

/// The font stack every label is drawn with (canvas `font` / SVG `font-family`).
pub const FONT_STACK: &str =
    "\"PingFang SC\",\"Noto Sans CJK SC\",\"Microsoft YaHei\",\"WenQuanYi Micro Hei\",system-ui,sans-serif";

/// Advance widths in em of the printable ASCII glyphs 0x20..=0x7E, as the Latin faces of the
/// stack set them (measured from WenQuanYi Micro Hei / Droid Sans in Chromium, rounded up).
const ASCII_EM: [f64; 95] = [
    0.26, 0.27, 0.41, 0.65, 0.56, 0.83, 0.71, 0.23, 0.31, 0.31, // space ! " # $ % & ' ( )
    0.56, 0.56, 0.25, 0.33, 0.27, 0.38, // * + , - . /
    0.56, 0.56, 0.56, 0.56, 0.56, 0.56, 0.56, 0.56, 0.56, 0.56, // 0-9
    0.27, 0.27, 0.56, 0.56, 0.56, 0.43, 0.87, // : ; < = > ? @
    0.61, 0.63, 0.61, 0.69, 0.53, 0.50, 0.69, 0.71, 0.34, 0.28, 0.58, 0.50, 0.87, // A-M
    0.73, 0.75, 0.58, 0.75, 0.59, 0.52, 0.52, 0.70, 0.57, 0.89, 0.55, 0.53, 0.54, // N-Z
    0.31, 0.38, 0.31, 0.54, 0.42, 0.58, // [ \ ] ^ _ `
    0.54, 0.59, 0.47, 0.59, 0.54, 0.33, 0.52, 0.59, 0.26, 0.26, 0.50, 0.26, 0.90, // a-m
    0.59, 0.58, 0.59, 0.59, 0.40, 0.46, 0.34, 0.59, 0.48, 0.75, 0.50, 0.49, 0.45, // n-z
    0.36, 0.56, 0.36, 0.56, // { | } ~
];

/// Latin glyphs of a bold face are about this much wider (CJK stays at one em).
const BOLD_LATIN: f64 = 1.04;

/// Width of one character in em.
pub fn char_em(c: char) -> f64 {
    let cp = c as u32;
    if (0x20..=0x7E).contains(&cp) {
        return ASCII_EM.get((cp - 0x20) as usize).copied().unwrap_or(0.56);
    }
    match c {
        '·' => 0.27,
        '≈' | '≥' | '≤' | '±' | '−' | '×' => 0.56,
        '²' | '³' => 0.34,
        '‰' => 1.17,
        '■' => 0.61,
        // The verdict marks of the attainment view (▲ exceeded, ✗ missed; ✓ and … are 1 em).
        '▲' => 0.6,
        '✗' => 0.84,
        '\u{2009}' | '\u{202F}' => 0.17,
        _ if is_wide(c) => 1.0,
        // Other Latin-1 / general punctuation: an average Latin glyph.
        _ if cp < 0x2000 => 0.56,
        _ => 1.0,
    }
}

/// Full-width characters: CJK ideographs, kana, full-width forms and CJK punctuation.
pub fn is_wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F
        | 0x2014 | 0x2018..=0x201D | 0x2026 | 0x2190..=0x21FF
        | 0x2E80..=0x303E
        | 0x3041..=0x33FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF
        | 0xAC00..=0xD7A3
        | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F
        | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6
        | 0x20000..=0x3FFFD)
}

/// Width of `text` in CSS px at font size `size` (px).
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let mut em = 0.0;
    for c in text.chars() {
        let w = char_em(c);
        em += if bold && !is_wide(c) {
            w * BOLD_LATIN
        } else {
            w
        };
    }
    em * size
}

/// Characters that must not start a line (closing punctuation).
fn no_line_start(c: char) -> bool {
    matches!(
        c,
        '，' | '。'
            | '、'
            | '；'
            | '：'
            | '？'
            | '！'
            | '）'
            | '》'
            | '”'
            | '’'
            | '%'
            | ','
            | '.'
            | ';'
            | ':'
            | ')'
            | '…'
            | '·'
    )
}

/// Splits text into unbreakable pieces: one CJK character, or a run of non-space Latin, each
/// with the closing punctuation that follows it; spaces are their own pieces.
fn tokens(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for c in text.chars() {
        if no_line_start(c) && !cur.is_empty() {
            cur.push(c);
            continue;
        }
        if no_line_start(c) {
            if let Some(last) = out.last_mut() {
                last.push(c);
                continue;
            }
        }
        if c == ' ' {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            out.push(" ".into());
        } else if is_wide(c) {
            // A number keeps its measure word or unit: 7900个, 2024年 never break apart.
            if cur.ends_with(|d: char| d.is_ascii_digit()) {
                cur.push(c);
                out.push(std::mem::take(&mut cur));
                continue;
            }
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            cur.push(c);
            out.push(std::mem::take(&mut cur));
        } else {
            // Latin run: keep accumulating; a pending CJK char was already pushed.
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Breaks `text` into lines no wider than `max_w`; at most `max_lines` lines, the last one
/// abbreviated with an ellipsis when the text does not fit.
pub fn wrap(text: &str, max_w: f64, size: f64, bold: bool, max_lines: usize) -> Vec<String> {
    let max_lines = max_lines.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut cur = String::new();
    let mut overflow = false;
    for tok in tokens(text) {
        let candidate = format!("{cur}{tok}");
        if text_width(candidate.trim_end(), size, bold) <= max_w || cur.trim().is_empty() {
            if cur.trim().is_empty() && text_width(&tok, size, bold) > max_w {
                // A single piece wider than the line: cut it by characters.
                let mut piece = String::new();
                for c in tok.chars() {
                    let next = format!("{cur}{piece}{c}");
                    if text_width(&next, size, bold) > max_w
                        && !(cur.is_empty() && piece.is_empty())
                    {
                        lines.push(format!("{cur}{piece}"));
                        cur.clear();
                        piece.clear();
                        if lines.len() >= max_lines {
                            overflow = true;
                            break;
                        }
                    }
                    piece.push(c);
                }
                if overflow {
                    break;
                }
                cur.push_str(&piece);
            } else {
                cur = candidate;
            }
        } else {
            lines.push(cur.trim_end().to_string());
            if lines.len() >= max_lines {
                overflow = true;
                break;
            }
            cur = if tok == " " { String::new() } else { tok };
        }
    }
    if !overflow && !cur.trim().is_empty() {
        lines.push(cur.trim_end().to_string());
    }
    if overflow {
        if let Some(last) = lines.last_mut() {
            *last = ellipsize(&format!("{last}…"), max_w, size, bold);
        }
    }
    lines.retain(|l| !l.is_empty());
    lines
}

/// `text` unchanged when it fits in `max_w`, else cut and ended with "…".
pub fn ellipsize(text: &str, max_w: f64, size: f64, bold: bool) -> String {
    if text_width(text, size, bold) <= max_w {
        return text.to_string();
    }
    let budget = max_w - text_width("…", size, bold);
    let mut out = String::new();
    let mut w = 0.0;
    for c in text.chars() {
        let cw = char_em(c) * size;
        if w + cw > budget {
            break;
        }
        w += cw;
        out.push(c);
    }
    let trimmed = out.trim_end_matches('…').trim_end().to_string();
    format!("{trimmed}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_is_one_em_and_digits_narrower() {
        assert_eq!(text_width("新增中小学学位", 10.0, false), 70.0);
        let digits = text_width("8054", 10.0, false);
        assert!((digits - 22.4).abs() < 1e-9, "{digits}");
        assert!(text_width("2024年", 12.0, true) > text_width("2024年", 12.0, false));
    }

    #[test]
    fn wrap_respects_width_and_punctuation() {
        let lines = wrap(
            "公租房备案家庭总体保障率，升至85%以上",
            60.0,
            12.0,
            false,
            5,
        );
        for l in &lines {
            assert!(text_width(l, 12.0, false) <= 60.0 + 1e-9, "{l}");
            assert!(!l.starts_with('，'));
        }
        assert_eq!(lines.concat(), "公租房备案家庭总体保障率，升至85%以上");
        let lines = wrap("2025年目标7900个，减少1.9%", 70.0, 12.0, false, 5);
        assert!(lines.iter().all(|l| !l.starts_with('个')), "{lines:?}");
        let two = wrap(
            "Primary and secondary school places added",
            80.0,
            12.0,
            false,
            2,
        );
        assert_eq!(two.len(), 2);
        assert!(two[1].ends_with('…'));
        assert!(two.iter().all(|l| text_width(l, 12.0, false) <= 80.0));
    }

    #[test]
    fn ellipsize_fits() {
        let s = ellipsize("区级一般公共预算收入增长", 50.0, 12.0, false);
        assert!(text_width(&s, 12.0, false) <= 50.0);
        assert!(s.ends_with('…'));
        assert_eq!(ellipsize("GDP", 50.0, 12.0, false), "GDP");
    }
}
