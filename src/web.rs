//! The wasm glue: the only module that knows about JavaScript.
