//! The element's copy of the project's limits (`www/element/limits.js`) is generated from
//! `src/limits.rs`, where each limit is defined once; this fails when the copy is stale and
//! rewrites it with `UPDATE_LIMITS_JS=1 cargo test --test limits_js`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use gov_report_chart::limits::{DPR_RANGE, MAX_CSS_PX, MAX_DEVICE_PX, MAX_TEXT_BYTES};

fn generated() -> String {
    format!(
        "// Generated from src/limits.rs (each limit is defined there once) by tests/limits_js.rs:\n\
         // UPDATE_LIMITS_JS=1 cargo test --test limits_js. Do not edit.\n\
         \n\
         /** Largest width or height of the chart, in CSS pixels. */\n\
         export const MAX_CSS_PX = {MAX_CSS_PX};\n\
         /** Largest canvas backing-store edge, in device pixels. */\n\
         export const MAX_DEVICE_PX = {MAX_DEVICE_PX};\n\
         /** The device pixel ratio is clamped to this range. */\n\
         export const DPR_RANGE = [{}, {}];\n\
         /** Largest report text accepted, in bytes of UTF-8. */\n\
         export const MAX_TEXT_BYTES = {MAX_TEXT_BYTES};\n",
        DPR_RANGE.0, DPR_RANGE.1
    )
}

#[test]
fn the_elements_limits_are_the_projects() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www/element/limits.js");
    let want = generated();
    if std::env::var("UPDATE_LIMITS_JS").is_ok() {
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        have, want,
        "www/element/limits.js is stale: run UPDATE_LIMITS_JS=1 cargo test --test limits_js"
    );
}
