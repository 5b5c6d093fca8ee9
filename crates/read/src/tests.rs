//! Reader tests. Every article here was written for this file.

use super::*;
use std::io::Write;

fn opts() -> ReadOptions {
    ReadOptions::default()
}

fn dt(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(&p, bytes).unwrap();
    p
}

fn gz(bytes: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(bytes).unwrap();
    e.finish().unwrap()
}

fn read_all(paths: &[PathBuf], o: &ReadOptions) -> (Vec<Article>, Vec<ReadError>) {
    let mut ok = Vec::new();
    let mut err = Vec::new();
    for r in read_paths(paths, o) {
        match r {
            Ok(a) => ok.push(a),
            Err(e) => err.push(e),
        }
    }
    (ok, err)
}

const JSONL: &str = r#"{"id": "a1", "date": "2024-05-12", "text": "Border guards fired warning shots on Sunday.", "title": "Shots at border", "source": "Wire", "url": "https://example.org/a1", "lang": "en-GB"}

{"id": 17, "date": "2024-05-12T08:30:00+02:00", "text": "The cabinet met in emergency session."}
{"id": "a3", "date": "20240513", "text": "Talks resumed at dawn.", "title": null}
{"id": "a4", "date": "20240513101500", "text": "Parliament voted to extend the mandate."}
"#;

#[test]
fn jsonl_records() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "news.jsonl", JSONL.as_bytes());
    let (ok, err) = read_all(std::slice::from_ref(&p), &opts());
    assert!(err.is_empty(), "{err:?}");
    assert_eq!(ok.len(), 4);
    let a = &ok[0];
    assert_eq!(a.id, "a1");
    assert_eq!(a.title.as_deref(), Some("Shots at border"));
    assert_eq!(a.source.as_deref(), Some("Wire"));
    assert_eq!(a.url.as_deref(), Some("https://example.org/a1"));
    assert_eq!(a.lang.as_deref(), Some("en"));
    assert_eq!(a.date, Some(dt("2024-05-12 00:00:00")));
    assert_eq!(a.origin, format!("{}:1", p.display()));
    assert_eq!(ok[1].id, "17");
    assert_eq!(ok[1].date, Some(dt("2024-05-12 06:30:00")));
    assert_eq!(ok[1].origin, format!("{}:3", p.display()));
    assert_eq!(ok[2].title, None);
    assert_eq!(ok[3].date, Some(dt("2024-05-13 10:15:00")));
}

#[test]
fn jsonl_missing_date_needs_default() {
    let line = b"{\"id\": \"x\", \"text\": \"Rebels seized the road.\"}\n";
    let r = read_bytes("in.jsonl", line, &opts());
    let e = r[0].as_ref().unwrap_err();
    assert_eq!(e.origin, "in.jsonl:1");
    assert!(e.reason.contains("missing field `date`"), "{e}");
    let o = ReadOptions {
        default_date: Some(dt("2024-01-02 00:00:00")),
    };
    let r = read_bytes("in.jsonl", line, &o);
    assert_eq!(r[0].as_ref().unwrap().date, Some(dt("2024-01-02 00:00:00")));
}

#[test]
fn jsonl_bad_line_does_not_stop_others() {
    let d = tempfile::tempdir().unwrap();
    let body = "{\"id\":\"1\",\"date\":\"2024-05-12\",\"text\":\"First report.\"}\n{\"id\": \"2\", \"date\": \n{\"id\":\"3\",\"date\":\"2024-05-12\",\"text\":\"Third report.\"}\n";
    let p = write(d.path(), "mixed.jsonl", body.as_bytes());
    let (ok, err) = read_all(std::slice::from_ref(&p), &opts());
    assert_eq!(
        ok.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        ["1", "3"]
    );
    assert_eq!(err.len(), 1);
    assert_eq!(err[0].origin, format!("{}:2", p.display()));
    assert!(
        err[0]
            .to_string()
            .starts_with(&format!("{}:2: invalid JSON: ", p.display())),
        "{}",
        err[0]
    );
}

#[test]
fn jsonl_invalid_utf8_line() {
    let mut body = b"{\"id\":\"1\",\"date\":\"2024-05-12\",\"text\":\"Fine.\"}\n".to_vec();
    body.extend_from_slice(b"{\"id\":\"2\",\"text\":\"caf\xe9\"}\n");
    body.extend_from_slice(b"{\"id\":\"3\",\"date\":\"2024-05-12\",\"text\":\"Also fine.\"}\n");
    let r = read_bytes("u.jsonl", &body, &opts());
    assert_eq!(r.len(), 3);
    assert_eq!(
        r[1].as_ref().unwrap_err().to_string(),
        "u.jsonl:2: invalid UTF-8 at byte 21"
    );
    assert!(r[2].is_ok());
}

#[test]
fn jsonl_field_errors_name_the_field() {
    let body = concat!(
        "{\"date\":\"2024-05-12\",\"text\":\"No id here.\"}\n",
        "{\"id\":\"b\",\"date\":\"2024-05-12\"}\n",
        "{\"id\":\"c\",\"date\":\"12/05/2024\",\"text\":\"Odd date.\"}\n",
        "{\"id\":\"d\",\"date\":\"2024-05-12\",\"text\":\"Bad title.\",\"title\":5}\n",
        "[1, 2]\n",
    );
    let r = read_bytes("f.ndjson", body.as_bytes(), &opts());
    let msgs: Vec<String> = r
        .iter()
        .map(|x| x.as_ref().unwrap_err().to_string())
        .collect();
    assert_eq!(msgs[0], "f.ndjson:1: missing field `id`");
    assert_eq!(msgs[1], "f.ndjson:2: missing field `text`");
    assert_eq!(
        msgs[2],
        "f.ndjson:3: field `date`: unrecognised date \"12/05/2024\""
    );
    assert_eq!(msgs[3], "f.ndjson:4: field `title` must be a string");
    assert_eq!(msgs[4], "f.ndjson:5: expected a JSON object");
}

#[test]
fn jsonl_gzip_by_extension_and_by_magic() {
    let d = tempfile::tempdir().unwrap();
    let a = write(d.path(), "a.jsonl.gz", &gz(JSONL.as_bytes()));
    let b = write(d.path(), "b.data", &gz(JSONL.as_bytes()));
    let (ok, err) = read_all(&[a, b], &opts());
    assert!(err.is_empty(), "{err:?}");
    assert_eq!(ok.len(), 8);
}

#[test]
fn json_array_file() {
    let body = r#"[{"id":"p","date":"2024-05-12","text":"One."},{"id":"q","text":"Two."}]"#;
    let r = read_bytes("list.json", body.as_bytes(), &opts());
    assert_eq!(r.len(), 2);
    assert_eq!(r[0].as_ref().unwrap().id, "p");
    assert_eq!(r[1].as_ref().unwrap_err().origin, "list.json:item 2");
}

#[test]
fn jsonl_is_streamed() {
    // An endless JSON Lines source: taking three records must return.
    struct Endless(Vec<u8>, usize);
    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            if self.1 >= self.0.len() {
                self.1 = 0;
            }
            let n = buf.len().min(self.0.len() - self.1);
            buf[..n].copy_from_slice(&self.0[self.1..self.1 + n]);
            self.1 += n;
            Ok(n)
        }
    }
    let line =
        b"{\"id\":\"x\",\"date\":\"2024-05-12\",\"text\":\"Again the sirens sounded.\"}\n".to_vec();
    let it = read_stream("<stdin>", Box::new(Endless(line, 0)), &opts());
    let got: Vec<_> = it.take(3).collect();
    assert_eq!(got.len(), 3);
    assert_eq!(got[2].as_ref().unwrap().origin, "<stdin>:3");
}

#[test]
fn plain_text_article() {
    let d = tempfile::tempdir().unwrap();
    let body = "Floods cut off northern villages\r\n\r\nHeavy rain washed away two bridges on Friday, officials said.\r\n";
    let p = write(d.path(), "floods-2024.txt", body.as_bytes());
    let o = ReadOptions {
        default_date: Some(dt("2024-06-01 00:00:00")),
    };
    let (ok, err) = read_all(std::slice::from_ref(&p), &o);
    assert!(err.is_empty());
    let a = &ok[0];
    assert_eq!(a.id, "floods-2024");
    assert_eq!(a.title.as_deref(), Some("Floods cut off northern villages"));
    assert!(a
        .text
        .starts_with("Floods cut off northern villages\n\nHeavy rain"));
    assert_eq!(a.date, Some(dt("2024-06-01 00:00:00")));
    assert_eq!(a.origin, p.display().to_string());
    // A first line that is a sentence is not a title.
    let r = read_bytes("s.txt", b"The army withdrew.\nMore later.", &opts());
    assert_eq!(r[0].as_ref().unwrap().title, None);
}

#[test]
fn plain_text_sniffed_without_extension() {
    let r = read_bytes("notes", b"Envoys met in the capital on Monday.", &opts());
    let a = r[0].as_ref().unwrap();
    assert_eq!(a.id, "notes");
    assert_eq!(a.date, None);
}

#[test]
fn text_invalid_utf8() {
    let r = read_bytes("bad.txt", b"Prices rose \xff sharply.", &opts());
    assert_eq!(
        r[0].as_ref().unwrap_err().to_string(),
        "bad.txt: invalid UTF-8 at byte 12"
    );
}

#[test]
fn empty_file() {
    let d = tempfile::tempdir().unwrap();
    let a = write(d.path(), "empty.jsonl", b"");
    let b = write(d.path(), "blank.txt", b"  \n\n ");
    let c = write(d.path(), "empty.jsonl.gz", &gz(b""));
    let (ok, err) = read_all(&[a.clone(), b, c], &opts());
    assert!(ok.is_empty());
    assert_eq!(err.len(), 3);
    assert_eq!(err[0].to_string(), format!("{}: empty file", a.display()));
    assert!(err.iter().all(|e| e.reason == "empty file"));
}

#[test]
fn binary_file() {
    let d = tempfile::tempdir().unwrap();
    let mut bytes = b"\x89PNG\r\n\x1a\n".to_vec();
    bytes.extend((0u8..=255).cycle().take(4000));
    let p = write(d.path(), "photo.txt", &bytes);
    let q = write(
        d.path(),
        "controls",
        &[1u8, 2, 3, 4, 5, 6, b'a', b'b', 7, 8],
    );
    let (ok, err) = read_all(&[p.clone(), q], &opts());
    assert!(ok.is_empty());
    assert_eq!(
        err[0].to_string(),
        format!("{}: binary file, not an article", p.display())
    );
    assert_eq!(err[1].reason, "binary file, not an article");
}

#[test]
fn missing_path() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path().join("nowhere.jsonl");
    let good = write(d.path(), "ok.txt", b"Shelling resumed overnight.");
    let (ok, err) = read_all(&[p.clone(), good], &opts());
    assert_eq!(err.len(), 1);
    assert_eq!(
        err[0].to_string(),
        format!("{}: no such file or directory", p.display())
    );
    assert_eq!(ok.len(), 1);
}

#[test]
fn directory_walk_is_sorted_recursive_and_skips_hidden() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "b.txt", b"Second file.");
    write(d.path(), "a.txt", b"First file.");
    write(d.path(), "c/z.txt", b"Nested last.");
    write(d.path(), "c/m.txt", b"Nested first.");
    write(d.path(), ".hidden.txt", b"Never read.");
    write(
        d.path(),
        "d.jsonl",
        b"{\"id\":\"j\",\"date\":\"2024-05-12\",\"text\":\"From JSON.\"}\n",
    );
    let (ok, err) = read_all(&[d.path().to_path_buf()], &opts());
    assert!(err.is_empty(), "{err:?}");
    let ids: Vec<&str> = ok.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "m", "z", "j"]);
}

#[cfg(unix)]
#[test]
fn unreadable_dir_entry_does_not_stop_the_walk() {
    let d = tempfile::tempdir().unwrap();
    write(d.path(), "a.txt", b"Before the broken link.");
    std::os::unix::fs::symlink(d.path().join("gone.txt"), d.path().join("b-link.txt")).unwrap();
    write(d.path(), "c.txt", b"After the broken link.");
    let results: Vec<_> = read_paths(&[d.path().to_path_buf()], &opts()).collect();
    assert_eq!(results.len(), 3);
    assert_eq!(results[0].as_ref().unwrap().id, "a");
    let e = results[1].as_ref().unwrap_err();
    assert!(e.origin.ends_with("b-link.txt"));
    assert_eq!(e.reason, "broken symbolic link");
    assert_eq!(results[2].as_ref().unwrap().id, "c");
}

const PAGE: &str = r#"<!DOCTYPE html>
<html lang="en-US"><head>
<title>Port strike spreads | The Harbour Times</title>
<meta property="og:title" content="Port strike spreads to three cities">
<meta property="og:site_name" content="The Harbour Times">
<meta property="article:published_time" content="2024-03-04T09:15:00Z">
<link rel="canonical" href="https://harbour.example/port-strike">
<style>body { color: red; }</style>
<script>var tracking = "do not read";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article>
<h1>Port strike spreads to three cities</h1>
<p>Dock workers in three coastal cities walked off the job on Monday, halting container traffic at the country's busiest terminals.</p>
<p>The union said the strike would continue until the transport ministry reopened wage talks that collapsed last month.</p>
<p>Officials at the ministry declined to comment, but a spokesman for the port authority said cargo ships were already waiting offshore.</p>
</article>
<footer><p>Copyright The Harbour Times. All rights reserved.</p></footer>
</body></html>"#;

#[test]
fn html_page() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "port-strike.html", PAGE.as_bytes());
    let (ok, err) = read_all(&[p], &opts());
    assert!(err.is_empty(), "{err:?}");
    let a = &ok[0];
    assert_eq!(a.id, "port-strike");
    assert_eq!(
        a.title.as_deref(),
        Some("Port strike spreads to three cities")
    );
    assert_eq!(a.source.as_deref(), Some("The Harbour Times"));
    assert_eq!(
        a.url.as_deref(),
        Some("https://harbour.example/port-strike")
    );
    assert_eq!(a.date, Some(dt("2024-03-04 09:15:00")));
    assert_eq!(a.lang.as_deref(), Some("en"));
    assert!(a
        .text
        .contains("Dock workers in three coastal cities walked off the job on Monday"));
    assert!(
        a.text
            .contains("wage talks that collapsed last month.\n\nOfficials at the ministry"),
        "{}",
        a.text
    );
    assert!(!a.text.contains("tracking"));
    assert!(!a.text.contains("Home"));
    assert!(!a.text.contains("Copyright"));
}

#[test]
fn html_dates_from_json_ld_and_time_and_title_fallback() {
    let ld = r#"<html><head><title>Quake shakes the valley - Valley Post</title>
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2024-02-10T22:00:00-05:00"}]}</script>
</head><body><p>A strong earthquake shook the valley late on Saturday, damaging old houses.</p></body></html>"#;
    let a = read_bytes("quake.htm", ld.as_bytes(), &opts())
        .remove(0)
        .unwrap();
    assert_eq!(a.date, Some(dt("2024-02-11 03:00:00")));
    assert_eq!(a.title.as_deref(), Some("Quake shakes the valley"));
    let tm = r#"<html><body><h1>Mayor resigns</h1><time datetime="2023-11-30">Nov 30</time><p>The mayor resigned after a week of protests outside city hall.</p></body></html>"#;
    let a = read_bytes("mayor.html", tm.as_bytes(), &opts())
        .remove(0)
        .unwrap();
    assert_eq!(a.date, Some(dt("2023-11-30 00:00:00")));
    assert_eq!(a.title.as_deref(), Some("Mayor resigns"));
    assert!(a.text.contains("The mayor resigned"));
}

#[test]
fn html_without_text() {
    let page = "<html><head><title>Nothing</title><script>x=1</script></head><body><nav><a href='/'>Home</a></nav></body></html>";
    let r = read_bytes("empty-page.html", page.as_bytes(), &opts());
    assert_eq!(
        r[0].as_ref().unwrap_err().to_string(),
        "empty-page.html: no article text"
    );
}

#[test]
fn html_sniffed_and_windows_1252() {
    let mut page = b"<!doctype html><html><head><meta charset=\"windows-1252\"></head><body><p>The minister said \x93no deal\x94 after the caf\xe9 meeting ended.</p></body></html>".to_vec();
    page.extend_from_slice(b"\n");
    let a = read_bytes("page.bin", &page, &opts()).remove(0).unwrap();
    assert!(a.text.contains("\u{201C}no deal\u{201D}"), "{}", a.text);
    assert!(a.text.contains("caf\u{e9}"));
}

const RSS: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Frontier Wire</title><link>https://frontier.example</link><description>News</description><language>en-us</language>
<item>
  <title>Convoy reaches the besieged town</title>
  <link>https://frontier.example/convoy</link>
  <guid>frontier-0001</guid>
  <pubDate>Tue, 14 May 2024 09:30:00 GMT</pubDate>
  <description>&lt;p&gt;An aid convoy reached the town on Tuesday.&lt;/p&gt;&lt;p&gt;It carried food and medicine.&lt;/p&gt;</description>
</item>
<item>
  <title>Empty item</title>
  <guid>frontier-0002</guid>
</item>
<item>
  <title>Talks set for June</title>
  <link>https://frontier.example/talks</link>
  <description>The two sides agreed to meet again in June.</description>
</item>
</channel></rss>"#;

#[test]
fn rss_feed_items() {
    let d = tempfile::tempdir().unwrap();
    let p = write(d.path(), "frontier.rss", RSS.as_bytes());
    let results: Vec<_> = read_paths(std::slice::from_ref(&p), &opts()).collect();
    assert_eq!(results.len(), 3);
    let a = results[0].as_ref().unwrap();
    assert_eq!(a.id, "frontier-0001");
    assert_eq!(a.title.as_deref(), Some("Convoy reaches the besieged town"));
    assert_eq!(a.url.as_deref(), Some("https://frontier.example/convoy"));
    assert_eq!(a.source.as_deref(), Some("Frontier Wire"));
    assert_eq!(a.date, Some(dt("2024-05-14 09:30:00")));
    assert_eq!(
        a.text,
        "An aid convoy reached the town on Tuesday.\n\nIt carried food and medicine."
    );
    assert_eq!(a.lang.as_deref(), Some("en"));
    assert_eq!(a.origin, format!("{}:item 1", p.display()));
    let e = results[1].as_ref().unwrap_err();
    assert_eq!(
        e.to_string(),
        format!("{}:item 2: item has no text", p.display())
    );
    let c = results[2].as_ref().unwrap();
    assert_eq!(c.id, "https://frontier.example/talks");
    assert_eq!(c.date, None);
}

#[test]
fn atom_feed_sniffed_from_xml() {
    let atom = r#"<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Lakeside Bulletin</title><id>urn:lakeside</id><updated>2024-04-02T10:00:00Z</updated>
  <entry>
    <title>Ferry service suspended</title>
    <id>urn:lakeside:77</id>
    <link href="https://lakeside.example/ferry"/>
    <published>2024-04-02T08:00:00+01:00</published>
    <updated>2024-04-02T09:00:00Z</updated>
    <content type="html">&lt;p&gt;Storms forced the ferry operator to cancel all crossings.&lt;/p&gt;</content>
  </entry>
</feed>"#;
    let r = read_bytes("lakeside.xml", atom.as_bytes(), &opts());
    let a = r[0].as_ref().unwrap();
    assert_eq!(a.id, "urn:lakeside:77");
    assert_eq!(a.date, Some(dt("2024-04-02 07:00:00")));
    assert_eq!(a.source.as_deref(), Some("Lakeside Bulletin"));
    assert_eq!(
        a.text,
        "Storms forced the ferry operator to cancel all crossings."
    );
    let r = read_bytes(
        "other.xml",
        b"<?xml version=\"1.0\"?><catalog><book/></catalog>",
        &opts(),
    );
    assert_eq!(
        r[0].as_ref().unwrap_err().reason,
        "XML file is not an RSS/Atom feed"
    );
}

#[test]
fn broken_feed() {
    let r = read_bytes(
        "broken.rss",
        b"<rss version=\"2.0\"><channel><item><title>cut",
        &opts(),
    );
    assert_eq!(r.len(), 1);
    assert!(r[0]
        .as_ref()
        .unwrap_err()
        .reason
        .starts_with("invalid feed"));
}

fn warc_record(kind: &str, id: &str, uri: &str, date: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: {uri}\r\nWARC-Date: {date}\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http(status: &str, ctype: &str, body: &[u8]) -> Vec<u8> {
    let mut h = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    h.extend_from_slice(body);
    h
}

fn sample_warc() -> Vec<Vec<u8>> {
    let page1 = b"<html><body><p>Farmers blocked the highway with tractors on Wednesday to protest against import rules.</p></body></html>";
    let page2 = b"<html><head><meta name=\"date\" content=\"2024-01-20\"></head><body><p>The strike at the steel plant entered its third week, with no talks scheduled.</p></body></html>";
    let latin =
        b"<html><body><p>The caf\xe9 owners' union called for a general strike.</p></body></html>";
    vec![
        warc_record(
            "warcinfo",
            "00000000-0000-0000-0000-000000000000",
            "",
            "2024-01-22T00:00:00Z",
            b"software: test\r\n",
        ),
        warc_record(
            "request",
            "11111111-0000-0000-0000-000000000000",
            "https://news.example/farmers",
            "2024-01-22T10:00:00Z",
            b"GET /farmers HTTP/1.1\r\n\r\n",
        ),
        warc_record(
            "response",
            "22222222-0000-0000-0000-000000000000",
            "https://news.example/farmers",
            "2024-01-22T10:00:01Z",
            &http("200 OK", "text/html; charset=utf-8", page1),
        ),
        warc_record(
            "response",
            "33333333-0000-0000-0000-000000000000",
            "https://news.example/missing",
            "2024-01-22T10:00:02Z",
            &http("404 Not Found", "text/html", b"<p>gone</p>"),
        ),
        warc_record(
            "response",
            "44444444-0000-0000-0000-000000000000",
            "https://news.example/logo.png",
            "2024-01-22T10:00:03Z",
            &http("200 OK", "image/png", b"\x89PNG\r\n"),
        ),
        warc_record(
            "response",
            "55555555-0000-0000-0000-000000000000",
            "https://news.example/steel",
            "2024-01-22T10:00:04Z",
            &http("200 OK", "text/html", page2),
        ),
        warc_record(
            "response",
            "66666666-0000-0000-0000-000000000000",
            "https://news.example/cafe",
            "2024-01-22T10:00:05Z",
            &http("200 OK", "text/html; charset=ISO-8859-1", latin),
        ),
        warc_record(
            "response",
            "77777777-0000-0000-0000-000000000000",
            "https://news.example/bad",
            "2024-01-22T10:00:06Z",
            b"garbage without status\r\n\r\n",
        ),
        warc_record(
            "response",
            "88888888-0000-0000-0000-000000000000",
            "https://news.example/empty",
            "2024-01-22T10:00:07Z",
            &http("200 OK", "text/html", b"<html><body></body></html>"),
        ),
    ]
}

fn check_warc(results: &[Result<Article, ReadError>], name: &str) {
    assert_eq!(results.len(), 5, "{results:?}");
    let a = results[0].as_ref().unwrap();
    assert_eq!(a.id, "22222222-0000-0000-0000-000000000000");
    assert_eq!(a.url.as_deref(), Some("https://news.example/farmers"));
    assert_eq!(a.date, Some(dt("2024-01-22 10:00:01")));
    assert!(a.text.starts_with("Farmers blocked the highway"));
    assert_eq!(a.origin, format!("{name}:record 3"));
    let b = results[1].as_ref().unwrap();
    assert_eq!(b.date, Some(dt("2024-01-20 00:00:00")));
    assert_eq!(b.origin, format!("{name}:record 6"));
    let c = results[2].as_ref().unwrap();
    assert!(c.text.contains("caf\u{e9} owners"));
    let e = results[3].as_ref().unwrap_err();
    assert_eq!(e.origin, format!("{name}:record 8"));
    assert!(e.reason.starts_with("malformed HTTP status line"), "{e}");
    assert_eq!(
        results[4].as_ref().unwrap_err().to_string(),
        format!("{name}:record 9: no article text")
    );
}

#[test]
fn warc_records() {
    let bytes: Vec<u8> = sample_warc().concat();
    let r = read_bytes("crawl.warc", &bytes, &opts());
    check_warc(&r, "crawl.warc");
}

#[test]
fn warc_gz_per_record_members() {
    let d = tempfile::tempdir().unwrap();
    let bytes: Vec<u8> = sample_warc().iter().flat_map(|r| gz(r)).collect();
    let p = write(d.path(), "crawl.warc.gz", &bytes);
    let results: Vec<_> = read_paths(std::slice::from_ref(&p), &opts()).collect();
    check_warc(&results, &p.display().to_string());
}

#[test]
fn warc_lost_sync_recovers() {
    let recs = sample_warc();
    let mut bytes = recs[2].clone();
    bytes.extend_from_slice(b"this is not a warc header\r\nnor this\r\n");
    bytes.extend_from_slice(&recs[5]);
    let r = read_bytes("x.warc", &bytes, &opts());
    assert_eq!(r.len(), 3, "{r:?}");
    assert!(r[0].is_ok());
    assert_eq!(
        r[1].as_ref().unwrap_err().to_string(),
        "x.warc:record 2: expected a WARC/1.x version line"
    );
    assert!(r[2].is_ok());
}

#[test]
fn warc_truncated_record() {
    let recs = sample_warc();
    let mut bytes = recs[2].clone();
    bytes.extend_from_slice(&recs[5][..recs[5].len() - 40]);
    let r = read_bytes("cut.warc", &bytes, &opts());
    assert_eq!(r.len(), 2, "{r:?}");
    assert!(r[0].is_ok());
    assert_eq!(
        r[1].as_ref().unwrap_err().to_string(),
        "cut.warc:record 2: truncated record"
    );
}

#[test]
fn read_error_display() {
    let e = ReadError::new("a.jsonl:3", "invalid JSON: EOF");
    assert_eq!(e.to_string(), "a.jsonl:3: invalid JSON: EOF");
}

#[test]
fn sniffing() {
    assert_eq!(detect("", b"{\"id\":1}"), Ok(Format::Jsonl));
    assert_eq!(detect("", b"WARC/1.0\r\n"), Ok(Format::Warc));
    assert_eq!(
        detect("", b"<?xml version='1.0'?><!-- c --><rdf:RDF>"),
        Ok(Format::Feed)
    );
    assert_eq!(detect("", b"<!DOCTYPE html><html>"), Ok(Format::Html));
    assert_eq!(detect("", b"Plain words."), Ok(Format::Text));
    assert_eq!(detect("json", b"[{}]"), Ok(Format::JsonArray));
    assert_eq!(stem("dir/x.y.txt.gz"), "x.y");
    assert_eq!(stem("<stdin>"), "stdin");
}
