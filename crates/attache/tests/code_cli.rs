//! The `attache` binary end to end on the shipped examples: the event
//! contract, deterministic order across thread counts, bad input, and the
//! analyst tools (`explain`, `actor`, `eval`, `place`).

use std::path::PathBuf;
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn attache(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_attache"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("run attache")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn code_sample_corpus_writes_the_event_contract() {
    let o = attache(&["code", "examples/corpus"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let events: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert!(events.len() > 50, "{} events", events.len());
    for e in &events {
        for f in [
            "id",
            "article_id",
            "sentence",
            "evidence",
            "date",
            "date_precision",
            "source",
            "target",
            "cameo",
            "root",
            "quad_class",
            "goldstein",
            "plover",
            "location",
            "trigger",
            "confidence",
            "rule",
        ] {
            assert!(e.get(f).is_some(), "missing {f} in {e}");
        }
        let cameo = e["cameo"].as_str().unwrap();
        assert_eq!(&cameo[..2], e["root"].as_str().unwrap());
        assert!(e["rule"].as_str().unwrap().contains(".txt:"), "{e}");
        let ev = e["evidence"].as_str().unwrap();
        let t = e["trigger"]["text"].as_str().unwrap();
        assert!(ev.contains(t), "trigger {t:?} not in evidence");
        for side in ["source", "target"] {
            if let Some(a) = e[side].as_object() {
                assert!(a["start"].as_u64().unwrap() < a["end"].as_u64().unwrap());
            }
        }
    }
    // All roots of the sample's kinds of events show up.
    let roots: std::collections::BTreeSet<&str> =
        events.iter().map(|e| e["root"].as_str().unwrap()).collect();
    assert!(roots.len() >= 10, "{roots:?}");
    let summary = stderr(&o);
    assert!(
        summary.contains("22 articles read, 22 coded, 0 skipped"),
        "{summary}"
    );
}

#[test]
fn output_order_does_not_depend_on_threads() {
    let a = attache(&["code", "--threads", "1", "examples/corpus"]);
    let b = attache(&["code", "--threads", "2", "examples/corpus"]);
    assert!(a.status.success() && b.status.success());
    assert_eq!(stdout(&a), stdout(&b));
}

#[test]
fn bad_input_is_reported_and_skipped() {
    let o = attache(&[
        "code",
        "--date",
        "2024-03-05",
        "examples/bad",
        "examples/no-such-file.jsonl",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    for needle in [
        "bad.jsonl:2",
        "invalid JSON",
        "latin1.txt",
        "invalid UTF-8",
        "empty.txt",
        "empty file",
        "binary.txt",
        "binary",
        "nothing.html",
        "no article text",
        "no-such-file.jsonl",
        "no such file",
    ] {
        assert!(err.contains(needle), "stderr lacks {needle:?}:\n{err}");
    }
    // The good records of bad.jsonl are still coded.
    assert!(err.contains("coded"), "{err}");
    let coded: u64 = err
        .lines()
        .last()
        .and_then(|l| l.split(" coded").next())
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(coded >= 2, "{err}");
}

#[test]
fn strict_stops_at_the_first_bad_record() {
    let o = attache(&["code", "--strict", "examples/bad/bad.jsonl"]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("--strict"), "{}", stderr(&o));
}

#[test]
fn explain_shows_actors_patterns_and_suppressed() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.jsonl");
    std::fs::write(
        &p,
        r#"{"id":"x","date":"2024-03-07","text":"Ankara on Tuesday rejected an Athens court's order to return the ship. Greece did not recall its ambassador."}"#,
    )
    .unwrap();
    let o = attache(&["explain", p.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    assert!(out.contains("TURGOV"), "{out}");
    assert!(out.contains("EVENT"), "{out}");
    assert!(out.contains("negated"), "{out}");
    assert!(out.contains("data/events/"), "{out}");
}

#[test]
fn actor_tool_prints_codes_and_rules() {
    let o = attache(&["actor", "a Brazilian court", "--format", "json"]);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    assert_eq!(v["code"], "BRAJUD");
    assert_eq!(v["country"], "BRA");
    assert_eq!(v["role"], "JUD");
    assert!(v["rule"].as_str().unwrap().starts_with("data/actors/"));
    let o = attache(&[
        "actor",
        "Merkel",
        "--date",
        "2010-05-01",
        "--context",
        "Chancellor Angela Merkel spoke.",
    ]);
    assert!(stdout(&o).contains("DEUGOV"), "{}", stdout(&o));
}

#[test]
fn user_dictionary_overrides_and_bad_dictionary_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("mine.txt");
    std::fs::write(
        &good,
        "%kind group\nBRAREBXYZ: Brazilian Liberation Front\n",
    )
    .unwrap();
    let o = attache(&[
        "actor",
        "the Brazilian Liberation Front",
        "--dict",
        good.to_str().unwrap(),
    ]);
    assert!(stdout(&o).contains("BRAREBXYZ"), "{}", stdout(&o));
    let bad = dir.path().join("bad.txt");
    std::fs::write(&bad, "%kind group\n\nbrarebxyz: Something\n").unwrap();
    let o = attache(&["actor", "x", "--dict", bad.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(stderr(&o).contains("bad.txt:3"), "{}", stderr(&o));
}

#[test]
fn eval_scores_a_gold_file() {
    let o = attache(&["eval", "examples/gold/dev.jsonl", "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(v["sentences"].as_u64().unwrap() >= 400);
    let tp = v["root"]["tp"].as_u64().unwrap();
    assert!(tp > 100, "{v}");
}

#[test]
fn place_lists_candidates() {
    let o = attache(&["place", "Kabul"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("AFG"), "{}", stdout(&o));
}
