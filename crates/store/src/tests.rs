use super::*;
use attache_model::{
    ActorRef, Article, DatePrecision, Event, Location, Modality, PlacePrecision, Trigger,
};
use chrono::NaiveDate;

fn actor(code: &str, text: &str) -> ActorRef {
    let c = attache_model::ActorCode::parse(code).unwrap();
    ActorRef {
        text: text.into(),
        code: Some(code.into()),
        country: c.country,
        org: c.org,
        role: c.role,
        start: 0,
        end: text.len(),
    }
}

/// A filler body of `n` words that differs between seeds, so that unrelated
/// test articles are not near-duplicates of each other.
fn body(seed: u64, n: usize) -> String {
    let mut s = seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1;
    (0..n)
        .map(|_| {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            format!("w{}", s % 3000)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn article(id: &str, source: &str, date: &str, text: String) -> Article {
    Article {
        id: id.into(),
        source: Some(source.into()),
        url: Some(format!("https://{}/{}", source.to_lowercase(), id)),
        title: Some(format!("Title {id}")),
        date: Some(
            NaiveDate::parse_from_str(date, "%Y-%m-%d")
                .unwrap()
                .and_hms_opt(9, 30, 0)
                .unwrap(),
        ),
        lang: Some("en".into()),
        text,
        origin: String::new(),
    }
}

#[allow(clippy::too_many_arguments)]
fn event(
    a: &Article,
    sentence: usize,
    src: &str,
    tgt: &str,
    cameo: &str,
    quad: u8,
    gold: f64,
    date: &str,
    root: bool,
) -> Event {
    Event {
        id: attache_model::stable_id(&[&a.id, &sentence.to_string(), cameo, src, tgt]),
        article_id: a.id.clone(),
        sentence,
        evidence: format!(
            "Sentence {sentence} of {}: {src} and {tgt} meet over the harbour dispute.",
            a.id
        ),
        date: Some(date.into()),
        date_precision: Some(DatePrecision::Day),
        date_span: None,
        source: Some(actor(src, &format!("{src} name"))),
        target: Some(actor(tgt, &format!("{tgt} name"))),
        cameo: cameo.into(),
        root: cameo[..2].into(),
        quad_class: quad,
        goldstein: gold,
        plover: None,
        location: Some(Location {
            name: "Ankara".into(),
            country: Some("TUR".into()),
            admin1: Some("68".into()),
            lat: Some(39.92),
            lon: Some(32.85),
            precision: PlacePrecision::Place,
            span: None,
        }),
        trigger: Trigger {
            text: "meet".into(),
            start: 10,
            end: 14,
        },
        confidence: 0.8,
        rule: "data/events/verbs.txt:12".into(),
        modality: Modality::Asserted,
        background: false,
        reported_by: None,
        is_root: root,
    }
}

fn count(s: &Store, sql: &str) -> i64 {
    s.conn().query_row(sql, [], |r| r.get(0)).unwrap()
}

fn add(s: &mut Store, a: &Article, evs: &[Event]) -> Outcome {
    let mut b = s.batch().unwrap();
    let o = b.add(a, 5, evs).unwrap();
    b.commit().unwrap();
    o
}

#[test]
fn schema_is_versioned_and_fts5_is_there() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.db");
    {
        let s = Store::open(&path).unwrap();
        assert_eq!(s.schema_version().unwrap(), SCHEMA_VERSION);
        let mode: String = s
            .conn()
            .query_row("PRAGMA journal_mode", [], |r| r.get(0))
            .unwrap();
        assert_eq!(mode, "wal");
        // FTS5 is compiled into the bundled SQLite.
        assert_eq!(
            count(&s, "SELECT sqlite_compileoption_used('ENABLE_FTS5')"),
            1
        );
    }
    // Re-opening does not re-run migrations.
    let s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), SCHEMA_VERSION);
    assert_eq!(count(&s, "SELECT count(*) FROM meta"), 1);
    // A database from the future is refused.
    s.conn().pragma_update(None, "user_version", 99).unwrap();
    drop(s);
    let err = Store::open(&path).err().unwrap();
    assert!(format!("{err:#}").contains("newer"), "{err:#}");
    assert!(Store::open_existing(dir.path().join("none.db")).is_err());
}

#[test]
fn a_version_2_store_migrates_to_the_covering_dyad_index() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v2.db");
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch(crate::MIGRATIONS[0]).unwrap();
        c.execute_batch(crate::MIGRATIONS[1]).unwrap();
        c.pragma_update(None, "user_version", 2).unwrap();
        c.execute_batch("INSERT INTO meta(key, value) VALUES ('deferred', '1')")
            .unwrap();
    }
    let s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), crate::SCHEMA_VERSION);
    assert_eq!(
        count(
            &s,
            "SELECT count(*) FROM sqlite_master WHERE name = 'dyad_daily'"
        ),
        0
    );
    assert_eq!(
        count(&s, "SELECT count(*) FROM meta WHERE key = 'deferred'"),
        0
    );
    let cols: Vec<String> = s
        .conn()
        .prepare("SELECT name FROM pragma_index_info('events_source') ORDER BY seqno")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<rusqlite::Result<_>>()
        .unwrap();
    assert_eq!(cols, ["source", "target", "day", "quad", "goldstein"]);
}

/// Version 4 rebuilds the full-text index without per-sentence token
/// counts; text search still finds the stored evidence, and sentences a
/// killed bulk ingest had not indexed yet (after `fts_from`) stay out of it
/// for the finishing pass to add, not twice.
#[test]
fn a_version_3_store_migrates_to_the_lean_full_text_index() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v3.db");
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        for sql in &crate::MIGRATIONS[..3] {
            c.execute_batch(sql).unwrap();
        }
        c.pragma_update(None, "user_version", 3).unwrap();
        c.execute_batch(
            "INSERT INTO outlets(id, name) VALUES (1, 'Reuters');
             INSERT INTO articles(id, ext_id, content_hash, outlet, bytes, sentences, events, ingested_at)
                 VALUES (1, 'a', 1, 1, 10, 2, 0, 0);
             INSERT INTO sentences(id, article, idx, text) VALUES
                 (1, 1, 0, 'Rebels shelled the outskirts of the city overnight.'),
                 (2, 1, 1, 'The envoys shelled peanuts at the summit dinner.');
             INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE id <= 1;
             INSERT INTO meta(key, value) VALUES ('fts_from', '1');",
        )
        .unwrap();
    }
    let s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), crate::SCHEMA_VERSION);
    let sql: String = s
        .conn()
        .query_row(
            "SELECT sql FROM sqlite_master WHERE name = 'sentences_fts'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(sql.contains("columnsize=0"), "{sql}");
    let hits = |q: &str| {
        count(
            &s,
            &format!("SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH '{q}'"),
        )
    };
    assert_eq!(hits("shelled"), 1);
    assert_eq!(hits("\"the outskirts\""), 1);
    assert_eq!(hits("peanuts"), 0);
    s.conn()
        .execute_batch("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")
        .unwrap();
}

/// A version-4 store (band rows in the main and the recent table only)
/// gains the band segments (v5) and the band log (v6, which moves the
/// recent rows to the main table); its copies are still found, and the
/// first emptying of the log goes to the first segment.
#[test]
fn a_version_4_store_migrates_to_band_segments_and_the_band_log() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v4.db");
    let origs: Vec<Article> = (0..3)
        .map(|i| {
            article(
                &format!("o{i}"),
                "Reuters",
                "2024-03-05",
                body(500 + i, 300),
            )
        })
        .collect();
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        for sql in &crate::MIGRATIONS[..4] {
            c.execute_batch(sql).unwrap();
        }
        c.pragma_update(None, "user_version", 4).unwrap();
        c.execute("INSERT INTO outlets(id, name) VALUES (1, 'Reuters')", [])
            .unwrap();
        // o0 and o1 stored as v4 did: o0's rows already moved, o1's recent.
        for (i, table) in [(0usize, "article_bands"), (1, "article_bands_recent")] {
            let sig = minhash::Signature::of(&origs[i].text).unwrap();
            c.execute(
                "INSERT INTO articles(id, ext_id, content_hash, outlet, bytes, sentences, events, minhash, ingested_at)
                 VALUES (?1, ?2, ?3, 1, 1, 1, 0, ?4, 0)",
                rusqlite::params![i as i64 + 1, origs[i].id, content_hash(&origs[i].text), sig.to_blob()],
            )
            .unwrap();
            for band in sig.bands() {
                c.execute(
                    &format!("INSERT INTO {table}(band, article) VALUES (?1, ?2)"),
                    [band, i as i64 + 1],
                )
                .unwrap();
            }
        }
    }
    let mut s = Store::open(&path).unwrap();
    assert_eq!(s.schema_version().unwrap(), crate::SCHEMA_VERSION);
    s.set_recent_bands_limit(32);
    for (i, first) in [(0usize, 1i64), (1, 2)] {
        let copy = article(
            &format!("c{i}"),
            "AFP",
            "2024-03-06",
            format!("ROME (AFP) - {}", origs[i].text),
        );
        let Outcome::Stored { duplicate_of, .. } = add(&mut s, &copy, &[]) else {
            panic!()
        };
        assert_eq!(duplicate_of.map(|d| d.0), Some(first), "c{i}");
    }
    // o2 logs 16 keys of 32; a fourth first copy fills the log, and it is
    // emptied into the first segment.
    add(&mut s, &origs[2], &[]);
    assert_eq!(count(&s, "SELECT count(*) FROM article_bands_log"), 1);
    add(
        &mut s,
        &article("o3", "Reuters", "2024-03-05", body(600, 300)),
        &[],
    );
    assert_eq!(count(&s, "SELECT count(*) FROM article_bands_log"), 0);
    assert_eq!(count(&s, "SELECT count(*) FROM article_bands_s0"), 32);
    assert_eq!(count(&s, "SELECT count(*) FROM article_bands"), 32);
    let recent: i64 = s
        .conn()
        .query_row(
            "SELECT count(*) FROM sqlite_master WHERE name = 'article_bands_recent'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(recent, 0);
}

/// The fusion key is xxh3 of the NUL-terminated date, source and target
/// codes, CAMEO code and [`place_key`] (`fusion_key` writes the place part
/// straight into its buffer; stored keys must not change).
#[test]
fn the_fusion_key_hashes_the_documented_parts() {
    let a = article("a", "Reuters", "2024-03-05", body(1, 300));
    let reference = |ev: &Event| {
        let code = |r: &Option<attache_model::ActorRef>| {
            r.as_ref().and_then(|x| x.code.clone()).unwrap_or_default()
        };
        let mut buf = Vec::new();
        for p in [
            ev.date.clone().unwrap_or_default(),
            code(&ev.source),
            code(&ev.target),
            ev.cameo.clone(),
            crate::place_key(ev.location.as_ref()),
        ] {
            buf.extend_from_slice(p.as_bytes());
            buf.push(0);
        }
        xxhash_rust::xxh3::xxh3_64(&buf) as i64
    };
    let mut ev = event(&a, 1, "TURGOV", "GRC", "040", 1, 1.0, "2024-03-05", false);
    for name in ["Ankara", "ZÜRICH", "ΟΔΟΣ", ""] {
        ev.location.as_mut().unwrap().name = name.into();
        assert_eq!(crate::fusion_key(&ev), reference(&ev), "{name}");
    }
    ev.location = None;
    ev.date = None;
    ev.target = None;
    assert_eq!(crate::fusion_key(&ev), reference(&ev));
}

#[test]
fn reingest_is_idempotent() {
    let mut s = Store::open_in_memory().unwrap();
    let a = article("a1", "Reuters", "2024-03-05", body(1, 300));
    let evs = vec![event(
        &a,
        0,
        "TURGOV",
        "GRCGOV",
        "040",
        1,
        1.0,
        "2024-03-05",
        true,
    )];
    assert!(matches!(
        add(&mut s, &a, &evs),
        Outcome::Stored {
            new_events: 1,
            mentions: 1,
            duplicate_of: None,
            ..
        }
    ));
    assert_eq!(add(&mut s, &a, &evs), Outcome::Skipped);
    assert!(s.has_article("a1", &a.text).unwrap());
    assert!(!s.has_article("a1", "other text").unwrap());
    assert_eq!(count(&s, "SELECT count(*) FROM articles"), 1);
    assert_eq!(count(&s, "SELECT count(*) FROM mentions"), 1);
    assert_eq!(count(&s, "SELECT num_mentions FROM events"), 1);
    // The same article twice in one batch is stored once too.
    let b2 = article("b2", "AFP", "2024-03-05", body(2, 300));
    let mut b = s.batch().unwrap();
    assert!(matches!(
        b.add(&b2, 3, &[]).unwrap(),
        Outcome::Stored { .. }
    ));
    assert_eq!(b.add(&b2, 3, &[]).unwrap(), Outcome::Skipped);
    b.commit().unwrap();
    assert_eq!(count(&s, "SELECT count(*) FROM articles"), 2);
}

#[test]
fn uncommitted_batch_leaves_nothing() {
    let mut s = Store::open_in_memory().unwrap();
    let a = article("a1", "Reuters", "2024-03-05", body(1, 300));
    let evs = vec![event(
        &a,
        0,
        "TURGOV",
        "GRCGOV",
        "040",
        1,
        1.0,
        "2024-03-05",
        true,
    )];
    {
        let mut b = s.batch().unwrap();
        b.add(&a, 5, &evs).unwrap();
        // dropped: rolled back
    }
    for t in [
        "articles",
        "events",
        "mentions",
        "sentences",
        "article_bands",
        "actors",
    ] {
        assert_eq!(count(&s, &format!("SELECT count(*) FROM {t}")), 0, "{t}");
    }
    assert!(matches!(add(&mut s, &a, &evs), Outcome::Stored { .. }));
}

#[test]
fn events_fuse_across_articles_with_counts() {
    let mut s = Store::open_in_memory().unwrap();
    let a = article("a", "Reuters", "2024-03-05", body(1, 300));
    let b = article("b", "AFP", "2024-03-05", body(2, 300));
    let c = article("c", "Reuters", "2024-03-06", body(3, 300));
    // a: the meeting twice (lead and later), plus another event.
    add(
        &mut s,
        &a,
        &[
            event(
                &a,
                3,
                "TURGOV",
                "GRCGOV",
                "040",
                1,
                1.0,
                "2024-03-05",
                false,
            ),
            event(
                &a,
                7,
                "TURGOV",
                "GRCGOV",
                "040",
                1,
                1.0,
                "2024-03-05",
                false,
            ),
            event(
                &a,
                7,
                "GRCMIL",
                "TURMIL",
                "190",
                4,
                -10.0,
                "2024-03-04",
                false,
            ),
        ],
    );
    // b: same meeting from another outlet, in its lead.
    add(
        &mut s,
        &b,
        &[event(
            &b,
            0,
            "TURGOV",
            "GRCGOV",
            "040",
            1,
            1.0,
            "2024-03-05",
            true,
        )],
    );
    // c: same outlet as a, reports the meeting again; different date = different event too.
    add(
        &mut s,
        &c,
        &[
            event(
                &c,
                2,
                "TURGOV",
                "GRCGOV",
                "040",
                1,
                1.0,
                "2024-03-05",
                false,
            ),
            event(
                &c,
                2,
                "TURGOV",
                "GRCGOV",
                "040",
                1,
                1.0,
                "2024-03-06",
                false,
            ),
        ],
    );
    assert_eq!(count(&s, "SELECT count(*) FROM events"), 3);
    let (m, src, art, root): (i64, i64, i64, i64) = s
        .conn()
        .query_row(
            "SELECT num_mentions, num_sources, num_articles, is_root FROM events WHERE cameo='040' AND day=20240305",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .unwrap();
    assert_eq!((m, src, art, root), (4, 2, 3, 1));
    let st = s.stats().unwrap();
    assert_eq!(
        st.root_events,
        count(&s, "SELECT count(*) FROM events WHERE is_root = 1")
    );
    assert_eq!(st.root_events, 1);
    assert_eq!(st.quad, [2, 0, 0, 1]);
    // Totals are consistent: every mention counted once.
    assert_eq!(
        count(&s, "SELECT sum(num_mentions) FROM events"),
        count(&s, "SELECT count(*) FROM mentions")
    );
    // Sentences are stored once per article sentence.
    assert_eq!(count(&s, "SELECT count(*) FROM sentences"), 4);
    // Actor counts.
    let top = s.top_actors(10).unwrap();
    assert_eq!(top.len(), 4);
    let tur = top.iter().find(|r| r.code == "TURGOV").unwrap();
    assert_eq!(
        (tur.as_source, tur.as_target, tur.events, tur.mentions),
        (2, 0, 2, 5)
    );
    assert_eq!(tur.name.as_deref(), Some("TURGOV name"));
    assert_eq!(top[3].code, "TURMIL");
    // first_seen is the earliest publication.
    let e = collect(
        &s,
        &EventFilter {
            code: Some("040".into()),
            ..Default::default()
        },
    );
    assert_eq!(e[0].first_seen.unwrap().to_string(), "2024-03-05 09:30:00");
    let mentions = s.mentions(e[0].id).unwrap();
    assert_eq!(mentions.len(), 4);
    assert_eq!(mentions[0].article, "a");
    assert_eq!(mentions[0].sentence, 3);
    assert!(mentions[0].evidence.contains("harbour"));
    assert_eq!(mentions[2].outlet, "AFP");
}

/// Replace every `step`-th word of `text` by another word.
fn edit_words(text: &str, step: usize) -> String {
    text.split(' ')
        .enumerate()
        .map(|(i, w)| {
            if i % step == 0 {
                format!("x{i}")
            } else {
                w.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn near_duplicate_threshold() {
    let base = body(10, 500);
    // A wire copy: new dateline and agency tag, same body, a closing line added.
    let copy = format!("ANKARA, March 5 (AFP) - {base} Reporting by staff; editing by the desk.");
    // A light re-edit: one word in 60 replaced (exact Jaccard about 0.88).
    let reedit = edit_words(&base, 60);
    // A heavy re-write: one word in 8 replaced (exact Jaccard about 0.4).
    let rewrite = edit_words(&base, 8);
    let j_re = minhash::jaccard(&base, &reedit);
    let j_rw = minhash::jaccard(&base, &rewrite);
    assert!(j_re > 0.85 && j_re < 0.95, "{j_re}");
    assert!(j_rw < 0.6, "{j_rw}");

    let mut s = Store::open_in_memory().unwrap();
    let first = article("orig", "Reuters", "2024-03-05", base.clone());
    let Outcome::Stored {
        article: first_id, ..
    } = add(&mut s, &first, &[])
    else {
        panic!()
    };
    for (id, text, dup) in [
        ("copy", copy, true),
        ("reedit", reedit, true),
        ("rewrite", rewrite, false),
    ] {
        let a = article(id, "AFP", "2024-03-06", text);
        match add(&mut s, &a, &[]) {
            Outcome::Stored { duplicate_of, .. } => {
                assert_eq!(
                    duplicate_of.map(|d| d.0),
                    dup.then_some(first_id),
                    "{id}: {duplicate_of:?}"
                );
                if let Some((_, sim)) = duplicate_of {
                    assert!(sim >= minhash::THRESHOLD);
                }
            }
            o => panic!("{o:?}"),
        }
    }
    // A copy of a copy links to the first copy.
    let copy2 = article(
        "copy2",
        "AP",
        "2024-03-07",
        format!("{base} More to follow."),
    );
    let Outcome::Stored { duplicate_of, .. } = add(&mut s, &copy2, &[]) else {
        panic!()
    };
    assert_eq!(duplicate_of.map(|d| d.0), Some(first_id));
    assert_eq!(
        count(
            &s,
            "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"
        ),
        3
    );
    // Different ids with the same text are duplicates (similarity 1).
    let same = article("same", "AP", "2024-03-07", base.clone());
    let Outcome::Stored { duplicate_of, .. } = add(&mut s, &same, &[]) else {
        panic!()
    };
    assert_eq!(duplicate_of, Some((first_id, 1.0)));
}

#[test]
fn duplicate_events_are_mentions_not_new_events() {
    let base = body(20, 400);
    let mut s = Store::open_in_memory().unwrap();
    let a = article("orig", "Reuters", "2024-03-05", base.clone());
    add(
        &mut s,
        &a,
        &[
            event(
                &a,
                0,
                "RUSGOV",
                "UKRGOV",
                "1711",
                4,
                -7.0,
                "2024-03-04",
                true,
            ),
            event(
                &a,
                4,
                "UKRGOV",
                "RUSGOV",
                "111",
                3,
                -2.0,
                "2024-03-05",
                false,
            ),
        ],
    );
    // The copy is published a day later: "yesterday" resolves to another day,
    // so one event's key differs; it still joins the first copy's event.
    let b = article(
        "copy",
        "AFP",
        "2024-03-06",
        format!("MOSCOW (AFP) - {base}"),
    );
    let o = add(
        &mut s,
        &b,
        &[
            event(
                &b,
                0,
                "RUSGOV",
                "UKRGOV",
                "1711",
                4,
                -7.0,
                "2024-03-05",
                false,
            ),
            event(
                &b,
                4,
                "UKRGOV",
                "RUSGOV",
                "111",
                3,
                -2.0,
                "2024-03-05",
                false,
            ),
        ],
    );
    assert!(
        matches!(
            o,
            Outcome::Stored {
                new_events: 0,
                mentions: 2,
                duplicate_of: Some(_),
                ..
            }
        ),
        "{o:?}"
    );
    assert_eq!(count(&s, "SELECT count(*) FROM events"), 2);
    assert_eq!(count(&s, "SELECT sum(num_mentions) FROM events"), 4);
    assert_eq!(count(&s, "SELECT min(num_sources) FROM events"), 2);
    assert_eq!(
        count(&s, "SELECT count(*) FROM mentions WHERE duplicate = 1"),
        2
    );
    // Without the copy relation the shifted date would have made a new event.
    let c = article("other", "AP", "2024-03-06", body(21, 400));
    add(
        &mut s,
        &c,
        &[event(
            &c,
            0,
            "RUSGOV",
            "UKRGOV",
            "1711",
            4,
            -7.0,
            "2024-03-05",
            false,
        )],
    );
    assert_eq!(count(&s, "SELECT count(*) FROM events"), 3);
}

fn collect(s: &Store, f: &EventFilter) -> Vec<StoredEvent> {
    let mut v = Vec::new();
    s.events(f, |e| {
        v.push(e);
        Ok(())
    })
    .unwrap();
    v
}

fn sample_store() -> Store {
    let mut s = Store::open_in_memory().unwrap();
    fill_sample(&mut s);
    s
}

fn fill_sample(s: &mut Store) {
    let specs: &[(&str, &str, &str, u8, f64, &str)] = &[
        ("USAGOV", "RUSGOV", "036", 1, 4.0, "2024-01-01"),
        ("USAGOV", "RUSGOV", "111", 3, -2.0, "2024-01-02"),
        ("USAMIL", "RUSMIL", "190", 4, -10.0, "2024-01-09"),
        ("USA", "RUS", "057", 2, 8.0, "2024-02-15"),
        ("RUSGOV", "USAGOV", "112", 3, -2.0, "2024-01-03"),
        ("IGOUNO", "SYRGOV", "042", 1, 1.9, "2024-01-05"),
        ("SYRREB", "SYRGOV", "190", 4, -10.0, "2024-01-05"),
    ];
    for (i, (src, tgt, cameo, quad, g, date)) in specs.iter().enumerate() {
        let a = article(&format!("s{i}"), "Reuters", date, body(100 + i as u64, 200));
        let mut e = event(&a, 0, src, tgt, cameo, *quad, *g, date, i % 2 == 0);
        if *src == "SYRREB" {
            e.evidence = "Rebels shelled the outskirts of Aleppo overnight.".into();
            e.location.as_mut().unwrap().country = Some("SYR".into());
        }
        add(s, &a, &[e]);
    }
}

fn codes(v: &[StoredEvent]) -> Vec<String> {
    let mut c: Vec<String> = v
        .iter()
        .map(|e| format!("{}>{}:{}", e.source, e.target, e.cameo))
        .collect();
    c.sort();
    c
}

#[test]
fn event_filters() {
    let s = sample_store();
    let f = |f: EventFilter| collect(&s, &f);
    let m = |x: &str| Some(ActorMatch::parse(x).unwrap());
    assert_eq!(f(EventFilter::default()).len(), 7);
    // Prefix and exact actor specs.
    assert_eq!(
        f(EventFilter {
            source: m("usa"),
            ..Default::default()
        })
        .len(),
        4
    );
    assert_eq!(
        f(EventFilter {
            source: m("USAGOV"),
            ..Default::default()
        })
        .len(),
        2
    );
    assert_eq!(
        codes(&f(EventFilter {
            source: m("=USA"),
            ..Default::default()
        })),
        vec!["USA>RUS:057"]
    );
    assert_eq!(
        f(EventFilter {
            target: m("SYR"),
            ..Default::default()
        })
        .len(),
        2
    );
    assert_eq!(
        f(EventFilter {
            actor: m("RUSGOV"),
            ..Default::default()
        })
        .len(),
        3
    );
    assert_eq!(
        f(EventFilter {
            actor: m("IGO"),
            ..Default::default()
        })
        .len(),
        1
    );
    let d = EventFilter {
        dyad: Some((
            ActorMatch::parse("USA").unwrap(),
            ActorMatch::parse("RUS").unwrap(),
        )),
        ..Default::default()
    };
    assert_eq!(f(d).len(), 4);
    // Codes, roots, quad, lead.
    assert_eq!(
        f(EventFilter {
            roots: vec!["19".into()],
            ..Default::default()
        })
        .len(),
        2
    );
    assert_eq!(
        f(EventFilter {
            roots: vec!["19".into(), "11".into()],
            ..Default::default()
        })
        .len(),
        4
    );
    assert_eq!(
        f(EventFilter {
            code: Some("11".into()),
            ..Default::default()
        })
        .len(),
        2
    );
    assert_eq!(
        f(EventFilter {
            code: Some("112".into()),
            ..Default::default()
        })
        .len(),
        1
    );
    assert_eq!(
        f(EventFilter {
            quad: Some(4),
            ..Default::default()
        })
        .len(),
        2
    );
    assert_eq!(
        f(EventFilter {
            lead_only: true,
            ..Default::default()
        })
        .len(),
        4
    );
    // Dates.
    let day = |s: &str| Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap());
    assert_eq!(
        f(EventFilter {
            since: day("2024-01-05"),
            ..Default::default()
        })
        .len(),
        4
    );
    assert_eq!(
        f(EventFilter {
            since: day("2024-01-02"),
            until: day("2024-01-05"),
            ..Default::default()
        })
        .len(),
        4
    );
    // Place and text.
    assert_eq!(
        f(EventFilter {
            place_country: Some("syr".into()),
            ..Default::default()
        })
        .len(),
        1
    );
    let t = f(EventFilter {
        text: Some("aleppo".into()),
        ..Default::default()
    });
    assert_eq!(codes(&t), vec!["SYRREB>SYRGOV:190"]);
    assert_eq!(
        f(EventFilter {
            text: Some("\"harbour dispute\"".into()),
            ..Default::default()
        })
        .len(),
        6
    );
    // Limit and order: newest first.
    let l = f(EventFilter {
        limit: Some(2),
        newest_first: true,
        ..Default::default()
    });
    assert_eq!(l.len(), 2);
    assert_eq!(l[0].date, day("2024-02-15"));
    // Bad specs are errors.
    assert!(ActorMatch::parse("us a").is_err());
    assert!(s
        .events(
            &EventFilter {
                roots: vec!["1".into()],
                ..Default::default()
            },
            |_| Ok(())
        )
        .is_err());
    assert!(s
        .events(
            &EventFilter {
                quad: Some(5),
                ..Default::default()
            },
            |_| Ok(())
        )
        .is_err());
}

#[test]
fn dyad_series() {
    let s = sample_store();
    let usa = ActorMatch::parse("USA").unwrap();
    let rus = ActorMatch::parse("RUS").unwrap();
    let days = s.dyad(&usa, &rus, Period::Day, false, None, None).unwrap();
    // 2024-01-01 .. 2024-02-15 with the empty days filled in.
    assert_eq!(days.len(), 46);
    assert_eq!(days[0].period, "2024-01-01");
    assert_eq!(days[0].quad, [1, 0, 0, 0]);
    assert_eq!(days[2].total, 0);
    let weeks = s.dyad(&usa, &rus, Period::Week, false, None, None).unwrap();
    assert_eq!(weeks[0].period, "2024-01-01");
    assert_eq!(weeks[0].quad, [1, 0, 1, 0]);
    assert_eq!(weeks[0].goldstein_sum, 2.0);
    assert_eq!(weeks[0].goldstein_mean, 1.0);
    assert_eq!(weeks[1].period, "2024-01-08");
    assert_eq!(weeks[1].quad, [0, 0, 0, 1]);
    let months = s.dyad(&usa, &rus, Period::Month, true, None, None).unwrap();
    assert_eq!(
        months.iter().map(|r| r.period.as_str()).collect::<Vec<_>>(),
        ["2024-01", "2024-02"]
    );
    assert_eq!(months[0].total, 4); // includes RUSGOV→USAGOV
    assert_eq!(months[1].quad, [0, 1, 0, 0]);
    let since = NaiveDate::from_ymd_opt(2024, 1, 2);
    let until = NaiveDate::from_ymd_opt(2024, 1, 31);
    let m = s
        .dyad(&usa, &rus, Period::Month, false, since, until)
        .unwrap();
    assert_eq!(m[0].total, 2);
    let exact = s
        .dyad(
            &ActorMatch::parse("=USA").unwrap(),
            &rus,
            Period::Month,
            false,
            None,
            None,
        )
        .unwrap();
    assert_eq!(exact.len(), 1);
    assert!(s
        .dyad(
            &usa,
            &ActorMatch::parse("CHN").unwrap(),
            Period::Day,
            true,
            None,
            None
        )
        .unwrap()
        .is_empty());
    // Country level is every code that starts with the three letters.
    let all = s.dyad(&usa, &rus, Period::Day, false, None, None).unwrap();
    assert_eq!(
        all.iter().map(|r| r.total).sum::<i64>(),
        count(
            &s,
            "SELECT count(*) FROM events WHERE day IS NOT NULL
                AND substr(source, 1, 3) = 'USA' AND substr(target, 1, 3) = 'RUS'"
        )
    );
    let via_events = s
        .dyad(
            &ActorMatch::parse("USAGOV").unwrap(),
            &ActorMatch::parse("RUSGOV").unwrap(),
            Period::Month,
            false,
            None,
            None,
        )
        .unwrap();
    assert_eq!(via_events[0].quad, [1, 0, 1, 0]);
    assert_eq!(via_events[0].goldstein_sum, 2.0);
}

#[test]
fn stats_counts() {
    let s = sample_store();
    let st = s.stats().unwrap();
    assert_eq!(st.articles, 7);
    assert_eq!(st.events, 7);
    assert_eq!(st.mentions, 7);
    assert_eq!(st.quad, [2, 1, 2, 2]);
    assert_eq!(st.root_events, 4);
    assert_eq!(st.first_date, NaiveDate::from_ymd_opt(2024, 1, 1));
    assert_eq!(st.last_date, NaiveDate::from_ymd_opt(2024, 2, 15));
    assert!(st.bytes > 0 && st.bytes_per_event > 0.0);
}

fn dyad_rows(c: &rusqlite::Connection) -> Vec<(String, String, i64, i64, i64, f64)> {
    c.prepare(
        "SELECT substr(source, 1, 3), substr(target, 1, 3), day, quad, count(*), sum(goldstein)
         FROM events WHERE day IS NOT NULL GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4",
    )
    .unwrap()
    .query_map([], |r| {
        Ok((
            r.get(0)?,
            r.get(1)?,
            r.get(2)?,
            r.get(3)?,
            r.get(4)?,
            r.get(5)?,
        ))
    })
    .unwrap()
    .collect::<rusqlite::Result<_>>()
    .unwrap()
}

fn index_names(c: &rusqlite::Connection) -> Vec<String> {
    c.prepare(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'events_%' ORDER BY 1",
    )
    .unwrap()
    .query_map([], |r| r.get(0))
    .unwrap()
    .collect::<rusqlite::Result<_>>()
    .unwrap()
}

#[test]
fn deferred_indexes_and_dyads_are_rebuilt_even_after_a_kill() {
    let reference = sample_store();
    let want_dyads = dyad_rows(reference.conn());
    let want_indexes = index_names(reference.conn());
    assert_eq!(want_indexes.len(), 4, "{want_indexes:?}");

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bulk.db");

    // A large ingest into an empty store defers; ensure_query_indexes undoes it.
    let mut s = Store::open(&path).unwrap();
    assert!(s.defer_query_indexes(1_000).unwrap());
    fill_sample(&mut s);
    assert!(index_names(s.conn()).is_empty());
    s.ensure_query_indexes().unwrap();
    assert_eq!(index_names(s.conn()), want_indexes);
    assert_eq!(dyad_rows(s.conn()), want_dyads);
    assert_eq!(
        count(&s, "SELECT count(*) FROM meta WHERE key = 'fts_from'"),
        0
    );
    drop(s);

    // A small ingest into a store much larger than it keeps the indexes.
    let mut s = Store::open(&path).unwrap();
    assert!(!s.defer_query_indexes(1).unwrap());
    assert_eq!(index_names(s.conn()), want_indexes);
    drop(s);

    // Killed while deferred: the committed batches are there, and whoever
    // opens the store next rebuilds what was deferred.
    let path2 = dir.path().join("killed.db");
    let mut s = Store::open(&path2).unwrap();
    assert!(s.defer_query_indexes(1_000).unwrap());
    fill_sample(&mut s);
    drop(s); // no ensure_query_indexes: as if the process died here
    {
        let raw = rusqlite::Connection::open(&path2).unwrap();
        assert!(index_names(&raw).is_empty());
    }
    let s = Store::open_existing(&path2).unwrap();
    assert_eq!(index_names(s.conn()), want_indexes);
    assert_eq!(dyad_rows(s.conn()), want_dyads);
    let usa = ActorMatch::parse("USA").unwrap();
    let rus = ActorMatch::parse("RUS").unwrap();
    assert_eq!(
        s.dyad(&usa, &rus, Period::Month, true, None, None).unwrap()[0].total,
        4
    );
}

/// Articles whose events fuse within an article, across batches and across
/// outlets, with near-duplicate copies (some resolving a date differently),
/// lead-paragraph flags that change when events fuse, and events without
/// actors or dates: everything fusion counts.
fn fusion_corpus() -> Vec<(Article, Vec<Event>)> {
    let mut rng = 0x2545_f491_4f6c_dd1du64;
    let mut next = move |n: u64| {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng % n
    };
    let outlets = ["Reuters", "AFP", "AP"];
    let actors = ["USAGOV", "RUSGOV", "CHNMIL", ""];
    let codes = [("040", 1u8, 1.0), ("111", 3, -2.0), ("190", 4, -10.0)];
    let days = ["2024-03-04", "2024-03-05", "2024-03-06"];
    let mut out: Vec<(Article, Vec<Event>)> = Vec::new();
    for i in 0..60u64 {
        let outlet = outlets[next(3) as usize];
        let date = days[next(3) as usize];
        if i % 5 == 4 {
            // A copy of an earlier story, a day's shift on some events.
            let (orig, evs) = out[next(out.len() as u64) as usize].clone();
            let a = article(
                &format!("copy{i}"),
                outlet,
                date,
                format!("LONDON ({outlet}) - {}", orig.text),
            );
            let evs = evs
                .iter()
                .map(|e| {
                    let mut e = e.clone();
                    e.article_id = a.id.clone();
                    e.id = format!("{:016x}", next(u64::MAX));
                    e.is_root = next(2) == 0;
                    if next(3) == 0 {
                        e.date = Some(days[next(3) as usize].into());
                    }
                    e
                })
                .collect();
            out.push((a, evs));
            continue;
        }
        let a = article(&format!("a{i}"), outlet, date, body(500 + i, 250));
        let evs = (0..1 + next(6))
            .map(|k| {
                let (cameo, quad, g) = codes[next(3) as usize];
                let (src, tgt) = (actors[next(4) as usize], actors[next(3) as usize]);
                let mut e = event(
                    &a,
                    k as usize,
                    if src.is_empty() { "USA" } else { src },
                    tgt,
                    cameo,
                    quad,
                    g,
                    days[next(3) as usize],
                    next(3) == 0,
                );
                if src.is_empty() {
                    e.source = None;
                }
                if next(10) == 0 {
                    e.date = None;
                }
                e.confidence = 0.5 + next(5) as f32 / 10.0;
                e
            })
            .collect();
        out.push((a, evs));
    }
    out
}

/// Store `part` in transactions of 4 articles.
fn store_in_batches(s: &mut Store, part: &[(Article, Vec<Event>)]) {
    for chunk in part.chunks(4) {
        let mut b = s.batch().unwrap();
        for (a, evs) in chunk {
            b.add(a, 9, evs).unwrap();
        }
        b.commit().unwrap();
    }
}

/// Everything fusion decides, keyed so that row ids do not matter.
fn fusion_state(c: &rusqlite::Connection) -> Vec<String> {
    let mut v = Vec::new();
    let mut dump = |sql: &str| {
        let mut st = c.prepare(sql).unwrap();
        let n = st.column_count();
        let rows = st
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap();
        v.push(format!("-- {sql}"));
        v.extend(rows.map(|r| r.unwrap()));
    };
    dump(
        "SELECT fkey, day, source, target, source_name, target_name, cameo, quad, goldstein, place_name,
                num_mentions, num_sources, num_articles, is_root, confidence, first_seen,
                (SELECT ext_id FROM articles WHERE id = first_article)
         FROM events ORDER BY fkey",
    );
    dump(
        "SELECT a.ext_id, s.idx, m.uid, e.fkey, m.duplicate
         FROM mentions m JOIN articles a ON a.id = m.article JOIN sentences s ON s.id = m.sentence
         JOIN events e ON e.id = m.event ORDER BY 1, 2, 3",
    );
    dump("SELECT a.ext_id, d.ext_id FROM articles a LEFT JOIN articles d ON d.id = a.duplicate_of ORDER BY 1");
    dump("SELECT key, value FROM totals ORDER BY 1");
    dump("SELECT code, name, as_source, as_target, mentions FROM actors ORDER BY 1");
    dump("SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH 'harbour' ORDER BY 1");
    dump("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY 1");
    v
}

#[test]
fn bulk_ingest_fuses_at_the_end_exactly_as_incremental_ingest_does() {
    let corpus = fusion_corpus();
    let store_all = |s: &mut Store| store_in_batches(s, &corpus);
    let mut inc = Store::open_in_memory().unwrap();
    store_all(&mut inc);
    let want = fusion_state(inc.conn());

    let dir = tempfile::tempdir().unwrap();
    let mut bulk = Store::open(dir.path().join("bulk.db")).unwrap();
    // Full-text indexing in chunks while storing, and the rest at the end.
    bulk.set_fts_chunk(50);
    assert!(bulk.defer_query_indexes(1_000).unwrap());
    store_all(&mut bulk);
    // Before the end: rows that share a fusion key across batches, and
    // sentences indexed by the chunks but not all of them.
    let unfused = count(&bulk, "SELECT count(*) FROM events")
        - count(&bulk, "SELECT count(DISTINCT fkey) FROM events");
    assert!(unfused > 5, "{unfused}");
    let indexed = count(
        &bulk,
        "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'harbour'",
    );
    let sentences = count(&bulk, "SELECT count(*) FROM sentences");
    assert!(
        indexed > 0 && indexed < sentences,
        "{indexed} of {sentences}"
    );
    assert_eq!(
        indexed,
        count(
            &bulk,
            "SELECT count(*) FROM sentences WHERE id <= (SELECT value FROM meta WHERE key = 'fts_from')"
        )
    );
    bulk.ensure_query_indexes().unwrap();
    let got = fusion_state(bulk.conn());
    assert_eq!(got.join("\n"), want.join("\n"));
    bulk.conn()
        .execute_batch("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")
        .unwrap();

    // The corpus exercises what fusion counts.
    assert!(count(&inc, "SELECT count(*) FROM events WHERE num_articles > 2") > 3);
    assert!(count(&inc, "SELECT count(*) FROM events WHERE num_sources > 1") > 3);
    assert!(
        count(
            &inc,
            "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL"
        ) >= 10
    );
    assert!(count(&inc, "SELECT count(*) FROM mentions WHERE duplicate = 1") > 10);
}

#[test]
fn recent_band_rows_move_to_segments_then_the_main_table_and_copies_are_found_in_all() {
    let origs: Vec<Article> = (0..10)
        .map(|i| {
            article(
                &format!("o{i}"),
                "Reuters",
                "2024-03-05",
                body(900 + i, 300),
            )
        })
        .collect();
    let copies: Vec<Article> = [1usize, 5, 9]
        .iter()
        .map(|&i| {
            let text = format!("PARIS (AFP) - {}", origs[i].text);
            article(&format!("c{i}"), "AFP", "2024-03-06", text)
        })
        .collect();
    // (duplicate links, keys in the band log, rows in each segment, in the main table)
    let links = |limit: Option<u64>| {
        let mut s = Store::open_in_memory().unwrap();
        if let Some(n) = limit {
            s.set_recent_bands_limit(n);
        }
        for a in origs.iter().chain(&copies) {
            add(&mut s, a, &[]);
        }
        let recent = 16 * count(&s, "SELECT count(*) FROM article_bands_log");
        let segments: Vec<i64> = (0..ingest::BAND_SEGMENTS)
            .map(|i| count(&s, &format!("SELECT count(*) FROM article_bands_s{i}")))
            .collect();
        let main = count(&s, "SELECT count(*) FROM article_bands");
        let c = s.conn();
        let mut st = c
            .prepare("SELECT a.ext_id, d.ext_id FROM articles a JOIN articles d ON d.id = a.duplicate_of ORDER BY 1")
            .unwrap();
        let pairs: Vec<(String, String)> = st
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        (pairs, recent, segments, main)
    };
    let (all_recent, recent, segments, main) = links(None);
    assert_eq!((recent, main), (160, 0));
    assert!(segments.iter().all(|&n| n == 0));
    assert_eq!(
        all_recent,
        [("c1", "o1"), ("c5", "o5"), ("c9", "o9")].map(|(a, b)| (a.to_string(), b.to_string()))
    );
    // Moved every 3 first copies: o0-o2, o3-o5 and o6-o8 fill three
    // segments, o9's rows are still recent.
    let (moved, recent, segments, main) = links(Some(48));
    assert_eq!((recent, main), (16, 0));
    assert_eq!(segments, [48, 48, 48, 0, 0, 0, 0, 0]);
    assert_eq!(moved, all_recent);
    // Moved at every first copy: o0-o7 fill the eight segments, o8's move
    // merges them into the main table and fills the first segment again,
    // o9's the second.
    let (merged, recent, segments, main) = links(Some(16));
    assert_eq!((recent, main), (0, 128));
    assert_eq!(segments, [16, 16, 0, 0, 0, 0, 0, 0]);
    assert_eq!(merged, all_recent);
    // A reopened store counts its full segments and goes on filling them.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("reopened.db");
    for (round, range) in [(0, 0..3), (1, 3..4)] {
        let mut s = Store::open(&path).unwrap();
        s.set_recent_bands_limit(16);
        for a in &origs[range] {
            add(&mut s, a, &[]);
        }
        assert_eq!(ingest::full_segments(s.conn()).unwrap(), 3 + round);
        assert_eq!(s.bands.segments, 3 + round);
    }
}

/// A batch that is rolled back leaves no band key behind, in the log or in
/// the writer's map: the keys moved to a segment later are those of the
/// articles stored.
#[test]
fn a_rolled_back_batch_leaves_no_band_key_in_memory() {
    let mut s = Store::open_in_memory().unwrap();
    s.set_recent_bands_limit(32);
    {
        let mut b = s.batch().unwrap();
        b.add(
            &article("o", "Reuters", "2024-03-05", body(950, 300)),
            3,
            &[],
        )
        .unwrap();
        // dropped: rolled back
    }
    assert_eq!(count(&s, "SELECT count(*) FROM article_bands_log"), 0);
    add(
        &mut s,
        &article("x", "Reuters", "2024-03-05", body(951, 300)),
        &[],
    );
    assert_eq!(s.bands.log.keys(), 16);
    add(
        &mut s,
        &article("y", "Reuters", "2024-03-05", body(952, 300)),
        &[],
    );
    assert_eq!(count(&s, "SELECT count(*) FROM article_bands_s0"), 32);
    // Each segment row is a key of the article it names.
    let mut st = s
        .conn()
        .prepare(
            "SELECT b.band, a.ext_id FROM article_bands_s0 b JOIN articles a ON a.id = b.article",
        )
        .unwrap();
    let rows: Vec<(i64, String)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    assert_eq!(rows.len(), 32);
    for (band, ext) in rows {
        let seed = if ext == "x" { 951 } else { 952 };
        let sig = minhash::Signature::of(&body(seed, 300)).unwrap();
        assert!(sig.bands().contains(&band), "{ext}");
    }
}

/// Bulk mode looks up band keys only when its in-memory filter cannot rule
/// them out (`src/gate.rs`): copies are still found in an earlier batch, in
/// the same batch, among keys moved to the main table, and among articles
/// that another writer stored between two batches.
#[test]
fn bulk_mode_finds_copies_through_its_band_filter() {
    let origs: Vec<Article> = (0..6)
        .map(|i| {
            article(
                &format!("o{i}"),
                "Reuters",
                "2024-03-05",
                body(700 + i, 300),
            )
        })
        .collect();
    let copy = |i: usize| {
        let text = format!("LAGOS (AFP) - {} Editing by the desk.", origs[i].text);
        article(&format!("c{i}"), "AFP", "2024-03-06", text)
    };
    let mut s = Store::open_in_memory().unwrap();
    s.set_recent_bands_limit(48);
    assert!(s.defer_query_indexes(1_000).unwrap());
    let mut b = s.batch().unwrap();
    for a in &origs[..4] {
        b.add(a, 3, &[]).unwrap();
    }
    // A copy in the batch of its first copy.
    b.add(&copy(1), 3, &[]).unwrap();
    b.commit().unwrap();
    assert!(s.gate.as_ref().is_some_and(|g| g.last_article == 5));

    // Another writer stores o4 and its band keys outside this store's batches.
    let sig = minhash::Signature::of(&origs[4].text).unwrap();
    s.conn()
        .execute(
            "INSERT INTO articles(ext_id, content_hash, outlet, bytes, sentences, events, minhash, ingested_at)
             VALUES ('o4', ?1, 1, 1, 1, 0, ?2, 0)",
            rusqlite::params![content_hash(&origs[4].text), sig.to_blob()],
        )
        .unwrap();
    let o4 = s.conn().last_insert_rowid();
    s.conn()
        .execute(
            "INSERT INTO article_bands_log(article, bands) VALUES (?1, ?2)",
            rusqlite::params![o4, crate::bandlog::to_blob(&sig.bands())],
        )
        .unwrap();

    let mut b = s.batch().unwrap();
    let mut linked = Vec::new();
    for a in [copy(0), copy(3), copy(4), origs[5].clone(), copy(5)] {
        if let Outcome::Stored { duplicate_of, .. } = b.add(&a, 3, &[]).unwrap() {
            linked.push((a.id.clone(), duplicate_of.map(|d| d.0)));
        }
    }
    b.commit().unwrap();
    let id = |ext: &str| {
        s.conn()
            .query_row("SELECT id FROM articles WHERE ext_id = ?1", [ext], |r| {
                r.get::<_, i64>(0)
            })
            .unwrap()
    };
    let want: Vec<(String, Option<i64>)> = [
        ("c0", Some(id("o0"))),
        ("c3", Some(id("o3"))),
        ("c4", Some(o4)),
        ("o5", None),
        ("c5", Some(id("o5"))),
    ]
    .into_iter()
    .map(|(a, b)| (a.to_string(), b))
    .collect();
    assert_eq!(linked, want);
    // o0-o3's keys were moved to a segment at the first commit.
    assert_eq!(count(&s, "SELECT count(*) FROM article_bands_s0"), 64);
    // Leaving bulk mode drops the filter.
    s.ensure_query_indexes().unwrap();
    assert!(s.gate.is_none());
}

#[test]
fn a_store_killed_between_the_final_steps_is_finished_by_the_next_writer() {
    let corpus = fusion_corpus();
    let (first, second) = corpus.split_at(30);
    let store_all = store_in_batches;
    let mut inc = Store::open_in_memory().unwrap();
    store_all(&mut inc, first);
    store_all(&mut inc, second);
    let want = fusion_state(inc.conn());

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("between.db");
    let mut s = Store::open(&path).unwrap();
    assert!(s.defer_query_indexes(1_000).unwrap());
    store_all(&mut s, first);
    // As if killed after the fusion step: the fusion index is back, the
    // rest is still deferred.
    s.ensure_query_indexes().unwrap();
    s.conn()
        .execute_batch(
            "DROP INDEX events_source;
             INSERT INTO meta(key, value) VALUES ('deferred', '1');",
        )
        .unwrap();
    drop(s);
    // The next ingest writes in bulk mode (events that share keys with
    // stored ones must not hit the unique fusion index) and finishes.
    let mut s = Store::open(&path).unwrap();
    store_all(&mut s, second);
    assert!(index_names(s.conn()).is_empty());
    s.ensure_query_indexes().unwrap();
    assert_eq!(fusion_state(s.conn()).join("\n"), want.join("\n"));
}

/// A bulk ingest holds its actor counts in memory until the end. Killed
/// before the end, it leaves a mark, and whoever finishes the deferred work
/// counts the actors from the events: the counts come out as incremental
/// ingest keeps them (the names may come from another mention).
#[test]
fn actor_counts_held_by_a_killed_bulk_ingest_are_counted_again() {
    let counts = |c: &rusqlite::Connection| -> Vec<(String, i64, i64, i64)> {
        let mut st = c
            .prepare("SELECT code, as_source, as_target, mentions FROM actors ORDER BY 1")
            .unwrap();
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect()
    };
    let pending = |c: &rusqlite::Connection| -> i64 {
        c.query_row(
            "SELECT count(*) FROM meta WHERE key = 'actors_pending'",
            [],
            |r| r.get(0),
        )
        .unwrap()
    };
    let corpus = fusion_corpus();
    let (first, second) = corpus.split_at(30);
    let mut inc = Store::open_in_memory().unwrap();
    store_in_batches(&mut inc, first);
    let want_first = counts(inc.conn());
    store_in_batches(&mut inc, second);
    let want_all = counts(inc.conn());
    assert!(want_first.len() >= 3 && want_first != want_all);

    let dir = tempfile::tempdir().unwrap();
    // Killed after the first half; a query command finishes the work.
    let path = dir.path().join("killed.db");
    let mut s = Store::open(&path).unwrap();
    assert!(s.defer_query_indexes(1_000).unwrap());
    store_in_batches(&mut s, first);
    assert_eq!(pending(s.conn()), 1);
    assert!(counts(s.conn()).is_empty(), "held until the end");
    drop(s);
    let s = Store::open_existing(&path).unwrap();
    assert_eq!(counts(s.conn()), want_first);
    assert_eq!(pending(s.conn()), 0);
    drop(s);

    // Killed after the first half; the next bulk ingest stores the second
    // half and finishes: its own held counts are not enough.
    let path = dir.path().join("resumed.db");
    let mut s = Store::open(&path).unwrap();
    assert!(s.defer_query_indexes(1_000).unwrap());
    store_in_batches(&mut s, first);
    drop(s);
    let mut s = Store::open(&path).unwrap();
    assert!(s.defer_query_indexes(1_000).unwrap());
    store_in_batches(&mut s, second);
    s.ensure_query_indexes().unwrap();
    assert_eq!(counts(s.conn()), want_all);
    assert_eq!(pending(s.conn()), 0);

    // Not killed: the held counts are written once, the mark removed.
    let path = dir.path().join("whole.db");
    let mut s = Store::open(&path).unwrap();
    assert!(s.defer_query_indexes(1_000).unwrap());
    store_in_batches(&mut s, &corpus);
    s.ensure_query_indexes().unwrap();
    assert_eq!(counts(s.conn()), want_all);
    assert_eq!(pending(s.conn()), 0);
}

/// An article's mentions are inserted a few dozen rows per statement: an
/// article with more than one statement's worth stores every mention once,
/// in the order of its events, with each one's own values.
#[test]
fn an_article_with_many_events_stores_every_mention_in_order() {
    let mut s = Store::open_in_memory().unwrap();
    let a = article("many", "Reuters", "2024-03-05", body(77, 400));
    let days = ["2024-03-01", "2024-03-02", "2024-03-03"];
    let evs: Vec<Event> = (0..70)
        .map(|k| {
            let mut e = event(
                &a,
                k / 2,
                "USAGOV",
                if k % 2 == 0 { "RUSGOV" } else { "CHNGOV" },
                "040",
                1,
                1.0,
                days[k % 3],
                k < 4,
            );
            e.trigger.start = k * 10;
            e
        })
        .collect();
    let mut b = s.batch().unwrap();
    b.add(&a, 40, &evs).unwrap();
    b.commit().unwrap();
    let mut st = s
        .conn()
        .prepare(
            "SELECT m.uid, m.trigger_start, s.idx FROM mentions m
             JOIN sentences s ON s.id = m.sentence ORDER BY m.id",
        )
        .unwrap();
    let got: Vec<(i64, i64, i64)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(|r| r.unwrap())
        .collect();
    let want: Vec<(i64, i64, i64)> = evs
        .iter()
        .map(|e| {
            (
                u64::from_str_radix(&e.id, 16).unwrap() as i64,
                e.trigger.start as i64,
                e.sentence as i64,
            )
        })
        .collect();
    assert_eq!(got, want);
}
