//! What each subcommand does, returning the text to print or a one-line error.

use super::args::{self, Command, Format};
use super::decode::read_text;
use gov_report_chart::chart::{self, ChartSpec, Lang, Theme, View};
use gov_report_chart::dataset::extract_dataset_with;
use gov_report_chart::format::{packed, to_csv};
use gov_report_chart::report::ReadOptions;

/// Runs a command line; `Ok` holds what goes to stdout.
pub fn run(argv: &[String]) -> Result<String, String> {
    match args::parse(argv)? {
        Command::Help => Ok(args::USAGE.to_string()),
        Command::Extract {
            file,
            format,
            encoding,
            year,
        } => {
            let options = read_options(year)?;
            let text = read_text(&file, encoding)?;
            let dataset =
                extract_dataset_with(&text, options).map_err(|e| format!("{file}: {e}"))?;
            Ok(match format {
                Format::Json => dataset.to_json() + "\n",
                Format::Csv => to_csv(&dataset),
                Format::Packed => packed::pack(&dataset),
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
            chart::render_svg(&dataset, &spec).map_err(|e| e.to_string())
        }
    }
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
