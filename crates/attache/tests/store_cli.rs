//! The store commands end to end, through the real `attache` binary:
//! ingest (idempotent, crash-safe under SIGKILL), events, dyad, actors,
//! stats and every export format.

use attache_store::Store;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_attache"));
    c.env_remove("ATTACHE_DB");
    c
}

fn run(args: &[&str], db: &Path) -> Output {
    let out = bin()
        .args(args)
        .arg("--db")
        .arg(db)
        .output()
        .expect("run attache");
    assert!(
        out.status.success(),
        "attache {args:?} failed: {}\n{}",
        String::from_utf8_lossy(&out.stderr),
        String::from_utf8_lossy(&out.stdout)
    );
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

const PLACES: &[(&str, &str)] = &[
    ("KYIV", "Ukraine"),
    ("MOSCOW", "Russia"),
    ("ANKARA", "Turkey"),
    ("BEIJING", "China"),
    ("JERUSALEM", "Israel"),
    ("PARIS", "France"),
];

const SENTENCES: &[&str] = &[
    "Russian forces shelled the city of Kharkiv on {day}, Ukrainian officials said.",
    "The United States condemned Russia over the attack.",
    "Turkish President Recep Tayyip Erdogan met Greek Prime Minister Kyriakos Mitsotakis in Ankara on {day}.",
    "China accused Japan of provoking tension in the East China Sea.",
    "Israeli troops arrested a dozen protesters in Hebron on {day}.",
    "The United Nations called on Israel and Iran to show restraint.",
    "France pledged humanitarian aid to Sudan.",
    "Police in Nigeria detained an opposition leader on {day}.",
    "Germany and Poland signed a defence agreement in Warsaw.",
    "Iran rejected the proposal, the foreign ministry said.",
];

const FILLER: &[&str] = &[
    "The weather was mild for the season and markets were calm.",
    "Analysts said the talks could take weeks to produce any result.",
    "Officials did not give further details about the timetable.",
    "The region has seen several such incidents in recent years.",
    "Local newspapers carried the story on their front pages.",
];

const DAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/// A deterministic JSON Lines corpus: short wire-style articles, every 10th a
/// copy of an earlier one from another outlet.
fn corpus(path: &Path, n: usize) -> usize {
    let mut s: u64 = 0x1234_5678_9abc_def1;
    let mut next = move |m: usize| {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        (s % m as u64) as usize
    };
    let mut bodies: Vec<String> = Vec::new();
    let mut lines = Vec::new();
    for i in 0..n {
        let date = format!("2024-03-{:02}", 1 + i % 28);
        let (text, source) = if i % 10 == 9 {
            let b = &bodies[next(bodies.len())];
            (format!("{b}\nReporting by staff."), "CopyWire")
        } else {
            let (city, country) = PLACES[next(PLACES.len())];
            let mut paras = vec![format!(
                "{city}, {country} (Wire) - {}",
                SENTENCES[next(SENTENCES.len())].replace("{day}", DAYS[next(DAYS.len())])
            )];
            for _ in 0..4 {
                let mut p = Vec::new();
                for _ in 0..2 {
                    p.push(if next(3) == 0 {
                        FILLER[next(FILLER.len())].to_string()
                    } else {
                        SENTENCES[next(SENTENCES.len())].replace("{day}", DAYS[next(DAYS.len())])
                    });
                }
                p.push(format!("Item {i} paragraph note {}.", next(100_000)));
                paras.push(p.join(" "));
            }
            let b = paras.join("\n\n");
            bodies.push(b.clone());
            (b, ["Wire", "Daily", "Herald", "Times"][next(4)])
        };
        let obj = serde_json::json!({
            "id": format!("art-{i:05}"),
            "source": source,
            "url": format!("https://{}.example/{i}", source.to_lowercase()),
            "date": date,
            "text": text,
        });
        lines.push(obj.to_string());
    }
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
    n
}

/// A comparable dump of a database: articles, events and mention counts in id order.
fn dump(db: &Path) -> (Vec<String>, Vec<String>, i64) {
    let s = Store::open_existing(db).unwrap();
    let c = s.conn();
    let rows = |sql: &str| -> Vec<String> {
        let mut st = c.prepare(sql).unwrap();
        let n = st.column_count();
        st.query_map([], |r| {
            Ok((0..n)
                .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                .collect::<Vec<_>>()
                .join("|"))
        })
        .unwrap()
        .collect::<Result<Vec<_>, _>>()
        .unwrap()
    };
    let articles = rows(
        "SELECT a.id, a.ext_id, a.content_hash, a.events, d.ext_id, a.similarity
         FROM articles a LEFT JOIN articles d ON d.id = a.duplicate_of ORDER BY a.id",
    );
    // Event ids are surrogate keys: bulk ingest fuses at the end, so a
    // resumed ingest may number events differently; the content is the same.
    let events = rows(
        "SELECT fkey, day, source, target, cameo, num_mentions, num_sources, num_articles, is_root, first_seen,
                (SELECT ext_id FROM articles WHERE id = first_article)
         FROM events ORDER BY fkey",
    );
    let mentions: i64 = c
        .query_row("SELECT count(*) FROM mentions", [], |r| r.get(0))
        .unwrap();
    (articles, events, mentions)
}

/// Invariants that hold in any consistent database.
fn check_consistent(db: &Path) {
    let s = Store::open_existing(db).unwrap();
    let one = |sql: &str| -> i64 {
        s.conn()
            .query_row(sql, [], |r| r.get::<_, Option<i64>>(0))
            .unwrap()
            .unwrap_or(0)
    };
    assert_eq!(
        one("SELECT count(*) FROM articles"),
        one("SELECT count(DISTINCT ext_id) FROM articles")
    );
    assert_eq!(
        one("SELECT sum(num_mentions) FROM events"),
        one("SELECT count(*) FROM mentions")
    );
    assert_eq!(
        one("SELECT sum(events) FROM articles"),
        one("SELECT count(*) FROM mentions")
    );
    assert_eq!(
        one("SELECT count(*) FROM mentions WHERE event NOT IN (SELECT id FROM events)"),
        0
    );
    assert_eq!(
        one("SELECT count(*) FROM events WHERE id NOT IN (SELECT event FROM mentions)"),
        0
    );
    assert_eq!(
        one("SELECT count(*) FROM mentions WHERE article NOT IN (SELECT id FROM articles)"),
        0
    );
    assert_eq!(
        one("SELECT count(*) FROM (SELECT event, count(DISTINCT article) n FROM mentions GROUP BY event) x
             JOIN events e ON e.id = x.event WHERE e.num_articles != x.n"),
        0
    );
    assert_eq!(
        one("SELECT count(*) FROM (SELECT event, count(DISTINCT outlet) n FROM mentions GROUP BY event) x
             JOIN events e ON e.id = x.event WHERE e.num_sources != x.n"),
        0
    );
    assert_eq!(
        one("SELECT count(*) FROM sentences"),
        one("SELECT count(*) FROM sentences_fts")
    );
    let ok: String = s
        .conn()
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(ok, "ok");
}

fn count(db: &Path, sql: &str) -> i64 {
    match Store::open_existing(db) {
        Ok(s) => s.conn().query_row(sql, [], |r| r.get(0)).unwrap_or(0),
        Err(_) => 0,
    }
}

#[test]
fn ingest_survives_sigkill_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("corpus.jsonl");
    let n = corpus(&input, 3000) as i64;
    let input_s = input.to_str().unwrap();

    // Reference: one uninterrupted ingest.
    let reference = dir.path().join("ref.db");
    run(&["ingest", input_s, "--quiet"], &reference);
    check_consistent(&reference);
    let want = dump(&reference);
    assert_eq!(want.0.len() as i64, n, "every article stored once");
    assert!(
        want.1.len() > 100,
        "the corpus should code events ({} found)",
        want.1.len()
    );
    assert!(
        want.0.iter().filter(|a| !a.contains("|None|")).count() >= (n / 10) as usize - 5,
        "copies linked"
    );

    // Killed run: SIGKILL once a batch is committed, in the middle of later batches.
    let killed = dir.path().join("killed.db");
    let mut child = bin()
        .args(["ingest", input_s, "--threads", "1", "--quiet", "--db"])
        .arg(&killed)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let t = Instant::now();
    loop {
        if let Some(st) = child.try_wait().unwrap() {
            panic!("ingest finished ({st}) before it could be killed: make the corpus bigger");
        }
        if killed.exists() && count(&killed, "SELECT count(*) FROM articles") > 0 {
            break;
        }
        assert!(
            t.elapsed() < Duration::from_secs(300),
            "no batch committed in 300 s"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    std::thread::sleep(Duration::from_millis(40));
    child.kill().unwrap(); // SIGKILL on Unix
    let status = child.wait().unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        assert_eq!(
            status.signal(),
            Some(9),
            "ingest was still running when killed"
        );
    }
    let stored = count(&killed, "SELECT count(*) FROM articles");
    assert!(
        stored > 0 && stored < n,
        "killed mid-run: {stored} of {n} stored"
    );
    check_consistent(&killed);

    // Re-run: completes the store, skipping what is there.
    let out = run(&["ingest", input_s], &killed);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&format!("{stored} already stored")), "{err}");
    check_consistent(&killed);
    assert_eq!(
        dump(&killed),
        want,
        "killed + resumed ingest differs from one clean ingest"
    );

    // Idempotent: a third run adds nothing.
    let out = run(&["ingest", input_s], &killed);
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains(&format!("0 stored (0 near-duplicates), {n} already stored")));
    assert_eq!(dump(&killed), want);
}

fn sample_db(dir: &Path) -> PathBuf {
    let input = dir.join("corpus.jsonl");
    corpus(&input, 300);
    let db = dir.join("q.db");
    run(&["ingest", input.to_str().unwrap()], &db);
    db
}

#[test]
fn query_commands() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_db(dir.path());

    let st = stdout(&run(&["stats"], &db));
    assert!(st.contains("articles      300 ("), "{st}");
    assert!(st.contains("bytes per event"), "{st}");
    let js: serde_json::Value =
        serde_json::from_str(&stdout(&run(&["stats", "--json"], &db))).unwrap();
    assert_eq!(js["articles"], 300);
    assert!(js["duplicates"].as_i64().unwrap() >= 25);
    let events = js["events"].as_i64().unwrap();
    assert!(events > 0);

    // events: table, JSON Lines with mentions, CSV; filters.
    let t = stdout(&run(&["events", "--limit", "5"], &db));
    assert_eq!(t.lines().count(), 6, "{t}");
    assert!(t.starts_with("      ID  DATE"), "{t}");
    let all = stdout(&run(
        &["events", "--limit", "0", "--format", "jsonl", "--mentions"],
        &db,
    ));
    assert_eq!(all.lines().count() as i64, events);
    let mut fused = 0;
    for l in all.lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        let ms = v["mentions"].as_array().unwrap();
        assert_eq!(ms.len() as i64, v["num_mentions"].as_i64().unwrap());
        fused += (ms.len() > 1) as i32;
    }
    assert!(
        fused > 0,
        "copies and repeated reports fuse into events with several mentions"
    );
    let csv = stdout(&run(
        &["events", "--limit", "0", "--format", "csv", "--quad", "4"],
        &db,
    ));
    assert!(csv.starts_with("event_id,date,"));
    for l in csv.lines().skip(1) {
        assert!(l.contains(",4,"), "{l}");
    }
    let rus = stdout(&run(
        &[
            "events", "--limit", "0", "--format", "jsonl", "--source", "RUS",
        ],
        &db,
    ));
    for l in rus.lines() {
        let v: serde_json::Value = serde_json::from_str(l).unwrap();
        assert!(v["source"].as_str().unwrap().starts_with("RUS"), "{l}");
    }
    let text = stdout(&run(
        &[
            "events",
            "--limit",
            "0",
            "--format",
            "jsonl",
            "--text",
            "Kharkiv",
            "--mentions",
        ],
        &db,
    ));
    for l in text.lines() {
        assert!(l.contains("Kharkiv"), "{l}");
    }
    let none = stdout(&run(
        &["events", "--format", "jsonl", "--since", "2030-01-01"],
        &db,
    ));
    assert!(none.is_empty());
    let bad = bin()
        .args(["events", "--quad", "7", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(!bad.status.success());

    // dyad: table with chart, CSV.
    let d = stdout(&run(&["dyad", "USA", "RUS", "--by", "week", "--both"], &db));
    assert!(d.contains("USA ↔ RUS by week"), "{d}");
    let c = stdout(&run(&["dyad", "RUS", "UKR", "--by", "day", "--csv"], &db));
    assert!(
        c.starts_with("period,verbal_coop,material_coop,verbal_conflict,material_conflict,total,"),
        "{c}"
    );

    // actors
    let a = stdout(&run(&["actors", "--top", "5"], &db));
    assert!(a.lines().count() >= 2 && a.lines().count() <= 6, "{a}");
    let a = stdout(&run(&["actors", "--top", "3", "--format", "jsonl"], &db));
    assert_eq!(a.lines().count(), 3);

    // The database can come from ATTACHE_DB.
    let o = Command::new(env!("CARGO_BIN_EXE_attache"))
        .arg("stats")
        .env("ATTACHE_DB", &db)
        .output()
        .unwrap();
    assert!(o.status.success());
    // A missing database is an error, not a new empty file.
    let missing = dir.path().join("missing.db");
    let o = bin()
        .args(["events", "--db"])
        .arg(&missing)
        .output()
        .unwrap();
    assert!(!o.status.success());
    assert!(!missing.exists());
}

#[test]
fn exports() {
    let dir = tempfile::tempdir().unwrap();
    let db = sample_db(dir.path());
    let events = count(&db, "SELECT count(*) FROM events") as usize;

    let gdelt = dir.path().join("events.tsv");
    run(
        &[
            "export",
            "--format",
            "gdelt",
            "--out",
            gdelt.to_str().unwrap(),
        ],
        &db,
    );
    let text = std::fs::read_to_string(&gdelt).unwrap();
    assert_eq!(text.lines().count(), events);
    for l in text.lines() {
        let f: Vec<&str> = l.split('\t').collect();
        assert_eq!(f.len(), 61, "{l}");
        assert_eq!(f[1].len(), 8, "Day is YYYYMMDD: {l}");
        assert!(["1", "2", "3", "4"].contains(&f[29]), "QuadClass: {l}");
    }

    let csv = dir.path().join("events.csv");
    run(
        &[
            "export",
            "--format",
            "csv",
            "--out",
            csv.to_str().unwrap(),
            "--root",
            "19,18",
        ],
        &db,
    );
    let n_csv = std::fs::read_to_string(&csv).unwrap().lines().count() - 1;
    assert!(n_csv <= events);

    let out = run(
        &["export", "--format", "jsonl", "--out", "-", "--mentions"],
        &db,
    );
    assert_eq!(stdout(&out).lines().count(), events);

    let pq = dir.path().join("events.parquet");
    run(
        &[
            "export",
            "--format",
            "parquet",
            "--out",
            pq.to_str().unwrap(),
        ],
        &db,
    );
    let bytes = std::fs::read(&pq).unwrap();
    assert_eq!(&bytes[..4], b"PAR1");
    assert_eq!(&bytes[bytes.len() - 4..], b"PAR1");
}

/// An empty store skips the "already stored?" lookup before coding; an
/// article given twice in the same run is still stored once (the writer
/// checks), and a second run adds nothing.
#[test]
fn an_article_given_twice_in_one_run_is_stored_once() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("twice.db");
    let wire = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/corpus/wire.jsonl"
    );
    let lines = std::fs::read_to_string(wire)
        .unwrap()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .count() as i64;
    run(&["ingest", "--quiet", wire, wire], &db);
    assert_eq!(count(&db, "SELECT count(*) FROM articles"), lines);
    let mentions = count(&db, "SELECT count(*) FROM mentions");
    assert!(mentions > 0);
    run(&["ingest", "--quiet", wire], &db);
    assert_eq!(count(&db, "SELECT count(*) FROM articles"), lines);
    assert_eq!(count(&db, "SELECT count(*) FROM mentions"), mentions);
}
