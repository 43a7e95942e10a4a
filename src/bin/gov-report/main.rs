//! `gov-report`: the command-line tool for journalists.
//!
//! ```text
//! gov-report extract FILE [--format json|csv|packed] [--encoding auto|utf-8|gb18030]
//! gov-report extract FILE|DIR ... [--format json|csv] [--jobs N] [--progress]
//! gov-report attainment FILE|DIR ... > attainment.csv
//! gov-report render --view overview|detail|growth|category [--indicator ID] [--category SLUG]
//!                   [--width PX] [--height PX] [--lang zh|en] [--theme light|dark] FILE > chart.svg
//! ```
//! `FILE` may be `-` for standard input. Errors are one line on stderr, exit status 2; in a batch,
//! each text that could not be read is one line on stderr and the exit status is 1.

#[cfg(not(target_arch = "wasm32"))]
mod args;
#[cfg(not(target_arch = "wasm32"))]
mod batch;
#[cfg(not(target_arch = "wasm32"))]
mod decode;
#[cfg(not(target_arch = "wasm32"))]
mod run;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    match run::run(&argv) {
        Ok(output) => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            if stdout
                .write_all(output.stdout.as_bytes())
                .and_then(|()| stdout.flush())
                .is_err()
            {
                std::process::exit(1);
            }
            for line in &output.failed {
                eprintln!("gov-report: skipped {line}");
            }
            if !output.failed.is_empty() {
                eprintln!(
                    "gov-report: {} text(s) could not be read; the others are in the output",
                    output.failed.len()
                );
                std::process::exit(1);
            }
        }
        Err(message) => {
            eprintln!("gov-report: {message}");
            std::process::exit(2);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
