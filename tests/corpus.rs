//! The genre corpus (`tests/corpus/`, texts written for this project with a table of their
//! figures): every text is read, and each expected figure counts as right only when the
//! extractor finds it with the right value, unit, year and role (target or not). Prints the
//! score per genre and in total (`npm run corpus`), and fails below the floors set here.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use gov_report_chart::dataset::extract_dataset;
use gov_report_chart::model::{Dataset, Indicator, Status};

/// The share of figures that must be right, in total and in every genre.
const FLOOR_TOTAL: f64 = 0.90;
const FLOOR_GENRE: f64 = 0.85;

/// The corpus: `tests/corpus`, or another folder of texts and tables in the same form named by
/// `CORPUS_DIR` (to score texts kept outside the repository; no floors apply then).
fn dir() -> PathBuf {
    match std::env::var("CORPUS_DIR") {
        Ok(d) => PathBuf::from(d),
        Err(_) => Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus"),
    }
}

/// One row of an expected-figures table.
#[derive(Debug, Clone)]
struct Expected {
    line: usize,
    anchor: String,
    figure: String,
    low: f64,
    high: Option<f64>,
    unit: String,
    year: Option<i32>,
    role: String,
    period: String,
}

fn read_table(path: &Path) -> Vec<Expected> {
    let text = std::fs::read_to_string(path).unwrap();
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        assert_eq!(c.len(), 7, "{}:{}: seven columns", path.display(), n + 1);
        let (low, high) = match c[2].split_once('~') {
            Some((a, b)) => (a.parse().unwrap(), Some(b.parse().unwrap())),
            None => (c[2].parse().unwrap(), None),
        };
        out.push(Expected {
            line: n + 1,
            anchor: c[0].to_string(),
            figure: c[1].to_string(),
            low,
            high,
            unit: c[3].to_string(),
            year: c[4].parse().ok(),
            role: c[5].to_string(),
            period: c[6].to_string(),
        });
    }
    out
}

/// The genre of each text, from the table in tests/corpus/README.md: `(a)` district ... `(f)`.
fn genres() -> BTreeMap<String, String> {
    let readme = std::fs::read_to_string(dir().join("README.md")).unwrap_or_default();
    let mut out = BTreeMap::new();
    for line in readme.lines() {
        let cols: Vec<&str> = line.split('|').map(str::trim).collect();
        let (Some(file), Some(genre)) = (cols.get(1), cols.get(2)) else {
            continue;
        };
        let Some(stem) = file.strip_suffix(".txt") else {
            continue;
        };
        let name = match genre.get(..3) {
            Some("(a)") => "district report",
            Some("(b)") => "city report",
            Some("(c)") => "provincial report",
            Some("(d)") => "plan-execution report",
            Some("(e)") => "news story",
            Some("(f)") => "news digest",
            _ => continue,
        };
        out.insert(stem.to_string(), name.to_string());
    }
    out
}

/// A unit without its magnitude (亿元 -> 1e8 元); 个百分点 and 百分点 alike; a rank's 名, 位 or
/// nothing alike; 成 as ten percent.
fn canonical(unit: &str) -> (f64, String) {
    let unit = unit
        .strip_prefix('个')
        .filter(|u| *u == "百分点")
        .unwrap_or(unit);
    match unit {
        "" | "位" => return (1.0, String::from("名")),
        "成" => return (10.0, String::from("%")),
        _ => {}
    }
    for (m, f) in [("万亿", 1e12), ("兆", 1e12), ("亿", 1e8), ("万", 1e4)] {
        if let Some(rest) = unit.strip_prefix(m) {
            if !rest.is_empty() {
                return (f, rest.to_string());
            }
        }
    }
    (1.0, unit.to_string())
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= (b.abs() * 0.002).max(0.006)
}

/// How an expected figure came out.
#[derive(Debug, Default, Clone, Copy)]
struct Outcome {
    found: bool,
    value: bool,
    unit: bool,
    year: bool,
    role: bool,
    period: bool,
}

impl Outcome {
    fn right(&self) -> bool {
        self.found && self.value && self.unit && self.year && self.role
    }
}

fn judge(e: &Expected, ind: Option<&Indicator>) -> Outcome {
    let Some(i) = ind else {
        return Outcome::default();
    };
    let (fe, ue) = canonical(&e.unit);
    let (fi, ui) = canonical(&i.unit);
    let value = close(i.value * fi, e.low * fe)
        && match (e.high, i.value_high) {
            (Some(h), Some(hi)) => close(hi * fi, h * fe),
            (None, None) => true,
            _ => false,
        };
    let target = |s: &str| s == "target";
    Outcome {
        found: true,
        value,
        unit: ue == ui,
        year: i.year == e.year,
        role: target(&e.role) == (i.status == Status::Target),
        period: i.period.map_or(String::new(), |p| p.code()) == e.period,
    }
}

/// The char range of the expected figure in `text`.
fn locate(text: &str, e: &Expected) -> (usize, usize) {
    let at = text
        .find(&e.anchor)
        .unwrap_or_else(|| panic!("line {}: anchor {:?} not in the text", e.line, e.anchor));
    let within = e.anchor.find(&e.figure).unwrap();
    let start = text[..at + within].chars().count();
    (start, start + e.figure.chars().count())
}

/// The extracted indicator that stands on the expected figure (the largest overlap).
fn matching(ds: &Dataset, range: (usize, usize)) -> Option<&Indicator> {
    ds.indicators
        .iter()
        .filter_map(|i| {
            let lo = i.span.start.max(range.0);
            let hi = i.span.end.min(range.1);
            (hi > lo).then(|| (hi - lo, i))
        })
        .max_by_key(|(overlap, i)| (*overlap, std::cmp::Reverse(i.span.start)))
        .map(|(_, i)| i)
}

#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    texts: usize,
    figures: usize,
    right: usize,
    found: usize,
    value: usize,
    year: usize,
    role: usize,
    period: usize,
    extras: usize,
}

impl Tally {
    fn add(&mut self, o: &Outcome) {
        self.figures += 1;
        self.right += usize::from(o.right());
        self.found += usize::from(o.found);
        self.value += usize::from(o.found && o.value && o.unit);
        self.year += usize::from(o.found && o.year);
        self.role += usize::from(o.found && o.role);
        self.period += usize::from(o.found && o.period);
    }

    fn share(&self) -> f64 {
        self.right as f64 / self.figures.max(1) as f64
    }
}

fn decode(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    if path.to_string_lossy().ends_with(".gbk.txt") {
        encoding_rs::GB18030
            .decode_without_bom_handling_and_without_replacement(&bytes)
            .unwrap()
            .into_owned()
    } else {
        String::from_utf8(bytes).unwrap()
    }
}

#[test]
fn the_corpus_is_read_right() {
    let genres = genres();
    let mut tables: Vec<PathBuf> = std::fs::read_dir(dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
        .collect();
    tables.sort();
    let outside = std::env::var("CORPUS_DIR").is_ok();
    assert!(outside || tables.len() >= 25, "at least 25 texts");
    let mut by_genre: BTreeMap<String, Tally> = BTreeMap::new();
    let mut total = Tally::default();
    let mut misses: Vec<String> = Vec::new();
    let verbose = std::env::var("CORPUS_VERBOSE").is_ok();
    for table in &tables {
        let stem = table.file_stem().unwrap().to_string_lossy().to_string();
        let outside = std::env::var("CORPUS_DIR").is_ok();
        let genre = match genres.get(&stem) {
            Some(g) => g.clone(),
            None if outside => String::from("(all)"),
            None => panic!("{stem} is not in the README's table"),
        };
        let expected = read_table(table);
        let mut texts = vec![dir().join(format!("{stem}.txt"))];
        let gbk = dir().join(format!("{stem}.gbk.txt"));
        if gbk.exists() {
            texts.push(gbk);
        }
        for path in texts {
            let text = decode(&path);
            let ds = extract_dataset(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let tally = by_genre.entry(genre.clone()).or_default();
            tally.texts += 1;
            total.texts += 1;
            let mut used = Vec::new();
            for e in &expected {
                let ind = matching(&ds, locate(&text, e));
                if let Some(i) = ind {
                    used.push(i.id.clone());
                }
                let o = judge(e, ind);
                tally.add(&o);
                total.add(&o);
                if !o.right() && verbose {
                    misses.push(format!(
                        "{stem}:{} {} {} expected {}~{:?} {} {:?} {} | got {}",
                        e.line,
                        e.anchor,
                        e.figure,
                        e.low,
                        e.high,
                        e.unit,
                        e.year,
                        e.role,
                        ind.map_or(String::from("nothing"), |i| format!(
                            "{} {:?} {} {:?} {} ({})",
                            i.value,
                            i.value_high,
                            i.unit,
                            i.year,
                            i.status.name(),
                            i.year_note
                        ))
                    ));
                }
            }
            let extras = ds
                .indicators
                .iter()
                .filter(|i| !used.contains(&i.id))
                .count();
            tally.extras += extras;
            total.extras += extras;
        }
    }
    let row = |name: &str, t: &Tally| {
        let pct = |n: usize| 100.0 * n as f64 / t.figures.max(1) as f64;
        format!(
            "{name:<22} {:>5} {:>7} {:>6.1}% {:>6.1}% {:>6.1}% {:>6.1}% {:>6.1}% {:>6.1}% {:>6}",
            t.texts,
            t.figures,
            100.0 * t.share(),
            pct(t.found),
            pct(t.value),
            pct(t.year),
            pct(t.role),
            pct(t.period),
            t.extras
        )
    };
    println!(
        "\n{:<22} {:>5} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7} {:>6}",
        "genre", "texts", "figures", "right", "found", "value", "year", "role", "period", "extras"
    );
    for (g, t) in &by_genre {
        println!("{}", row(g, t));
    }
    println!("{}", row("total", &total));
    println!(
        "right = value, unit, year and role (target or not) all right; extras = figures found that the tables do not list"
    );
    for m in &misses {
        println!("  {m}");
    }
    if outside {
        return;
    }
    for (g, t) in &by_genre {
        assert!(
            t.share() >= FLOOR_GENRE,
            "{g}: {:.1}% of figures right, below the floor of {:.0}%",
            100.0 * t.share(),
            100.0 * FLOOR_GENRE
        );
    }
    assert!(
        total.share() >= FLOOR_TOTAL,
        "{:.1}% of figures right, below the floor of {:.0}%",
        100.0 * total.share(),
        100.0 * FLOOR_TOTAL
    );
}
