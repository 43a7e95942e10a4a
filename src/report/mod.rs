//! The structure of a government work report: parts, sections, paragraphs and sentences.
