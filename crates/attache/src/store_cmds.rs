//! The store commands: `ingest`, `events`, `dyad`, `actors`, `stats`, `export`.
//!
//! Every command takes `--db PATH` (or the `ATTACHE_DB` environment
//! variable; default `./attache.db`).
//!
//! `ingest` codes articles in parallel with [`crate::run::code_stream_with`]
//! (the workers also compute each article's MinHash signature) and hands
//! each coded article to a writer thread over a bounded channel; the
//! writer stores [`attache_store::BATCH_ARTICLES`] articles per transaction,
//! so coding the next chunk overlaps with storing the last. Articles already
//! in the store (same id, same text) are recognised before coding and skipped.

use crate::pipeline::Pipeline;
use crate::run::{code_stream_with, pool, CHUNK};
use anyhow::{anyhow, bail, Context, Result};
use attache_export::Format as ExportFormat;
use attache_model::{Article, Event};
use attache_store::minhash::Signature;
use attache_store::{
    ActorMatch, Batch, EventFilter, Outcome, Period, Store, StoredEvent, BATCH_ARTICLES,
};
use chrono::{NaiveDate, NaiveDateTime};
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, Ordering::Relaxed};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// `--db`, shared by every store command.
#[derive(clap::Args, Clone, Debug)]
pub struct DbArg {
    /// The event database (SQLite).
    #[arg(
        long,
        env = "ATTACHE_DB",
        default_value = "attache.db",
        value_name = "PATH"
    )]
    pub db: PathBuf,
}

#[derive(clap::Args, Clone, Debug)]
pub struct IngestArgs {
    /// Files or directories to read (walked recursively), or '-' for JSON Lines on stdin.
    /// Formats: .jsonl/.ndjson, .txt, .html, .rss/.atom/.xml feeds, .warc; any of them .gz.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub db: DbArg,
    /// Worker threads for coding (0 = one per core; the store writer's thread shares them).
    #[arg(long, default_value_t = 0)]
    pub threads: usize,
    /// Extra actor or event dictionary (same format as data/actors or data/events); repeatable.
    #[arg(long = "dict", value_name = "FILE")]
    pub dict: Vec<PathBuf>,
    /// Publication date for inputs that carry none (plain text), YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<String>,
    /// Stop at the first bad record with a non-zero exit (what was read before it is stored).
    #[arg(long)]
    pub strict: bool,
    /// No progress bar or progress lines, only the closing summary.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Event filters shared by `events` and `export`.
#[derive(clap::Args, Clone, Debug, Default)]
pub struct FilterArgs {
    /// Source or target actor. Codes match more specific codes too (USA matches USAGOV);
    /// '=CODE' matches exactly.
    #[arg(long, value_name = "CODE")]
    pub actor: Option<String>,
    /// Source actor (same matching as --actor).
    #[arg(long, value_name = "CODE")]
    pub source: Option<String>,
    /// Target actor (same matching as --actor).
    #[arg(long, value_name = "CODE")]
    pub target: Option<String>,
    /// Directed dyad: source A and target B.
    #[arg(long, value_name = "A,B")]
    pub dyad: Option<String>,
    /// CAMEO root code(s), two digits: --root 19 or --root 18,19,20.
    #[arg(long, value_name = "NN", value_delimiter = ',')]
    pub root: Vec<String>,
    /// CAMEO event code or code prefix (190, 0431).
    #[arg(long, value_name = "CODE")]
    pub code: Option<String>,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    #[arg(long, value_name = "1-4")]
    pub quad: Option<u8>,
    /// Only events reported in an article's lead paragraph (GDELT IsRootEvent).
    #[arg(long)]
    pub lead: bool,
    /// Events on or after this date, YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    /// Events on or before this date, YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub until: Option<String>,
    /// Country of the event location, ISO 3166 alpha-3 (SYR, UKR).
    #[arg(long, value_name = "ISO3")]
    pub place_country: Option<String>,
    /// Full-text search over the evidence sentences (SQLite FTS5 syntax: words, "a phrase", OR, NOT, prefix*).
    #[arg(long, value_name = "QUERY")]
    pub text: Option<String>,
}

fn parse_day(flag: &str, s: &Option<String>) -> Result<Option<NaiveDate>> {
    s.as_deref()
        .map(|d| {
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .with_context(|| format!("{flag} {d:?}: want YYYY-MM-DD"))
        })
        .transpose()
}

impl FilterArgs {
    pub fn to_filter(&self) -> Result<EventFilter> {
        let m = |s: &Option<String>| s.as_deref().map(ActorMatch::parse).transpose();
        let dyad = match &self.dyad {
            None => None,
            Some(d) => {
                let (a, b) = d.split_once(',').ok_or_else(|| {
                    anyhow!("--dyad {d:?}: want two actor codes separated by a comma, e.g. USA,RUS")
                })?;
                Some((ActorMatch::parse(a)?, ActorMatch::parse(b)?))
            }
        };
        Ok(EventFilter {
            actor: m(&self.actor)?,
            source: m(&self.source)?,
            target: m(&self.target)?,
            dyad,
            roots: self.root.clone(),
            code: self.code.clone(),
            quad: self.quad,
            lead_only: self.lead,
            since: parse_day("--since", &self.since)?,
            until: parse_day("--until", &self.until)?,
            place_country: self.place_country.clone(),
            text: self.text.clone(),
            limit: None,
            newest_first: false,
        })
    }
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum TableFormat {
    Table,
    Jsonl,
    Csv,
}

#[derive(clap::Args, Clone, Debug)]
pub struct EventsArgs {
    #[command(flatten)]
    pub db: DbArg,
    #[command(flatten)]
    pub filter: FilterArgs,
    /// At most this many events, newest first (0 = all).
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
    /// Also list each event's mentions (article, outlet, sentence, evidence).
    #[arg(long)]
    pub mentions: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum By {
    Day,
    Week,
    Month,
}

#[derive(clap::Args, Clone, Debug)]
pub struct DyadArgs {
    /// Source actor (USA matches USAGOV, USAMIL...; '=USA' only USA itself).
    pub a: String,
    /// Target actor.
    pub b: String,
    #[command(flatten)]
    pub db: DbArg,
    /// Time bucket (weeks start on Monday).
    #[arg(long, value_enum, default_value_t = By::Month)]
    pub by: By,
    /// Count both directions (A→B and B→A).
    #[arg(long)]
    pub both: bool,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub since: Option<String>,
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub until: Option<String>,
    /// CSV on stdout instead of the table and chart.
    #[arg(long)]
    pub csv: bool,
}

#[derive(clap::Args, Clone, Debug)]
pub struct ActorsArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// How many actors.
    #[arg(long, default_value_t = 20)]
    pub top: usize,
    #[arg(long, value_enum, default_value_t = TableFormat::Table)]
    pub format: TableFormat,
}

#[derive(clap::Args, Clone, Debug)]
pub struct StatsArgs {
    #[command(flatten)]
    pub db: DbArg,
    /// JSON instead of text.
    #[arg(long)]
    pub json: bool,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFmt {
    /// GDELT 2.0 event table: 61 tab-separated columns, no header.
    Gdelt,
    Csv,
    Jsonl,
    Parquet,
}

#[derive(clap::Args, Clone, Debug)]
pub struct ExportArgs {
    #[command(flatten)]
    pub db: DbArg,
    #[arg(long, value_enum)]
    pub format: ExportFmt,
    /// Output file ('-' for stdout, except Parquet).
    #[arg(long, value_name = "PATH")]
    pub out: PathBuf,
    /// JSON Lines: add each event's mentions.
    #[arg(long)]
    pub mentions: bool,
    #[command(flatten)]
    pub filter: FilterArgs,
}

// ---------------------------------------------------------------- ingest

#[derive(Default)]
struct Counters {
    stored: AtomicU64,
    duplicates: AtomicU64,
    already: AtomicU64,
    bad: AtomicU64,
    new_events: AtomicU64,
    mentions: AtomicU64,
}

/// Progress on stderr: a bar on a terminal, a line every 10 seconds otherwise.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    plain: bool,
    start: Instant,
    last: std::sync::Mutex<Instant>,
}

impl Progress {
    fn new(quiet: bool) -> Progress {
        let tty = std::io::stderr().is_terminal();
        let bar = (!quiet && tty).then(|| {
            let b = indicatif::ProgressBar::new_spinner();
            b.set_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} {elapsed_precise} {human_pos} articles ({per_sec}) {msg}",
                )
                .expect("valid template"),
            );
            b.enable_steady_tick(Duration::from_millis(200));
            b
        });
        Progress {
            bar,
            plain: !quiet && !tty,
            start: Instant::now(),
            last: std::sync::Mutex::new(Instant::now()),
        }
    }

    fn line(c: &Counters, secs: f64) -> String {
        let done = c.stored.load(Relaxed) + c.already.load(Relaxed);
        format!(
            "{} articles ({:.0}/s): {} stored ({} near-duplicates), {} already stored, {} bad; {} new events, {} mentions",
            done,
            c.stored.load(Relaxed) as f64 / secs.max(1e-9),
            c.stored.load(Relaxed),
            c.duplicates.load(Relaxed),
            c.already.load(Relaxed),
            c.bad.load(Relaxed),
            c.new_events.load(Relaxed),
            c.mentions.load(Relaxed),
        )
    }

    fn update(&self, c: &Counters, delta: u64) {
        if let Some(b) = &self.bar {
            b.inc(delta);
            b.set_message(format!(
                "| {} events, {} mentions, {} near-dups, {} skipped",
                c.new_events.load(Relaxed),
                c.mentions.load(Relaxed),
                c.duplicates.load(Relaxed),
                c.already.load(Relaxed) + c.bad.load(Relaxed)
            ));
        } else if self.plain {
            let mut last = self.last.lock().unwrap();
            if last.elapsed() >= Duration::from_secs(10) {
                *last = Instant::now();
                eprintln!(
                    "attache: ingest: {}",
                    Self::line(c, self.start.elapsed().as_secs_f64())
                );
            }
        }
    }

    /// A one-off message (a phase of the run).
    fn note(&self, msg: &str) {
        if let Some(b) = &self.bar {
            b.set_message(format!("| {msg}"));
        } else if self.plain {
            eprintln!("attache: ingest: {msg}");
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

struct Coded {
    article: Article,
    sentences: usize,
    events: Vec<Event>,
    /// MinHash signature, computed by the coding thread.
    signature: Option<Signature>,
}

/// Store one coded article in the writer's batch and count the outcome.
fn store_coded(batch: &mut Batch<'_>, item: Coded, counters: &Counters) -> Result<()> {
    let outcome = batch
        .add_signed(&item.article, item.sentences, &item.events, item.signature)
        .with_context(|| {
            format!(
                "storing article {} ({})",
                item.article.id, item.article.origin
            )
        })?;
    match outcome {
        Outcome::Skipped => {
            counters.already.fetch_add(1, Relaxed);
        }
        Outcome::Stored {
            duplicate_of,
            new_events,
            mentions,
            ..
        } => {
            counters.stored.fetch_add(1, Relaxed);
            counters
                .duplicates
                .fetch_add(duplicate_of.is_some() as u64, Relaxed);
            counters.new_events.fetch_add(new_events as u64, Relaxed);
            counters.mentions.fetch_add(mentions as u64, Relaxed);
        }
    }
    Ok(())
}

fn parse_datetime(s: &Option<String>) -> Result<Option<NaiveDateTime>> {
    Ok(parse_day("--date", s)?.map(|d| d.and_hms_opt(0, 0, 0).unwrap()))
}

/// A rough, low estimate of the events an ingest of `paths` will add, from
/// the input's size: one event per kilobyte (news text yields about one per
/// 200-500 bytes; compressed input and feeds' markup make the estimate lower,
/// not higher). Standard input counts as nothing. Used only to decide whether
/// to defer the query indexes ([`Store::defer_query_indexes`]).
fn expected_events(paths: &[PathBuf]) -> u64 {
    fn size(p: &std::path::Path, depth: usize) -> u64 {
        let Ok(m) = std::fs::metadata(p) else {
            return 0;
        };
        if m.is_file() {
            return m.len();
        }
        if !m.is_dir() || depth > 16 {
            return 0;
        }
        std::fs::read_dir(p)
            .map(|rd| rd.flatten().map(|e| size(&e.path(), depth + 1)).sum())
            .unwrap_or(0)
    }
    paths
        .iter()
        .filter(|p| p.as_os_str() != "-")
        .map(|p| size(p, 0))
        .sum::<u64>()
        / 1000
}

/// `attache ingest`.
pub fn ingest(args: IngestArgs) -> Result<ExitCode> {
    let pipe = Pipeline::with_overlays(&args.dict)?;
    // The store writer is a thread of its own. It needs about a third of a
    // core per coding core's worth of articles (bulk mode), so by default
    // code on every core and let the writer share them: on 2 cores, 10,000
    // articles take 9.3 s this way and 12.7 s with one coding thread.
    let threads = match args.threads {
        0 => std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1),
        n => n,
    };
    let pool = pool(threads)?;
    let opts = attache_read::ReadOptions {
        default_date: parse_datetime(&args.date)?,
    };
    let db = args.db.db.clone();
    let mut store = Store::open(&db)?;
    store.defer_query_indexes(expected_events(&args.paths))?;
    // A second connection answers "already stored?" before coding (WAL lets
    // it read while the writer writes).
    let lookup = Store::open(&db)?;
    // An empty store has nothing to look up: the writer still skips an
    // article given twice in this run.
    let empty: bool =
        lookup
            .conn()
            .query_row("SELECT NOT EXISTS (SELECT 1 FROM articles)", [], |r| {
                r.get(0)
            })?;
    let counters = Arc::new(Counters::default());
    let progress = Arc::new(Progress::new(args.quiet));
    let start = Instant::now();

    // Coded articles go to the writer in groups of a quarter chunk, and one
    // group waits for it: the coding run already holds up to three chunks
    // (read, coded, handed over), and each coded article here is ~30 kB of
    // events. Groups rather than single articles: a writer that waits on an
    // empty channel is woken for each send, and with one article per send
    // the wake-ups cost ~7% of the writer thread's CPU (perf).
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<Coded>>(1);
    let writer = {
        let counters = counters.clone();
        let progress = progress.clone();
        std::thread::Builder::new()
            .name("attache-store".into())
            .spawn(move || -> Result<()> {
                let mut done = false;
                while !done {
                    let mut batch = store.batch()?;
                    let mut n = 0u64;
                    while n < BATCH_ARTICLES as u64 {
                        let Ok(group) = rx.recv() else {
                            done = true;
                            break;
                        };
                        for item in group {
                            store_coded(&mut batch, item, &counters)?;
                            n += 1;
                            progress.update(&counters, 1);
                        }
                    }
                    batch.commit()?;
                }
                // Also completes what an earlier, killed ingest deferred.
                // Events stored unfused in bulk mode and merged now were
                // counted as new by their batches.
                let merged = store.ensure_query_indexes_with(|step| progress.note(step))?;
                let _ = counters
                    .new_events
                    .fetch_update(Relaxed, Relaxed, |n| Some(n.saturating_sub(merged)));
                store.checkpoint()?;
                Ok(())
            })?
    };

    const GROUP: usize = CHUNK / 4;
    let mut group: Vec<Coded> = Vec::with_capacity(GROUP);
    let mut lookup_err: Option<anyhow::Error> = None;
    let input = attache_read::read_paths(&args.paths, &opts).filter(|item| match item {
        Ok(_) if empty => true,
        Ok(a) => match lookup.has_article(&a.id, &a.text) {
            Ok(true) => {
                counters.already.fetch_add(1, Relaxed);
                progress.update(&counters, 1);
                false
            }
            Ok(false) => true,
            Err(e) => {
                lookup_err.get_or_insert(e);
                true
            }
        },
        Err(_) => true,
    });
    let result = code_stream_with(
        &pipe,
        &pool,
        input,
        args.strict,
        |e| {
            counters.bad.fetch_add(1, Relaxed);
            if let Some(b) = &progress.bar {
                b.suspend(|| eprintln!("attache: skipped {e}"));
            } else {
                eprintln!("attache: skipped {e}");
            }
        },
        |a, _| Signature::of(&a.text),
        |a, r, signature| {
            group.push(Coded {
                article: a,
                sentences: r.sentences,
                events: r.events,
                signature,
            });
            if group.len() < GROUP {
                return Ok(());
            }
            tx.send(std::mem::replace(&mut group, Vec::with_capacity(GROUP)))
                .map_err(|_| anyhow!("the store writer stopped"))
        },
    );
    if !group.is_empty() {
        // The writer's error, if it stopped, is reported below.
        let _ = tx.send(group);
    }
    drop(tx);
    // Coding is over: free the dictionaries, the coding threads and the
    // lookup connection before the writer's final sorts need the memory.
    drop(pipe);
    drop(pool);
    drop(lookup);
    let written = writer
        .join()
        .map_err(|_| anyhow!("the store writer panicked"))?;
    progress.finish();
    // The writer's error explains a failed send better than the send does.
    written?;
    if let Some(e) = lookup_err {
        return Err(e);
    }
    let stats = result?;
    let secs = start.elapsed().as_secs_f64();
    eprintln!("attache: ingest: {}", Progress::line(&counters, secs));
    eprintln!(
        "attache: ingest: {} sentences, {:.1} MB coded in {:.1}s into {}",
        stats.sentences,
        stats.bytes as f64 / 1e6,
        secs,
        db.display()
    );
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------- events

fn ellipsis(s: &str, max: usize) -> String {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if s.chars().count() <= max {
        s
    } else {
        let mut t: String = s.chars().take(max.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn place_text(e: &StoredEvent) -> String {
    match (&e.place_name, &e.place_country) {
        (Some(n), Some(c)) => format!("{n} ({c})"),
        (Some(n), None) => n.clone(),
        _ => String::new(),
    }
}

/// `attache events`.
pub fn events(args: EventsArgs) -> Result<ExitCode> {
    let store = Store::open_existing(&args.db.db)?;
    let mut f = args.filter.to_filter()?;
    f.limit = (args.limit > 0).then_some(args.limit);
    f.newest_first = true;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let n = match args.format {
        TableFormat::Jsonl => store.events(&f, |e| {
            let mut v = serde_json::to_value(&e)?;
            if args.mentions {
                v["mentions"] = serde_json::to_value(store.mentions(e.id)?)?;
            }
            serde_json::to_writer(&mut out, &v)?;
            out.write_all(b"\n")?;
            Ok(())
        })?,
        TableFormat::Csv => {
            writeln!(
                out,
                "{}",
                attache_export::COLUMNS
                    .iter()
                    .map(|c| c.0)
                    .collect::<Vec<_>>()
                    .join(",")
            )?;
            store.events(&f, |e| {
                let row = attache_export::csv_row(&e);
                writeln!(out, "{row}")?;
                Ok(())
            })?
        }
        TableFormat::Table => {
            writeln!(
                out,
                "{:>8}  {:<10}  {:<10} {:<10} {:<5} {:>1} {:>5}  {:>9}  {:<20} EVIDENCE",
                "ID", "DATE", "SOURCE", "TARGET", "CODE", "Q", "GOLD", "M/S/A", "PLACE"
            )?;
            store.events(&f, |e| {
                let ms = store.mentions(e.id)?;
                let ev = ms.first().map(|m| m.evidence.as_str()).unwrap_or("");
                writeln!(
                    out,
                    "{:>8}  {:<10}  {:<10} {:<10} {:<5} {:>1} {:>5.1}  {:>9}  {:<20} {}{}",
                    e.id,
                    e.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
                    if e.source.is_empty() { "-" } else { &e.source },
                    if e.target.is_empty() { "-" } else { &e.target },
                    e.cameo,
                    e.quad_class,
                    e.goldstein,
                    format!("{}/{}/{}", e.num_mentions, e.num_sources, e.num_articles),
                    ellipsis(&place_text(&e), 20),
                    if e.is_root { "* " } else { "" },
                    ellipsis(ev, 90)
                )?;
                if args.mentions {
                    for m in &ms {
                        writeln!(
                            out,
                            "{:>10} {} [{}] s{}{}: {}",
                            "↳",
                            m.article,
                            if m.outlet.is_empty() { "?" } else { &m.outlet },
                            m.sentence,
                            if m.duplicate { " (copy)" } else { "" },
                            ellipsis(&m.evidence, 120)
                        )?;
                    }
                }
                Ok(())
            })?
        }
    };
    out.flush()?;
    if args.format == TableFormat::Table {
        let more = if f.limit == Some(n) {
            " (--limit reached; --limit 0 for all)"
        } else {
            ""
        };
        eprintln!("{n} events{more}; M/S/A = mentions/sources/articles, * = in an article lead");
    }
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------- dyad

const QUAD_GLYPHS: [char; 4] = ['░', '▒', '▓', '█'];

/// One bar of the dyad chart: each quad class gets a share of `width` in
/// proportion to its count (largest remainders), total scaled to `max`.
fn bar(quad: &[i64; 4], max: i64, width: usize) -> String {
    let total: i64 = quad.iter().sum();
    if total == 0 || max == 0 {
        return String::new();
    }
    let cells = ((total as f64 / max as f64) * width as f64)
        .round()
        .max(1.0) as usize;
    let exact: Vec<f64> = quad
        .iter()
        .map(|q| *q as f64 / total as f64 * cells as f64)
        .collect();
    let mut n: Vec<usize> = exact.iter().map(|x| x.floor() as usize).collect();
    let mut left = cells - n.iter().sum::<usize>();
    let mut order: Vec<usize> = (0..4).collect();
    order.sort_by(|a, b| (exact[*b] - n[*b] as f64).total_cmp(&(exact[*a] - n[*a] as f64)));
    for i in order {
        if left == 0 {
            break;
        }
        if quad[i] > 0 {
            n[i] += 1;
            left -= 1;
        }
    }
    (0..4)
        .flat_map(|i| std::iter::repeat_n(QUAD_GLYPHS[i], n[i]))
        .collect()
}

/// `attache dyad`.
pub fn dyad(args: DyadArgs) -> Result<ExitCode> {
    let store = Store::open_existing(&args.db.db)?;
    let a = ActorMatch::parse(&args.a)?;
    let b = ActorMatch::parse(&args.b)?;
    let by = match args.by {
        By::Day => Period::Day,
        By::Week => Period::Week,
        By::Month => Period::Month,
    };
    let t = Instant::now();
    let rows = store.dyad(
        &a,
        &b,
        by,
        args.both,
        parse_day("--since", &args.since)?,
        parse_day("--until", &args.until)?,
    )?;
    let elapsed = t.elapsed();
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.csv {
        writeln!(
            out,
            "period,verbal_coop,material_coop,verbal_conflict,material_conflict,total,goldstein_sum,goldstein_mean"
        )?;
        for r in &rows {
            writeln!(
                out,
                "{},{},{},{},{},{},{},{:.3}",
                r.period,
                r.quad[0],
                r.quad[1],
                r.quad[2],
                r.quad[3],
                r.total,
                r.goldstein_sum,
                r.goldstein_mean
            )?;
        }
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let arrow = if args.both { "↔" } else { "→" };
    let total: i64 = rows.iter().map(|r| r.total).sum();
    writeln!(
        out,
        "{} {arrow} {} by {}: {total} events",
        args.a.to_uppercase(),
        args.b.to_uppercase(),
        format!("{:?}", args.by).to_lowercase()
    )?;
    if rows.is_empty() {
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let max = rows.iter().map(|r| r.total).max().unwrap_or(0);
    writeln!(
        out,
        "{:<10} {:>6} {:>6} {:>6} {:>6} {:>7} {:>9} {:>6}  CHART",
        "PERIOD", "V-COOP", "M-COOP", "V-CONF", "M-CONF", "TOTAL", "GOLD-SUM", "MEAN"
    )?;
    for r in &rows {
        writeln!(
            out,
            "{:<10} {:>6} {:>6} {:>6} {:>6} {:>7} {:>9.1} {:>6.2}  {}",
            r.period,
            r.quad[0],
            r.quad[1],
            r.quad[2],
            r.quad[3],
            r.total,
            r.goldstein_sum,
            r.goldstein_mean,
            bar(&r.quad, max, 40)
        )?;
    }
    writeln!(
        out,
        "chart: {} verbal cooperation  {} material cooperation  {} verbal conflict  {} material conflict  (longest bar = {max})",
        QUAD_GLYPHS[0], QUAD_GLYPHS[1], QUAD_GLYPHS[2], QUAD_GLYPHS[3]
    )?;
    out.flush()?;
    eprintln!(
        "attache: dyad query took {:.1} ms",
        elapsed.as_secs_f64() * 1000.0
    );
    Ok(ExitCode::SUCCESS)
}

// ---------------------------------------------------------------- actors, stats, export

/// `attache actors`.
pub fn actors(args: ActorsArgs) -> Result<ExitCode> {
    let store = Store::open_existing(&args.db.db)?;
    let rows = store.top_actors(args.top)?;
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match args.format {
        TableFormat::Jsonl => {
            for r in &rows {
                serde_json::to_writer(&mut out, r)?;
                out.write_all(b"\n")?;
            }
        }
        TableFormat::Csv => {
            writeln!(out, "code,name,events,as_source,as_target,mentions")?;
            for r in &rows {
                writeln!(
                    out,
                    "{},{},{},{},{},{}",
                    r.code,
                    attache_export::csv_field(r.name.as_deref().unwrap_or("")),
                    r.events,
                    r.as_source,
                    r.as_target,
                    r.mentions
                )?;
            }
        }
        TableFormat::Table => {
            writeln!(
                out,
                "{:>4}  {:<12} {:>8} {:>9} {:>9} {:>9}  NAME (first seen)",
                "#", "CODE", "EVENTS", "AS-SOURCE", "AS-TARGET", "MENTIONS"
            )?;
            for (i, r) in rows.iter().enumerate() {
                writeln!(
                    out,
                    "{:>4}  {:<12} {:>8} {:>9} {:>9} {:>9}  {}",
                    i + 1,
                    r.code,
                    r.events,
                    r.as_source,
                    r.as_target,
                    r.mentions,
                    ellipsis(r.name.as_deref().unwrap_or(""), 40)
                )?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// `attache stats`.
pub fn stats(args: StatsArgs) -> Result<ExitCode> {
    let store = Store::open_existing(&args.db.db)?;
    let s = store.stats()?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&s)?);
        return Ok(ExitCode::SUCCESS);
    }
    let d = |x: Option<NaiveDate>| x.map(|d| d.to_string()).unwrap_or_else(|| "-".into());
    println!(
        "database      {} (schema version {})",
        args.db.db.display(),
        s.schema_version
    );
    println!(
        "articles      {} ({} near-duplicate copies), {} evidence sentences, {} outlets",
        s.articles, s.duplicates, s.sentences, s.outlets
    );
    println!(
        "events        {} canonical from {} mentions ({:.2} mentions per event); {} in an article lead",
        s.events,
        s.mentions,
        s.mentions as f64 / s.events.max(1) as f64,
        s.root_events
    );
    println!(
        "quad classes  verbal coop {}, material coop {}, verbal conflict {}, material conflict {}",
        s.quad[0], s.quad[1], s.quad[2], s.quad[3]
    );
    println!(
        "dates         {} .. {} ({} events undated)",
        d(s.first_date),
        d(s.last_date),
        s.undated_events
    );
    println!("actors        {}", s.actors);
    println!(
        "size          {:.1} MB ({:.0} bytes per event)",
        s.bytes as f64 / 1e6,
        s.bytes_per_event
    );
    Ok(ExitCode::SUCCESS)
}

/// `attache export`.
pub fn export(args: ExportArgs) -> Result<ExitCode> {
    let store = Store::open_existing(&args.db.db)?;
    let filter = args.filter.to_filter()?;
    let format = match args.format {
        ExportFmt::Gdelt => ExportFormat::Gdelt,
        ExportFmt::Csv => ExportFormat::Csv,
        ExportFmt::Jsonl => ExportFormat::Jsonl,
        ExportFmt::Parquet => ExportFormat::Parquet,
    };
    let n = if args.out.as_os_str() == "-" {
        let stdout = std::io::stdout();
        let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
        let n = match format {
            ExportFormat::Gdelt => attache_export::gdelt::write(&store, &filter, &mut out)?,
            ExportFormat::Csv => attache_export::write_csv(&store, &filter, &mut out)?,
            ExportFormat::Jsonl => {
                attache_export::write_jsonl(&store, &filter, &mut out, args.mentions)?
            }
            ExportFormat::Parquet => bail!("--format parquet needs a file (--out events.parquet)"),
        };
        out.flush()?;
        n
    } else {
        attache_export::export(&store, &filter, format, &args.out, args.mentions)?
    };
    eprintln!("attache: exported {n} events to {}", args.out.display());
    Ok(ExitCode::SUCCESS)
}
