//! The report command's output handling: `-o`, `--open`, one HTML page for a corpus run,
//! the end-of-run summary, and separators between documents.

use std::path::Path;
use std::process::{Command, Output};

const SEED: &str = "fixtures/tillerson-lavrov.txt";

fn stancegraph(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_stancegraph"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR")).args(args);
    cmd.env_remove("BROWSER");
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run stancegraph")
}

fn corpus(dir: &Path) -> String {
    let path = dir.join("corpus.jsonl");
    let lines = [
        r#"{"id":"a","title":"First","text":"Tillerson said that talks went well."}"#,
        "",
        r#"{"id":"b","text":"Lavrov denied the reports."}"#,
        r#"{"id":"c","text":"<script>alert(1)</script> he said."}"#,
    ];
    std::fs::write(&path, lines.join("\n")).unwrap();
    path.display().to_string()
}

#[test]
fn output_file_gets_the_report_and_stdout_stays_empty() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.html");
    let o = stancegraph(
        &[
            "report",
            "--format",
            "html",
            "-o",
            out.to_str().unwrap(),
            SEED,
        ],
        &[],
    );
    assert_eq!(
        o.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(o.stdout.is_empty());
    let page = std::fs::read_to_string(&out).unwrap();
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(!page.contains("id=\"index\""), "no index for one article");
    assert!(page.trim_end().ends_with("</html>"));
}

#[cfg(unix)]
#[test]
fn open_runs_the_browser_from_the_environment_on_the_written_page() {
    let dir = tempfile::tempdir().unwrap();
    let log = dir.path().join("opened.txt");
    let browser = dir.path().join("fake-browser");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\necho \"$1\" > '{}'\n", log.display()),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = dir.path().join("r.html");
    let o = stancegraph(
        &[
            "report",
            "--format",
            "html",
            "--open",
            "-o",
            out.to_str().unwrap(),
            SEED,
        ],
        &[("BROWSER", browser.to_str().unwrap())],
    );
    assert_eq!(o.status.code(), Some(0));
    // the fake browser runs detached; give it a moment. The shell creates the file before
    // `echo` writes to it, so wait for the whole line, not for the file.
    for _ in 0..100 {
        if std::fs::read_to_string(&log).is_ok_and(|s| s.ends_with('\n')) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    let opened = std::fs::read_to_string(&log).expect("browser was started");
    assert_eq!(
        Path::new(opened.trim()),
        std::fs::canonicalize(&out).unwrap()
    );
}

#[test]
fn open_without_a_browser_does_not_fail() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.html");
    let o = stancegraph(
        &[
            "report",
            "--format",
            "html",
            "--open",
            "-o",
            out.to_str().unwrap(),
            SEED,
        ],
        &[
            ("BROWSER", "/nonexistent/browser"),
            ("PATH", "/nonexistent"),
        ],
    );
    assert_eq!(o.status.code(), Some(0));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("no browser could be started"), "{err}");
    assert!(err.contains("r.html"), "{err}");
    assert!(out.exists());
}

#[test]
fn open_with_a_non_html_format_is_ignored_with_a_note() {
    let o = stancegraph(
        &["report", "--open", SEED],
        &[("BROWSER", "/nonexistent/browser")],
    );
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--open only opens HTML"));
    assert!(!o.stdout.is_empty());
}

#[test]
fn corpus_as_html_is_one_page_with_a_section_per_document() {
    let dir = tempfile::tempdir().unwrap();
    let c = corpus(dir.path());
    let o = stancegraph(&["report", "--format", "html", &c], &[]);
    assert_eq!(o.status.code(), Some(0));
    let page = String::from_utf8(o.stdout).unwrap();
    assert_eq!(page.matches("<!DOCTYPE html>").count(), 1);
    assert_eq!(page.matches("<section class=\"doc\"").count(), 3);
    for n in 1..=3 {
        assert!(page.contains(&format!("id=\"d{n}-doc\"")));
    }
    assert_eq!(page.matches("<script").count(), 1);
    assert!(page.contains("&lt;script&gt;alert(1)") || page.contains("&#60;script&#62;alert(1)"));
    // an index of the documents at the end, linked from the top
    assert!(page.contains("href=\"#index\""));
    let at = page.find("id=\"index\"").expect("index of documents");
    let index = &page[at..];
    for n in 1..=3 {
        assert!(index.contains(&format!("href=\"#d{n}-doc\"")), "{index}");
    }
    assert!(index.contains(">First</a>"), "titles in the index");
}

#[test]
fn corpus_run_ends_with_a_summary_on_stderr_unless_quiet() {
    let dir = tempfile::tempdir().unwrap();
    let c = corpus(dir.path());
    let o = stancegraph(&["report", "--format", "json", &c], &[]);
    assert_eq!(o.status.code(), Some(0));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("3 documents, "), "{err}");
    assert!(
        err.contains(" claims, ") && err.contains(" findings in "),
        "{err}"
    );
    // no progress bar when stderr is not a terminal: the summary is all there is
    assert_eq!(
        err.lines()
            .filter(|l| !l.starts_with("findings by rule"))
            .count(),
        1,
        "{err}"
    );
    assert_eq!(String::from_utf8_lossy(&o.stdout).lines().count(), 3);

    let q = stancegraph(&["report", "--format", "json", "--quiet", &c], &[]);
    assert!(q.stderr.is_empty());
    // a single article is not a corpus run: no summary
    let one = stancegraph(&["report", SEED], &[]);
    assert!(
        one.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&one.stderr)
    );
}

#[test]
fn text_and_markdown_documents_are_separated_by_one_blank_line() {
    let dir = tempfile::tempdir().unwrap();
    let c = corpus(dir.path());
    for format in ["text", "markdown"] {
        let o = stancegraph(&["report", "--quiet", "--format", format, &c], &[]);
        let out = String::from_utf8(o.stdout).unwrap();
        assert!(!out.contains("\n\n\n"), "{format}: {out}");
        assert!(out.ends_with('\n') && !out.ends_with("\n\n"), "{format}");
    }
}

#[test]
fn no_colour_when_stdout_is_not_a_terminal() {
    let o = stancegraph(&["report", SEED], &[]);
    assert!(!o.stdout.contains(&0x1b));
}

/// Colour needs a terminal: run under `script`, which gives the command a pseudo-terminal.
#[cfg(unix)]
#[test]
fn colour_on_a_terminal_unless_no_color() {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!(
            "skipped: `script` (util-linux) is not installed, no pseudo-terminal to test with"
        );
        return;
    }
    let bin = env!("CARGO_BIN_EXE_stancegraph");
    let run = |no_color: Option<&str>| {
        let mut cmd = Command::new("script");
        cmd.current_dir(env!("CARGO_MANIFEST_DIR")).args([
            "-qec",
            &format!("{bin} report {SEED}"),
            "/dev/null",
        ]);
        cmd.env_remove("NO_COLOR");
        if let Some(v) = no_color {
            cmd.env("NO_COLOR", v);
        }
        let o = cmd.output().expect("run script");
        String::from_utf8_lossy(&o.stdout).into_owned()
    };
    let tty = run(None);
    assert!(tty.contains("tillerson-lavrov"), "{tty}");
    assert!(
        tty.contains("\x1b[1m"),
        "bold headings on a terminal: {tty:?}"
    );
    let plain = run(Some("1"));
    assert!(plain.contains("tillerson-lavrov"), "{plain}");
    assert!(!plain.contains("\x1b["), "NO_COLOR honoured: {plain:?}");
}

#[test]
fn markdown_paragraph_links_take_a_link_base() {
    let o = stancegraph(&["report", "-f", "markdown", SEED], &[]);
    let relative = String::from_utf8(o.stdout).unwrap();
    assert!(relative.contains("](#p2)"), "{relative}");
    let o = stancegraph(
        &[
            "report",
            "-f",
            "markdown",
            "--link-base",
            "https://desk.example/seed report.html",
            SEED,
        ],
        &[],
    );
    let absolute = String::from_utf8(o.stdout).unwrap();
    assert!(
        absolute.contains("](https://desk.example/seed%20report.html#p2)"),
        "{absolute}"
    );
    assert!(!absolute.contains("](#p"));
}
