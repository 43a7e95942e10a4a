use super::*;

fn found(text: &str) -> Vec<Found> {
    extract(&Report::parse(text))
}

#[test]
fn smoke() {
    let f = found(crate::EMBEDDED_REPORT);
    for x in &f {
        println!(
            "{}\t{}\t{}\t{:?}\t{:?}\t{:?}\t{}",
            x.subject, x.display, x.value, x.measure, x.status, x.qualifiers, x.section
        );
    }
    println!("{}", f.len());
}
