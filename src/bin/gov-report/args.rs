//! Command-line arguments, parsed by hand (two subcommands do not need a parser crate).

/// A parsed command line.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Extract {
        /// The first FILE (or folder); `more` holds the rest.
        file: String,
        more: Vec<String>,
        jobs: Option<String>,
        progress: bool,
        format: Format,
        encoding: Encoding,
        /// `--year`: the reference year, when the text states none.
        year: Option<String>,
        /// `--place`: the issuing government, for texts that name none (several texts only).
        place: Option<String>,
    },
    /// Targets against results across several reports, as CSV.
    Attainment {
        files: Vec<String>,
        encoding: Encoding,
        year: Option<String>,
        place: Option<String>,
        jobs: Option<String>,
        progress: bool,
    },
    Render {
        file: String,
        options: RenderOptions,
        encoding: Encoding,
        year: Option<String>,
    },
    Help,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Csv,
    /// The chart wasm's input format (`dataset::packed`).
    Packed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Auto,
    Utf8,
    Gb18030,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct RenderOptions {
    pub view: String,
    pub indicator: Option<String>,
    pub category: Option<String>,
    pub width: Option<String>,
    pub height: Option<String>,
    pub lang: Option<String>,
    pub theme: Option<String>,
}

pub const USAGE: &str = "usage:
  gov-report extract FILE [--format json|csv|packed] [--encoding auto|utf-8|gb18030] [--year YYYY]
  gov-report extract FILE|DIR ... [--format json|csv] [--jobs N] [--progress] [--place NAME]
  gov-report attainment FILE|DIR ... [--jobs N] [--progress] [--place NAME] > attainment.csv
  gov-report render --view overview|detail|growth|category [--indicator ID] [--category SLUG]
                    [--width PX] [--height PX] [--lang zh|en] [--theme light|dark] [--year YYYY]
                    [--encoding auto|utf-8|gb18030] FILE > chart.svg
FILE may be - to read standard input. Input may be UTF-8 (with or without BOM) or GB18030/GBK.
--year sets the year the text was delivered (its reference year) when the text does not say.
Several files, or a folder (every .txt in it and below), make one dataset across reports: figures
linked into series, targets judged against results. Texts are read on all cores (--jobs N to
choose); a progress bar goes to stderr on a terminal (--progress to force it). A text that cannot
be read is reported on stderr and the rest go on; the exit status is then 1. --place names the
issuing government (海淀区) of the texts that do not name one.
";

/// Parses the arguments after the program name.
pub fn parse(argv: &[String]) -> Result<Command, String> {
    let Some((sub, rest)) = argv.split_first() else {
        return Ok(Command::Help);
    };
    let mut files: Vec<String> = Vec::new();
    let mut progress = false;
    let mut flags: Vec<(String, String)> = Vec::new();
    let mut i = 0;
    while let Some(arg) = rest.get(i) {
        if arg == "-h" || arg == "--help" {
            return Ok(Command::Help);
        }
        if let Some(name) = arg.strip_prefix("--").filter(|n| *n != "progress") {
            let (name, value) = match name.split_once('=') {
                Some((n, v)) => (n.to_string(), v.to_string()),
                None => {
                    i += 1;
                    let v = rest
                        .get(i)
                        .ok_or_else(|| format!("--{name} needs a value"))?;
                    (name.to_string(), v.clone())
                }
            };
            flags.push((name, value));
        } else if arg == "--progress" {
            progress = true;
        } else {
            files.push(arg.clone());
        }
        i += 1;
    }
    let take = |flags: &mut Vec<(String, String)>, name: &str| -> Option<String> {
        let pos = flags.iter().position(|(n, _)| n == name)?;
        Some(flags.remove(pos).1)
    };
    let encoding = match take(&mut flags, "encoding").as_deref() {
        None | Some("auto") => Encoding::Auto,
        Some("utf-8" | "utf8" | "UTF-8") => Encoding::Utf8,
        Some("gb18030" | "gbk" | "GBK" | "GB18030" | "gb2312") => Encoding::Gb18030,
        Some(other) => {
            return Err(format!(
                "unknown encoding \"{other}\": expected auto, utf-8 or gb18030"
            ))
        }
    };
    let command = match sub.as_str() {
        "extract" => {
            let format = match take(&mut flags, "format").as_deref() {
                None | Some("json") => Format::Json,
                Some("csv") => Format::Csv,
                Some("packed") => Format::Packed,
                Some(other) => {
                    return Err(format!(
                        "unknown format \"{other}\": expected json, csv or packed"
                    ))
                }
            };
            let mut files = files.into_iter();
            let file = files
                .next()
                .ok_or("extract needs a FILE (or - for standard input)")?;
            Command::Extract {
                file,
                more: files.collect(),
                jobs: take(&mut flags, "jobs"),
                progress,
                format,
                encoding,
                year: take(&mut flags, "year"),
                place: take(&mut flags, "place"),
            }
        }
        "render" => {
            let options = RenderOptions {
                view: take(&mut flags, "view").unwrap_or_else(|| String::from("overview")),
                indicator: take(&mut flags, "indicator"),
                category: take(&mut flags, "category"),
                width: take(&mut flags, "width"),
                height: take(&mut flags, "height"),
                lang: take(&mut flags, "lang"),
                theme: take(&mut flags, "theme"),
            };
            if files.len() > 1 {
                return Err(String::from("render draws one report: give one FILE"));
            }
            let file = files
                .pop()
                .ok_or("render needs a FILE (or - for standard input)")?;
            Command::Render {
                file,
                options,
                encoding,
                year: take(&mut flags, "year"),
            }
        }
        "attainment" => {
            if files.is_empty() {
                return Err(String::from(
                    "attainment needs the reports: FILE ... or a folder",
                ));
            }
            Command::Attainment {
                files,
                encoding,
                year: take(&mut flags, "year"),
                place: take(&mut flags, "place"),
                jobs: take(&mut flags, "jobs"),
                progress,
            }
        }
        "help" | "-h" | "--help" => Command::Help,
        other => {
            return Err(format!(
                "unknown command \"{other}\": expected extract, attainment or render (see --help)"
            ))
        }
    };
    if let Some((name, _)) = flags.first() {
        return Err(format!("unknown option --{name} for {sub}"));
    }
    Ok(command)
}
