//! Time the store writer alone: code generated articles into memory first,
//! then store them in a fresh database file in transactions of
//! `BATCH_ARTICLES`, as `attache ingest`'s writer thread does.
//!
//! ```text
//! cargo run --release -p attache --example store_replay -- [ARTICLES] [DB]
//! ```
//!
//! `REPLAY_SQL=...` runs SQL after opening the store (e.g. pragmas);
//! `REPLAY_STOP=1` exits after the batches, leaving their WAL unchanged;
//! `REPLAY_PAUSE=S` waits S seconds before storing (for profilers).
//!
//! The articles are of the default corpus profile (news-like density);
//! `ATTACHE_CORPUS_PROFILE=dense` gives the event-dense one of earlier rows.
//!
//! `attache ingest` runs coding and storing on different threads, so its
//! throughput on all cores is bounded by this writer; this example shows the
//! writer's cost per article without the coder competing for the CPU.
use attache::gencorpus::{Generator, Profile};
use attache::pipeline::Pipeline;
use attache_store::{minhash::Signature, Store, BATCH_ARTICLES};

/// CPU seconds (user + system) this process has used, from /proc/self/stat
/// (0 where there is no /proc): less disturbed by other work on the machine
/// than wall time.
fn cpu_seconds() -> f64 {
    let Ok(stat) = std::fs::read_to_string("/proc/self/stat") else {
        return 0.0;
    };
    // Fields after the command name (which is in parentheses): utime and stime are the 12th and 13th.
    let rest = stat.rsplit_once(')').map(|x| x.1).unwrap_or("");
    let f: Vec<&str> = rest.split_whitespace().collect();
    let ticks: f64 = f.get(11).and_then(|x| x.parse().ok()).unwrap_or(0.0)
        + f.get(12).and_then(|x| x.parse().ok()).unwrap_or(0.0);
    ticks / 100.0
}

/// Bytes this process has written through write(2) and friends, from
/// /proc/self/io (`wchar`; 0 where there is none): WAL frames and checkpoints.
fn written_bytes() -> f64 {
    std::fs::read_to_string("/proc/self/io")
        .ok()
        .and_then(|io| {
            io.lines().find_map(|l| {
                l.strip_prefix("wchar: ")
                    .and_then(|v| v.trim().parse().ok())
            })
        })
        .unwrap_or(0.0)
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().map(|s| s.parse()).transpose()?.unwrap_or(3000);
    let db = args
        .next()
        .unwrap_or_else(|| "target/tmp/store_replay.db".into());
    let _ = std::fs::create_dir_all("target/tmp");
    for ext in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{db}{ext}"));
    }
    let pipe = Pipeline::builtin();
    let mut g = Generator::with_profile(1, Profile::from_env());
    let coded: Vec<_> = (0..n)
        .map(|_| {
            let a = g.next_article();
            let r = pipe.code_article(&a, false);
            let sig = Signature::of(&a.text);
            (a, r, sig)
        })
        .collect();
    let events: usize = coded.iter().map(|c| c.1.events.len()).sum();
    let mut store = Store::open(&db)?;
    if let Ok(sql) = std::env::var("REPLAY_SQL") {
        store.conn().execute_batch(&sql)?;
    }
    let t = std::time::Instant::now();
    let cpu0 = cpu_seconds();
    let deferred =
        std::env::var_os("REPLAY_NODEFER").is_none() && store.defer_query_indexes(events as u64)?;
    eprintln!("storing (pid {})", std::process::id());
    // `REPLAY_PAUSE=S`: wait S seconds first, so that a profiler told to
    // start on the line above (callgrind_control -i on) misses no article.
    if let Some(s) = std::env::var("REPLAY_PAUSE")
        .ok()
        .and_then(|v| v.parse().ok())
    {
        std::thread::sleep(std::time::Duration::from_secs_f64(s));
    }
    // Every 10,000 articles: the writer's CPU per article over the last
    // 10,000, which shows how its cost grows with the database.
    let (mut done, mut last_done, mut last_cpu) = (0usize, 0usize, cpu0);
    let mut last_written = written_bytes();
    // `REPLAY_BATCH=N`: articles per transaction other than ingest's.
    let batch: usize = std::env::var("REPLAY_BATCH")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(BATCH_ARTICLES);
    for chunk in coded.chunks(batch) {
        let mut b = store.batch()?;
        for (a, r, sig) in chunk {
            b.add_signed(a, r.sentences, &r.events, sig.clone())?;
        }
        b.commit()?;
        let before = done;
        done += chunk.len();
        if done / 10_000 != before / 10_000 {
            let (c, w) = (cpu_seconds(), written_bytes());
            eprintln!(
                "{done} stored: {:.3} CPU ms/article, {:.1} kB written/article over the last {}",
                (c - last_cpu) * 1e3 / (done - last_done) as f64,
                (w - last_written) / 1e3 / (done - last_done) as f64,
                done - last_done
            );
            (last_cpu, last_done, last_written) = (c, done, w);
        }
    }
    if std::env::var_os("REPLAY_STOP").is_some() {
        // Leave the WAL as the batches wrote it (no final steps, no
        // checkpoint on close), to see which pages they wrote.
        std::process::exit(0);
    }
    let cpu_store = cpu_seconds();
    let wall_store = std::time::Instant::now();
    if deferred {
        // CPU counts SQLite's sorter threads too; wall is what an ingest waits.
        let mut last: Option<(String, f64, std::time::Instant)> = None;
        let mut report = |next: Option<&str>| {
            let now = cpu_seconds();
            if let Some((name, t, w)) = last.take() {
                eprintln!(
                    "  {name}: {:.1} CPU s, {:.1} s wall",
                    now - t,
                    w.elapsed().as_secs_f64()
                );
            }
            last = next.map(|n| (n.to_string(), now, std::time::Instant::now()));
        };
        store.ensure_query_indexes_with(|step| report(Some(step)))?;
        report(None);
    }
    eprintln!(
        "deferred index build: {:.1} CPU s, {:.1} s wall",
        cpu_seconds() - cpu_store,
        wall_store.elapsed().as_secs_f64()
    );
    store.checkpoint()?;
    let s = t.elapsed().as_secs_f64();
    let cpu = cpu_seconds() - cpu0;
    let size = std::fs::metadata(&db)?.len();
    println!(
        "{n} articles, {events} events: {:.2} s, {:.0} articles/s, {:.3} ms/article, {:.3} CPU ms/article, {:.0} bytes/event",
        s,
        n as f64 / s,
        s * 1e3 / n as f64,
        cpu * 1e3 / n as f64,
        size as f64 / events as f64
    );
    Ok(())
}
