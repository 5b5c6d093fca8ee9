//! The `attache` command line.

use anyhow::{bail, Context, Result};
use attache::pipeline::Pipeline;
use attache::run::{code_stream_with, pool};
use chrono::NaiveDate;
use clap::{Parser, Subcommand};
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: coding allocates many small,
/// short-lived strings and vectors per sentence, and glibc's malloc/free were
/// ~12% of `code`'s instructions.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "attache",
    version,
    about = "Political event data from news text",
    long_about = "attache reads news articles and codes political events: who did what to whom, when and where \
(CAMEO actor and event codes, with dates, places and the words that produced each event).\n\n\
Typical use:\n  attache code examples/corpus            # events as JSON Lines on stdout\n  \
attache explain examples/corpus/ankara-ship.txt --date 2024-03-05\n  attache actor \"the Brazilian court\"      # how a phrase is coded\n  \
attache ingest examples/corpus && attache events --root 19   # store, then query"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(clap::Args, Clone)]
struct DictArgs {
    /// Extra actor or event dictionary (same format as data/actors or data/events); repeatable.
    /// User entries override built-in ones.
    #[arg(long = "dict", value_name = "FILE")]
    dict: Vec<PathBuf>,
}

#[derive(clap::Args, Clone)]
struct InputArgs {
    /// Files or directories to read (walked recursively), or '-' for JSON Lines on stdin.
    /// Formats: .jsonl/.ndjson, .txt, .html, .rss/.atom/.xml feeds, .warc; any of them .gz.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// Publication date for inputs that carry none (plain text), YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
    /// Stop at the first bad record with a non-zero exit (default: report it and go on).
    #[arg(long)]
    strict: bool,
}

#[derive(Subcommand)]
enum Cmd {
    /// Code articles and write one JSON object per event to stdout (JSON Lines).
    Code {
        #[command(flatten)]
        input: InputArgs,
        /// Worker threads (0 = one per core). Output order does not depend on it.
        #[arg(long, default_value_t = 0)]
        threads: usize,
        #[command(flatten)]
        dicts: DictArgs,
    },
    /// Show how a phrase is coded as actors: code, country, org, role, span and the dictionary line.
    Actor {
        /// The phrase to look up, e.g. "the Brazilian court".
        phrase: String,
        /// Date for dated entries (leaders), YYYY-MM-DD.
        #[arg(long)]
        date: Option<String>,
        /// Text read first, as earlier sentences of the same article (for "the North", surnames, "he").
        #[arg(long)]
        context: Option<String>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        #[command(flatten)]
        dicts: DictArgs,
    },
    /// Explain the coding of articles sentence by sentence: actors, matched patterns, events, suppressed candidates.
    Explain {
        #[command(flatten)]
        input: InputArgs,
        /// Only this sentence (index from 0).
        #[arg(long)]
        sentence: Option<usize>,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        #[command(flatten)]
        dicts: DictArgs,
    },
    /// Score the coder on hand-coded sentences (docs/gold-format.md): precision, recall, F1, confusion.
    Eval {
        /// Gold file (JSON Lines).
        gold: PathBuf,
        /// `gold` is our format; `multicoped` scores event detection, quad class and actor agreement on Multi-CoPED records;
        /// `event-location` scores the choice of an event's place on trigger and place spans.
        #[arg(long, value_enum, default_value_t = GoldFormat::Gold)]
        gold_format: GoldFormat,
        /// List every sentence with an error.
        #[arg(long)]
        errors: bool,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        #[command(flatten)]
        dicts: DictArgs,
    },
    /// List gazetteer candidates for a place name, with scores and the choice.
    Place {
        name: String,
        /// Prefer places in this country (ISO 3166 alpha-3).
        #[arg(long)]
        country: Option<String>,
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
    /// Write a deterministic synthetic news corpus (JSON Lines) for benchmarks: same seed, same bytes.
    GenCorpus {
        /// Number of articles (about 10% are near-duplicates of earlier ones).
        #[arg(long, default_value_t = 10_000)]
        articles: u64,
        /// Random seed.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Output file, or '-' for stdout.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Event density: `news` (calibrated on real wire copy, ~17 events per 1,000 words) or
        /// `dense` (the pre-calibration corpus, ~4x as many events: a stress test for the store).
        #[arg(long, default_value = "news")]
        profile: attache::gencorpus::Profile,
    },
    // STORE COMMANDS (ingest, events, dyad, actors, stats, export) are added below this line.
    /// Code articles and store them in the event database (--db or ATTACHE_DB, default ./attache.db):
    /// near-duplicates linked, events fused with mention counts. Re-running adds nothing new.
    Ingest(attache::store_cmds::IngestArgs),
    /// List stored events, filtered (actor, dyad, code, quad, dates, place, full text).
    Events(attache::store_cmds::EventsArgs),
    /// A dyad's events over time: counts by quad class, Goldstein sum and mean, with a chart.
    Dyad(attache::store_cmds::DyadArgs),
    /// The actors in most stored events.
    Actors(attache::store_cmds::ActorsArgs),
    /// Summary of the event database: counts, dates, size.
    Stats(attache::store_cmds::StatsArgs),
    /// Export stored events: GDELT 2.0 event table, CSV, JSON Lines or Parquet.
    Export(attache::store_cmds::ExportArgs),
}

#[derive(clap::ValueEnum, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

#[derive(clap::ValueEnum, Clone, Copy, PartialEq, Eq)]
enum GoldFormat {
    Gold,
    Multicoped,
    /// Event trigger and event place spans (Halterman's event_location records).
    EventLocation,
}

fn parse_date(s: &Option<String>) -> Result<Option<chrono::NaiveDateTime>> {
    match s {
        None => Ok(None),
        Some(d) => Ok(Some(
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .with_context(|| format!("--date {d:?}: want YYYY-MM-DD"))?
                .and_hms_opt(0, 0, 0)
                .unwrap(),
        )),
    }
}

fn read_opts(input: &InputArgs) -> Result<attache_read::ReadOptions> {
    Ok(attache_read::ReadOptions {
        default_date: parse_date(&input.date)?,
    })
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("attache: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.cmd {
        Cmd::Code {
            input,
            threads,
            dicts,
        } => {
            let pipe = Pipeline::with_overlays(&dicts.dict)?;
            let pool = pool(threads)?;
            let opts = read_opts(&input)?;
            let stdout = std::io::stdout();
            let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
            // The coding threads also serialise each article's events; this
            // thread only writes them out in input order.
            let stats = code_stream_with(
                &pipe,
                &pool,
                attache_read::read_paths(&input.paths, &opts),
                input.strict,
                |e| eprintln!("attache: skipped {e}"),
                |_, r| -> serde_json::Result<Vec<u8>> {
                    let mut buf = Vec::with_capacity(512 * r.events.len());
                    for ev in &r.events {
                        serde_json::to_writer(&mut buf, ev)?;
                        buf.push(b'\n');
                    }
                    Ok(buf)
                },
                |_, _, lines| {
                    out.write_all(&lines?)?;
                    Ok(())
                },
            );
            out.flush()?;
            let stats = stats?;
            eprintln!("attache: {}", stats.summary());
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Actor {
            phrase,
            date,
            context,
            format,
            dicts,
        } => {
            let pipe = Pipeline::with_overlays(&dicts.dict)?;
            let date = parse_date(&date)?.map(|d| d.date());
            let found = attache::actor_lookup(&pipe, &phrase, date, context.as_deref());
            if found.is_empty() && format == Format::Text {
                println!("no actor found in {phrase:?}");
            }
            for m in &found {
                let r = m.to_ref(&phrase);
                match format {
                    Format::Json => {
                        let mut v = serde_json::to_value(&r)?;
                        v["kind"] = serde_json::to_value(m.kind)?;
                        v["rule"] = m.rule().into();
                        v["rules"] = m
                            .rules
                            .iter()
                            .map(|r| r.to_string())
                            .collect::<Vec<_>>()
                            .into();
                        v["confidence"] = (m.confidence as f64).into();
                        println!("{v}");
                    }
                    Format::Text => println!(
                        "{:<28} {:<12} country={:<4} org={:<4} role={:<4} [{}..{}] {:?} {}",
                        format!("{:?}", r.text),
                        r.code.as_deref().unwrap_or("-"),
                        r.country.as_deref().unwrap_or("-"),
                        r.org.as_deref().unwrap_or("-"),
                        r.role.as_deref().unwrap_or("-"),
                        r.start,
                        r.end,
                        m.kind,
                        m.rules
                            .iter()
                            .map(|r| r.to_string())
                            .collect::<Vec<_>>()
                            .join(" + ")
                    ),
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Explain {
            input,
            sentence,
            format,
            dicts,
        } => {
            let pipe = Pipeline::with_overlays(&dicts.dict)?;
            let opts = read_opts(&input)?;
            let mut bad = 0;
            for item in attache_read::read_paths(&input.paths, &opts) {
                let a = match item {
                    Ok(a) => a,
                    Err(e) => {
                        eprintln!("attache: skipped {e}");
                        bad += 1;
                        if input.strict {
                            bail!("stopping at the first bad record (--strict)");
                        }
                        continue;
                    }
                };
                let r = pipe.code_article(&a, true);
                attache::explain::print(&a, &r, sentence, format == Format::Json)?;
            }
            if bad > 0 {
                eprintln!("attache: {bad} records skipped");
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Eval {
            gold,
            gold_format,
            errors,
            format,
            dicts,
        } => {
            let pipe = Pipeline::with_overlays(&dicts.dict)?;
            match gold_format {
                GoldFormat::Gold => {
                    let r = attache::eval::eval_gold(&pipe, &gold)?;
                    match format {
                        Format::Json => println!("{}", serde_json::to_string_pretty(&r)?),
                        Format::Text => print!("{}", r.to_text(errors)),
                    }
                }
                GoldFormat::Multicoped => {
                    let r = attache::eval::eval_multicoped(&pipe, &gold)?;
                    match format {
                        Format::Json => println!("{}", serde_json::to_string_pretty(&r)?),
                        Format::Text => print!("{}", r.to_text(errors)),
                    }
                }
                GoldFormat::EventLocation => {
                    let r = attache::eval_location::eval_event_location(&pipe, &gold)?;
                    let r = if errors { r } else { r.without_errors() };
                    match format {
                        Format::Json => println!("{}", serde_json::to_string_pretty(&r)?),
                        Format::Text => print!("{}", r.to_text(errors)),
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Place {
            name,
            country,
            limit,
        } => {
            attache::timeplace::print_place_candidates(&name, country.as_deref(), limit);
            Ok(ExitCode::SUCCESS)
        }
        Cmd::GenCorpus {
            articles,
            seed,
            out,
            profile,
        } => {
            let stats = if out.as_os_str() == "-" {
                attache::gencorpus::write_corpus(articles, seed, profile, std::io::stdout().lock())?
            } else {
                let f = std::fs::File::create(&out)
                    .with_context(|| format!("{}: cannot create", out.display()))?;
                attache::gencorpus::write_corpus(articles, seed, profile, f)
                    .with_context(|| format!("{}: write failed", out.display()))?
            };
            eprintln!(
                "attache: wrote {} articles ({} near-duplicates), {} words, {:.1} MB",
                stats.articles,
                stats.duplicates,
                stats.words,
                stats.bytes as f64 / 1e6
            );
            Ok(ExitCode::SUCCESS)
        }
        Cmd::Ingest(a) => attache::store_cmds::ingest(a),
        Cmd::Events(a) => attache::store_cmds::events(a),
        Cmd::Dyad(a) => attache::store_cmds::dyad(a),
        Cmd::Actors(a) => attache::store_cmds::actors(a),
        Cmd::Stats(a) => attache::store_cmds::stats(a),
        Cmd::Export(a) => attache::store_cmds::export(a),
    }
}
