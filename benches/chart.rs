//! Criterion benchmark of the chart layer: layout alone, layout + drawing each view to an SVG
//! string (800x500 CSS px, dpr 2), and hit-testing a pointer position.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::Criterion;
    use gov_report_chart::chart::{layout, render_svg, ChartSpec, View};
    use gov_report_chart::dataset::extract_dataset;
    use std::hint::black_box;

    pub fn charts(c: &mut Criterion) {
        let ds = extract_dataset(gov_report_chart::EMBEDDED_REPORT).unwrap();
        let mut group = c.benchmark_group("chart-800x500-dpr2");
        for view in View::ALL {
            let spec = ChartSpec::new(view).sized(800.0, 500.0, 2.0);
            group.bench_function(format!("{} layout", view.as_str()), |b| {
                b.iter(|| layout(black_box(&ds), black_box(&spec)).unwrap())
            });
            group.bench_function(format!("{} layout+draw svg", view.as_str()), |b| {
                b.iter(|| render_svg(black_box(&ds), black_box(&spec)).unwrap())
            });
            let l = layout(&ds, &spec).unwrap();
            let (cx, cy) = l
                .marks
                .last()
                .map(|m| m.shape.bounds().center())
                .unwrap_or((400.0, 250.0));
            group.bench_function(format!("{} hit_test", view.as_str()), |b| {
                b.iter(|| l.hit_test(black_box(cx), black_box(cy)))
            });
            group.bench_function(format!("{} hit_test miss", view.as_str()), |b| {
                b.iter(|| l.hit_test(black_box(3.0), black_box(3.0)))
            });
        }
        group.finish();
    }

    criterion::criterion_group!(benches, charts);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

/// Criterion does not build for wasm32; the bench is native only.
#[cfg(target_arch = "wasm32")]
fn main() {}
