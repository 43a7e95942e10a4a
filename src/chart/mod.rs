//! Charts: layout, drawing through any plotters `DrawingBackend`, and hit-testing.
