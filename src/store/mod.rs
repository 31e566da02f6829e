//! The claim store: documents, actors, claims and propositions in one SQLite file, indexed so
//! that `check` can find the stored claims about what a new article says.
//!
//! Takes analysed articles ([`DocRecord::from_analysis`]) and imported claims
//! ([`DocRecord::imported`]); gives stored claims back as [`StoredClaim`]s, ready to be joined
//! with a new article's claims into one stance graph. It does not extract or judge anything:
//! extraction is the pipeline's job, relatedness and agree/disagree are [`crate::check`]'s.
//!
//! # File, schema and safety
//! One SQLite file (rusqlite, bundled). The schema version is `PRAGMA user_version` and the
//! file carries `PRAGMA application_id` = [`APPLICATION_ID`], so a foreign SQLite database is
//! told apart from an empty one; [`MIGRATIONS`] brings an older file up to date when a
//! command writes to it, reading commands read files from [`MIN_READABLE_VERSION`] on as they
//! are, and a newer file is refused. The journal is WAL with `synchronous=NORMAL`: a killed process loses at
//! most the batch it was writing, readers never block the writer, and a busy timeout lets two
//! writers take turns. Every batch is one `BEGIN IMMEDIATE` transaction.
//!
//! # Why an own inverted table rather than FTS5
//! Candidate lookup asks "which stored claims are mostly covered by this article's words?",
//! not "which texts match this query best". FTS5's bm25 ranks texts for a query, so a long
//! article as the query would make every common word a full posting-list scan, and it would
//! rank long stored texts above short claims. The own table (`terms` with document frequency,
//! `postings(term, claim)` clustered by term) lets the lookup read the posting lists of the
//! article's *rarest* terms first and stop at a fixed budget of postings, so its cost does not
//! grow with the store; the frequencies give the idf weights that `check` scores coverage with.
//! Claims are also indexed by actor (`claims.actor`), so a speaker's earlier claims are found
//! even when worded differently. Terms come from [`terms`], shared with `check`.

pub mod terms;
mod write;

pub use write::{
    content_hash, read_import_file, ActorRecord, AddOutcome, ClaimRecord, DocRecord, ImportRow,
};

use crate::model::{Evidence, Proposition, Span, Stance};
use rusqlite::{params, Connection, ErrorCode, OpenFlags, OptionalExtension};
use std::collections::HashMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// `PRAGMA application_id` of a stancegraph store ("SGDB").
pub const APPLICATION_ID: i32 = 0x5347_4442;
/// The schema version this build writes and reads.
pub const SCHEMA_VERSION: i32 = 2;
/// The oldest schema a reading command reads without upgrading the file (version 2 only
/// added `claims.cue_conditional`).
pub const MIN_READABLE_VERSION: i32 = 1;
/// Environment variable naming the store file.
pub const DB_ENV: &str = "STANCEGRAPH_DB";
/// The store file used when neither `--db` nor `STANCEGRAPH_DB` is given.
pub const DEFAULT_DB: &str = "stancegraph.db";

/// SQL that brings a store from version `i` to `i + 1`.
pub const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE documents (
    id      INTEGER PRIMARY KEY,
    doc_id  TEXT NOT NULL UNIQUE,
    title   TEXT,
    outlet  TEXT,
    date    TEXT,
    url     TEXT,
    origin  TEXT NOT NULL,            -- 'article' | 'import'
    hash    TEXT NOT NULL UNIQUE,     -- sha256 of the text (and source, for imports)
    text    TEXT NOT NULL,
    added   INTEGER NOT NULL          -- unix seconds
);
CREATE TABLE actors (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE,
    kind  TEXT NOT NULL,
    camp  TEXT
);
CREATE TABLE actor_aliases (
    actor  INTEGER NOT NULL REFERENCES actors(id),
    alias  TEXT NOT NULL,
    PRIMARY KEY (actor, alias)
) WITHOUT ROWID;
CREATE TABLE propositions (
    id          INTEGER PRIMARY KEY,
    text        TEXT NOT NULL,
    terms       TEXT NOT NULL,        -- JSON array
    entities    TEXT NOT NULL,        -- JSON array
    quantities  TEXT NOT NULL,        -- JSON array of Quantity
    dates       TEXT NOT NULL,        -- JSON array of DateMention
    negated     INTEGER NOT NULL
);
CREATE TABLE claims (
    id             INTEGER PRIMARY KEY,
    doc            INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ord            INTEGER NOT NULL,  -- claim index within its document's analysis
    parent         INTEGER,           -- ord of the enclosing claim
    sentence_idx   INTEGER NOT NULL,
    sentence       TEXT NOT NULL,     -- the sentence holding the claim, exactly as written
    speaker        TEXT NOT NULL,
    actor          INTEGER REFERENCES actors(id),
    camp           TEXT,
    source_spans   TEXT NOT NULL,     -- JSON [[start,end],...] byte offsets into the text
    cue            TEXT NOT NULL,
    cue_lemma      TEXT NOT NULL,
    cue_negated    INTEGER NOT NULL,
    cue_spans      TEXT NOT NULL,
    content        TEXT NOT NULL,
    content_spans  TEXT NOT NULL,
    stance         TEXT NOT NULL,
    kind           TEXT NOT NULL,
    proposition    INTEGER REFERENCES propositions(id),
    term_ids       TEXT NOT NULL      -- space-separated ids of the claim's distinct index terms
);
CREATE INDEX claims_doc ON claims(doc);
CREATE INDEX claims_actor ON claims(actor);
CREATE TABLE terms (
    id    INTEGER PRIMARY KEY,
    term  TEXT NOT NULL UNIQUE,
    df    INTEGER NOT NULL            -- number of claims holding the term
);
CREATE TABLE postings (
    term   INTEGER NOT NULL,
    claim  INTEGER NOT NULL,
    PRIMARY KEY (term, claim)
) WITHOUT ROWID;
"#,
    // 2: a claim whose cue stands in a condition ("If the plan rejected C, ...") takes no side
    r#"
ALTER TABLE claims ADD COLUMN cue_conditional INTEGER NOT NULL DEFAULT 0;
"#,
];

/// Why the store could not be used. Every variant names the file and says what to do.
#[derive(Debug)]
pub enum StoreError {
    /// A read-only command found no store at the path.
    Missing { path: PathBuf },
    /// The file is not an SQLite database (or its header is damaged).
    NotADatabase { path: PathBuf },
    /// An SQLite database, but not a stancegraph store.
    Foreign { path: PathBuf },
    /// The file is damaged.
    Corrupt { path: PathBuf, message: String },
    /// Written by a newer stancegraph.
    Newer {
        path: PathBuf,
        found: i32,
        supported: i32,
    },
    /// A write was asked of a file that cannot be written.
    ReadOnly { path: PathBuf },
    /// Another process held the store longer than the busy timeout.
    Busy { path: PathBuf },
    /// Any other SQLite failure.
    Sqlite { path: PathBuf, message: String },
    /// Bad input given to the store (an import line, an unknown document).
    Input(String),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Missing { path } => write!(
                f,
                "no claim store at {} (store articles first with `stancegraph add`, or pick the store with --db or {DB_ENV})",
                path.display()
            ),
            StoreError::NotADatabase { path } => write!(
                f,
                "{} is not a stancegraph claim store: the file is not an SQLite database, or its header is damaged",
                path.display()
            ),
            StoreError::Foreign { path } => write!(
                f,
                "{} is an SQLite database but not a stancegraph claim store; pick another file with --db or {DB_ENV}",
                path.display()
            ),
            StoreError::Corrupt { path, message } => write!(
                f,
                "the claim store {} is damaged ({message}); restore it from a backup or rebuild it with `stancegraph add`",
                path.display()
            ),
            StoreError::Newer { path, found, supported } => write!(
                f,
                "the claim store {} has schema version {found}, written by a newer stancegraph; this one reads versions up to {supported}. Upgrade stancegraph",
                path.display()
            ),
            StoreError::ReadOnly { path } => write!(
                f,
                "the claim store {} is read-only; this command writes to it. Make the file and its directory writable, or pick another store with --db",
                path.display()
            ),
            StoreError::Busy { path } => write!(
                f,
                "the claim store {} stayed locked by another process; try again",
                path.display()
            ),
            StoreError::Sqlite { path, message } => {
                write!(f, "claim store {}: {message}", path.display())
            }
            StoreError::Input(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for StoreError {}

/// How to open the store.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// Create the file when missing; migrate an older schema.
    ReadWrite,
    /// The file must exist; nothing is written.
    ReadOnly,
}

/// The store path: `--db`, else `STANCEGRAPH_DB`, else [`DEFAULT_DB`] in the current directory.
pub fn resolve_path(flag: Option<&Path>) -> PathBuf {
    if let Some(p) = flag {
        return p.to_path_buf();
    }
    match std::env::var_os(DB_ENV) {
        Some(v) if !v.is_empty() => PathBuf::from(v),
        _ => PathBuf::from(DEFAULT_DB),
    }
}

/// Counts for `claims list` and benchmarks.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Stats {
    pub documents: u64,
    pub claims: u64,
    pub terms: u64,
    pub postings: u64,
}

/// A stored claim with its document, ready to be quoted and put in a graph.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredClaim {
    /// Row id of the claim.
    pub id: i64,
    pub doc_id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    /// Whether the claim was imported (fact-check database) rather than extracted.
    pub imported: bool,
    pub speaker: String,
    pub actor: Option<String>,
    pub camp: Option<String>,
    pub stance: Stance,
    pub negated: bool,
    /// The cue stands in a condition or an open question: the claim takes no side.
    pub conditional: bool,
    pub cue: String,
    pub content: String,
    pub sentence: String,
    pub span: Option<Span>,
    pub proposition: Proposition,
    pub term_ids: Vec<i64>,
}

impl StoredClaim {
    /// The claim quoted as evidence from the store.
    pub fn evidence(&self) -> Evidence {
        Evidence {
            doc: self.doc_id.clone(),
            title: self.title.clone(),
            date: self.date.clone(),
            outlet: self.outlet.clone(),
            claim: self.id as usize,
            stored: true,
            speaker: self.speaker.clone(),
            stance: self.stance,
            cue: self.cue.clone(),
            content: self.content.clone(),
            sentence: self.sentence.clone(),
            span: self.span,
        }
    }
}

/// An open claim store.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// The claim query for this file's schema (a version-1 file, read without upgrading it,
    /// has no `cue_conditional` column: its claims read as not conditional).
    claim_select: String,
    /// Ids of terms committed to the store. Term rows are never deleted, so an id once
    /// committed stays valid even with other writers about.
    term_cache: HashMap<String, i64>,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store").field("path", &self.path).finish()
    }
}

/// Map an SQLite error to a store error that names the file.
pub(crate) fn sql_err(path: &Path, e: rusqlite::Error) -> StoreError {
    let path = path.to_path_buf();
    if let rusqlite::Error::SqliteFailure(f, ref msg) = e {
        return match f.code {
            ErrorCode::NotADatabase => StoreError::NotADatabase { path },
            ErrorCode::DatabaseCorrupt => StoreError::Corrupt {
                path,
                message: msg
                    .clone()
                    .unwrap_or_else(|| "database disk image is malformed".into()),
            },
            ErrorCode::ReadOnly => StoreError::ReadOnly { path },
            ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => StoreError::Busy { path },
            _ => StoreError::Sqlite {
                path,
                message: e.to_string(),
            },
        };
    }
    StoreError::Sqlite {
        path,
        message: e.to_string(),
    }
}

impl Store {
    /// Open (and for [`OpenMode::ReadWrite`] create or migrate) the store at `path`.
    pub fn open(path: &Path, mode: OpenMode) -> Result<Store, StoreError> {
        let exists = path.exists();
        if path.is_dir() {
            return Err(StoreError::Sqlite {
                path: path.to_path_buf(),
                message: "is a directory, not a store file".into(),
            });
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            if !dir.is_dir() {
                return Err(StoreError::Sqlite {
                    path: path.to_path_buf(),
                    message: format!("the directory {} does not exist", dir.display()),
                });
            }
        }
        if mode == OpenMode::ReadOnly && !exists {
            return Err(StoreError::Missing {
                path: path.to_path_buf(),
            });
        }
        // Root ignores file permissions, so a read-only file is also recognised by its mode bits.
        if mode == OpenMode::ReadWrite && exists {
            if let Ok(meta) = std::fs::metadata(path) {
                if meta.permissions().readonly() {
                    return Err(StoreError::ReadOnly {
                        path: path.to_path_buf(),
                    });
                }
            }
        }
        let flags = match mode {
            OpenMode::ReadWrite => {
                OpenFlags::SQLITE_OPEN_READ_WRITE
                    | OpenFlags::SQLITE_OPEN_CREATE
                    | OpenFlags::SQLITE_OPEN_NO_MUTEX
            }
            OpenMode::ReadOnly => {
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
            }
        };
        let e = |err| sql_err(path, err);
        let conn = Connection::open_with_flags(path, flags).map_err(e)?;
        conn.busy_timeout(Duration::from_secs(30)).map_err(e)?;
        if mode == OpenMode::ReadWrite && conn.is_readonly("main").map_err(e)? {
            return Err(StoreError::ReadOnly {
                path: path.to_path_buf(),
            });
        }
        // Lookups and batch inserts touch many pages of the index: a page cache of up to 256 MiB
        // (SQLite allocates it as pages are read) and memory-mapped reads (up to 1 GiB)
        // keep a check from paying a system call per page.
        conn.execute_batch("PRAGMA cache_size = -262144; PRAGMA mmap_size = 1073741824;")
            .map_err(e)?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            claim_select: String::new(),
            term_cache: HashMap::new(),
        };
        // Two processes opening a new store at once can deadlock on its first locks (both
        // switch it to WAL); SQLite then answers one of them "busy" at once, without waiting
        // in the busy handler. Opening is idempotent, so it is simply tried again.
        let mut tries = 0;
        loop {
            match store.check_and_migrate(mode) {
                Err(StoreError::Busy { .. }) if tries < 20 => {
                    tries += 1;
                    std::thread::sleep(Duration::from_millis(50 + 10 * tries));
                }
                res => break res?,
            }
        }
        let version = store.header().map_err(e)?.2;
        store.claim_select = CLAIM_SELECT.replace(
            "c.cue_conditional",
            if version >= 2 {
                "c.cue_conditional"
            } else {
                "0"
            },
        );
        Ok(store)
    }

    /// The file this store lives in.
    pub fn path(&self) -> &Path {
        &self.path
    }

    pub(crate) fn err(&self, e: rusqlite::Error) -> StoreError {
        sql_err(&self.path, e)
    }

    fn check_and_migrate(&self, mode: OpenMode) -> Result<(), StoreError> {
        let e = |err| sql_err(&self.path, err);
        // The first read of the header: a file that is not SQLite fails here.
        let (tables, app_id, version) = self.header().map_err(e)?;
        if tables > 0 && app_id != APPLICATION_ID {
            return Err(StoreError::Foreign {
                path: self.path.clone(),
            });
        }
        if version > SCHEMA_VERSION {
            return Err(StoreError::Newer {
                path: self.path.clone(),
                found: version,
                supported: SCHEMA_VERSION,
            });
        }
        if mode == OpenMode::ReadOnly {
            if tables == 0 {
                return Err(StoreError::Missing {
                    path: self.path.clone(),
                });
            }
            if version < MIN_READABLE_VERSION {
                return Err(StoreError::Sqlite {
                    path: self.path.clone(),
                    message: format!(
                        "schema version {version} is older than {SCHEMA_VERSION}; run a writing command (e.g. `stancegraph add`) once to upgrade it"
                    ),
                });
            }
            self.conn
                .execute_batch("PRAGMA query_only = ON;")
                .map_err(e)?;
            return Ok(());
        }
        // WAL makes readers and the writer independent; NORMAL sync is crash-safe in WAL
        // (a killed process never loses a committed batch).
        self.conn
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(e)?;
        self.conn
            .execute_batch("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")
            .map_err(e)?;
        if version < SCHEMA_VERSION {
            // Two processes may create the same new store at once: decide under the write lock.
            self.conn.execute_batch("BEGIN IMMEDIATE").map_err(e)?;
            let res = (|| -> Result<(), StoreError> {
                let (tables, app_id, version) = self.header().map_err(e)?;
                if tables > 0 && app_id != APPLICATION_ID {
                    return Err(StoreError::Foreign {
                        path: self.path.clone(),
                    });
                }
                for (i, sql) in MIGRATIONS.iter().enumerate().skip(version.max(0) as usize) {
                    self.conn.execute_batch(sql).map_err(e)?;
                    self.conn
                        .pragma_update(None, "user_version", (i + 1) as i32)
                        .map_err(e)?;
                }
                self.conn
                    .pragma_update(None, "application_id", APPLICATION_ID)
                    .map_err(e)?;
                Ok(())
            })();
            match res {
                Ok(()) => self.conn.execute_batch("COMMIT").map_err(e)?,
                Err(err) => {
                    let _ = self.conn.execute_batch("ROLLBACK");
                    return Err(err);
                }
            }
        }
        Ok(())
    }

    fn header(&self) -> rusqlite::Result<(i64, i32, i32)> {
        let tables: i64 = self
            .conn
            .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        let app_id: i32 = self
            .conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))?;
        let version: i32 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        Ok((tables, app_id, version))
    }

    /// Counts of documents, claims, terms and postings.
    pub fn stats(&self) -> Result<Stats, StoreError> {
        let count = |sql: &str| -> Result<u64, StoreError> {
            self.conn
                .query_row(sql, [], |r| r.get::<_, i64>(0))
                .map(|n| n as u64)
                .map_err(|e| self.err(e))
        };
        Ok(Stats {
            documents: count("SELECT count(*) FROM documents")?,
            claims: count("SELECT count(*) FROM claims")?,
            terms: count("SELECT count(*) FROM terms")?,
            postings: count("SELECT count(*) FROM postings")?,
        })
    }

    /// Number of stored claims, for idf weights.
    pub fn claim_count(&self) -> Result<u64, StoreError> {
        self.conn
            .query_row("SELECT count(*) FROM claims", [], |r| r.get::<_, i64>(0))
            .map(|n| n as u64)
            .map_err(|e| self.err(e))
    }

    /// Id and document frequency of each term that is in the store.
    pub fn term_stats(&self, terms: &[String]) -> Result<HashMap<String, (i64, u32)>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, df FROM terms WHERE term = ?1")
            .map_err(|e| self.err(e))?;
        let mut out = HashMap::with_capacity(terms.len());
        for t in terms {
            if let Some((id, df)) = stmt
                .query_row([t], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))
                .optional()
                .map_err(|e| self.err(e))?
            {
                if df > 0 {
                    out.insert(t.clone(), (id, df as u32));
                }
            }
        }
        Ok(out)
    }

    /// Document frequency of terms given by id.
    pub fn df_of_ids(&self, ids: &[i64]) -> Result<HashMap<i64, u32>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT df FROM terms WHERE id = ?1")
            .map_err(|e| self.err(e))?;
        let mut out = HashMap::with_capacity(ids.len());
        for &id in ids {
            if out.contains_key(&id) {
                continue;
            }
            let df: Option<i64> = stmt
                .query_row([id], |r| r.get(0))
                .optional()
                .map_err(|e| self.err(e))?;
            out.insert(id, df.unwrap_or(0).max(0) as u32);
        }
        Ok(out)
    }

    /// The claims posted under each term, reading the rarest terms first and stopping once
    /// `budget` postings have been read: the cost of a lookup is bounded whatever the store's
    /// size. Gives claim id -> term ids it shares with the query.
    pub fn claims_with_terms(
        &self,
        terms: &[(i64, u32)],
        budget: usize,
    ) -> Result<HashMap<i64, Vec<i64>>, StoreError> {
        let mut sorted: Vec<(i64, u32)> = terms.to_vec();
        sorted.sort_by_key(|&(id, df)| (df, id));
        let mut stmt = self
            .conn
            .prepare_cached("SELECT claim FROM postings WHERE term = ?1")
            .map_err(|e| self.err(e))?;
        let mut out: HashMap<i64, Vec<i64>> = HashMap::new();
        let mut read = 0usize;
        for (term, df) in sorted {
            if read > 0 && read + df as usize > budget {
                break;
            }
            let rows = stmt
                .query_map([term], |r| r.get::<_, i64>(0))
                .map_err(|e| self.err(e))?;
            for c in rows {
                out.entry(c.map_err(|e| self.err(e))?)
                    .or_default()
                    .push(term);
                read += 1;
            }
        }
        Ok(out)
    }

    /// The most recent claims of the named actors (the actor index), at most `limit`.
    pub fn claims_by_actors(&self, names: &[String], limit: usize) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT c.id FROM claims c JOIN actors a ON a.id = c.actor
                 WHERE a.name = ?1 ORDER BY c.id DESC LIMIT ?2",
            )
            .map_err(|e| self.err(e))?;
        let mut out = Vec::new();
        for n in names {
            let rows = stmt
                .query_map(params![n, limit as i64], |r| r.get::<_, i64>(0))
                .map_err(|e| self.err(e))?;
            for r in rows {
                out.push(r.map_err(|e| self.err(e))?);
            }
        }
        out.sort_unstable();
        out.dedup();
        Ok(out)
    }

    /// The term ids of claims, for scoring candidates.
    pub fn claim_term_ids(&self, ids: &[i64]) -> Result<HashMap<i64, Vec<i64>>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT term_ids FROM claims WHERE id = ?1")
            .map_err(|e| self.err(e))?;
        let mut out = HashMap::with_capacity(ids.len());
        for &id in ids {
            let s: Option<String> = stmt
                .query_row([id], |r| r.get(0))
                .optional()
                .map_err(|e| self.err(e))?;
            if let Some(s) = s {
                out.insert(id, parse_ids(&s));
            }
        }
        Ok(out)
    }

    /// Load claims by id, with their documents and propositions, in the order given.
    pub fn load_claims(&self, ids: &[i64]) -> Result<Vec<StoredClaim>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!("{} WHERE c.id = ?1", self.claim_select))
            .map_err(|e| self.err(e))?;
        let mut out = Vec::with_capacity(ids.len());
        for &id in ids {
            if let Some(c) = stmt
                .query_row([id], row_to_claim)
                .optional()
                .map_err(|e| self.err(e))?
            {
                out.push(c);
            }
        }
        Ok(out)
    }

    /// Claims in storage order, optionally only those of one document.
    pub fn list_claims(
        &self,
        doc: Option<&str>,
        limit: usize,
        offset: usize,
    ) -> Result<Vec<StoredClaim>, StoreError> {
        let sql = format!(
            "{} WHERE (?1 IS NULL OR d.doc_id = ?1) ORDER BY c.id LIMIT ?2 OFFSET ?3",
            self.claim_select
        );
        let mut stmt = self.conn.prepare(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params![doc, limit as i64, offset as i64], row_to_claim)
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }

    /// Run `f` inside one read transaction (one snapshot, one lock instead of one per query).
    pub fn read<T>(&self, f: impl FnOnce() -> Result<T, StoreError>) -> Result<T, StoreError> {
        self.conn.execute_batch("BEGIN").map_err(|e| self.err(e))?;
        let r = f();
        let end = self.conn.execute_batch("COMMIT").map_err(|e| self.err(e));
        let v = r?;
        end?;
        Ok(v)
    }

    /// Whether a document with this content hash is stored.
    pub fn has_hash(&self, hash: &str) -> Result<bool, StoreError> {
        self.conn
            .prepare_cached("SELECT 1 FROM documents WHERE hash = ?1")
            .and_then(|mut st| st.exists([hash]))
            .map_err(|e| self.err(e))
    }

    /// Whether a document id is stored.
    pub fn has_document(&self, doc_id: &str) -> Result<bool, StoreError> {
        self.conn
            .query_row(
                "SELECT 1 FROM documents WHERE doc_id = ?1",
                [doc_id],
                |_| Ok(()),
            )
            .optional()
            .map(|o| o.is_some())
            .map_err(|e| self.err(e))
    }
}

const CLAIM_SELECT: &str = "SELECT c.id, d.doc_id, d.title, d.date, d.outlet, d.url, d.origin,
    c.speaker, a.name, c.camp, c.stance, c.cue_negated, c.cue, c.content, c.sentence,
    c.content_spans, p.id, p.text, p.terms, p.entities, p.quantities, p.dates, p.negated, c.term_ids,
    c.cue_conditional
    FROM claims c JOIN documents d ON d.id = c.doc
    LEFT JOIN actors a ON a.id = c.actor
    LEFT JOIN propositions p ON p.id = c.proposition";

pub(crate) fn parse_ids(s: &str) -> Vec<i64> {
    s.split_ascii_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect()
}

fn json_col<T: serde::de::DeserializeOwned + Default>(s: Option<String>) -> T {
    s.and_then(|s| serde_json::from_str(&s).ok())
        .unwrap_or_default()
}

fn row_to_claim(r: &rusqlite::Row<'_>) -> rusqlite::Result<StoredClaim> {
    let id: i64 = r.get(0)?;
    let content: String = r.get(13)?;
    let spans: Vec<(usize, usize)> = json_col(r.get(15)?);
    let stance: String = r.get(10)?;
    let prop_id: Option<i64> = r.get(16)?;
    let proposition = Proposition {
        id: prop_id.unwrap_or(0).max(0) as usize,
        text: r
            .get::<_, Option<String>>(17)?
            .unwrap_or_else(|| content.clone()),
        terms: json_col(r.get(18)?),
        entities: json_col(r.get(19)?),
        quantities: json_col(r.get(20)?),
        dates: json_col(r.get(21)?),
        negated: r.get::<_, Option<bool>>(22)?.unwrap_or(false),
    };
    Ok(StoredClaim {
        id,
        doc_id: r.get(1)?,
        title: r.get(2)?,
        date: r.get(3)?,
        outlet: r.get(4)?,
        url: r.get(5)?,
        imported: r.get::<_, String>(6)? == "import",
        speaker: r.get(7)?,
        actor: r.get(8)?,
        camp: r.get(9)?,
        stance: Stance::parse(&stance).unwrap_or(Stance::Assert),
        negated: r.get(11)?,
        conditional: r.get(24)?,
        cue: r.get(12)?,
        content,
        sentence: r.get(14)?,
        span: spans.first().map(|&(s, e)| Span::new(s, e.max(s))),
        proposition,
        term_ids: parse_ids(&r.get::<_, String>(23)?),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn env_and_flag_choose_the_path() {
        assert_eq!(resolve_path(Some(Path::new("x.db"))), PathBuf::from("x.db"));
    }
}
