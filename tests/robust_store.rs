//! The claim store under a lock held by another process, and commands that must not change
//! a store they cannot use. (Corrupt, foreign, newer-schema and read-only stores are in
//! tests/store_safety.rs; this adds the lock and the no-change checks.)

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn bin() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_stancegraph"));
    c.env_remove("STANCEGRAPH_DB").env("NO_COLOR", "1");
    c
}

fn add(db: &Path, file: &str) -> Output {
    bin()
        .args(["add", "--db"])
        .arg(db)
        .arg(file)
        .output()
        .unwrap()
}

fn documents(db: &Path) -> i64 {
    let c = rusqlite::Connection::open(db).unwrap();
    c.query_row("SELECT count(*) FROM documents", [], |r| r.get(0))
        .unwrap()
}

fn article(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.display().to_string()
}

#[test]
fn a_store_locked_for_a_moment_waits_and_then_adds() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    let o = add(&db, "fixtures/tillerson-lavrov.txt");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let locker = rusqlite::Connection::open(&db).unwrap();
    locker.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let second = article(dir.path(), "b.txt", "Lavrov said the talks were useful.");
    let release = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_secs(2));
        locker.execute_batch("COMMIT").unwrap();
    });
    let o = add(&db, &second);
    release.join().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(documents(&db), 2);
}

#[test]
fn a_store_locked_throughout_is_a_clear_error_and_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("s.db");
    assert!(add(&db, "fixtures/tillerson-lavrov.txt").status.success());
    let before = documents(&db);
    let locker = rusqlite::Connection::open(&db).unwrap();
    locker.execute_batch("BEGIN EXCLUSIVE").unwrap();
    let second = article(dir.path(), "b.txt", "Lavrov said the talks were useful.");
    let t = Instant::now();
    let o = add(&db, &second);
    let e = String::from_utf8_lossy(&o.stderr);
    assert_eq!(o.status.code(), Some(2), "{e}");
    assert!(e.contains("stayed locked by another process"), "{e}");
    assert!(!e.contains("panicked"));
    // It waited for the busy timeout rather than failing at once, and did not hang.
    assert!(t.elapsed() < Duration::from_secs(120), "{:?}", t.elapsed());
    locker.execute_batch("ROLLBACK").unwrap();
    drop(locker);
    assert_eq!(documents(&db), before, "the store is unchanged");
    // and it is usable again
    assert!(add(&db, &second).status.success());
    assert_eq!(documents(&db), before + 1);
}

#[test]
fn add_and_check_leave_a_newer_or_corrupt_store_byte_for_byte_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let newer = dir.path().join("new.db");
    assert!(add(&newer, "fixtures/tillerson-lavrov.txt")
        .status
        .success());
    {
        let c = rusqlite::Connection::open(&newer).unwrap();
        c.pragma_update(None, "user_version", stancegraph::store::SCHEMA_VERSION + 1)
            .unwrap();
    }
    let corrupt = dir.path().join("junk.db");
    std::fs::write(
        &corrupt,
        b"SQLite format 3\x00 but then garbage ".repeat(300),
    )
    .unwrap();
    for db in [&newer, &corrupt] {
        let before = std::fs::read(db).unwrap();
        for cmd in ["add", "check"] {
            let o = bin()
                .args([cmd, "--db"])
                .arg(db)
                .arg("fixtures/tillerson-lavrov.txt")
                .output()
                .unwrap();
            let e = String::from_utf8_lossy(&o.stderr);
            assert_eq!(o.status.code(), Some(2), "{cmd} {}: {e}", db.display());
            assert!(e.contains(&db.display().to_string()), "{e}");
            assert!(!e.contains("panicked"), "{e}");
        }
        assert_eq!(
            std::fs::read(db).unwrap(),
            before,
            "{} changed",
            db.display()
        );
    }
}
