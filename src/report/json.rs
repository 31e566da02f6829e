//! JSON report: one object per document, following the output contract in design.md.
//!
//! `{doc_id, title?, claims: [{id, source: {spans, actor, text}, cue: {spans, lemma, text},
//! content: {spans, text}, stance, kind, pattern, nested: [...], ...}], actors, findings}`.
//! Spans are `[start, end)` UTF-8 byte offsets into the document text. Nested claims
//! ("he revealed that he had warned Lavrov that ...") sit inside their parent's `nested`
//! list, so the top-level list holds outermost attributions only, as PolNeAR annotates them.
//!
//! Every object's keys are written in sorted order (the order a `serde_json::Value` map
//! gives, which the first version of this report used). The report is serialised straight
//! from structs that borrow the analysis, through a formatter that sorts each object's keys
//! in place: building a `Value` tree first took a sixth of a corpus run.

use super::RenderOptions;
use crate::model::{
    Actor, ActorKind, Claim, ClaimKind, DateMention, Evidence, Finding, FindingKind, Proposition,
    Quantity, Severity, Span, Stance,
};
use crate::pipeline::Analysis;
use serde::ser::{Serialize, SerializeSeq, Serializer};
use std::cell::RefCell;
use std::io;
use std::rc::Rc;

/// Spans as `[[start, end], ...]`.
struct Spans<'a>(&'a [Span]);

impl Serialize for Spans<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for sp in self.0 {
            seq.serialize_element(&[sp.start, sp.end])?;
        }
        seq.end()
    }
}

/// The text of several spans joined with " … " (as [`crate::model::join_spans`]), written
/// straight into the output instead of into a `String` first.
struct Joined<'a> {
    spans: &'a [Span],
    text: &'a str,
}

impl std::fmt::Display for Joined<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (k, s) in self.spans.iter().enumerate() {
            if k > 0 {
                f.write_str(" … ")?;
            }
            f.write_str(s.text(self.text))?;
        }
        Ok(())
    }
}

impl Serialize for Joined<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        // One span (nearly always) is a plain string: the same bytes as `collect_str`,
        // without the formatting machinery between the text and the escaping.
        match self.spans {
            [one] => s.serialize_str(one.text(self.text)),
            _ => s.collect_str(self),
        }
    }
}

// Field order below is alphabetical, the order the keys are written in (the formatter
// would sort them anyway; in order it has nothing to move).

#[derive(serde::Serialize)]
struct SourceOut<'a> {
    actor: Option<&'a str>,
    actor_id: Option<usize>,
    spans: Spans<'a>,
    text: Joined<'a>,
}

#[derive(serde::Serialize)]
struct CueOut<'a> {
    /// Only when true: the cue stands in a condition and the claim takes no side.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    conditional: bool,
    lemma: &'a str,
    negated: bool,
    spans: Spans<'a>,
    text: Joined<'a>,
}

#[derive(serde::Serialize)]
struct ContentOut<'a> {
    spans: Spans<'a>,
    text: Joined<'a>,
}

#[derive(serde::Serialize)]
struct ClaimOut<'a> {
    content: ContentOut<'a>,
    cue: CueOut<'a>,
    id: usize,
    kind: ClaimKind,
    nested: Vec<ClaimOut<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    parent: Option<usize>,
    pattern: &'a str,
    proposition: Option<usize>,
    refers_to: Option<usize>,
    sentence: usize,
    source: SourceOut<'a>,
    stance: Stance,
}

// Actors and propositions (the bulk of a report after the claims) as written by their
// derived `Serialize`, with the keys already in order. Each is built by destructuring, so
// a field added to the model type fails to compile here until it is added.

/// A span as `{"end", "start"}`.
struct SpanOut(Span);

impl Serialize for SpanOut {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let Span { start, end } = self.0;
        let mut st = s.serialize_struct("Span", 2)?;
        st.serialize_field("end", &end)?;
        st.serialize_field("start", &start)?;
        st.end()
    }
}

#[derive(serde::Serialize)]
struct ActorOut<'a> {
    aliases: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    camp: Option<&'a str>,
    id: usize,
    kind: ActorKind,
    mentions: Vec<SpanOut>,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    role: Option<&'a str>,
}

impl<'a> ActorOut<'a> {
    fn of(a: &'a Actor) -> Self {
        let Actor {
            id,
            name,
            kind,
            role,
            camp,
            aliases,
            mentions,
        } = a;
        ActorOut {
            aliases,
            camp: camp.as_deref(),
            id: *id,
            kind: *kind,
            mentions: mentions.iter().map(|&m| SpanOut(m)).collect(),
            name,
            role: role.as_deref(),
        }
    }
}

#[derive(serde::Serialize)]
struct DateOut {
    day: Option<u32>,
    month: Option<u32>,
    span: SpanOut,
    year: Option<i32>,
}

#[derive(serde::Serialize)]
struct QuantityOut<'a> {
    span: SpanOut,
    unit: &'a str,
    value: f64,
}

#[derive(serde::Serialize)]
struct PropositionOut<'a> {
    dates: Vec<DateOut>,
    entities: &'a [String],
    id: usize,
    negated: bool,
    quantities: Vec<QuantityOut<'a>>,
    terms: &'a [String],
    text: &'a str,
}

impl<'a> PropositionOut<'a> {
    fn of(p: &'a Proposition) -> Self {
        let Proposition {
            id,
            text,
            terms,
            entities,
            quantities,
            dates,
            negated,
        } = p;
        PropositionOut {
            dates: dates
                .iter()
                .map(|d| {
                    let DateMention {
                        year,
                        month,
                        day,
                        span,
                    } = d;
                    DateOut {
                        day: *day,
                        month: *month,
                        span: SpanOut(*span),
                        year: *year,
                    }
                })
                .collect(),
            entities,
            id: *id,
            negated: *negated,
            quantities: quantities
                .iter()
                .map(|q| {
                    let Quantity { value, unit, span } = q;
                    QuantityOut {
                        span: SpanOut(*span),
                        unit,
                        value: *value,
                    }
                })
                .collect(),
            terms,
            text,
        }
    }
}

#[derive(serde::Serialize)]
struct EvidenceOut<'a> {
    claim: usize,
    content: &'a str,
    cue: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    doc: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    outlet: Option<&'a str>,
    sentence: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    span: Option<SpanOut>,
    speaker: &'a str,
    stance: Stance,
    stored: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
}

impl<'a> EvidenceOut<'a> {
    fn of(e: &'a Evidence) -> Self {
        let Evidence {
            doc,
            title,
            date,
            outlet,
            claim,
            stored,
            speaker,
            stance,
            cue,
            content,
            sentence,
            span,
        } = e;
        EvidenceOut {
            claim: *claim,
            content,
            cue,
            date: date.as_deref(),
            doc,
            outlet: outlet.as_deref(),
            sentence,
            span: span.map(SpanOut),
            speaker,
            stance: *stance,
            stored: *stored,
            title: title.as_deref(),
        }
    }
}

#[derive(serde::Serialize)]
struct FindingOut<'a> {
    actors: &'a [String],
    evidence: Vec<EvidenceOut<'a>>,
    kind: FindingKind,
    message: &'a str,
    new: bool,
    propositions: &'a [String],
    rule: &'a str,
    severity: Severity,
}

impl<'a> FindingOut<'a> {
    fn of(f: &'a Finding) -> Self {
        let Finding {
            rule,
            kind,
            severity,
            message,
            evidence,
            actors,
            propositions,
            new,
        } = f;
        FindingOut {
            actors,
            evidence: evidence.iter().map(EvidenceOut::of).collect(),
            kind: *kind,
            message,
            new: *new,
            propositions,
            rule,
            severity: *severity,
        }
    }
}

#[derive(serde::Serialize)]
struct DocOut<'a> {
    actors: Vec<ActorOut<'a>>,
    claims: Vec<ClaimOut<'a>>,
    date: Option<&'a str>,
    doc_id: &'a str,
    findings: Vec<FindingOut<'a>>,
    outlet: Option<&'a str>,
    propositions: Vec<PropositionOut<'a>>,
    title: Option<&'a str>,
}

/// Claim indexes by parent claim id, in claim order.
type Children = std::collections::HashMap<usize, Vec<usize>>;

fn claim_out<'a>(a: &'a Analysis, children: &Children, c: &'a Claim) -> ClaimOut<'a> {
    let text = &a.doc.text;
    let actor = c.source.actor.and_then(|i| a.actors.get(i));
    // Children by index, so that a document with many claims is not scanned once per claim.
    let nested = children
        .get(&c.id)
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .filter_map(|&k| a.claims.get(k))
        .map(|n| claim_out(a, children, n))
        .collect();
    ClaimOut {
        content: ContentOut {
            spans: Spans(&c.content),
            text: Joined {
                spans: &c.content,
                text,
            },
        },
        cue: CueOut {
            conditional: c.cue.conditional,
            lemma: &c.cue.lemma,
            negated: c.cue.negated,
            spans: Spans(&c.cue.spans),
            text: Joined {
                spans: &c.cue.spans,
                text,
            },
        },
        id: c.id,
        kind: c.kind,
        nested,
        parent: c.parent,
        pattern: &c.pattern,
        proposition: c.proposition,
        refers_to: c.refers_to,
        sentence: c.sentence,
        source: SourceOut {
            actor: actor.map(|a| a.name.as_str()),
            actor_id: c.source.actor,
            spans: Spans(&c.source.spans),
            text: Joined {
                spans: &c.source.spans,
                text,
            },
        },
        stance: c.stance,
    }
}

fn doc_out(a: &Analysis) -> DocOut<'_> {
    // Each claim's nested claims, in claim order (the order a scan of all claims gives).
    let mut children: Children = std::collections::HashMap::new();
    for (k, n) in a.claims.iter().enumerate() {
        if let Some(p) = n.parent {
            children.entry(p).or_default().push(k);
        }
    }
    let claims = a
        .claims
        .iter()
        .filter(|c| c.parent.is_none())
        .map(|c| claim_out(a, &children, c))
        .collect();
    DocOut {
        actors: a.actors.iter().map(ActorOut::of).collect(),
        claims,
        date: a.doc.date.as_deref(),
        doc_id: &a.doc.id,
        findings: a.findings.iter().map(FindingOut::of).collect(),
        outlet: a.doc.outlet.as_deref(),
        propositions: a.propositions.iter().map(PropositionOut::of).collect(),
        title: a.doc.title.as_deref(),
    }
}

/// The JSON value for one analysis (the same JSON [`render`] writes).
pub fn value(a: &Analysis, _opts: RenderOptions) -> serde_json::Value {
    serde_json::to_value(doc_out(a)).unwrap_or_default()
}

/// One line of JSON (no trailing newline).
pub fn render(a: &Analysis, _opts: RenderOptions) -> String {
    // Every object of `DocOut` has its fields in sorted order already (the tests check it
    // against `to_sorted_json`), so the plain writer gives the same bytes.
    // The report of a news article is about five times its text: a buffer of that size from
    // the start spares the doubling copies of serde_json's 128-byte one.
    let mut buf = Vec::with_capacity(a.doc.text.len() * 6 + 1024);
    if serde_json::to_writer(&mut buf, &doc_out(a)).is_err() {
        return String::new();
    }
    // SAFETY: serde_json writes valid UTF-8 (its own `to_string` relies on the same).
    unsafe { String::from_utf8_unchecked(buf) }
}

/// Compact JSON of `v` with every object's keys in sorted order, byte for byte what
/// `serde_json::to_string(&serde_json::to_value(v)?)` gives, without the `Value` tree.
pub fn to_sorted_json<T: Serialize + ?Sized>(v: &T) -> serde_json::Result<String> {
    let buf = Rc::new(RefCell::new(Vec::with_capacity(16 * 1024)));
    let formatter = SortedKeys {
        buf: Rc::clone(&buf),
        open: Vec::new(),
        spare: Vec::new(),
    };
    v.serialize(&mut serde_json::Serializer::with_formatter(
        SharedBuf(Rc::clone(&buf)),
        formatter,
    ))?;
    let bytes = std::mem::take(&mut *buf.borrow_mut());
    // serde_json writes valid UTF-8, and moving whole entries keeps it so.
    Ok(String::from_utf8(bytes).expect("serde_json writes UTF-8"))
}

/// The output buffer, shared by the serializer (which writes) and the formatter (which
/// needs positions and moves entries).
struct SharedBuf(Rc<RefCell<Vec<u8>>>);

impl io::Write for SharedBuf {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(b.len())
    }
    fn write_all(&mut self, b: &[u8]) -> io::Result<()> {
        self.0.borrow_mut().extend_from_slice(b);
        Ok(())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// One `"key":value` entry of an open object, as byte offsets into the buffer.
#[derive(Clone, Copy)]
struct Entry {
    /// The opening quote of the key.
    start: usize,
    /// Just after the key's closing quote.
    key_end: usize,
    /// Just after the value.
    end: usize,
}

/// Compact JSON, with the entries of each object reordered by key when it closes.
struct SortedKeys {
    buf: Rc<RefCell<Vec<u8>>>,
    /// Entries of the objects being written, innermost last.
    open: Vec<Vec<Entry>>,
    /// Emptied entry lists kept for reuse.
    spare: Vec<Vec<Entry>>,
}

impl SortedKeys {
    fn len(&self) -> usize {
        self.buf.borrow().len()
    }
    fn current(&mut self) -> &mut Entry {
        self.open
            .last_mut()
            .and_then(|o| o.last_mut())
            .expect("serde_json opens an entry before writing to it")
    }
}

impl serde_json::ser::Formatter for SortedKeys {
    fn begin_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.open.push(self.spare.pop().unwrap_or_default());
        w.write_all(b"{")
    }

    fn begin_object_key<W: ?Sized + io::Write>(
        &mut self,
        w: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if !first {
            w.write_all(b",")?;
        }
        let start = self.len();
        if let Some(o) = self.open.last_mut() {
            o.push(Entry {
                start,
                key_end: start,
                end: start,
            });
        }
        Ok(())
    }

    fn end_object_key<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        let at = self.len();
        self.current().key_end = at;
        Ok(())
    }

    fn end_object_value<W: ?Sized + io::Write>(&mut self, _w: &mut W) -> io::Result<()> {
        let at = self.len();
        self.current().end = at;
        Ok(())
    }

    fn end_object<W: ?Sized + io::Write>(&mut self, w: &mut W) -> io::Result<()> {
        let mut entries = self.open.pop().unwrap_or_default();
        {
            let mut buf = self.buf.borrow_mut();
            // Keys compared without their quotes, as a map of strings orders them.
            let key = |e: &Entry, from: usize| e.start + 1 - from..e.key_end - 1 - from;
            let sorted = entries
                .windows(2)
                .all(|p| buf[key(&p[0], 0)] < buf[key(&p[1], 0)]);
            if !sorted {
                let from = entries[0].start;
                let region = buf[from..].to_vec();
                entries.sort_by(|x, y| region[key(x, from)].cmp(&region[key(y, from)]));
                buf.truncate(from);
                for (k, e) in entries.iter().enumerate() {
                    if k > 0 {
                        buf.push(b',');
                    }
                    buf.extend_from_slice(&region[e.start - from..e.end - from]);
                }
            }
        }
        entries.clear();
        self.spare.push(entries);
        w.write_all(b"}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Serialize)]
    struct Unsorted {
        zeta: u32,
        alpha: Vec<Inner>,
        mid: Option<&'static str>,
        #[serde(rename = "a!")]
        bang: bool,
        a: f64,
    }

    #[derive(serde::Serialize)]
    struct Inner {
        y: &'static str,
        x: Option<u8>,
        empty: Vec<u8>,
    }

    #[test]
    fn sorted_json_matches_a_value_round_trip() {
        let v = Unsorted {
            zeta: 1,
            alpha: vec![
                Inner {
                    y: "é \"q\"\n",
                    x: None,
                    empty: vec![],
                },
                Inner {
                    y: "",
                    x: Some(3),
                    empty: vec![1],
                },
            ],
            mid: Some("m"),
            bang: true,
            a: 2.5,
        };
        let via_value = serde_json::to_string(&serde_json::to_value(&v).unwrap()).unwrap();
        assert_eq!(to_sorted_json(&v).unwrap(), via_value);
        assert!(via_value.starts_with(r#"{"a":2.5,"a!":true,"alpha":[{"empty":[],"x":null"#));
    }

    #[test]
    fn actor_and_proposition_mirrors_write_what_the_model_types_write() {
        let span = Span::new(3, 9);
        let actor = Actor {
            id: 2,
            name: "Rex Tillerson".into(),
            kind: ActorKind::Person,
            role: Some("Secretary of State".into()),
            camp: Some("United States".into()),
            aliases: vec!["Tillerson".into()],
            mentions: vec![span, Span::new(20, 29)],
        };
        let bare = Actor {
            role: None,
            camp: None,
            ..actor.clone()
        };
        for a in [&actor, &bare] {
            assert_eq!(
                to_sorted_json(&ActorOut::of(a)).unwrap(),
                to_sorted_json(a).unwrap()
            );
        }
        let prop = Proposition {
            id: 1,
            text: "755 diplomats by Sept. 1".into(),
            terms: vec!["diplomat".into(), "|".into(), "~expel".into()],
            entities: vec!["Russia".into()],
            quantities: vec![Quantity {
                value: 755.0,
                unit: "diplomat".into(),
                span,
            }],
            dates: vec![DateMention {
                year: Some(2017),
                month: Some(9),
                day: None,
                span,
            }],
            negated: true,
        };
        assert_eq!(
            to_sorted_json(&PropositionOut::of(&prop)).unwrap(),
            to_sorted_json(&prop).unwrap()
        );
        let evidence = Evidence {
            doc: "d1".into(),
            title: Some("T".into()),
            date: Some("2017-08-01".into()),
            outlet: Some("O".into()),
            claim: 3,
            stored: true,
            speaker: "Lavrov".into(),
            stance: Stance::Deny,
            cue: "denied".into(),
            content: "it".into(),
            sentence: "Lavrov denied it.".into(),
            span: Some(span),
        };
        let finding = Finding {
            rule: "opposing-stances".into(),
            kind: FindingKind::Conflict,
            severity: Severity::High,
            message: "m".into(),
            evidence: vec![
                evidence.clone(),
                Evidence {
                    title: None,
                    date: None,
                    outlet: None,
                    span: None,
                    ..evidence
                },
            ],
            actors: vec!["Russia".into()],
            propositions: vec!["p".into()],
            new: true,
        };
        let plain = serde_json::to_string(&FindingOut::of(&finding)).unwrap();
        assert_eq!(plain, to_sorted_json(&finding).unwrap());
        // every mirror writes its keys in sorted order, so the plain writer needs no sorting
        assert_eq!(
            serde_json::to_string(&ActorOut::of(&actor)).unwrap(),
            to_sorted_json(&actor).unwrap()
        );
        assert_eq!(
            serde_json::to_string(&PropositionOut::of(&prop)).unwrap(),
            to_sorted_json(&prop).unwrap()
        );
    }

    #[test]
    fn report_matches_a_value_round_trip_on_the_seed() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/fixtures/tillerson-lavrov.txt"
        ))
        .unwrap();
        let engine = crate::pipeline::Engine::load(&Default::default()).unwrap();
        let a = engine.analyze(crate::document::Document::new("seed", text));
        let fast = render(&a, RenderOptions::default());
        assert!(fast.contains("\"claims\":[{"));
        assert!(fast.contains("\"findings\":[{"), "the seed has findings");
        assert_eq!(fast, to_sorted_json(&doc_out(&a)).unwrap());
        assert_eq!(
            fast,
            serde_json::to_string(&value(&a, RenderOptions::default())).unwrap()
        );
    }
}
