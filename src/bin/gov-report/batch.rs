//! Many reports at once: folders expanded to their texts, every text read on its own thread
//! pool slot (all cores by default), with a progress bar on stderr.

use super::args::Encoding;
use super::decode::read_text;
use gov_report_chart::across::{Input, Read};
use gov_report_chart::report::ReadOptions;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// The files to read: each FILE as given, each folder as every `.txt` in it and below, sorted.
pub fn expand(args: &[String]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for a in args {
        let p = Path::new(a);
        if a != "-" && p.is_dir() {
            let before = out.len();
            walk(p, &mut out).map_err(|e| format!("{a}: cannot read the folder: {e}"))?;
            if out.len() == before {
                return Err(format!("{a}: the folder holds no .txt file"));
            }
        } else {
            out.push(a.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<String>) -> std::io::Result<()> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    entries.sort();
    for p in entries {
        if p.is_dir() {
            walk(&p, out)?;
        } else if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt")) {
            out.push(p.to_string_lossy().into_owned());
        }
    }
    Ok(())
}

/// How many threads: `--jobs N`, else every core.
pub fn jobs(arg: Option<&str>) -> Result<usize, String> {
    match arg {
        None => Ok(std::thread::available_parallelism().map_or(1, |n| n.get())),
        Some(s) => match s.trim().parse::<usize>() {
            Ok(n) if n >= 1 => Ok(n),
            _ => Err(format!(
                "--jobs must be a whole number of at least 1, got \"{s}\""
            )),
        },
    }
}

/// Reads every file into its own dataset on `jobs` threads; results keep the order of `files`.
/// The bar shows on stderr when it is a terminal or when `progress` is set.
pub fn read_all(
    files: &[String],
    encoding: Encoding,
    options: ReadOptions,
    place: Option<String>,
    jobs: usize,
    progress: bool,
) -> Vec<Read> {
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let slots: Vec<Mutex<Option<Read>>> = files.iter().map(|_| Mutex::new(None)).collect();
    let show = progress || std::io::stderr().is_terminal();
    let total = files.len();
    std::thread::scope(|scope| {
        for _ in 0..jobs.min(total.max(1)) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(file) = files.get(i) else { break };
                let read = match read_text(file, encoding) {
                    Ok(text) => Input {
                        name: file.clone(),
                        text,
                        options,
                        place: place.clone(),
                    }
                    .read(),
                    Err(e) => Read {
                        name: file.clone(),
                        place: None,
                        result: Err(format!("unreadable: {e}")),
                    },
                };
                if let Ok(mut slot) = slots[i].lock() {
                    *slot = Some(read);
                }
                done.fetch_add(1, Ordering::Relaxed);
            });
        }
        if show {
            scope.spawn(|| {
                let mut last = usize::MAX;
                loop {
                    let d = done.load(Ordering::Relaxed);
                    if d != last {
                        bar(d, total);
                        last = d;
                    }
                    if d >= total {
                        eprintln!();
                        break;
                    }
                    std::thread::sleep(std::time::Duration::from_millis(100));
                }
            });
        }
    });
    slots
        .into_iter()
        .zip(files)
        .map(|(slot, file)| {
            slot.into_inner().ok().flatten().unwrap_or_else(|| Read {
                name: file.clone(),
                place: None,
                result: Err(String::from("internal: the text was not read")),
            })
        })
        .collect()
}

fn bar(done: usize, total: usize) {
    let width = 30;
    let filled = done * width / total.max(1);
    let mut err = std::io::stderr().lock();
    let _ = write!(
        err,
        "\r[{}{}] {done}/{total} texts",
        "#".repeat(filled),
        " ".repeat(width - filled)
    );
    let _ = err.flush();
}
