//! Reading a report file: UTF-8 (with or without BOM) or GB18030/GBK, detected or as told.

use super::args::Encoding;
use std::io::Read;

/// Reads `file` (`-` = standard input) and decodes it. Errors name the file and the problem.
pub fn read_text(file: &str, encoding: Encoding) -> Result<String, String> {
    let bytes = if file == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .read_to_end(&mut buf)
            .map_err(|e| format!("-: cannot read standard input: {e}"))?;
        buf
    } else {
        std::fs::read(file).map_err(|e| format!("{file}: cannot read: {}", describe(&e)))?
    };
    decode(&bytes, encoding).map_err(|problem| format!("{file}: {problem}"))
}

fn describe(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => String::from("no such file"),
        std::io::ErrorKind::PermissionDenied => String::from("permission denied"),
        _ if e.raw_os_error() == Some(21) => String::from("is a directory"),
        _ => e.to_string(),
    }
}

/// Decodes bytes as UTF-8 or GB18030.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<String, String> {
    let utf8 = |b: &[u8]| -> Result<String, String> {
        let b = b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b);
        std::str::from_utf8(b).map(str::to_string).map_err(|e| {
            format!(
                "not valid UTF-8 at byte {} (use --encoding gb18030 for GBK files)",
                e.valid_up_to()
            )
        })
    };
    let gb = |b: &[u8]| -> Result<String, String> {
        encoding_rs::GB18030
            .decode_without_bom_handling_and_without_replacement(b)
            .map(|s| s.into_owned())
            .ok_or_else(|| String::from("undecodable bytes: neither UTF-8 nor GB18030/GBK"))
    };
    match encoding {
        Encoding::Utf8 => utf8(bytes),
        Encoding::Gb18030 => gb(bytes),
        Encoding::Auto => utf8(bytes).or_else(|_| gb(bytes)),
    }
}
