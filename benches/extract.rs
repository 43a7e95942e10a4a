//! Criterion benchmark of extracting the whole embedded report (structure, quantities, dataset),
//! reported as throughput in bytes of input per second, and of a text 64 times as long (the
//! report repeated), whose throughput should be about the same: a drop means some step grows
//! faster than the text. Native only (criterion does not build for wasm32); the wasm figure is
//! printed by `npm run measure`.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{Criterion, Throughput};
    use gov_report_chart::dataset::extract_dataset;
    use gov_report_chart::report::Report;
    use gov_report_chart::EMBEDDED_REPORT;
    use std::hint::black_box;

    pub fn extraction(c: &mut Criterion) {
        let mut group = c.benchmark_group("haidian-2025");
        group.throughput(Throughput::Bytes(EMBEDDED_REPORT.len() as u64));
        group.bench_function("parse structure", |b| {
            b.iter(|| Report::parse(black_box(EMBEDDED_REPORT)))
        });
        group.bench_function("extract dataset", |b| {
            b.iter(|| extract_dataset(black_box(EMBEDDED_REPORT)))
        });
        group.finish();
        let long = EMBEDDED_REPORT.repeat(64);
        let mut group = c.benchmark_group("haidian-2025-x64");
        group.sample_size(10);
        group.throughput(Throughput::Bytes(long.len() as u64));
        group.bench_function("extract dataset", |b| {
            b.iter(|| extract_dataset(black_box(&long)))
        });
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(benches, native::extraction);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
