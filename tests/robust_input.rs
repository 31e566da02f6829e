//! Bad article input, through the binary: each case gives a clear message and the
//! documented exit code (0 ok, 2 error), never a panic, and what can be read still is.
//! Inputs are made in a temporary directory by the test; big ones are generated, not stored.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const SEED: &str = include_str!("../fixtures/tillerson-lavrov.txt");

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_stancegraph"));
    c.env("NO_COLOR", "1").env_remove("STANCEGRAPH_CONFIG");
    c
}

fn report(args: &[&str], file: &Path) -> Output {
    bin()
        .arg("report")
        .args(args)
        .arg(file)
        .output()
        .expect("run stancegraph")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Exit code 2, the message names the file and says `what`, and nothing panicked.
fn assert_error(o: &Output, file: &Path, what: &str) {
    let e = stderr(o);
    assert_eq!(o.status.code(), Some(2), "stderr: {e}");
    assert!(e.contains(&file.display().to_string()), "no path in: {e}");
    assert!(e.contains(what), "expected {what:?} in: {e}");
    assert!(!e.contains("panicked"), "{e}");
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// A valid JSON report with no claims.
fn assert_empty_report(o: &Output) {
    assert_eq!(o.status.code(), Some(0), "{}", stderr(o));
    let v: serde_json::Value = serde_json::from_str(stdout(o).trim()).expect("valid JSON");
    assert_eq!(v["claims"], serde_json::json!([]));
    assert_eq!(v["findings"], serde_json::json!([]));
}

#[test]
fn an_empty_file_gives_an_empty_report() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "empty.txt", b"");
    assert_empty_report(&report(&["-f", "json"], &f));
    // and the text report says there is nothing rather than failing
    let o = report(&[], &f);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[test]
fn a_whitespace_only_file_gives_an_empty_report() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "blank.md", b" \n\t\r\n  \n\n\x0b\x0c  ");
    assert_empty_report(&report(&["-f", "json"], &f));
    assert_eq!(report(&["-f", "markdown"], &f).status.code(), Some(0));
}

#[test]
fn a_binary_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    // What an executable or an image looks like: a header, NUL bytes, high bytes.
    let mut bytes = b"\x7fELF\x02\x01\x01\x00\x00\x00".to_vec();
    bytes.extend((0..4096u32).map(|i| (i * 31 % 256) as u8));
    let f = write(dir.path(), "a.txt", &bytes);
    assert_error(&report(&[], &f), &f, "binary file");
}

#[test]
fn invalid_utf8_is_refused_with_the_offset() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "latin1.txt",
        b"Lavrov said the claims were \xabnonsense\xbb.",
    );
    let o = report(&[], &f);
    assert_error(&o, &f, "not valid UTF-8");
    assert!(stderr(&o).contains("byte offset 28"), "{}", stderr(&o));
}

#[test]
fn utf16_with_a_bom_is_refused_with_a_hint() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Lavrov said Russia did not interfere.";
    let mut le = vec![0xFF, 0xFE];
    le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(|u| u.to_be_bytes()));
    for (name, bytes) in [("le.txt", le), ("be.txt", be)] {
        let f = write(dir.path(), name, &bytes);
        let o = report(&[], &f);
        assert_error(&o, &f, "UTF-16");
        assert!(stderr(&o).contains("iconv"), "{}", stderr(&o));
    }
}

#[test]
fn a_utf8_bom_is_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(SEED.as_bytes());
    let f = write(dir.path(), "bom.txt", &bytes);
    let o = report(&["-f", "json"], &f);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert!(!v["claims"].as_array().unwrap().is_empty());
}

/// Seed sentences on one line, no line break, `len` bytes (cut on a char boundary).
fn one_line(len: usize) -> String {
    let line = SEED.replace('\n', " ");
    let mut s = String::with_capacity(len + line.len());
    while s.len() < len {
        s.push_str(&line);
        s.push(' ');
    }
    let mut cut = len;
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

#[test]
fn a_50_mb_single_line_is_refused_quickly_with_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "huge.txt", one_line(50 << 20).as_bytes());
    let t = Instant::now();
    let o = report(&["-f", "json"], &f);
    assert_error(&o, &f, "longer than 2 MB (50.0 MB)");
    assert!(stderr(&o).contains("split it into articles"));
    assert!(t.elapsed() < Duration::from_secs(20), "{:?}", t.elapsed());
    assert!(stdout(&o).is_empty());
}

#[test]
fn a_20_mb_single_line_is_refused_too_and_other_files_still_reported() {
    let dir = tempfile::tempdir().unwrap();
    let big = write(dir.path(), "big.txt", one_line(20 << 20).as_bytes());
    let seed = write(dir.path(), "seed.txt", SEED.as_bytes());
    let o = bin()
        .args(["report", "-q", "-f", "json"])
        .arg(&big)
        .arg(&seed)
        .output()
        .unwrap();
    assert_error(&o, &big, "longer than 2 MB (20.0 MB)");
    // the good file after it is still reported
    let lines: Vec<&str> = std::str::from_utf8(&o.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 1);
    assert!(lines[0].contains("\"doc_id\":\"seed\""));
}

#[test]
fn a_huge_article_on_stdin_is_refused() {
    let mut child = bin()
        .args(["report", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let text = one_line(3 << 20);
    let mut stdin = child.stdin.take().unwrap();
    // The reader stops after the limit; a broken pipe after that is expected.
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(text.as_bytes());
    });
    let o = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("<stdin>: the article is longer than 2 MB"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn a_long_single_line_under_the_limit_finishes_in_reasonable_time() {
    // Linear work matters here: 600 kB on one line is ~300 copies of the seed article.
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "long.txt", one_line(600_000).as_bytes());
    let t = Instant::now();
    let o = report(&["-f", "json"], &f);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(stdout(&o).trim()).unwrap();
    assert!(v["claims"].as_array().unwrap().len() > 1_000);
    // More than 1,000 claims: no stance graph, and a note says so.
    assert!(
        stderr(&o).contains("conflict rules were not run"),
        "{}",
        stderr(&o)
    );
    // Generous for a debug build on a shared machine; minutes would mean quadratic work.
    assert!(t.elapsed() < Duration::from_secs(120), "{:?}", t.elapsed());
}

#[test]
fn ten_thousand_quotes_nested_or_unbalanced() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("straight.txt", "\"".repeat(10_000)),
        (
            "curly-open.txt",
            format!("Lavrov said {} it is nonsense.", "“".repeat(10_000)),
        ),
        // Nested 1,000 deep here (a debug build is slow on it: each claim's content holds
        // all the text inside it); 10,000 deep is measured on the release build in
        // BENCHMARKS.md. Claims deeper than 16 levels are dropped (MAX_NESTING).
        (
            "nested.txt",
            format!("{}yes{}", "He said “".repeat(1_000), "” ".repeat(1_000)),
        ),
        (
            "nested-straight.txt",
            format!("{}yes", "He said \"".repeat(10_000)),
        ),
        (
            "unbalanced.txt",
            format!(
                "{} Tillerson said “we will see. {} ‘ ’ '",
                "” said Lavrov. ".repeat(5_000),
                "« ‹ “ ‘ \" '".repeat(2_000)
            ),
        ),
        ("one-per-line.txt", "“He said,\n".repeat(10_000)),
    ];
    for (name, text) in cases {
        let f = write(dir.path(), name, text.as_bytes());
        let t = Instant::now();
        let o = report(&["-f", "json"], &f);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
        let v: serde_json::Value = serde_json::from_str(stdout(&o).trim())
            .unwrap_or_else(|e| panic!("{name}: not JSON: {e}"));
        // every span inside the text
        let len = text.len() as u64;
        for c in v["claims"].as_array().unwrap() {
            for part in ["source", "cue", "content"] {
                for s in c[part]["spans"].as_array().unwrap() {
                    assert!(s[0].as_u64().unwrap() <= s[1].as_u64().unwrap());
                    assert!(s[1].as_u64().unwrap() <= len, "{name}: {s}");
                }
            }
        }
        assert!(
            t.elapsed() < Duration::from_secs(60),
            "{name}: {:?}",
            t.elapsed()
        );
    }
}

#[test]
fn a_missing_file_and_a_directory_are_errors_and_the_rest_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let seed = write(dir.path(), "seed.txt", SEED.as_bytes());
    let missing = dir.path().join("missing.txt");
    let sub = dir.path().join("articles");
    std::fs::create_dir(&sub).unwrap();
    let o = bin()
        .args(["report", "-q", "-f", "json"])
        .arg(&missing)
        .arg(&sub)
        .arg(&seed)
        .output()
        .unwrap();
    assert_error(&o, &missing, "no such file");
    assert_error(&o, &sub, "is a directory");
    assert_eq!(stdout(&o).lines().count(), 1, "the seed is still reported");
}

#[test]
fn an_unreadable_file_is_an_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let f = write(dir.path(), "secret.txt", SEED.as_bytes());
    std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&f).is_ok() {
        // Root reads any file whatever its mode; make the read itself fail instead.
        eprintln!(
            "note: running as root, so a mode-000 file is readable; testing unreadable paths \
             that fail for root too (a path through a file, and an I/O error)"
        );
    } else {
        assert_error(&report(&[], &f), &f, "permission denied");
    }
    // A path through a regular file cannot be opened by anyone.
    let through = dir.path().join("secret.txt").join("x.txt");
    let o = report(&[], &through);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("x.txt"), "{}", stderr(&o));
    assert!(!stderr(&o).contains("panicked"));
    // /proc/self/mem opens but every read at offset 0 fails (EIO), for root too.
    if cfg!(target_os = "linux") && Path::new("/proc/self/mem").exists() {
        let mem = Path::new("/proc/self/mem");
        let o = report(&[], mem);
        assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
        assert!(
            stderr(&o).starts_with("error: /proc/self/mem: "),
            "{}",
            stderr(&o)
        );
        assert!(!stderr(&o).contains("panicked"));
    }
}

/// A corpus of `n` good lines with line `bad` (1-based) replaced by `bad_line`.
fn corpus_with(dir: &Path, n: usize, bad: usize, bad_line: &str) -> PathBuf {
    let mut s = String::new();
    for i in 1..=n {
        if i == bad {
            s.push_str(bad_line);
        } else {
            let text = format!("Lavrov said the talks in round {i} were useful.");
            s.push_str(&serde_json::json!({"id": format!("d{i}"), "text": text}).to_string());
        }
        s.push('\n');
    }
    write(dir, "corpus.jsonl", s.as_bytes())
}

#[test]
fn a_bad_jsonl_line_is_named_and_the_rest_still_processed() {
    let dir = tempfile::tempdir().unwrap();
    for (bad_line, what) in [
        (
            "{\"id\": \"x\", \"text\": \"unterminated",
            "not a valid JSON object",
        ),
        (
            "{\"id\": \"x\", \"title\": \"no text\"}",
            "no \"text\" field",
        ),
        ("[1, 2, 3]", "not a valid JSON object"),
        ("\u{0}\u{0}binary", "binary"),
    ] {
        let f = corpus_with(dir.path(), 600, 300, bad_line);
        let o = bin()
            .args(["report", "-q", "-f", "json"])
            .arg(&f)
            .output()
            .unwrap();
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{e}");
        assert!(e.contains(&format!("{}:300: ", f.display())), "{e}");
        assert!(e.contains(what), "{what}: {e}");
        assert!(!e.contains("panicked"));
        let out = stdout(&o);
        assert_eq!(out.lines().count(), 599, "every good line is reported");
        // in input order, without the bad one
        let ids: Vec<String> = out
            .lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["doc_id"].to_string())
            .collect();
        assert_eq!(ids[298], "\"d299\"");
        assert_eq!(ids[299], "\"d301\"");
    }
}

#[test]
fn invalid_utf8_in_a_jsonl_line_names_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut bytes = b"{\"id\":\"a\",\"text\":\"Lavrov said yes.\"}\n".to_vec();
    bytes.extend(b"{\"id\":\"b\",\"text\":\"caf\xe9\"}\n");
    bytes.extend(b"{\"id\":\"c\",\"text\":\"Tillerson said no.\"}\n");
    let f = write(dir.path(), "c.jsonl", &bytes);
    let o = report(&["-q", "-f", "json"], &f);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("c.jsonl:2: the text is not valid UTF-8"),
        "{}",
        stderr(&o)
    );
    assert_eq!(stdout(&o).lines().count(), 2);
}

#[test]
fn strict_stops_at_the_bad_line_after_reporting_the_lines_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let f = corpus_with(dir.path(), 600, 300, "not json");
    let o = bin()
        .args(["report", "-q", "--strict", "-f", "json"])
        .arg(&f)
        .output()
        .unwrap();
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{e}");
    assert!(e.contains(":300: not a valid JSON object"), "{e}");
    // Lines 1..=299 are reported (nothing read is dropped), nothing after the bad line is.
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 299, "{e}");
    assert!(out.lines().last().unwrap().contains("\"doc_id\":\"d299\""));
}

#[test]
fn a_long_corpus_line_over_the_limit_is_named_and_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = String::new();
    s.push_str(&serde_json::json!({"id": "a", "text": "Lavrov said yes."}).to_string());
    s.push('\n');
    s.push_str(&serde_json::json!({"id": "big", "text": one_line(3 << 20)}).to_string());
    s.push('\n');
    s.push_str(&serde_json::json!({"id": "c", "text": "Tillerson said no."}).to_string());
    s.push('\n');
    let f = write(dir.path(), "big.jsonl", s.as_bytes());
    let o = report(&["-q", "-f", "json"], &f);
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("big.jsonl:2: the article is longer than 2 MB"),
        "{}",
        stderr(&o)
    );
    assert_eq!(stdout(&o).lines().count(), 2);
}

#[test]
fn threads_do_not_change_the_output_or_its_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = String::new();
    for i in 0..700 {
        let text = format!(
            "{}\n\nItem {i}: Lavrov said round {i} was useful.",
            SEED.char_indices()
                .take_while(|(k, _)| *k < 400 + i % 300)
                .map(|(_, c)| c)
                .collect::<String>()
        );
        s.push_str(&serde_json::json!({"id": format!("d{i}"), "text": text}).to_string());
        s.push('\n');
    }
    let f = write(dir.path(), "c.jsonl", s.as_bytes());
    let run = |args: &[&str], env: Option<&str>| {
        let mut c = bin();
        c.args(["report", "-q", "-f", "json"]).args(args).arg(&f);
        if let Some(n) = env {
            c.env("RAYON_NUM_THREADS", n);
        }
        let o = c.output().unwrap();
        assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
        o.stdout
    };
    let one = run(&["--jobs", "1"], None);
    assert_eq!(one, run(&["--jobs", "2"], None));
    assert_eq!(one, run(&[], Some("1")));
    assert_eq!(one, run(&[], None));
    let ids: Vec<String> = String::from_utf8(one)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["doc_id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    let want: Vec<String> = (0..700).map(|i| format!("d{i}")).collect();
    assert_eq!(ids, want, "input order");
}
