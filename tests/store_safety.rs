//! The claim store survives what users and machines do to it: a killed `add`, two writers,
//! a damaged or foreign file, a newer schema, a read-only file, the same article twice.

use stancegraph::store::{OpenMode, Store, SCHEMA_VERSION};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

const SEED: &str = include_str!("../fixtures/tillerson-lavrov.txt");

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_stancegraph"));
    c.env_remove("STANCEGRAPH_DB").env("NO_COLOR", "1");
    c
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run stancegraph")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A corpus of `n` distinct articles made of the seed article's sentences in rotating order.
fn corpus(path: &Path, prefix: &str, n: usize) {
    let sents: Vec<&str> = SEED.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    for i in 0..n {
        let k = sents.len();
        let text: Vec<&str> = (0..6)
            .map(|j| sents[(i * 7 + j * (i % 5 + 1)) % k])
            .collect();
        let line = serde_json::json!({
            "id": format!("{prefix}{i}"),
            "text": format!("{} (Item {prefix}{i}.)", text.join("\n")),
        });
        writeln!(f, "{line}").unwrap();
    }
}

fn documents(db: &Path) -> u64 {
    Store::open(db, OpenMode::ReadOnly)
        .unwrap()
        .stats()
        .unwrap()
        .documents
}

#[test]
fn re_adding_the_same_article_adds_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let db = db.to_str().unwrap();
    let first = run(&["add", "--db", db, "fixtures/tillerson-lavrov.txt"]);
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(String::from_utf8_lossy(&first.stdout).contains("added 1 document"));
    let before = Store::open(Path::new(db), OpenMode::ReadOnly)
        .unwrap()
        .stats()
        .unwrap();
    let again = run(&["add", "--db", db, "fixtures/tillerson-lavrov.txt"]);
    assert!(again.status.success(), "{}", stderr(&again));
    let out = String::from_utf8_lossy(&again.stdout);
    assert!(
        out.contains("added 0 documents") && out.contains("1 already stored"),
        "{out}"
    );
    let after = Store::open(Path::new(db), OpenMode::ReadOnly)
        .unwrap()
        .stats()
        .unwrap();
    assert_eq!(before, after);
}

#[test]
fn an_add_killed_midway_keeps_every_committed_batch() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("kill.db");
    let src = dir.path().join("corpus.jsonl");
    let n = 6000;
    corpus(&src, "k", n);
    let mut child = bin()
        .args(["add", "-q", "-j", "1", "--batch", "50", "--db"])
        .arg(&db)
        .arg(&src)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Wait for the first committed batches, then kill without warning.
    let start = Instant::now();
    loop {
        std::thread::sleep(Duration::from_millis(20));
        if db.exists() {
            if let Ok(s) = Store::open(&db, OpenMode::ReadOnly) {
                if s.stats().map(|s| s.documents >= 100).unwrap_or(false) {
                    break;
                }
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "add made no progress"
        );
    }
    child.kill().unwrap(); // SIGKILL on Unix
    let status = child.wait().unwrap();
    let kept = documents(&db);
    assert!(kept >= 100);
    assert_eq!(
        kept % 50,
        0,
        "only whole batches are kept, found {kept} documents"
    );
    if status.success() {
        eprintln!("note: add finished before the kill ({kept} documents)");
    }
    // The store opens and a second run stores the rest exactly once.
    let again = bin()
        .args(["add", "-q", "--db"])
        .arg(&db)
        .arg(&src)
        .output()
        .unwrap();
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(documents(&db), n as u64);
}

#[test]
fn two_adds_at_once_both_succeed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("two.db");
    let (a, b) = (dir.path().join("a.jsonl"), dir.path().join("b.jsonl"));
    corpus(&a, "a", 800);
    corpus(&b, "b", 800);
    let spawn = |src: &PathBuf| {
        bin()
            .args(["add", "-q", "--batch", "20", "-j", "1", "--db"])
            .arg(&db)
            .arg(src)
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let (ca, cb) = (spawn(&a), spawn(&b));
    let (oa, ob) = (
        ca.wait_with_output().unwrap(),
        cb.wait_with_output().unwrap(),
    );
    assert!(oa.status.success(), "first add: {}", stderr(&oa));
    assert!(ob.status.success(), "second add: {}", stderr(&ob));
    assert_eq!(documents(&db), 1600);
}

#[test]
fn a_corrupt_file_gets_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("junk.db");
    std::fs::write(
        &db,
        b"this is not a database at all, just some text\n".repeat(200),
    )
    .unwrap();
    for args in [
        vec!["claims", "list", "--db"],
        vec!["add", "fixtures/tillerson-lavrov.txt", "--db"],
        vec!["check", "fixtures/tillerson-lavrov.txt", "--db"],
    ] {
        let o = bin().args(&args).arg(&db).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let e = stderr(&o);
        assert!(e.contains("not a stancegraph claim store"), "{args:?}: {e}");
        assert!(!e.contains("panicked"));
    }
}

#[test]
fn a_foreign_sqlite_database_gets_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("other.db");
    let c = rusqlite::Connection::open(&db).unwrap();
    c.execute_batch("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL);")
        .unwrap();
    drop(c);
    let o = bin()
        .args(["add", "fixtures/tillerson-lavrov.txt", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(
        stderr(&o).contains("SQLite database but not a stancegraph claim store"),
        "{}",
        stderr(&o)
    );
    // and it was left alone
    let c = rusqlite::Connection::open(&db).unwrap();
    let n: i64 = c
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
}

/// `add` one article with `text` to the store `db`.
fn add_article(db: &Path, name: &str, text: &str) {
    let f = db.with_file_name(name);
    std::fs::write(&f, text).unwrap();
    let o = bin()
        .args(["add", "--db"])
        .arg(db)
        .arg(&f)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
}

fn user_version(db: &Path) -> i32 {
    rusqlite::Connection::open(db)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_store_of_schema_version_1_is_read_as_it_is_and_upgraded_by_the_next_add() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("v1.db");
    add_article(
        &db,
        "first.txt",
        "The mayor said the park would close in May.",
    );
    // make it a version-1 file: version 2 only added claims.cue_conditional
    let c = rusqlite::Connection::open(&db).unwrap();
    c.execute_batch("ALTER TABLE claims DROP COLUMN cue_conditional;")
        .unwrap();
    c.pragma_update(None, "user_version", 1).unwrap();
    drop(c);
    // a reading command reads it without writing to it
    let o = run(&["claims", "list", "--db", db.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("the park would close"));
    assert_eq!(user_version(&db), 1);
    // the next writing command upgrades it
    add_article(
        &db,
        "a.txt",
        "If the council rejected the budget, the mayor would resign.",
    );
    assert_eq!(user_version(&db), SCHEMA_VERSION);
    let conditional: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("SELECT sum(cue_conditional) FROM claims", [], |r| r.get(0))
        .unwrap();
    assert_eq!(conditional, 1);
}

#[test]
fn a_newer_schema_gets_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("new.db");
    drop(Store::open(&db, OpenMode::ReadWrite).unwrap());
    let c = rusqlite::Connection::open(&db).unwrap();
    c.pragma_update(None, "user_version", SCHEMA_VERSION + 1)
        .unwrap();
    drop(c);
    let o = bin()
        .args(["claims", "list", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    let e = stderr(&o);
    assert!(
        e.contains("newer stancegraph") && e.contains(&format!("version {}", SCHEMA_VERSION + 1)),
        "{e}"
    );
}

#[test]
fn a_read_only_store_gets_a_clear_error_on_write() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("ro.db");
    let o = bin()
        .args(["add", "fixtures/tillerson-lavrov.txt", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    std::fs::set_permissions(&db, std::fs::Permissions::from_mode(0o444)).unwrap();
    let o = bin()
        .args(["remove", "tillerson-lavrov", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("is read-only"), "{}", stderr(&o));
    // Reading still works.
    let o = bin()
        .args(["claims", "list", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
}

#[test]
fn a_missing_store_is_an_error_for_reading_commands() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("none.db");
    let o = bin()
        .args(["check", "fixtures/tillerson-lavrov.txt", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no claim store at"), "{}", stderr(&o));
    assert!(!db.exists(), "a reading command must not create the store");
}

#[test]
fn the_store_path_comes_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("env.db");
    let o = bin()
        .env("STANCEGRAPH_DB", &db)
        .args(["add", "fixtures/tillerson-lavrov.txt"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(documents(&db), 1);
}

#[test]
fn remove_deletes_a_document_and_its_index_entries() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("rm.db");
    let claims = dir.path().join("claims.csv");
    std::fs::write(
        &claims,
        "id,claim,source,date\nc1,Russia interfered in the 2016 presidential election,US intelligence agencies,2017-01-06\nc2,The Ukraine envoy will travel to Moscow for negotiations,Sergei Lavrov,2017-08-07\n",
    )
    .unwrap();
    let o = bin()
        .args(["claims", "import", "--db"])
        .arg(&db)
        .arg(&claims)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let store = Store::open(&db, OpenMode::ReadOnly).unwrap();
    let before = store.stats().unwrap();
    drop(store);
    assert_eq!((before.documents, before.claims), (2, 2));
    let o = bin()
        .args(["remove", "c1", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let store = Store::open(&db, OpenMode::ReadOnly).unwrap();
    let after = store.stats().unwrap();
    assert_eq!((after.documents, after.claims), (1, 1));
    assert!(after.postings < before.postings);
    let o = bin()
        .args(["remove", "c1", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("no stored document has the id `c1`"));
}

#[test]
fn a_truncated_store_gets_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cut.db");
    let src = dir.path().join("c.jsonl");
    corpus(&src, "t", 300);
    let o = bin()
        .args(["add", "-q", "--db"])
        .arg(&db)
        .arg(&src)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let len = std::fs::metadata(&db).unwrap().len();
    assert!(len > 200_000, "store too small to cut: {len}");
    let f = std::fs::OpenOptions::new().write(true).open(&db).unwrap();
    f.set_len(len / 3).unwrap();
    drop(f);
    for args in [
        vec!["claims", "list", "--db"],
        vec!["add", "fixtures/tillerson-lavrov.txt", "--db"],
    ] {
        let o = bin().args(&args).arg(&db).output().unwrap();
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("is damaged"),
            "{args:?}: {}",
            stderr(&o)
        );
        assert!(!stderr(&o).contains("panicked"));
    }
}
