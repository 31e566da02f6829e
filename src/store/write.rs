//! Writing to the store: documents with their claims, imported claims, removal.

use super::terms;
use super::{sql_err, Store, StoreError};
use crate::lexicon::Lexicon;
use crate::model::{ClaimKind, Proposition, Span, Stance};
use crate::pipeline::Analysis;
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use sha2::{Digest, Sha256};
use std::collections::HashMap;

/// One claim ready to be written.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimRecord {
    pub ord: usize,
    pub parent: Option<usize>,
    pub sentence_idx: usize,
    pub sentence: String,
    pub speaker: String,
    /// Canonical actor name, with kind and camp, when the source resolved to an actor.
    pub actor: Option<ActorRecord>,
    pub source_spans: Vec<Span>,
    pub cue: String,
    pub cue_lemma: String,
    pub cue_negated: bool,
    pub cue_conditional: bool,
    pub cue_spans: Vec<Span>,
    pub content: String,
    pub content_spans: Vec<Span>,
    pub stance: Stance,
    pub kind: ClaimKind,
    pub proposition: Option<Proposition>,
    /// Distinct index terms of the content.
    pub terms: Vec<String>,
}

/// An actor as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorRecord {
    pub name: String,
    pub kind: String,
    pub camp: Option<String>,
    pub aliases: Vec<String>,
}

/// A document with its claims, prepared off the write thread (extraction and term
/// computation are pure), then written by [`Store::add_batch`].
#[derive(Debug, Clone, PartialEq)]
pub struct DocRecord {
    pub doc_id: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub outlet: Option<String>,
    pub url: Option<String>,
    pub imported: bool,
    /// Hex sha256 of the text (plus the source for an imported claim): the idempotence key.
    pub hash: String,
    pub text: String,
    pub actors: Vec<ActorRecord>,
    pub claims: Vec<ClaimRecord>,
}

/// A claim row from a fact-check database (CSV or JSONL).
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
pub struct ImportRow {
    #[serde(default, alias = "claim_id", alias = "doc_id")]
    pub id: Option<String>,
    /// The claim text.
    #[serde(
        alias = "claim",
        alias = "text",
        alias = "Headline",
        alias = "headline"
    )]
    pub claim: String,
    /// Who made the claim.
    #[serde(default, alias = "speaker", alias = "claimant")]
    pub source: Option<String>,
    /// A stance name (assert, deny, ...); assert when absent.
    #[serde(default)]
    pub stance: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

/// What one batch did.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AddOutcome {
    pub added: usize,
    pub claims: usize,
    /// Same content already stored (idempotent re-add).
    pub unchanged: usize,
    /// Documents refused because their id is stored with different text: (id, message).
    pub refused: Vec<(String, String)>,
}

/// The idempotence key of an article: hex sha256 of its text.
pub fn content_hash(text: &str) -> String {
    hash_hex(&[text])
}

fn hash_hex(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    for p in parts {
        h.update(p.as_bytes());
        h.update([0u8]);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn spans_json(s: &[Span]) -> String {
    serde_json::to_string(&s.iter().map(|s| [s.start, s.end]).collect::<Vec<_>>())
        .unwrap_or_else(|_| "[]".into())
}

fn kind_str(k: ClaimKind) -> &'static str {
    match k {
        ClaimKind::Direct => "direct",
        ClaimKind::Indirect => "indirect",
        ClaimKind::Mixed => "mixed",
        ClaimKind::Unattributed => "unattributed",
    }
}

impl DocRecord {
    /// Everything of an analysed article that the store keeps.
    pub fn from_analysis(a: &Analysis, lex: &Lexicon) -> DocRecord {
        let text = &a.doc.text;
        let actor_rec = |i: usize| {
            a.actors.get(i).map(|x| ActorRecord {
                name: x.name.clone(),
                kind: x.kind.to_string(),
                camp: x.camp.clone(),
                aliases: x.aliases.clone(),
            })
        };
        let claims = a
            .claims
            .iter()
            .map(|c| {
                let proposition = c.proposition.and_then(|p| a.propositions.get(p)).cloned();
                let content = c.content_text(text);
                ClaimRecord {
                    ord: c.id,
                    parent: c.parent,
                    sentence_idx: c.sentence,
                    sentence: a.sentence_text(c).to_string(),
                    speaker: a.speaker(c),
                    actor: c.source.actor.and_then(actor_rec),
                    source_spans: c.source.spans.clone(),
                    cue: c.cue_text(text),
                    cue_lemma: c.cue.lemma.clone(),
                    cue_negated: c.cue.negated,
                    cue_conditional: c.cue.conditional,
                    cue_spans: c.cue.spans.clone(),
                    // A claim that points back ("the allegations") is indexed by the
                    // proposition it points to, so that it is found by what it is about.
                    terms: terms::distinct(terms::terms_of_text(
                        proposition
                            .as_ref()
                            .map_or(content.as_str(), |p| p.text.as_str()),
                        lex,
                    )),
                    content,
                    content_spans: c.content.clone(),
                    stance: c.stance,
                    kind: c.kind,
                    proposition,
                }
            })
            .collect();
        let mut claims: Vec<ClaimRecord> = claims;
        claims.extend(figure_statements(a, lex));
        DocRecord {
            doc_id: a.doc.id.clone(),
            title: a.doc.title.clone(),
            date: a.doc.date.clone(),
            outlet: a.doc.outlet.clone(),
            url: None,
            imported: false,
            hash: content_hash(text),
            text: text.clone(),
            actors: (0..a.actors.len()).filter_map(actor_rec).collect(),
            claims,
        }
    }

    /// An imported claim: one stored document holding one claim, so that it can be quoted
    /// and removed like an article. `default_id` names it when the row has no id.
    pub fn imported(row: &ImportRow, default_id: &str, lex: &Lexicon) -> Result<DocRecord, String> {
        let text = row.claim.trim().to_string();
        if text.is_empty() {
            return Err("the claim text is empty".into());
        }
        let stance = match row
            .stance
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
        {
            None => Stance::Assert,
            Some(s) => Stance::parse(&s.to_lowercase()).ok_or_else(|| {
                format!(
                    "unknown stance `{s}`; valid stances: {}",
                    Stance::ALL.map(|x| x.as_str()).join(", ")
                )
            })?,
        };
        let source = row
            .source
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let actor = source.map(|s| resolve_actor(s, lex));
        let span = Span::new(0, text.len());
        let proposition = crate::propositions::normalise(0, &text, lex);
        let claim = ClaimRecord {
            ord: 0,
            parent: None,
            sentence_idx: 0,
            sentence: text.clone(),
            speaker: actor
                .as_ref()
                .map(|a| a.name.clone())
                .unwrap_or_else(|| "(unnamed)".into()),
            actor: actor.clone(),
            source_spans: Vec::new(),
            cue: String::new(),
            cue_lemma: String::new(),
            cue_negated: false,
            cue_conditional: false,
            cue_spans: Vec::new(),
            terms: terms::distinct(terms::terms_of_text(&text, lex)),
            content: text.clone(),
            content_spans: vec![span],
            stance,
            kind: ClaimKind::Unattributed,
            proposition: Some(proposition),
        };
        let id = row
            .id
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .unwrap_or(default_id)
            .to_string();
        Ok(DocRecord {
            doc_id: id,
            title: None,
            date: row.date.clone().filter(|d| !d.trim().is_empty()),
            outlet: None,
            url: row.url.clone().filter(|d| !d.trim().is_empty()),
            imported: true,
            hash: hash_hex(&[&text, source.unwrap_or(""), stance.as_str()]),
            text,
            actors: actor.into_iter().collect(),
            claims: vec![claim],
        })
    }
}

/// The article's own statements of figures: each sentence holding a number with a unit
/// ("cut 755 personnel") outside every attributed claim's content becomes an unattributed
/// claim of the article, so that a later article giving another figure is caught by `check`
/// even when nobody was quoted saying it.
fn figure_statements(a: &Analysis, lex: &Lexicon) -> Vec<ClaimRecord> {
    use crate::segment::TokKind;
    let text = &a.doc.text;
    let mut out = Vec::new();
    for (i, s) in a.seg.sentences.iter().enumerate() {
        let toks = &a.seg.tokens[s.tokens.clone()];
        let numbers: Vec<Span> = toks
            .iter()
            .filter(|t| t.kind == TokKind::Number)
            .map(|t| t.span)
            .collect();
        if numbers.is_empty() {
            continue;
        }
        let free = |n: &Span| {
            !a.claims
                .iter()
                .any(|c| c.content.iter().any(|sp| sp.contains(*n)))
        };
        if !numbers.iter().any(free) {
            continue;
        }
        let sentence = s.span.text(text);
        let prop = crate::propositions::normalise(0, sentence, lex);
        if !prop.quantities.iter().any(|q| {
            !q.unit.is_empty()
                && free(&Span::new(
                    q.span.start + s.span.start,
                    q.span.end + s.span.start,
                ))
        }) {
            continue;
        }
        // Quantity spans are relative to the sentence; the stored proposition keeps them so.
        out.push(ClaimRecord {
            ord: a.claims.len() + out.len(),
            parent: None,
            sentence_idx: i,
            sentence: sentence.to_string(),
            speaker: a
                .doc
                .outlet
                .clone()
                .unwrap_or_else(|| "(the article)".into()),
            actor: None,
            source_spans: Vec::new(),
            cue: String::new(),
            cue_lemma: String::new(),
            cue_negated: false,
            cue_conditional: false,
            cue_spans: Vec::new(),
            content: sentence.to_string(),
            content_spans: vec![s.span],
            stance: Stance::Assert,
            kind: ClaimKind::Unattributed,
            terms: terms::distinct(terms::terms_of_text(sentence, lex)),
            proposition: Some(prop),
        });
    }
    out
}

/// A source name from an import: the lexicon's canonical actor when the name is one of its
/// aliases ("the Kremlin" -> Russia), else the name as written.
fn resolve_actor(name: &str, lex: &Lexicon) -> ActorRecord {
    let lower = name.to_lowercase();
    for a in &lex.actors {
        if a.name.to_lowercase() == lower || a.aliases.iter().any(|x| x.to_lowercase() == lower) {
            return ActorRecord {
                name: a.name.clone(),
                kind: a.kind.to_string(),
                camp: a.camp.clone(),
                aliases: Vec::new(),
            };
        }
    }
    ActorRecord {
        name: name.to_string(),
        kind: "unnamed".into(),
        camp: None,
        aliases: Vec::new(),
    }
}

impl Store {
    /// Write a batch of documents in one transaction. A document whose text is already stored
    /// is skipped (adding twice stores once); a document whose id is stored with another text
    /// is refused and reported, and the rest of the batch is still written.
    pub fn add_batch(&mut self, docs: &[DocRecord]) -> Result<AddOutcome, StoreError> {
        let path = self.path.clone();
        let e = |err| sql_err(&path, err);
        let term_cache = &mut self.term_cache;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(e)?;
        let mut out = AddOutcome::default();
        // Terms first seen in this batch, and how many claims of the batch hold each term:
        // one df update per distinct term instead of one per posting.
        let mut new_terms: HashMap<String, i64> = HashMap::new();
        let mut df_delta: HashMap<i64, i64> = HashMap::new();
        {
            let mut by_hash = tx
                .prepare_cached("SELECT 1 FROM documents WHERE hash = ?1")
                .map_err(e)?;
            let mut by_id = tx
                .prepare_cached("SELECT 1 FROM documents WHERE doc_id = ?1")
                .map_err(e)?;
            let mut ins_doc = tx
                .prepare_cached(
                    "INSERT INTO documents (doc_id, title, outlet, date, url, origin, hash, text, added)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, strftime('%s','now'))",
                )
                .map_err(e)?;
            let mut ins_actor = tx
                .prepare_cached(
                    "INSERT INTO actors (name, kind, camp) VALUES (?1, ?2, ?3)
                     ON CONFLICT(name) DO UPDATE SET camp = coalesce(actors.camp, excluded.camp)
                     RETURNING id",
                )
                .map_err(e)?;
            let mut ins_alias = tx
                .prepare_cached(
                    "INSERT OR IGNORE INTO actor_aliases (actor, alias) VALUES (?1, ?2)",
                )
                .map_err(e)?;
            let mut ins_prop = tx
                .prepare_cached(
                    "INSERT INTO propositions (text, terms, entities, quantities, dates, negated)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )
                .map_err(e)?;
            let mut ins_claim = tx
                .prepare_cached(
                    "INSERT INTO claims (doc, ord, parent, sentence_idx, sentence, speaker, actor, camp,
                       source_spans, cue, cue_lemma, cue_negated, cue_spans, content, content_spans,
                       stance, kind, proposition, term_ids, cue_conditional)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
                )
                .map_err(e)?;
            let mut ins_term = tx
                .prepare_cached(
                    "INSERT INTO terms (term, df) VALUES (?1, 0)
                     ON CONFLICT(term) DO UPDATE SET df = df RETURNING id",
                )
                .map_err(e)?;
            let mut ins_posting = tx
                .prepare_cached("INSERT OR IGNORE INTO postings (term, claim) VALUES (?1, ?2)")
                .map_err(e)?;
            let mut actor_ids: HashMap<String, i64> = HashMap::new();
            for d in docs {
                if by_hash.exists([&d.hash]).map_err(e)? {
                    out.unchanged += 1;
                    continue;
                }
                if by_id.exists([&d.doc_id]).map_err(e)? {
                    out.refused.push((
                        d.doc_id.clone(),
                        format!(
                            "a different document with id `{}` is already stored; remove it first (`stancegraph remove {}`) or give the new one another id",
                            d.doc_id, d.doc_id
                        ),
                    ));
                    continue;
                }
                ins_doc
                    .execute(params![
                        d.doc_id,
                        d.title,
                        d.outlet,
                        d.date,
                        d.url,
                        if d.imported { "import" } else { "article" },
                        d.hash,
                        d.text
                    ])
                    .map_err(e)?;
                let doc_row = tx.last_insert_rowid();
                let mut actor_id = |a: &ActorRecord| -> Result<i64, StoreError> {
                    if let Some(&id) = actor_ids.get(&a.name) {
                        return Ok(id);
                    }
                    let id: i64 = ins_actor
                        .query_row(params![a.name, a.kind, a.camp], |r| r.get(0))
                        .map_err(e)?;
                    for al in &a.aliases {
                        ins_alias.execute(params![id, al]).map_err(e)?;
                    }
                    actor_ids.insert(a.name.clone(), id);
                    Ok(id)
                };
                for a in &d.actors {
                    actor_id(a)?;
                }
                for c in &d.claims {
                    let actor = match &c.actor {
                        Some(a) => Some(actor_id(a)?),
                        None => None,
                    };
                    let prop = match &c.proposition {
                        Some(p) => {
                            ins_prop
                                .execute(params![
                                    p.text,
                                    serde_json::to_string(&p.terms).unwrap_or_default(),
                                    serde_json::to_string(&p.entities).unwrap_or_default(),
                                    serde_json::to_string(&p.quantities).unwrap_or_default(),
                                    serde_json::to_string(&p.dates).unwrap_or_default(),
                                    p.negated
                                ])
                                .map_err(e)?;
                            Some(tx.last_insert_rowid())
                        }
                        None => None,
                    };
                    let mut term_ids = Vec::with_capacity(c.terms.len());
                    for t in &c.terms {
                        let id = match term_cache.get(t).or_else(|| new_terms.get(t)) {
                            Some(&id) => id,
                            None => {
                                let id: i64 = ins_term.query_row([t], |r| r.get(0)).map_err(e)?;
                                new_terms.insert(t.clone(), id);
                                id
                            }
                        };
                        *df_delta.entry(id).or_default() += 1;
                        term_ids.push(id);
                    }
                    let ids_text = term_ids
                        .iter()
                        .map(|i| i.to_string())
                        .collect::<Vec<_>>()
                        .join(" ");
                    ins_claim
                        .execute(params![
                            doc_row,
                            c.ord as i64,
                            c.parent.map(|p| p as i64),
                            c.sentence_idx as i64,
                            c.sentence,
                            c.speaker,
                            actor,
                            c.actor.as_ref().and_then(|a| a.camp.clone()),
                            spans_json(&c.source_spans),
                            c.cue,
                            c.cue_lemma,
                            c.cue_negated,
                            spans_json(&c.cue_spans),
                            c.content,
                            spans_json(&c.content_spans),
                            c.stance.as_str(),
                            kind_str(c.kind),
                            prop,
                            ids_text,
                            c.cue_conditional
                        ])
                        .map_err(e)?;
                    let claim_row = tx.last_insert_rowid();
                    for t in term_ids {
                        ins_posting.execute([t, claim_row]).map_err(e)?;
                    }
                    out.claims += 1;
                }
                out.added += 1;
            }
        }
        {
            let mut upd = tx
                .prepare_cached("UPDATE terms SET df = df + ?2 WHERE id = ?1")
                .map_err(e)?;
            for (id, n) in &df_delta {
                upd.execute([*id, *n]).map_err(e)?;
            }
        }
        tx.commit().map_err(e)?;
        term_cache.extend(new_terms);
        Ok(out)
    }

    /// Remove a document with its claims, their propositions and index postings.
    /// Gives the number of claims removed.
    pub fn remove(&mut self, doc_id: &str) -> Result<usize, StoreError> {
        let path = self.path.clone();
        let e = |err| sql_err(&path, err);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(e)?;
        let row: Option<i64> = tx
            .query_row(
                "SELECT id FROM documents WHERE doc_id = ?1",
                [doc_id],
                |r| r.get(0),
            )
            .optional()
            .map_err(e)?;
        let Some(row) = row else {
            return Err(StoreError::Input(format!(
                "no stored document has the id `{doc_id}` (see `stancegraph claims list`)"
            )));
        };
        let claims: Vec<(i64, Option<i64>, String)> = {
            let mut st = tx
                .prepare("SELECT id, proposition, term_ids FROM claims WHERE doc = ?1")
                .map_err(e)?;
            let rows = st
                .query_map([row], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .map_err(e)?;
            rows.collect::<Result<_, _>>().map_err(e)?
        };
        {
            let mut del_post = tx
                .prepare("DELETE FROM postings WHERE term = ?1 AND claim = ?2")
                .map_err(e)?;
            let mut dec = tx
                .prepare("UPDATE terms SET df = df - 1 WHERE id = ?1")
                .map_err(e)?;
            let mut del_prop = tx
                .prepare("DELETE FROM propositions WHERE id = ?1")
                .map_err(e)?;
            for (id, prop, terms) in &claims {
                for t in super::parse_ids(terms) {
                    if del_post.execute([t, *id]).map_err(e)? > 0 {
                        dec.execute([t]).map_err(e)?;
                    }
                }
                tx.execute("DELETE FROM claims WHERE id = ?1", [id])
                    .map_err(e)?;
                if let Some(p) = prop {
                    del_prop.execute([p]).map_err(e)?;
                }
            }
        }
        tx.execute("DELETE FROM documents WHERE id = ?1", [row])
            .map_err(e)?;
        tx.commit().map_err(e)?;
        Ok(claims.len())
    }
}

/// One row of an import file: its line number and the row or why it is bad.
pub type ImportLine = (usize, Result<ImportRow, String>);

/// Read a CSV (header row; a `claim`/`text`/`headline` column plus optional `id`, `source`,
/// `stance`, `date`, `url`) or JSONL (one object per line, same keys) file of claims.
/// Gives one result per row with its line number, so a bad row is reported and skipped.
pub fn read_import_file(path: &std::path::Path) -> Result<Vec<ImportLine>, StoreError> {
    let loc = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| StoreError::Input(format!("{loc}: {e}")))?;
    let text =
        crate::document::decode_text(bytes, &loc).map_err(|e| StoreError::Input(e.to_string()))?;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let mut out = Vec::new();
    match ext.as_str() {
        "jsonl" | "ndjson" => {
            for (i, line) in text.lines().enumerate() {
                if line.trim().is_empty() {
                    continue;
                }
                out.push((
                    i + 1,
                    serde_json::from_str::<ImportRow>(line).map_err(|e| e.to_string()),
                ));
            }
        }
        "csv" | "tsv" => {
            let mut rdr = csv::ReaderBuilder::new()
                .delimiter(if ext == "tsv" { b'\t' } else { b',' })
                .flexible(true)
                .from_reader(text.as_bytes());
            let headers = rdr
                .headers()
                .map_err(|e| StoreError::Input(format!("{loc}: {e}")))?
                .clone();
            if !headers.iter().any(|h| {
                matches!(
                    h.trim().to_ascii_lowercase().as_str(),
                    "claim" | "text" | "headline"
                )
            }) {
                return Err(StoreError::Input(format!(
                    "{loc}: the header row has no `claim` column (also accepted: `text`, `headline`); found: {}",
                    headers.iter().collect::<Vec<_>>().join(", ")
                )));
            }
            let lower: csv::StringRecord = headers
                .iter()
                .map(|h| h.trim().to_ascii_lowercase())
                .collect();
            for rec in rdr.records() {
                let line = rec
                    .as_ref()
                    .ok()
                    .and_then(|r| r.position())
                    .map_or(0, |p| p.line() as usize);
                out.push((
                    line,
                    rec.map_err(|e| e.to_string())
                        .and_then(|r| r.deserialize(Some(&lower)).map_err(|e| e.to_string())),
                ));
            }
        }
        _ => {
            return Err(StoreError::Input(format!(
                "{loc}: claims are imported from .csv, .tsv or .jsonl files"
            )))
        }
    }
    Ok(out)
}
