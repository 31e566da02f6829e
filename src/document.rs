//! Input: turns files, stdin and `.jsonl` corpora into [`Document`]s.
//!
//! Takes paths (or `-` for stdin) and gives documents in input order. Plain `.txt`/`.md`
//! files become one document each; a `.jsonl` corpus gives one document per line
//! (`{"id"|"doc_id", "title"?, "date"?, "outlet"?, "text"}`). Bytes that are not UTF-8
//! text (binary files, UTF-16, invalid sequences) are rejected with a clear error rather
//! than guessed at. A bad corpus line is reported with its line number and does not stop
//! the lines after it.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// One article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outlet: Option<String>,
    pub text: String,
}

impl Document {
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            title: None,
            date: None,
            outlet: None,
            text: text.into(),
        }
    }
}

/// Why an input could not be read.
#[derive(Debug, Clone, PartialEq)]
pub struct InputError {
    /// The path (or `<stdin>`), with `:LINE` for a corpus line.
    pub location: String,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

impl std::error::Error for InputError {}

fn err(location: impl Into<String>, message: impl Into<String>) -> InputError {
    InputError {
        location: location.into(),
        message: message.into(),
    }
}

/// Decode article bytes as UTF-8 text, rejecting binary data with a precise message.
pub fn decode_text(bytes: Vec<u8>, location: &str) -> Result<String, InputError> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(err(
            location,
            "the file is UTF-16 encoded (it starts with a UTF-16 byte-order mark); convert it to UTF-8, e.g. `iconv -f UTF-16 -t UTF-8`",
        ));
    }
    // `contains` on bytes is a memchr; the position is only wanted for the message.
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(pos) = head
        .contains(&0)
        .then(|| head.iter().position(|&b| b == 0))
        .flatten()
    {
        return Err(err(
            location,
            format!("this looks like a binary file, not article text (NUL byte at offset {pos})"),
        ));
    }
    let bytes = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes[3..].to_vec()
    } else {
        bytes
    };
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        err(
            location,
            format!("the text is not valid UTF-8 (invalid byte sequence at byte offset {at}); convert it to UTF-8"),
        )
    })
}

/// Largest article text read, in bytes (the longest PolNeAR article is under 60 kB). An
/// article costs about 40 bytes of memory per byte of text while it is analysed and
/// reported, and a few steps still compare each new name with all the document's actors, so
/// time grows a little faster than the text: one line of 8 MB took 5.8 s and 320 MB
/// (BENCHMARKS.md), and 50 MB would take about 2 GB. Such input is refused with a clear
/// error instead. Split long text into articles.
pub const MAX_DOCUMENT_BYTES: usize = 2 * 1024 * 1024;

/// `len`: the article's size when known (None: only known to be over the limit).
fn too_long(location: &str, len: Option<u64>) -> InputError {
    let size = len.map_or(String::new(), |l| {
        format!(" ({:.1} MB)", l as f64 / 1_048_576.0)
    });
    err(
        location,
        format!(
            "the article is longer than {} MB{size}, the most stancegraph reads as one article; split it into articles",
            MAX_DOCUMENT_BYTES / 1_048_576
        ),
    )
}

/// One item produced while reading inputs: a document, or an error tied to a place.
pub type InputItem = Result<Document, InputError>;

/// Where an input comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputSource {
    Stdin,
    File(PathBuf),
}

impl InputSource {
    pub fn parse(arg: &str) -> InputSource {
        if arg == "-" {
            InputSource::Stdin
        } else {
            InputSource::File(PathBuf::from(arg))
        }
    }
    pub fn display(&self) -> String {
        match self {
            InputSource::Stdin => "<stdin>".to_string(),
            InputSource::File(p) => p.display().to_string(),
        }
    }
    fn is_jsonl(&self) -> bool {
        match self {
            InputSource::Stdin => false,
            InputSource::File(p) => matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("jsonl") | Some("ndjson")
            ),
        }
    }
}

/// The id given to a plain-text document: its file stem (or `stdin`).
fn file_doc_id(path: &Path) -> String {
    path.file_stem()
        .and_then(|s| s.to_str())
        .map(str::to_string)
        .unwrap_or_else(|| path.display().to_string())
}

/// Streams the documents of several inputs in order. A `.jsonl` corpus is read line by
/// line, so memory stays flat however long it is.
pub struct Inputs {
    sources: std::vec::IntoIter<InputSource>,
    current: Option<JsonlReader>,
}

struct JsonlReader {
    location: String,
    reader: Box<dyn BufRead + Send>,
    line_no: usize,
}

impl Inputs {
    pub fn new(sources: Vec<InputSource>) -> Self {
        Inputs {
            sources: sources.into_iter(),
            current: None,
        }
    }
}

impl Iterator for Inputs {
    type Item = InputItem;

    fn next(&mut self) -> Option<InputItem> {
        loop {
            if let Some(cur) = &mut self.current {
                match cur.next_doc() {
                    Some(item) => return Some(item),
                    None => self.current = None,
                }
            }
            let source = self.sources.next()?;
            if source.is_jsonl() {
                match open_jsonl(&source) {
                    Ok(r) => self.current = Some(r),
                    Err(e) => return Some(Err(e)),
                }
            } else {
                return Some(read_plain(&source));
            }
        }
    }
}

fn open_path(path: &Path) -> Result<std::fs::File, InputError> {
    let loc = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| err(&loc, io_message(&e)))?;
    if meta.is_dir() {
        return Err(err(
            &loc,
            "is a directory, not an article file (pass the files inside it, e.g. `dir/*.txt`)",
        ));
    }
    std::fs::File::open(path).map_err(|e| err(&loc, io_message(&e)))
}

fn io_message(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".to_string(),
        std::io::ErrorKind::PermissionDenied => {
            "permission denied (the file is not readable)".to_string()
        }
        _ => e.to_string(),
    }
}

fn read_plain(source: &InputSource) -> InputItem {
    let loc = source.display();
    let mut bytes = Vec::new();
    let (id, result) = match source {
        InputSource::Stdin => (
            "stdin".to_string(),
            std::io::stdin()
                .lock()
                .take(MAX_DOCUMENT_BYTES as u64 + 1)
                .read_to_end(&mut bytes),
        ),
        InputSource::File(p) => {
            let f = open_path(p)?;
            // Known before reading: refuse a huge file without loading it.
            if let Some(len) = f.metadata().ok().map(|m| m.len()) {
                if len > MAX_DOCUMENT_BYTES as u64 {
                    return Err(too_long(&loc, Some(len)));
                }
            }
            (
                file_doc_id(p),
                f.take(MAX_DOCUMENT_BYTES as u64 + 1)
                    .read_to_end(&mut bytes),
            )
        }
    };
    result.map_err(|e| err(&loc, io_message(&e)))?;
    if bytes.len() > MAX_DOCUMENT_BYTES {
        // stdin, or a file that grew while being read
        return Err(too_long(&loc, None));
    }
    let text = decode_text(bytes, &loc)?;
    Ok(Document::new(id, text))
}

fn open_jsonl(source: &InputSource) -> Result<JsonlReader, InputError> {
    let InputSource::File(p) = source else {
        unreachable!("stdin is never read as jsonl")
    };
    let f = open_path(p)?;
    Ok(JsonlReader {
        location: source.display(),
        reader: Box::new(BufReader::with_capacity(1 << 16, f)),
        line_no: 0,
    })
}

#[derive(Deserialize)]
struct JsonlDoc {
    id: Option<serde_json::Value>,
    doc_id: Option<serde_json::Value>,
    title: Option<String>,
    date: Option<String>,
    outlet: Option<String>,
    publisher: Option<String>,
    text: Option<String>,
}

fn id_string(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

impl JsonlReader {
    fn next_doc(&mut self) -> Option<InputItem> {
        loop {
            let mut buf = Vec::new();
            match self.reader.read_until(b'\n', &mut buf) {
                Ok(0) => return None,
                Ok(_) => {}
                Err(e) => return Some(Err(err(&self.location, io_message(&e)))),
            }
            self.line_no += 1;
            let loc = format!("{}:{}", self.location, self.line_no);
            let line = match decode_text(buf, &loc) {
                Ok(l) => l,
                Err(e) => return Some(Err(e)),
            };
            if line.trim().is_empty() {
                continue;
            }
            return Some(parse_jsonl_line(&line, &loc, self.line_no));
        }
    }
}

/// Parse one corpus line into a document.
pub fn parse_jsonl_line(line: &str, loc: &str, line_no: usize) -> InputItem {
    let d: JsonlDoc = serde_json::from_str(line)
        .map_err(|e| err(loc, format!("not a valid JSON object: {e}")))?;
    let text = d
        .text
        .ok_or_else(|| err(loc, "the object has no \"text\" field"))?;
    if text.len() > MAX_DOCUMENT_BYTES {
        return Err(too_long(loc, Some(text.len() as u64)));
    }
    let id = d
        .doc_id
        .as_ref()
        .or(d.id.as_ref())
        .map(id_string)
        .unwrap_or_else(|| format!("line-{line_no}"));
    Ok(Document {
        id,
        title: d.title,
        date: d.date,
        outlet: d.outlet.or(d.publisher),
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_binary_and_utf16() {
        assert!(decode_text(vec![0x7f, 0x45, 0x4c, 0x46, 0, 1], "x")
            .unwrap_err()
            .message
            .contains("binary"));
        assert!(decode_text(vec![0xFF, 0xFE, b'a', 0], "x")
            .unwrap_err()
            .message
            .contains("UTF-16"));
        assert!(decode_text(vec![b'a', 0xC3, 0x28], "x")
            .unwrap_err()
            .message
            .contains("byte offset 1"));
    }

    #[test]
    fn strips_utf8_bom() {
        assert_eq!(decode_text(b"\xEF\xBB\xBFhi".to_vec(), "x").unwrap(), "hi");
    }

    #[test]
    fn jsonl_line_ids() {
        let d = parse_jsonl_line(r#"{"doc_id":"a","text":"t","publisher":"p"}"#, "f:1", 1).unwrap();
        assert_eq!((d.id.as_str(), d.outlet.as_deref()), ("a", Some("p")));
        let d = parse_jsonl_line(r#"{"id":7,"text":"t"}"#, "f:1", 1).unwrap();
        assert_eq!(d.id, "7");
        let e = parse_jsonl_line(r#"{"id":7}"#, "f:3", 3).unwrap_err();
        assert_eq!(e.location, "f:3");
        assert!(parse_jsonl_line("{oops", "f:2", 2).is_err());
    }
}
