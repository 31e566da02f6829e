//! Any bytes as a rule or lexicon file: loading must give an engine or diagnostics, never a
//! panic; a file that loads must then analyse a short article without a panic or a hang
//! (a user lexicon changes how the extractor reads text).
#![no_main]

use libfuzzer_sys::fuzz_target;
use stancegraph::document::Document;
use stancegraph::lexicon::SourceFile;
use stancegraph::pipeline::EngineOptions;
use stancegraph::Engine;

const ARTICLE: &str = "US Secretary of State Rex Tillerson said that Russia meddled in the \
election. \"We never interfered,\" Lavrov told reporters. The Kremlin denied the allegations, \
according to officials. Mr. Lavrov added: \"This is nonsense.\"";

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data).into_owned();
    let file = SourceFile::new("fuzz.toml", text);
    let opts = EngineOptions::default();
    match Engine::from_sources(&[file], &opts) {
        Ok(engine) => {
            let a = engine.analyze(Document::new("fuzz", ARTICLE));
            let _ = stancegraph::report::render(
                &a,
                stancegraph::report::Format::Json,
                Default::default(),
            );
        }
        Err(e) => {
            // Diagnostics must render (they point into the file).
            let _ = e.render(false);
        }
    }
});
