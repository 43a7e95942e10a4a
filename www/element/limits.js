// Generated from src/limits.rs (each limit is defined there once) by tests/limits_js.rs:
// UPDATE_LIMITS_JS=1 cargo test --test limits_js. Do not edit.

/** Largest width or height of the chart, in CSS pixels. */
export const MAX_CSS_PX = 10000;
/** Largest canvas backing-store edge, in device pixels. */
export const MAX_DEVICE_PX = 16384;
/** The device pixel ratio is clamped to this range. */
export const DPR_RANGE = [1, 4];
/** Largest report text accepted, in bytes of UTF-8. */
export const MAX_TEXT_BYTES = 20971520;
