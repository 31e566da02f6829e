//! Check a new article against the claim store.
