//! Claims: attribution patterns over sentences -> [`Claim`]s.

use crate::lexicon::Lexicon;
use crate::mentions::Mentions;
use crate::model::Claim;
use crate::segment::Segmentation;

/// Extract the claims of a document.
pub fn extract(_text: &str, _seg: &Segmentation, _lex: &Lexicon, _m: &mut Mentions) -> Vec<Claim> {
    Vec::new()
}
