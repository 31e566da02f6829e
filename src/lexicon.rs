//! Lexicons: cue words, actors, titles and synonym families, loaded from TOML data files.
//!
//! Takes the shipped files in `rules/lexicon/` (compiled into the binary) plus any user
//! files, and gives a [`Lexicon`] with lookup tables built once: cue forms by first word,
//! actor aliases by first word, title words, and synonym families by stem. User entries
//! extend the shipped ones; a user actor with the same name adds aliases and may set its camp.
//!
//! Each cue declares its stance and its frame (how it takes a source and content); verb
//! cues list their inflections or have them generated from the lemma ("deny" -> "denies",
//! "denied", "denying"; "play down" -> "plays down", "played down", ...).

use crate::diagnostics::{did_you_mean, Diagnostic};
use crate::model::{ActorKind, Stance};
use crate::segment::Norm;
use rustc_hash::FxHashMap as HashMap;
use serde::Deserialize;
use toml::Spanned;

/// How a cue takes its source and content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CueFrame {
    /// A verb taking a clause or quote: "X said (that) C", "C, X said", "said X".
    Verb,
    /// A verb whose first object is the hearer: "X told reporters (that) C", "X warned Lavrov that C".
    ObjectVerb,
    /// A verb that takes a noun-phrase object as its content: "X denied the reports (that C)".
    NpVerb,
    /// A noun: "X's statement that C", "in a statement, X said", "the claims of X".
    Noun,
    /// A preposition or phrase before the source: "according to X, C".
    Preposition,
}

impl CueFrame {
    pub const NAMES: [&'static str; 5] = ["verb", "object-verb", "np-verb", "noun", "preposition"];
}

/// A cue entry as written in a lexicon file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CueDef {
    /// Base form ("say", "play down", "according to").
    pub lemma: Spanned<String>,
    /// Surface forms; generated from the lemma for verbs when absent.
    #[serde(default)]
    pub forms: Vec<String>,
    pub stance: Spanned<String>,
    #[serde(default = "default_frame")]
    pub frame: Spanned<String>,
    /// Sentences showing the cue in use (documentation; tested by the shipped lexicon test).
    #[serde(default)]
    pub examples: Vec<String>,
}

fn default_frame() -> Spanned<String> {
    Spanned::new(0..0, "verb".to_string())
}

/// An actor entry: a canonical name with aliases (metonyms, abbreviations) and a camp.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActorDef {
    pub name: Spanned<String>,
    #[serde(default)]
    pub kind: Option<Spanned<String>>,
    #[serde(default)]
    pub camp: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Adjectives that put a person in this actor's camp ("Russian Foreign Minister ...").
    #[serde(default)]
    pub demonyms: Vec<String>,
}

/// A family of terms that count as the same when comparing propositions.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SynonymDef {
    /// Family name used in explanations ("interfere").
    pub family: String,
    pub terms: Vec<String>,
}

/// Titles and role nouns that introduce or stand for a person ("Secretary of State", "spokesman").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleDef {
    pub words: Vec<String>,
    /// A bare role noun ("the official") can stand for an earlier person.
    #[serde(default)]
    pub role_noun: bool,
}

/// A compiled cue.
#[derive(Debug, Clone, PartialEq)]
pub struct CueEntry {
    pub lemma: String,
    pub stance: Stance,
    pub frame: CueFrame,
    /// This form is a past participle or passive-capable form ("denied", "endorsed").
    pub forms: Vec<String>,
}

/// A compiled actor entry.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorEntry {
    pub name: String,
    pub kind: ActorKind,
    pub camp: Option<String>,
    pub aliases: Vec<String>,
    pub demonyms: Vec<String>,
}

/// One multiword form, matched token by token.
#[derive(Debug, Clone, PartialEq)]
pub struct FormMatch {
    /// Remaining words after the first ("down" in "played down").
    pub rest: Vec<String>,
    pub entry: usize,
    /// The surface form is a participle ("-ed"/"-en" form).
    pub participle: bool,
    /// The surface form is a gerund ("-ing").
    pub gerund: bool,
}

/// All lexicons, with lookup tables.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    pub cues: Vec<CueEntry>,
    /// First word of a cue form -> candidate matches, longest first.
    pub cue_index: HashMap<Norm, Vec<FormMatch>>,
    pub actors: Vec<ActorEntry>,
    /// First word of an alias (lower case) -> (remaining words, actor index), longest first.
    pub alias_index: HashMap<Norm, Vec<(Vec<String>, usize)>>,
    /// Demonym (lower case) -> actor index.
    pub demonyms: HashMap<Norm, usize>,
    /// Title word sequences (lower case).
    pub titles: Vec<Vec<String>>,
    /// Single-word role nouns that can stand for an earlier person ("official", "minister").
    pub role_nouns: Vec<String>,
    /// Synonym families: lower-case term (one or more words) -> family name.
    pub synonyms: HashMap<String, String>,
    /// The proposition normaliser's tables (synonym stems, name index), built on first use
    /// so that each document does not build them again. Change no field after that.
    normaliser_tables: std::sync::OnceLock<crate::propositions::LexiconTables>,
    /// Title indexes by first word (also without its period), in `titles` order, built on
    /// first use: trying every title at every token was a sixth of a corpus run.
    title_index: std::sync::OnceLock<HashMap<String, Vec<usize>>>,
    /// Each actor's alias words with the case they need, built on first use (see
    /// [`Lexicon::alias_word_cases`]).
    alias_cases: std::sync::OnceLock<Vec<Vec<(String, AliasCase)>>>,
    /// Every word an alias, a demonym or a title can start with, built on first use (see
    /// [`Lexicon::may_start_name`]).
    name_starts: std::sync::OnceLock<(WordFilter, rustc_hash::FxHashSet<String>)>,
    /// `alias_index` split by second word, built on first use (see
    /// [`Lexicon::aliases_starting`]).
    alias_by_second: std::sync::OnceLock<HashMap<Norm, AliasBucket>>,
    /// The long `cue_index` lists split by second word, built on first use (see
    /// [`Lexicon::cue_forms_by_second`]).
    cue_by_second: std::sync::OnceLock<HashMap<Norm, CueBucket>>,
    /// Every first word of a cue form, built on first use (see [`Lexicon::cue_forms`]).
    cue_starts: std::sync::OnceLock<Box<WordFilter<256>>>,
}

/// A quick "certainly not in the set" test for words: one bit of 4096 per (length, first two
/// bytes, last byte) class of the set's words. Most tokens of a text start no name, and the bit rules
/// them out without hashing the word.
/// `N` is the number of 64-bit words: 64 (4096 bits) by default.
#[derive(Debug, Clone)]
struct WordFilter<const N: usize = 64>([u64; N]);

impl<const N: usize> WordFilter<N> {
    fn bit(w: &str) -> usize {
        let b = w.as_bytes();
        let at = |k: usize| b.get(k).copied().unwrap_or(0) as u64;
        let last = b.last().copied().unwrap_or(0) as u64;
        let key = at(0) | at(1) << 8 | last << 16 | (b.len() as u64) << 24;
        (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - (N * 64).trailing_zeros())) as usize
    }
    fn of<'a>(words: impl IntoIterator<Item = &'a String>) -> WordFilter<N> {
        let mut f = WordFilter([0; N]);
        for w in words {
            let k = Self::bit(w);
            f.0[k / 64] |= 1 << (k % 64);
        }
        f
    }
    /// False only for words not in the set the filter was made of.
    fn may_hold(&self, w: &str) -> bool {
        let k = Self::bit(w);
        self.0[k / 64] & (1 << (k % 64)) != 0
    }
}

/// The aliases of one first word: those of several words by their second word, and those of
/// the one word; each list in `alias_index` order.
#[derive(Debug, Clone, Default)]
struct AliasBucket {
    by_second: HashMap<String, Vec<(Vec<String>, usize)>>,
    single: Vec<(Vec<String>, usize)>,
}

/// A `cue_index` list of at least this many forms is also indexed by second word.
const CUE_BUCKET_MIN: usize = 8;

/// The cue forms of one first word, as positions in its `cue_index` list (ascending, so in
/// list order): those of several words by their second word, and those of the one word.
#[derive(Debug, Clone, Default)]
pub struct CueBucket {
    by_second: HashMap<Norm, Vec<usize>>,
    single: Vec<usize>,
    /// The length of the list it was built from: a list changed after the first use no
    /// longer agrees, and the matcher then tries the whole list.
    len: usize,
}

impl CueBucket {
    /// Positions of the forms that can match when the words `seconds` can follow the first
    /// word (a form of several words matches only where its second word is), in list order.
    pub fn positions(&self, seconds: &[&str]) -> Vec<usize> {
        let mut out = self.single.clone();
        for w in seconds {
            if let Some(v) = self.by_second.get(*w) {
                out.extend_from_slice(v);
            }
        }
        out.sort_unstable();
        out.dedup();
        out
    }
}

/// How a word of a lexicon alias must be written in the text to match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AliasCase {
    /// A short all-capital word (an acronym, "US"): exactly as in the alias.
    Exact(String),
    /// A capitalised word: capitalised in the text.
    Capitalised,
    /// A lower-case word: any case.
    Any,
}

/// Irregular verb forms: lemma -> (3rd person, past, past participle, gerund).
const IRREGULAR: &[(&str, [&str; 4])] = &[
    ("say", ["says", "said", "said", "saying"]),
    ("tell", ["tells", "told", "told", "telling"]),
    ("think", ["thinks", "thought", "thought", "thinking"]),
    ("know", ["knows", "knew", "known", "knowing"]),
    ("write", ["writes", "wrote", "written", "writing"]),
    ("speak", ["speaks", "spoke", "spoken", "speaking"]),
    ("tweet", ["tweets", "tweeted", "tweeted", "tweeting"]),
    ("find", ["finds", "found", "found", "finding"]),
    ("show", ["shows", "showed", "shown", "showing"]),
    ("feel", ["feels", "felt", "felt", "feeling"]),
    ("hold", ["holds", "held", "held", "holding"]),
    ("give", ["gives", "gave", "given", "giving"]),
    ("see", ["sees", "saw", "seen", "seeing"]),
    ("hear", ["hears", "heard", "heard", "hearing"]),
    ("swear", ["swears", "swore", "sworn", "swearing"]),
    (
        "forecast",
        ["forecasts", "forecast", "forecast", "forecasting"],
    ),
    ("put", ["puts", "put", "put", "putting"]),
    ("read", ["reads", "read", "read", "reading"]),
    ("teach", ["teaches", "taught", "taught", "teaching"]),
    ("go", ["goes", "went", "gone", "going"]),
    ("make", ["makes", "made", "made", "making"]),
    ("take", ["takes", "took", "taken", "taking"]),
    ("lay", ["lays", "laid", "laid", "laying"]),
    ("bet", ["bets", "bet", "bet", "betting"]),
    ("foresee", ["foresees", "foresaw", "foreseen", "foreseeing"]),
    (
        "understand",
        ["understands", "understood", "understood", "understanding"],
    ),
    ("mean", ["means", "meant", "meant", "meaning"]),
    ("get", ["gets", "got", "gotten", "getting"]),
    ("come", ["comes", "came", "come", "coming"]),
    ("be", ["is", "was", "been", "being"]),
    ("have", ["has", "had", "had", "having"]),
    ("do", ["does", "did", "done", "doing"]),
    // ones the regular rules got wrong in user rule files and the cue build ("seeked",
    // "bringed up", "shooted back", "payed tribute", "lighted into")
    ("seek", ["seeks", "sought", "sought", "seeking"]),
    ("bring", ["brings", "brought", "brought", "bringing"]),
    ("shoot", ["shoots", "shot", "shot", "shooting"]),
    ("pay", ["pays", "paid", "paid", "paying"]),
    (
        "foretell",
        ["foretells", "foretold", "foretold", "foretelling"],
    ),
    ("light", ["lights", "lit", "lit", "lighting"]),
    ("strike", ["strikes", "struck", "struck", "striking"]),
    ("throw", ["throws", "threw", "thrown", "throwing"]),
    ("uphold", ["upholds", "upheld", "upheld", "upholding"]),
    ("retell", ["retells", "retold", "retold", "retelling"]),
];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// A fixed word list with constant-time membership: the lists that are asked about every
/// token (stop words, common words) were scanned one string at a time.
pub struct WordSet {
    lists: &'static [&'static [&'static str]],
    set: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>>,
}

impl WordSet {
    /// The words of all these lists.
    pub const fn of(lists: &'static [&'static [&'static str]]) -> WordSet {
        WordSet {
            lists,
            set: std::sync::OnceLock::new(),
        }
    }
    pub fn contains(&self, w: &str) -> bool {
        self.set
            .get_or_init(|| self.lists.iter().flat_map(|l| l.iter().copied()).collect())
            .contains(w)
    }
}

/// Regular inflections of an English verb: (3rd person, past, past participle, gerund).
pub fn inflect(verb: &str) -> [String; 4] {
    if let Some((_, f)) = IRREGULAR.iter().find(|(l, _)| *l == verb) {
        return f.map(str::to_string);
    }
    let chars: Vec<char> = verb.chars().collect();
    let n = chars.len();
    let last = chars.last().copied().unwrap_or(' ');
    let third = if verb.ends_with('s')
        || verb.ends_with("sh")
        || verb.ends_with("ch")
        || verb.ends_with('x')
        || verb.ends_with('z')
    {
        format!("{verb}es")
    } else if last == 'y' && n > 1 && !is_vowel(chars[n - 2]) {
        format!("{}ies", &verb[..verb.len() - 1])
    } else {
        format!("{verb}s")
    };
    // consonant doubling for short CVC verbs (admit -> admitted, stop -> stopped)
    let doubles = n >= 3
        && !is_vowel(last)
        && !matches!(last, 'w' | 'x' | 'y')
        && is_vowel(chars[n - 2])
        && !is_vowel(chars[n - 3])
        && (n <= 4
            || verb.ends_with("mit")
            || verb.ends_with("fer") && verb == "refer"
            || verb.ends_with("cur")
            || verb.ends_with("pel")
            || verb.ends_with("bet"));
    let past = if last == 'e' {
        format!("{verb}d")
    } else if last == 'y' && n > 1 && !is_vowel(chars[n - 2]) {
        format!("{}ied", &verb[..verb.len() - 1])
    } else if doubles {
        format!("{verb}{last}ed")
    } else {
        format!("{verb}ed")
    };
    let gerund = if last == 'e' && !verb.ends_with("ee") && n > 2 {
        format!("{}ing", &verb[..verb.len() - 1])
    } else if doubles {
        format!("{verb}{last}ing")
    } else {
        format!("{verb}ing")
    };
    [third, past.clone(), past, gerund]
}

/// All forms of a (possibly multiword) verb lemma: the first word is inflected, the rest kept.
pub fn verb_forms(lemma: &str) -> Vec<(String, bool, bool)> {
    let mut words = lemma.split_whitespace();
    let Some(head) = words.next() else {
        return Vec::new();
    };
    let rest: Vec<&str> = words.collect();
    let tail = if rest.is_empty() {
        String::new()
    } else {
        format!(" {}", rest.join(" "))
    };
    let [third, past, part, ger] = inflect(head);
    let mut out = vec![
        (format!("{head}{tail}"), false, false),
        (format!("{third}{tail}"), false, false),
        (format!("{past}{tail}"), past == part, false),
        (format!("{ger}{tail}"), false, true),
    ];
    if part != past {
        out.push((format!("{part}{tail}"), true, false));
    }
    if head == "be" {
        // "are convinced", "were worried", "'m sure", "'s confident"
        for f in ["are", "were", "am", "'m", "'s", "'re"] {
            out.push((format!("{f}{tail}"), false, false));
        }
    }
    out.dedup();
    out
}

/// A lexicon or rule file: a path and its text.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

impl SourceFile {
    pub fn new(path: impl Into<String>, text: impl Into<String>) -> Self {
        SourceFile {
            path: path.into(),
            text: text.into(),
        }
    }
}

/// The lexicon sections of one parsed file.
#[derive(Debug, Clone, Default)]
pub struct LexiconPart {
    pub cues: Vec<CueDef>,
    pub actors: Vec<ActorDef>,
    pub synonyms: Vec<SynonymDef>,
    pub titles: Vec<TitleDef>,
}

/// The shipped lexicon files, compiled into the binary so that start-up reads no files.
pub const SHIPPED: &[(&str, &str)] = &[
    (
        "rules/lexicon/cues.toml",
        include_str!("../rules/lexicon/cues.toml"),
    ),
    (
        "rules/lexicon/actors.toml",
        include_str!("../rules/lexicon/actors.toml"),
    ),
    (
        "rules/lexicon/titles.toml",
        include_str!("../rules/lexicon/titles.toml"),
    ),
    (
        "rules/lexicon/synonyms.toml",
        include_str!("../rules/lexicon/synonyms.toml"),
    ),
];

impl Lexicon {
    /// Compile lexicon parts (shipped first, then user files) into lookup tables.
    pub fn build(parts: &[(SourceFile, LexiconPart)]) -> Result<Lexicon, Vec<Diagnostic>> {
        let mut lex = Lexicon::default();
        let mut errors = Vec::new();
        for (file, part) in parts {
            for c in &part.cues {
                match compile_cue(file, c) {
                    Ok(entry) => lex.add_cue(entry),
                    Err(d) => errors.push(d),
                }
            }
            for a in &part.actors {
                match compile_actor(file, a) {
                    Ok(entry) => lex.add_actor(entry),
                    Err(d) => errors.push(d),
                }
            }
            for s in &part.synonyms {
                for t in &s.terms {
                    lex.synonyms.insert(t.to_lowercase(), s.family.clone());
                }
            }
            for t in &part.titles {
                for w in &t.words {
                    let words: Vec<String> =
                        w.split_whitespace().map(|x| x.to_lowercase()).collect();
                    if t.role_noun && words.len() == 1 && !lex.role_nouns.contains(&words[0]) {
                        lex.role_nouns.push(words[0].clone());
                    }
                    if !lex.titles.contains(&words) {
                        lex.titles.push(words);
                    }
                }
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        for v in lex.cue_index.values_mut() {
            v.sort_by_key(|m| std::cmp::Reverse(m.rest.len()));
        }
        for v in lex.alias_index.values_mut() {
            v.sort_by_key(|m| std::cmp::Reverse(m.0.len()));
        }
        lex.titles.sort_by_key(|t| std::cmp::Reverse(t.len()));
        Ok(lex)
    }

    fn add_cue(&mut self, entry: CueEntry) {
        // A user cue with the same lemma and frame replaces the shipped one.
        let idx = match self
            .cues
            .iter()
            .position(|c| c.lemma == entry.lemma && c.frame == entry.frame)
        {
            Some(i) => {
                for v in self.cue_index.values_mut() {
                    v.retain(|m| m.entry != i);
                }
                self.cues[i] = entry;
                i
            }
            None => {
                self.cues.push(entry);
                self.cues.len() - 1
            }
        };
        let entry = &self.cues[idx];
        for form in &entry.forms {
            let mut words = form
                .split_whitespace()
                .map(|w| w.to_lowercase().replace('’', "'"));
            let Some(first) = words.next() else { continue };
            let rest: Vec<String> = words.collect();
            let head = form.split_whitespace().next().unwrap_or("");
            let participle = entry.frame != CueFrame::Noun
                && entry.frame != CueFrame::Preposition
                && (head.ends_with("ed")
                    || head.ends_with("en")
                    || matches!(
                        head,
                        "said"
                            | "told"
                            | "thought"
                            | "known"
                            | "held"
                            | "found"
                            | "shown"
                            | "felt"
                            | "heard"
                            | "written"
                            | "made"
                            | "taken"
                            | "laid"
                            | "put"
                            | "read"
                            | "understood"
                            | "meant"
                    ));
            let gerund = head.ends_with("ing") && entry.frame != CueFrame::Noun;
            let list = self.cue_index.entry(first.into()).or_default();
            if !list.iter().any(|m| m.rest == rest && m.entry == idx) {
                list.push(FormMatch {
                    rest,
                    entry: idx,
                    participle,
                    gerund,
                });
            }
        }
    }

    fn add_actor(&mut self, entry: ActorEntry) {
        let idx = match self.actors.iter().position(|a| a.name == entry.name) {
            Some(i) => {
                let a = &mut self.actors[i];
                for al in entry.aliases {
                    if !a.aliases.contains(&al) {
                        a.aliases.push(al);
                    }
                }
                a.demonyms.extend(entry.demonyms);
                if entry.camp.is_some() {
                    a.camp = entry.camp;
                }
                i
            }
            None => {
                self.actors.push(entry);
                self.actors.len() - 1
            }
        };
        let a = self.actors[idx].clone();
        for alias in std::iter::once(&a.name).chain(&a.aliases) {
            let words: Vec<String> = crate::segment::tokenize(alias)
                .into_iter()
                .map(|t| t.norm.to_string())
                .collect();
            let Some((first, rest)) = words.split_first() else {
                continue;
            };
            let list = self.alias_index.entry(first.as_str().into()).or_default();
            if !list.iter().any(|(r, i)| r == rest && *i == idx) {
                list.push((rest.to_vec(), idx));
            }
        }
        for d in &a.demonyms {
            self.demonyms.insert(d.to_lowercase().into(), idx);
        }
    }

    /// The synonym family of a lower-case term, if any.
    pub fn family(&self, term: &str) -> Option<&str> {
        self.synonyms.get(term).map(String::as_str)
    }

    /// False when no alias (`alias_index`), demonym (`demonyms`) or title
    /// ([`Lexicon::titles_starting`]) starts with this lower-case word: one look-up instead
    /// of three for the many words of a text that start none.
    pub fn may_start_name(&self, norm: &str) -> bool {
        let (filter, set) = self.name_starts.get_or_init(|| {
            let mut set: rustc_hash::FxHashSet<String> = self
                .alias_index
                .keys()
                .chain(self.demonyms.keys())
                .map(|k| k.to_string())
                .collect();
            for t in &self.titles {
                if let Some(first) = t.first() {
                    set.insert(first.clone());
                    set.insert(first.trim_end_matches('.').to_string());
                }
            }
            (WordFilter::of(&set), set)
        });
        filter.may_hold(norm) && set.contains(norm)
    }

    /// Indexes into `titles` of the titles that can start at a token with this lower-case
    /// form (first word equal, or equal without its trailing period), in `titles` order.
    pub fn titles_starting(&self, norm: &str) -> &[usize] {
        let index = self.title_index.get_or_init(|| {
            let mut index: HashMap<String, Vec<usize>> = HashMap::default();
            for (k, t) in self.titles.iter().enumerate() {
                let Some(first) = t.first() else { continue };
                let bare = first.trim_end_matches('.');
                for key in [first.as_str(), bare] {
                    let v = index.entry(key.to_string()).or_default();
                    if v.last() != Some(&k) {
                        v.push(k);
                    }
                }
            }
            index
        });
        index.get(norm).map_or(&[], Vec::as_slice)
    }

    /// The words of actor `actor`'s aliases and name (aliases first, in order, with
    /// repeats), each lower-cased with curly apostrophes folded (a token's norm) and the
    /// case it needs in the text. Built once: lower-casing every alias word at every
    /// alias match was a twentieth of a corpus run.
    /// The `alias_index` entries of the first word `first` that can match when `second`
    /// follows: those whose second word it is, then those of the one word, which is their
    /// order in `alias_index` (longest first). "the" starts some eighty aliases, and trying
    /// each at every "the" of a text was half the alias matching.
    pub fn aliases_starting(
        &self,
        first: &str,
        second: Option<&str>,
    ) -> impl Iterator<Item = &(Vec<String>, usize)> {
        let index = self.alias_by_second.get_or_init(|| {
            let mut index: HashMap<Norm, AliasBucket> = HashMap::default();
            for (first, list) in &self.alias_index {
                let bucket = index.entry(first.clone()).or_default();
                for entry in list {
                    match entry.0.first() {
                        Some(w) => bucket
                            .by_second
                            .entry(w.clone())
                            .or_default()
                            .push(entry.clone()),
                        None => bucket.single.push(entry.clone()),
                    }
                }
            }
            index
        });
        let bucket = index.get(first);
        let multi = bucket
            .zip(second)
            .and_then(|(b, w)| b.by_second.get(w))
            .map_or(&[][..], Vec::as_slice);
        multi
            .iter()
            .chain(bucket.map_or(&[][..], |b| b.single.as_slice()))
    }

    /// The `cue_index` list of the first word `norm`. Asked at every token of a text, and
    /// most tokens open no cue: the filter rules them out without hashing the word.
    pub fn cue_forms(&self, norm: &str) -> Option<&Vec<FormMatch>> {
        let filter = self.cue_starts.get_or_init(|| {
            let firsts: Vec<String> = self.cue_index.keys().map(|k| k.to_string()).collect();
            Box::new(WordFilter::of(&firsts))
        });
        if !filter.may_hold(norm) {
            return None;
        }
        self.cue_index.get(norm)
    }

    /// The forms of the cue first word `first` grouped by second word, when its `cue_index`
    /// list `list` has at least `CUE_BUCKET_MIN` (8) forms and has not changed since the first
    /// use (None otherwise: try the whole list).
    /// Every form of "be" opens the forty-odd "be X" cues ("is critical of", "was wary"), and
    /// trying each at every "is", "was" and "'s" of a text was half the cue matching.
    pub fn cue_forms_by_second(&self, first: &str, list: &[FormMatch]) -> Option<&CueBucket> {
        if list.len() < CUE_BUCKET_MIN {
            return None;
        }
        let index = self.cue_by_second.get_or_init(|| {
            let mut index: HashMap<Norm, CueBucket> = HashMap::default();
            for (first, list) in &self.cue_index {
                if list.len() < CUE_BUCKET_MIN {
                    continue;
                }
                let bucket = index.entry(first.clone()).or_default();
                bucket.len = list.len();
                for (k, fm) in list.iter().enumerate() {
                    match fm.rest.first() {
                        Some(w) => bucket
                            .by_second
                            .entry(w.as_str().into())
                            .or_default()
                            .push(k),
                        None => bucket.single.push(k),
                    }
                }
            }
            index
        });
        index.get(first).filter(|b| b.len == list.len())
    }

    pub fn alias_word_cases(&self, actor: usize) -> &[(String, AliasCase)] {
        let all = self.alias_cases.get_or_init(|| {
            self.actors
                .iter()
                .map(|a| {
                    a.aliases
                        .iter()
                        .chain(std::iter::once(&a.name))
                        .flat_map(|al| al.split_whitespace())
                        .map(|w| {
                            let case = if w.len() <= 4
                                && w.chars()
                                    .filter(|c| c.is_alphabetic())
                                    .all(|c| c.is_uppercase())
                            {
                                AliasCase::Exact(w.to_string())
                            } else if w.chars().next().is_some_and(|c| c.is_uppercase()) {
                                AliasCase::Capitalised
                            } else {
                                AliasCase::Any
                            };
                            (w.to_lowercase().replace('’', "'"), case)
                        })
                        .collect()
                })
                .collect()
        });
        all.get(actor).map_or(&[], Vec::as_slice)
    }

    /// The proposition normaliser's lexicon tables, built once.
    pub fn normaliser_tables(&self) -> &crate::propositions::LexiconTables {
        self.normaliser_tables
            .get_or_init(|| crate::propositions::LexiconTables::build(self))
    }
}

fn compile_cue(file: &SourceFile, c: &CueDef) -> Result<CueEntry, Diagnostic> {
    let stance = Stance::parse(c.stance.get_ref()).ok_or_else(|| {
        Diagnostic::new(
            &file.path,
            &file.text,
            c.stance.span(),
            format!("unknown stance `{}`", c.stance.get_ref()),
        )
        .with_label("not a stance")
        .with_help(Some(did_you_mean(
            c.stance.get_ref(),
            Stance::ALL.iter().map(|s| s.as_str()),
        )))
    })?;
    let frame = match c.frame.get_ref().as_str() {
        "verb" => CueFrame::Verb,
        "object-verb" => CueFrame::ObjectVerb,
        "np-verb" => CueFrame::NpVerb,
        "noun" => CueFrame::Noun,
        "preposition" => CueFrame::Preposition,
        other => {
            return Err(Diagnostic::new(
                &file.path,
                &file.text,
                c.frame.span(),
                format!("unknown cue frame `{other}`"),
            )
            .with_label("not a frame")
            .with_help(Some(did_you_mean(other, CueFrame::NAMES))))
        }
    };
    let lemma = c.lemma.get_ref().trim().to_lowercase();
    if lemma.is_empty() {
        return Err(Diagnostic::new(
            &file.path,
            &file.text,
            c.lemma.span(),
            "empty cue lemma",
        ));
    }
    let forms = if !c.forms.is_empty() {
        c.forms.iter().map(|f| f.to_lowercase()).collect()
    } else {
        match frame {
            CueFrame::Noun => {
                let plural = if lemma.ends_with('s') {
                    format!("{lemma}es")
                } else if lemma.ends_with('y') && !lemma.ends_with("ey") {
                    format!("{}ies", &lemma[..lemma.len() - 1])
                } else {
                    format!("{lemma}s")
                };
                vec![lemma.clone(), plural]
            }
            CueFrame::Preposition => vec![lemma.clone()],
            _ => verb_forms(&lemma).into_iter().map(|(f, _, _)| f).collect(),
        }
    };
    Ok(CueEntry {
        lemma,
        stance,
        frame,
        forms,
    })
}

fn compile_actor(file: &SourceFile, a: &ActorDef) -> Result<ActorEntry, Diagnostic> {
    const KINDS: [&str; 5] = ["person", "organisation", "country", "group", "unnamed"];
    let kind = match &a.kind {
        None => ActorKind::Organisation,
        Some(k) => match k.get_ref().as_str() {
            "person" => ActorKind::Person,
            "organisation" | "organization" => ActorKind::Organisation,
            "country" => ActorKind::Country,
            "group" => ActorKind::Group,
            "unnamed" => ActorKind::Unnamed,
            other => {
                return Err(Diagnostic::new(
                    &file.path,
                    &file.text,
                    k.span(),
                    format!("unknown actor kind `{other}`"),
                )
                .with_label("not an actor kind")
                .with_help(Some(did_you_mean(other, KINDS))))
            }
        },
    };
    Ok(ActorEntry {
        name: a.name.get_ref().clone(),
        kind,
        camp: a.camp.clone(),
        aliases: a.aliases.clone(),
        demonyms: a.demonyms.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word filter in front of `may_start_name`'s set never rules out a word of the set
    /// (aliases, demonyms and title words of the shipped lexicon), and rules out most others.
    #[test]
    fn name_start_filter_keeps_every_name_start() {
        let lex = crate::pipeline::Engine::shipped().lexicon;
        let mut starts: Vec<String> = lex
            .alias_index
            .keys()
            .chain(lex.demonyms.keys())
            .map(|k| k.to_string())
            .collect();
        starts.extend(lex.titles.iter().filter_map(|t| t.first().cloned()));
        assert!(starts.len() > 100, "{}", starts.len());
        for w in &starts {
            assert!(lex.may_start_name(w), "{w}");
        }
        let text = "and then they said it would be a long time before the vote was held";
        let ruled_out = text
            .split(' ')
            .filter(|w| !lex.name_starts.get().expect("built").0.may_hold(w))
            .count();
        assert!(ruled_out > 8, "{ruled_out}");
    }

    /// `cue_forms` finds every first word of the cue index (the filter never rules one
    /// out) and rules out most words of a plain sentence before hashing them.
    #[test]
    fn cue_filter_keeps_every_cue_start() {
        let lex = crate::pipeline::Engine::shipped().lexicon;
        assert!(lex.cue_index.len() > 500, "{}", lex.cue_index.len());
        for (w, list) in &lex.cue_index {
            assert_eq!(lex.cue_forms(w), Some(list), "{w}");
        }
        let text = "then the old bridge over the river would be a long walk from town";
        let filter = lex.cue_starts.get().expect("built");
        let ruled_out = text.split(' ').filter(|w| !filter.may_hold(w)).count();
        assert!(ruled_out > 8, "{ruled_out}");
    }

    /// The by-second-word buckets of the long cue lists give exactly the list positions whose
    /// form can match with the given next words (one-word forms, or forms whose second word
    /// is one of them), in list order.
    #[test]
    fn cue_buckets_give_the_forms_that_can_match() {
        let lex = crate::pipeline::Engine::shipped().lexicon;
        let list = &lex.cue_index["is"];
        assert!(list.len() >= CUE_BUCKET_MIN, "{}", list.len());
        let bucket = lex
            .cue_forms_by_second("is", list)
            .expect("'is' opens many cues");
        for seconds in [
            &["critical"][..],
            &["wary", "worried"],
            &["also"],
            &[],
            &["sure", "sure"],
        ] {
            let want: Vec<usize> = (0..list.len())
                .filter(|&k| {
                    list[k]
                        .rest
                        .first()
                        .is_none_or(|w| seconds.contains(&w.as_str()))
                })
                .collect();
            assert_eq!(bucket.positions(seconds), want, "{seconds:?}");
        }
        assert!(!bucket.positions(&["critical"]).is_empty());
        // a short list has no bucket, and a list that changed after the first use none either
        let said = &lex.cue_index["said"];
        assert!(said.len() < CUE_BUCKET_MIN);
        assert!(lex.cue_forms_by_second("said", said).is_none());
        assert!(lex.cue_forms_by_second("is", &list[1..]).is_none());
    }

    #[test]
    fn inflects_regular_and_irregular_verbs() {
        assert_eq!(inflect("deny"), ["denies", "denied", "denied", "denying"]);
        assert_eq!(inflect("seek"), ["seeks", "sought", "sought", "seeking"]);
        assert_eq!(inflect("bring")[1], "brought");
        assert_eq!(
            inflect("admit"),
            ["admits", "admitted", "admitted", "admitting"]
        );
        assert_eq!(
            inflect("endorse"),
            ["endorses", "endorsed", "endorsed", "endorsing"]
        );
        assert_eq!(inflect("tell"), ["tells", "told", "told", "telling"]);
        assert_eq!(inflect("warn"), ["warns", "warned", "warned", "warning"]);
        assert_eq!(
            inflect("stress"),
            ["stresses", "stressed", "stressed", "stressing"]
        );
        assert_eq!(inflect("agree"), ["agrees", "agreed", "agreed", "agreeing"]);
    }

    #[test]
    fn be_phrases_take_every_form_of_be() {
        let f: Vec<String> = verb_forms("be convinced")
            .into_iter()
            .map(|x| x.0)
            .collect();
        for form in [
            "is convinced",
            "was convinced",
            "are convinced",
            "were convinced",
        ] {
            assert!(f.contains(&form.to_string()), "{form} missing from {f:?}");
        }
    }

    #[test]
    fn multiword_forms_inflect_the_head() {
        let f: Vec<String> = verb_forms("play down").into_iter().map(|x| x.0).collect();
        assert_eq!(
            f,
            ["play down", "plays down", "played down", "playing down"]
        );
    }
}
