//! Character-level helpers shared by the parser and the extractor.
