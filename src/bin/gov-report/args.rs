//! Command-line arguments, parsed by hand (two subcommands do not need a parser crate).

/// A parsed command line.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    Extract {
        file: String,
        format: Format,
        encoding: Encoding,
        /// `--year`: the reference year, when the text states none.
        year: Option<String>,
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
  gov-report render --view overview|detail|growth|category [--indicator ID] [--category SLUG]
                    [--width PX] [--height PX] [--lang zh|en] [--theme light|dark] [--year YYYY]
                    [--encoding auto|utf-8|gb18030] FILE > chart.svg
FILE may be - to read standard input. Input may be UTF-8 (with or without BOM) or GB18030/GBK.
--year sets the year the text was delivered (its reference year) when the text does not say.
";

/// Parses the arguments after the program name.
pub fn parse(argv: &[String]) -> Result<Command, String> {
    let Some((sub, rest)) = argv.split_first() else {
        return Ok(Command::Help);
    };
    let mut file: Option<String> = None;
    let mut flags: Vec<(String, String)> = Vec::new();
    let mut i = 0;
    while let Some(arg) = rest.get(i) {
        if arg == "-h" || arg == "--help" {
            return Ok(Command::Help);
        }
        if let Some(name) = arg.strip_prefix("--") {
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
        } else if file.is_none() {
            file = Some(arg.clone());
        } else {
            return Err(format!("unexpected argument \"{arg}\" (one FILE only)"));
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
            let file = file.ok_or("extract needs a FILE (or - for standard input)")?;
            Command::Extract {
                file,
                format,
                encoding,
                year: take(&mut flags, "year"),
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
            let file = file.ok_or("render needs a FILE (or - for standard input)")?;
            Command::Render {
                file,
                options,
                encoding,
                year: take(&mut flags, "year"),
            }
        }
        "help" | "-h" | "--help" => Command::Help,
        other => {
            return Err(format!(
                "unknown command \"{other}\": expected extract or render (see --help)"
            ))
        }
    };
    if let Some((name, _)) = flags.first() {
        return Err(format!("unknown option --{name} for {sub}"));
    }
    Ok(command)
}
