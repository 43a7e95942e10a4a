//! What each subcommand does, returning the text to print or a one-line error.

use super::args::{self, Command, Encoding, Format};
use super::batch;
use super::decode::read_text;
use gov_report_chart::across::{attainment_csv, collection_csv, Collection};
use gov_report_chart::chart::{self, ChartSpec, Lang, Theme, View};
use gov_report_chart::dataset::extract_dataset_with;
use gov_report_chart::format::{packed, to_csv};
use gov_report_chart::report::ReadOptions;

/// What a command prints, and the texts of a batch that could not be read (one line each).
#[derive(Debug, Default)]
pub struct Output {
    pub stdout: String,
    pub failed: Vec<String>,
}

impl From<String> for Output {
    fn from(stdout: String) -> Output {
        Output {
            stdout,
            failed: Vec::new(),
        }
    }
}

/// Runs a command line; `Ok` holds what goes to stdout (and any texts a batch skipped).
pub fn run(argv: &[String]) -> Result<Output, String> {
    match args::parse(argv)? {
        Command::Help => Ok(args::USAGE.to_string().into()),
        Command::Extract {
            file,
            more,
            jobs,
            progress,
            format,
            encoding,
            year,
            place,
        } => {
            let options = read_options(year)?;
            if !more.is_empty() || std::path::Path::new(&file).is_dir() {
                if format == Format::Packed {
                    return Err(String::from(
                        "--format packed holds one report: give one FILE, or json or csv",
                    ));
                }
                let files: Vec<String> = std::iter::once(file).chain(more).collect();
                let (c, failed) = collect(&files, encoding, options, place, jobs, progress)?;
                return Ok(Output {
                    stdout: match format {
                        Format::Csv => collection_csv(&c),
                        _ => c.to_json() + "\n",
                    },
                    failed,
                });
            }
            let text = read_text(&file, encoding)?;
            let mut dataset =
                extract_dataset_with(&text, options).map_err(|e| format!("{file}: {e}"))?;
            let place = place
                .map(|p| p.trim().to_string())
                .filter(|p| !p.is_empty());
            for report in &mut dataset.reports {
                if report.place.is_none() {
                    report.place.clone_from(&place);
                }
            }
            Ok(match format {
                Format::Json => dataset.to_json() + "\n",
                Format::Csv => to_csv(&dataset),
                Format::Packed => packed::pack(&dataset),
            }
            .into())
        }
        Command::Attainment {
            files,
            encoding,
            year,
            place,
            jobs,
            progress,
        } => {
            let options = read_options(year)?;
            let (c, failed) = collect(&files, encoding, options, place, jobs, progress)?;
            Ok(Output {
                stdout: attainment_csv(&c),
                failed,
            })
        }
        Command::Render {
            file,
            options,
            encoding,
            year,
        } => {
            let read = read_options(year)?;
            let text = read_text(&file, encoding)?;
            let dataset = extract_dataset_with(&text, read).map_err(|e| format!("{file}: {e}"))?;
            let mut spec = ChartSpec::new(View::parse(&options.view).map_err(|e| e.to_string())?);
            spec.indicator = options.indicator;
            if let Some(c) = options.category {
                spec.category = Some(chart::parse_category(&c).map_err(|e| e.to_string())?);
            }
            if let Some(l) = options.lang {
                spec.lang = Lang::parse(&l).map_err(|e| e.to_string())?;
            }
            if let Some(t) = options.theme {
                spec.theme = Theme::parse(&t).map_err(|e| e.to_string())?;
            }
            if let Some(w) = options.width {
                spec.width = number("width", &w)?;
            }
            spec.height = match options.height {
                Some(h) => number("height", &h)?,
                None => chart::preferred_height(&dataset, &spec).map_err(|e| e.to_string())?,
            };
            chart::render_svg(&dataset, &spec)
                .map(Output::from)
                .map_err(|e| e.to_string())
        }
    }
}

/// Reads every text of `args` (files and folders) into one collection; the texts that could not
/// be read are listed, and an error is returned only when none could.
fn collect(
    args: &[String],
    encoding: Encoding,
    options: ReadOptions,
    place: Option<String>,
    jobs: Option<String>,
    progress: bool,
) -> Result<(Collection, Vec<String>), String> {
    let files = batch::expand(args)?;
    let jobs = batch::jobs(jobs.as_deref())?;
    let place = place
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty());
    let read = batch::read_all(&files, encoding, options, place, jobs, progress);
    let c = Collection::from_results(read);
    let failed: Vec<String> = c
        .sources
        .iter()
        .filter_map(|s| s.error.as_ref().map(|e| format!("{}: {e}", s.name)))
        .collect();
    if failed.len() == c.sources.len() {
        return Err(format!(
            "no text could be read ({} of {}); the first: {}",
            failed.len(),
            c.sources.len(),
            failed.first().map_or("", String::as_str)
        ));
    }
    Ok((c, failed))
}

fn read_options(year: Option<String>) -> Result<ReadOptions, String> {
    ReadOptions::with_year_text(year.as_deref().unwrap_or("")).map_err(|e| format!("--year: {e}"))
}

fn number(what: &str, s: &str) -> Result<f64, String> {
    s.trim()
        .trim_end_matches("px")
        .parse::<f64>()
        .map_err(|_| format!("--{what} must be a number of CSS pixels, got \"{s}\""))
}
