//! The claim store (SQLite): documents, actors, claims and propositions, indexed for lookup.
