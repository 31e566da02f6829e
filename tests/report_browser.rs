//! The HTML report in a real browser: headless Chromium, driven by playwright-core
//! (tests/browser/check-report.mjs). It checks that the page makes no external request and
//! no CSP violation, that the stance graph has a size, that clicking a finding scrolls to its
//! evidence, that claim links work from the keyboard and that the page works with
//! JavaScript off; and it takes a screenshot.
//!
//! Needs `chromium` (Debian package) and `npm ci` in tests/browser; `.ci/run` sets both up.
//! Without them the test is skipped with a message, except under CI=true where it fails.
//! `STANCEGRAPH_SCREENSHOT=path.png` keeps the seed report's screenshot, and
//! `STANCEGRAPH_GRAPH_SCREENSHOT=path.png` one of its stance graph (docs/ holds both).

mod report_support;

use std::path::{Path, PathBuf};
use std::process::Command;

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// Skip with a message, or fail under CI.
fn skip(why: &str) {
    if in_ci() {
        panic!("browser test cannot run under CI=true: {why}");
    }
    eprintln!("skipped browser test: {why}");
}

fn find_on_path(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for n in names {
            let p = dir.join(n);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

fn run_check(chromium: &Path, html: &Path, shot: Option<&Path>, flags: &[&str]) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let mut cmd = Command::new("node");
    cmd.current_dir(&dir).arg("check-report.mjs").arg(html);
    if let Some(s) = shot {
        cmd.arg(s);
    }
    cmd.args(flags).env("CHROMIUM", chromium);
    let out = cmd.output().expect("run node");
    let stdout = String::from_utf8_lossy(&out.stdout);
    eprintln!("{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        out.status.success(),
        "browser checks failed for {}:\n{stdout}",
        html.display()
    );
}

#[test]
fn html_report_in_headless_chromium() {
    let Some(chromium) = std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .or_else(|| find_on_path(&["chromium", "chromium-browser"]))
    else {
        return skip("no `chromium` on PATH (apt-get install chromium, or set CHROMIUM)");
    };
    if find_on_path(&["node"]).is_none() {
        return skip("no `node` on PATH");
    }
    let modules =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/node_modules/playwright-core");
    if !modules.exists() {
        return skip("playwright-core is not installed (run `npm ci` in tests/browser)");
    }
    let dir = tempfile::tempdir().unwrap();

    // A hand-built report with a nested claim and a finding: every interaction is checked.
    let hand = dir.path().join("hand.html");
    let page = stancegraph::report::html::render(
        &report_support::seed_by_hand(),
        stancegraph::report::RenderOptions::default(),
    );
    std::fs::write(&hand, page).unwrap();
    run_check(&chromium, &hand, None, &["--require-findings"]);

    // The seed article through the real pipeline and CLI, with a screenshot.
    let seed = dir.path().join("seed.html");
    let out = Command::new(env!("CARGO_BIN_EXE_stancegraph"))
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["report", "--format", "html", "-o"])
        .arg(&seed)
        .arg("fixtures/tillerson-lavrov.txt")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shot = std::env::var_os("STANCEGRAPH_SCREENSHOT")
        .map(PathBuf::from)
        .unwrap_or_else(|| dir.path().join("seed.png"));
    // The seed article has conflicting claims and a graph: both must be there.
    let mut flags = vec![
        "--require-graph".to_string(),
        "--require-findings".to_string(),
    ];
    if let Some(g) = std::env::var_os("STANCEGRAPH_GRAPH_SCREENSHOT") {
        flags.push(format!("--graph-shot={}", PathBuf::from(g).display()));
    }
    let flags: Vec<&str> = flags.iter().map(String::as_str).collect();
    run_check(&chromium, &seed, Some(&shot), &flags);
    let png = std::fs::read(&shot).expect("screenshot written");
    assert!(
        png.starts_with(b"\x89PNG") && png.len() > 10_000,
        "a real screenshot"
    );
}
