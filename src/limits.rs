//! Every size limit of the project, defined once. The element's copy (`www/element/limits.js`)
//! is generated from these and checked by `tests/limits_js.rs`.

/// The largest report text accepted, in bytes of UTF-8 (far above any real report, about 40 KB).
pub const MAX_TEXT_BYTES: usize = 20 * 1024 * 1024;

/// The largest chart width or height, in CSS pixels.
pub const MAX_CSS_PX: f64 = 10_000.0;

/// The device pixel ratio is clamped to this range.
pub const DPR_RANGE: (f64, f64) = (1.0, 4.0);

/// The largest canvas backing-store edge, in device pixels (browsers refuse bigger canvases).
pub const MAX_DEVICE_PX: f64 = 16_384.0;
