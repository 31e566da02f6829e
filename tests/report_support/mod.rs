//! Helpers shared by the report tests: a hand-built analysis of the seed article (claims
//! located by their words, as an annotator would mark them) and a small HTML tag scanner.
#![allow(dead_code)]

use stancegraph::document::Document;
use stancegraph::model::*;
use stancegraph::pipeline::Analysis;
use stancegraph::segment::segment;

pub const SEED: &str = include_str!("../../fixtures/tillerson-lavrov.txt");

/// The span of the `nth` occurrence (0-based) of `needle` at or after byte `from`.
pub fn find(text: &str, needle: &str, from: usize) -> Span {
    let s = from
        + text[from..]
            .find(needle)
            .unwrap_or_else(|| panic!("{needle:?} not in text"));
    Span::new(s, s + needle.len())
}

pub fn actor(id: usize, name: &str, kind: ActorKind, camp: &str, aliases: &[&str]) -> Actor {
    Actor {
        id,
        name: name.into(),
        kind,
        role: None,
        camp: Some(camp.into()),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        mentions: vec![],
    }
}

#[allow(clippy::too_many_arguments)]
pub fn claim(
    a: &Analysis,
    id: usize,
    actor: Option<usize>,
    source: Span,
    cue: Span,
    content: Vec<Span>,
    stance: Stance,
    kind: ClaimKind,
    parent: Option<usize>,
) -> Claim {
    let sentence = a
        .seg
        .sentences
        .iter()
        .position(|s| s.span.start <= cue.start && cue.start < s.span.end)
        .unwrap_or(0);
    Claim {
        id,
        sentence,
        source: Source {
            spans: vec![source],
            actor,
        },
        cue: Cue {
            spans: vec![cue],
            lemma: "say".into(),
            negated: false,
            conditional: false,
        },
        content,
        stance,
        kind,
        parent,
        refers_to: None,
        pattern: "hand-built".into(),
        proposition: None,
    }
}

/// An analysis of `text` with the given claims built by `build` (which sees the segmented
/// analysis, so it can find sentences).
pub fn analysis(
    doc: Document,
    actors: Vec<Actor>,
    build: impl FnOnce(&Analysis) -> Vec<Claim>,
) -> Analysis {
    let mut a = Analysis {
        seg: segment(&doc.text),
        doc,
        actors,
        claims: vec![],
        propositions: vec![],
        findings: vec![],
    };
    a.claims = build(&a);
    a
}

/// The seed article with a few of its claims, including a nested one and a pair that
/// conflicts, and one finding over that pair.
pub fn seed_by_hand() -> Analysis {
    let t = SEED;
    let actors = vec![
        actor(
            0,
            "Rex Tillerson",
            ActorKind::Person,
            "United States",
            &["Tillerson", "the US official", "he"],
        ),
        actor(
            1,
            "Sergei Lavrov",
            ActorKind::Person,
            "Russia",
            &["Lavrov", "Mr. Lavrov"],
        ),
        actor(
            2,
            "Russia",
            ActorKind::Country,
            "Russia",
            &["Moscow", "the Kremlin"],
        ),
        actor(
            3,
            "US intelligence agencies",
            ActorKind::Organisation,
            "United States",
            &[],
        ),
        actor(
            4,
            "Donald Trump",
            ActorKind::Person,
            "United States",
            &["Trump"],
        ),
    ];
    let mut a = analysis(Document::new("seed", t), actors, |a| {
        let p4 = find(t, "In addition", 0).start;
        let p7 = find(t, "Russia has furiously", 0).start;
        let reports = find(t, "that it attempted to swing last year’s US presidential in favor of the eventual victor, President Donald Trump", p7);
        vec![
            claim(a, 0, Some(0), find(t, "Tillerson", find(t, "Tillerson said", 0).start), find(t, "said", find(t, "Tillerson said", 0).start), vec![find(t, "that intervention has led to “serious mistrust” between the two sides", 0)], Stance::Assert, ClaimKind::Mixed, None),
            claim(a, 1, Some(0), find(t, "the US official", p4), find(t, "revealed", p4), vec![find(t, "that he had warned Lavrov that Washington was deciding on a response to the Kremlin’s decision to order a cut in the size of the US mission in Moscow", p4)], Stance::Assert, ClaimKind::Indirect, None),
            claim(a, 2, Some(0), find(t, "he", find(t, "he had warned", p4).start), find(t, "warned", p4), vec![find(t, "that Washington was deciding on a response to the Kremlin’s decision to order a cut in the size of the US mission in Moscow", p4)], Stance::Warn, ClaimKind::Indirect, Some(1)),
            claim(a, 3, Some(2), find(t, "Russia", p7), find(t, "has furiously denied", p7), vec![reports], Stance::Deny, ClaimKind::Indirect, None),
            claim(a, 4, Some(3), find(t, "US intelligence agencies", p7), find(t, "endorsed", p7), vec![reports], Stance::Endorse, ClaimKind::Indirect, None),
            claim(a, 5, Some(4), find(t, "Trump", find(t, "Trump has played", 0).start), find(t, "has played down", 0), vec![find(t, "the allegations", 0)], Stance::Downplay, ClaimKind::Indirect, None),
        ]
    });
    let evidence = vec![a.evidence(&a.claims[3]), a.evidence(&a.claims[4])];
    a.findings.push(Finding {
        rule: "denial-vs-endorsement".into(),
        kind: FindingKind::Conflict,
        severity: Severity::High,
        message: "Russia denies that it attempted to swing the election, which US intelligence agencies endorse".into(),
        evidence,
        actors: vec!["Russia".into(), "US intelligence agencies".into()],
        propositions: vec![],
        new: true,
    });
    a
}

/// One HTML tag: its name (lower case, `/` prefix for end tags) and attributes.
#[derive(Debug)]
pub struct Tag {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    /// Byte offset of `<` in the page.
    pub at: usize,
}

impl Tag {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Every tag the way a browser tokenizer would see it at the top level: `<` followed by a
/// letter, `/` or `!` starts a tag. Raw text inside `<style>`/`<script>` is skipped to
/// their end tag, as a browser does.
pub fn tags(html: &str) -> Vec<Tag> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'<'
            && i + 1 < b.len()
            && (b[i + 1].is_ascii_alphabetic() || b[i + 1] == b'/' || b[i + 1] == b'!')
        {
            let start = i;
            i += 1;
            // read up to '>' outside quotes
            let mut quote: Option<u8> = None;
            let body_start = i;
            while i < b.len() {
                match (quote, b[i]) {
                    (None, b'>') => break,
                    (None, q @ (b'"' | b'\'')) => quote = Some(q),
                    (Some(q), c) if c == q => quote = None,
                    _ => {}
                }
                i += 1;
            }
            let body = &html[body_start..i.min(html.len())];
            i += 1;
            let tag = parse_tag(body, start);
            let raw = matches!(tag.name.as_str(), "style" | "script");
            let name = tag.name.clone();
            out.push(tag);
            if raw {
                let close = format!("</{name}");
                match html[i.min(html.len())..].to_ascii_lowercase().find(&close) {
                    Some(off) => i += off,
                    None => break,
                }
            }
        } else {
            i += 1;
        }
    }
    out
}

fn parse_tag(body: &str, at: usize) -> Tag {
    let mut chars = body.char_indices().peekable();
    let mut name = String::new();
    while let Some(&(_, c)) = chars.peek() {
        if c.is_whitespace() || c == '/' && !name.is_empty() {
            break;
        }
        name.push(c.to_ascii_lowercase());
        chars.next();
    }
    let mut attrs = Vec::new();
    let rest: String = chars.map(|(_, c)| c).collect();
    let mut r = rest.trim_start_matches('/').trim().to_string();
    while !r.is_empty() {
        let end = r
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(r.len());
        let an = r[..end].to_ascii_lowercase();
        r = r[end..].trim_start().to_string();
        let mut val = String::new();
        if let Some(stripped) = r.strip_prefix('=') {
            let s = stripped.trim_start();
            if let Some(q) = s.chars().next().filter(|c| *c == '"' || *c == '\'') {
                let close = s[1..].find(q).map_or(s.len(), |p| p + 1);
                val = s[1..close].to_string();
                r = s[(close + 1).min(s.len())..].trim_start().to_string();
            } else {
                let e = s.find(char::is_whitespace).unwrap_or(s.len());
                val = s[..e].to_string();
                r = s[e..].trim_start().to_string();
            }
        } else {
            r = r.trim_start_matches('/').trim_start().to_string();
        }
        if !an.is_empty() {
            attrs.push((an, val));
        }
    }
    Tag { name, attrs, at }
}

/// Decode the few entities the report writes.
pub fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&#34;", "\"")
        .replace("&#60;", "<")
        .replace("&#62;", ">")
        .replace("&amp;", "&")
        .replace("&#38;", "&")
}

/// For the article section: the text each highlight covers, keyed by
/// (`data-claim`, role), with claim links left out. Fragments of one span are concatenated.
pub fn highlighted_texts(html: &str) -> std::collections::HashMap<(String, String), String> {
    let start = html.find("class=\"article\"").expect("article section");
    let end = start + html[start..].find("</section>").expect("end of article");
    let part = &html[start..end];
    let mut map: std::collections::HashMap<(String, String), String> = Default::default();
    let mut stack: Vec<Option<(String, String)>> = Vec::new();
    let mut in_link = false;
    let mut i = 0;
    let b = part.as_bytes();
    while i < b.len() {
        if b[i] == b'<' {
            let close = i + part[i..].find('>').expect("tag end");
            let body = &part[i + 1..close];
            if body.starts_with("span") {
                let tag = parse_tag(body, i);
                let key = match (tag.attr("data-claim"), tag.attr("class")) {
                    (Some(id), Some(class)) => class
                        .split(' ')
                        .find_map(|c| c.strip_prefix("hl-"))
                        .map(|role| (id.to_string(), role.to_string())),
                    _ => None,
                };
                stack.push(key);
            } else if body.starts_with("/span") {
                stack.pop();
            } else if body.starts_with("a ") && body.contains("class=\"cm") {
                in_link = true;
            } else if body.starts_with("/a") {
                in_link = false;
            }
            i = close + 1;
        } else {
            let next = part[i..].find('<').map_or(part.len(), |p| i + p);
            if !in_link {
                let chunk = unescape(&part[i..next]);
                for key in stack.iter().flatten() {
                    map.entry(key.clone()).or_default().push_str(&chunk);
                }
            }
            i = next;
        }
    }
    map
}

/// Text without any whitespace, to compare texts across paragraph breaks.
pub fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// Tags the report may contain; anything else would have come from the input.
pub const ALLOWED_TAGS: &[&str] = &[
    "!doctype",
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "main",
    "footer",
    "section",
    "aside",
    "article",
    "nav",
    "details",
    "summary",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "ul",
    "ol",
    "li",
    "a",
    "span",
    "strong",
    "em",
    "small",
    "code",
    "br",
    "div",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "figure",
    "figcaption",
    "blockquote",
    "label",
    "select",
    "option",
    "input",
    "button",
    "script",
    "svg",
    "g",
    "path",
    "line",
    "polyline",
    "polygon",
    "rect",
    "circle",
    "ellipse",
    "text",
    "tspan",
    "textpath",
    "clippath",
    "title",
    "defs",
    "marker",
    "desc",
];

/// Checks that hold for any report: tags are ours, no event handlers, the only script is the
/// page's own (whose hash the CSP allows), nothing is loaded from elsewhere.
pub fn assert_safe_page(page: &str) {
    let tags = tags(page);
    let mut scripts = 0;
    let mut styles = 0;
    let mut svg_depth = 0i32;
    for t in &tags {
        let name = t.name.trim_start_matches('/');
        assert!(
            ALLOWED_TAGS.contains(&name),
            "unexpected tag <{}> at {}: {}",
            t.name,
            t.at,
            &page[t.at..(t.at + 80).min(page.len())]
        );
        for (an, av) in &t.attrs {
            assert!(
                !an.starts_with("on"),
                "event handler attribute {an} at {}",
                t.at
            );
            if matches!(an.as_str(), "href" | "src" | "action" | "xlink:href") {
                assert!(
                    av.starts_with('#'),
                    "link outside the page: {an}={av:?} at {}",
                    t.at
                );
            }
        }
        scripts += usize::from(t.name == "script");
        styles += usize::from(t.name == "style" && svg_depth == 0);
        match t.name.as_str() {
            "svg" => svg_depth += 1,
            "/svg" => svg_depth -= 1,
            _ => {}
        }
    }
    assert_eq!(scripts, 1, "exactly the page's own script");
    // the page's own style; the others are inside stance graph drawings (font classes)
    assert_eq!(styles, 1, "exactly the page's own style outside drawings");
    assert!(page.contains("Content-Security-Policy"));
    assert!(
        !page.contains("http://") && !page.contains("https://"),
        "no external addresses"
    );
}
