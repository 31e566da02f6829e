//! stancegraph: who claimed what in news articles.
//!
//! The pipeline runs one way, one module per stage, in the order data flows:
//!
//! ```text
//! document -> segment -> mentions -> claims -> propositions -> graph -> rules -> report
//!                                                              store / check (claim store)
//! ```
//!
//! [`pipeline::Engine`] loads the lexicons and rules once and analyses documents;
//! the library never prints, only the CLI in `src/cli/` does.
#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod check;
pub mod claims;
pub mod diagnostics;
pub mod document;
pub mod graph;
pub mod lexicon;
pub mod mentions;
pub mod model;
pub mod pipeline;
pub mod propositions;
pub mod report;
pub mod rulefile;
pub mod rules;
pub mod ruletest;
pub mod segment;
pub mod store;

pub use document::Document;
pub use model::*;
pub use pipeline::{Analysis, Engine};
