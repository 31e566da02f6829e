#!/usr/bin/env python3
"""Build rules/lexicon/cues.toml from the cue lists in ../shared/data/cues and a curated
stance/frame table.

usage: scripts/build-cues.py > rules/lexicon/cues.toml

Sources: the reporting-verb lists of Gender Gap Tracker, Guardian/JournalismAI and textacy,
and PolNeAR *train* cue strings with counts (>= 3). Every verb gets a stance: from the
curated table below, else "assert". The output is committed; re-run it after editing the
table, then `cargo test` (the lexicon test loads every entry and runs its examples).
"""
import re, sys, os

DATA = os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "cues")

IRREGULAR = {
    "say": ["says", "said", "said", "saying"], "tell": ["tells", "told", "told", "telling"],
    "think": ["thinks", "thought", "thought", "thinking"], "know": ["knows", "knew", "known", "knowing"],
    "write": ["writes", "wrote", "written", "writing"], "speak": ["speaks", "spoke", "spoken", "speaking"],
    "find": ["finds", "found", "found", "finding"], "show": ["shows", "showed", "shown", "showing"],
    "feel": ["feels", "felt", "felt", "feeling"], "hold": ["holds", "held", "held", "holding"],
    "give": ["gives", "gave", "given", "giving"], "see": ["sees", "saw", "seen", "seeing"],
    "hear": ["hears", "heard", "heard", "hearing"], "swear": ["swears", "swore", "sworn", "swearing"],
    "forecast": ["forecasts", "forecast", "forecast", "forecasting"], "put": ["puts", "put", "put", "putting"],
    "read": ["reads", "read", "read", "reading"], "teach": ["teaches", "taught", "taught", "teaching"],
    "go": ["goes", "went", "gone", "going"], "make": ["makes", "made", "made", "making"],
    "take": ["takes", "took", "taken", "taking"], "lay": ["lays", "laid", "laid", "laying"],
    "bet": ["bets", "bet", "bet", "betting"], "foresee": ["foresees", "foresaw", "foreseen", "foreseeing"],
    "understand": ["understands", "understood", "understood", "understanding"],
    "mean": ["means", "meant", "meant", "meaning"], "get": ["gets", "got", "gotten", "getting"],
    "come": ["comes", "came", "come", "coming"], "shoot": ["shoots", "shot", "shot", "shooting"],
    "seek": ["seeks", "sought", "sought", "seeking"], "spell": ["spells", "spelled", "spelled", "spelling"],
}
V = set("aeiou")

def inflect(v):
    if v in IRREGULAR:
        return IRREGULAR[v]
    n = len(v)
    third = v + "es" if v.endswith(("s", "sh", "ch", "x", "z")) else (v[:-1] + "ies" if v.endswith("y") and n > 1 and v[-2] not in V else v + "s")
    doubles = n >= 3 and v[-1] not in V and v[-1] not in "wxy" and v[-2] in V and v[-3] not in V and (n <= 4 or v.endswith(("mit", "cur", "pel", "bet")) or v == "refer")
    past = v + "d" if v.endswith("e") else (v[:-1] + "ied" if v.endswith("y") and n > 1 and v[-2] not in V else (v + v[-1] + "ed" if doubles else v + "ed"))
    ger = v[:-1] + "ing" if v.endswith("e") and not v.endswith("ee") and n > 2 else (v + v[-1] + "ing" if doubles else v + "ing")
    return [third, past, past, ger]

def candidates(w):
    """Possible lemmas of a verb form."""
    c = [w]
    if w.endswith("ed"):
        c += [w[:-2], w[:-1], w[:-3], w[:-3] + "y"]
    if w.endswith("ing"):
        c += [w[:-3], w[:-3] + "e", w[:-4]]
    if w.endswith("s"):
        c += [w[:-1], w[:-2], w[:-3] + "y"]
    return [x for x in c if len(x) > 2]

def prefer(a, b):
    """On a tie, prefer "determine" over "determin" and "add" over "adde"."""
    if a + "e" == b or b + "e" == a:
        stem = a if len(a) < len(b) else b
        wants_e = stem[-1] in "cvzu" or (len(stem) >= 3 and stem[-1] not in "aeiouwxy" and stem[-2] in "aeiou" and stem[-3] not in "aeiou")
        return (a.endswith("e") and len(a) > len(b)) == wants_e
    return len(a) < len(b)

def lemma_of(form, forms, curated):
    """The lemma whose inflections are best attested in the lists (two forms at least)."""
    for lem, fs in IRREGULAR.items():
        if form == lem or form in fs:
            return lem
    best, best_score = None, 0
    for c in candidates(form):
        if c != form and form not in inflect(c):
            continue
        score = len(({c} | set(inflect(c))) & forms) + (10 if c in curated else 0)
        if score > best_score or (score == best_score and best and prefer(c, best)):
            best, best_score = c, score
    return best if best_score >= 2 else None

# lemma -> (stance, frames). Frames: verb (clause or quote), object-verb (hearer first),
# np-verb (noun-phrase object is the content).
CURATED = {
    # denial and dispute
    "deny": ("deny", ["np-verb"]), "reject": ("deny", ["np-verb"]), "refute": ("deny", ["np-verb"]),
    "rebut": ("deny", ["np-verb"]), "dismiss": ("deny", ["np-verb"]), "disavow": ("deny", ["np-verb"]),
    "repudiate": ("deny", ["np-verb"]), "rule out": ("deny", ["np-verb"]), "brush off": ("downplay", ["np-verb"]),
    "brush aside": ("downplay", ["np-verb"]), "wave off": ("downplay", ["np-verb"]), "debunk": ("deny", ["np-verb"]),
    "dispute": ("dispute", ["np-verb", "verb"]), "challenge": ("dispute", ["np-verb"]),
    "question": ("dispute", ["np-verb", "verb"]), "doubt": ("dispute", ["verb", "np-verb"]), "contradict": ("dispute", ["np-verb"]),
    "disagree": ("dispute", ["verb"]), "push back on": ("dispute", ["np-verb"]), "oppose": ("dispute", ["np-verb"]),
    # downplay
    "play down": ("downplay", ["np-verb"]), "downplay": ("downplay", ["np-verb"]), "minimize": ("downplay", ["np-verb"]),
    "minimise": ("downplay", ["np-verb"]), "shrug off": ("downplay", ["np-verb"]), "belittle": ("downplay", ["np-verb"]),
    "make light of": ("downplay", ["np-verb"]), "scoff at": ("downplay", ["np-verb"]),
    # endorsement and support
    "endorse": ("endorse", ["np-verb"]), "back": ("endorse", ["np-verb"]), "support": ("endorse", ["np-verb"]),
    "corroborate": ("endorse", ["np-verb"]), "affirm": ("endorse", ["verb", "np-verb"]), "uphold": ("endorse", ["np-verb"]),
    "validate": ("endorse", ["np-verb"]), "echo": ("endorse", ["np-verb"]), "embrace": ("endorse", ["np-verb"]),
    "defend": ("endorse", ["np-verb"]), "welcome": ("endorse", ["np-verb"]), "praise": ("endorse", ["np-verb"]),
    "favor": ("endorse", ["np-verb"]), "favour": ("endorse", ["np-verb"]), "champion": ("endorse", ["np-verb"]),
    "tout": ("endorse", ["np-verb"]), "hail": ("endorse", ["np-verb"]), "applaud": ("endorse", ["np-verb"]),
    "come out in support of": ("endorse", ["np-verb"]), "confirm": ("endorse", ["verb", "np-verb"]),
    "agree": ("endorse", ["verb", "np-verb"]), "accept": ("endorse", ["verb", "np-verb"]), "vote for": ("endorse", ["np-verb"]),
    "advocate": ("endorse", ["np-verb"]), "promote": ("endorse", ["np-verb"]), "push for": ("endorse", ["np-verb"]),
    "call for": ("assert", ["np-verb"]), "propose": ("assert", ["np-verb", "verb"]), "recommend": ("assert", ["verb", "np-verb"]),
    "urge": ("assert", ["object-verb", "verb"]), "demand": ("assert", ["verb", "np-verb"]),
    # accusation and criticism
    "accuse": ("accuse", ["np-verb"]), "blame": ("accuse", ["np-verb"]), "charge": ("accuse", ["verb", "np-verb"]),
    "allege": ("accuse", ["verb"]), "criticize": ("accuse", ["np-verb", "verb"]), "criticise": ("accuse", ["np-verb"]),
    "condemn": ("accuse", ["np-verb"]), "denounce": ("accuse", ["np-verb"]), "attack": ("accuse", ["np-verb"]),
    "slam": ("accuse", ["np-verb"]), "blast": ("accuse", ["np-verb"]), "fault": ("accuse", ["np-verb"]),
    "lambast": ("accuse", ["np-verb"]), "decry": ("accuse", ["np-verb"]), "assail": ("accuse", ["np-verb"]),
    "rail against": ("accuse", ["np-verb"]), "lash out at": ("accuse", ["np-verb"]), "take aim at": ("accuse", ["np-verb"]),
    "mock": ("accuse", ["np-verb"]), "knock": ("accuse", ["np-verb"]), "rip": ("accuse", ["np-verb"]),
    "go after": ("accuse", ["np-verb"]), "complain": ("accuse", ["verb", "np-verb"]), "lament": ("accuse", ["verb", "np-verb"]),
    # admission
    "admit": ("admit", ["verb", "np-verb"]), "concede": ("admit", ["verb", "np-verb"]), "acknowledge": ("admit", ["verb", "np-verb"]),
    "confess": ("admit", ["verb"]), "recognize": ("admit", ["verb", "np-verb"]),
    # warning
    "warn": ("warn", ["object-verb", "verb", "np-verb"]), "caution": ("warn", ["object-verb", "verb"]),
    "alert": ("warn", ["object-verb"]), "threaten": ("warn", ["verb"]), "fear": ("warn", ["verb", "np-verb"]),
    "worry": ("warn", ["verb"]),
    # promises
    "promise": ("promise", ["object-verb", "verb", "np-verb"]), "vow": ("promise", ["verb", "np-verb"]), "pledge": ("promise", ["verb", "np-verb"]),
    "guarantee": ("promise", ["verb", "np-verb"]), "swear": ("promise", ["verb"]),
    # questions
    "ask": ("question", ["object-verb", "verb"]), "wonder": ("question", ["verb"]), "inquire": ("question", ["verb"]),
    # belief and knowledge
    "believe": ("believe", ["verb", "np-verb"]), "think": ("believe", ["verb", "np-verb"]), "know": ("believe", ["verb"]),
    "expect": ("believe", ["verb", "np-verb"]), "hope": ("believe", ["verb"]), "suspect": ("believe", ["verb"]),
    "assume": ("believe", ["verb"]), "guess": ("believe", ["verb"]), "reckon": ("believe", ["verb"]),
    "suppose": ("believe", ["verb"]), "understand": ("believe", ["verb"]), "realize": ("believe", ["verb"]),
    "feel": ("believe", ["verb"]), "learn": ("believe", ["verb"]),
    "be convinced": ("believe", ["verb"]), "be confident": ("believe", ["verb"]), "be sure": ("believe", ["verb"]),
    "be concerned": ("warn", ["verb"]), "be worried": ("warn", ["verb"]), "be aware": ("believe", ["verb"]),
    "want": ("assert", ["verb", "np-verb"]), "plan": ("assert", ["verb"]), "seek": ("assert", ["np-verb"]),
    "prefer": ("assert", ["np-verb", "verb"]), "intend": ("assert", ["verb"]),
    # hearer verbs
    "tell": ("assert", ["object-verb"]), "inform": ("assert", ["object-verb"]), "assure": ("assert", ["object-verb"]),
    "convince": ("assert", ["object-verb"]), "persuade": ("assert", ["object-verb"]),
    "advise": ("assert", ["object-verb"]), "brief": ("assert", ["object-verb"]), "notify": ("assert", ["object-verb"]),
    "reassure": ("assert", ["object-verb"]), "call on": ("assert", ["object-verb"]), "encourage": ("assert", ["object-verb"]),
    # speech verbs that also take a noun phrase
    "cite": ("assert", ["np-verb"]), "mention": ("assert", ["verb", "np-verb"]), "describe": ("assert", ["np-verb"]),
    "announce": ("assert", ["verb", "np-verb"]), "reveal": ("assert", ["verb", "np-verb"]), "disclose": ("assert", ["verb", "np-verb"]),
    "report": ("assert", ["verb", "np-verb"]), "point to": ("assert", ["np-verb"]), "refer to": ("assert", ["np-verb"]),
    "talk about": ("assert", ["np-verb"]), "speak about": ("assert", ["np-verb"]), "discuss": ("assert", ["np-verb"]),
    "point out": ("assert", ["verb"]), "go on to say": ("assert", ["verb"]), "make clear": ("assert", ["verb"]),
    "make it clear": ("assert", ["verb"]), "weigh in": ("assert", ["verb"]), "express": ("assert", ["np-verb"]),
    "outline": ("assert", ["np-verb"]), "unveil": ("assert", ["np-verb"]), "predict": ("assert", ["verb", "np-verb"]),
    "estimate": ("assert", ["verb", "np-verb"]), "show": ("assert", ["verb", "np-verb"]), "find": ("assert", ["verb"]),
    "suggest": ("assert", ["verb", "np-verb"]), "indicate": ("assert", ["verb", "np-verb"]), "call": ("assert", ["verb"]),
    "highlight": ("assert", ["np-verb"]), "stress": ("assert", ["verb", "np-verb"]), "emphasize": ("assert", ["verb", "np-verb"]),
    "emphasise": ("assert", ["verb", "np-verb"]), "tweet": ("assert", ["verb"]), "post": ("assert", ["verb"]),
    "quote": ("assert", ["np-verb"]), "recount": ("assert", ["verb", "np-verb"]), "recall": ("assert", ["verb", "np-verb"]),
    # speech verbs attested in PolNeAR train cues (cue precision >= 0.6) that the lists miss
    "claim": ("assert", ["verb"]), "reiterate": ("assert", ["verb", "np-verb"]), "remark": ("assert", ["verb"]),
    "joke": ("assert", ["verb", "np-verb"]), "boast": ("assert", ["verb"]), "comment": ("assert", ["verb"]),
    "muse": ("assert", ["verb"]), "speculate": ("believe", ["verb"]), "interject": ("assert", ["verb"]),
    "email": ("assert", ["verb"]), "plead": ("assert", ["verb"]), "hint": ("assert", ["verb"]),
    "signal": ("assert", ["verb", "np-verb"]), "project": ("assert", ["verb"]),
    "voice": ("assert", ["np-verb"]), "retweet": ("endorse", ["np-verb"]), "side with": ("endorse", ["np-verb"]),
    "credit": ("endorse", ["np-verb"]), "congratulate": ("endorse", ["np-verb"]), "rebuke": ("accuse", ["np-verb"]),
    "deride": ("accuse", ["np-verb"]), "bemoan": ("accuse", ["np-verb"]), "liken": ("accuse", ["np-verb"]),
    "balk at": ("dispute", ["np-verb"]), "distance himself from": ("dispute", ["np-verb"]),
    "distance herself from": ("dispute", ["np-verb"]), "portray": ("assert", ["np-verb"]),
    "detail": ("assert", ["np-verb"]), "document": ("assert", ["np-verb"]), "brag": ("assert", ["verb"]),
    "double down on": ("endorse", ["np-verb"]), "allude to": ("assert", ["np-verb"]), "single out": ("accuse", ["np-verb"]),
    "rail": ("accuse", ["verb"]), "comment on": ("assert", ["np-verb"]), "believe in": ("believe", ["np-verb"]),
    "speak of": ("assert", ["np-verb"]),
    # PolNeAR train cue forms with cue precision >= 0.5 over their train occurrences
    "offer": ("assert", ["np-verb"]), "thank": ("endorse", ["np-verb"]),
    "shout": ("assert", ["verb"]), "chant": ("assert", ["verb"]), "deem": ("assert", ["np-verb", "verb"]),
    "invoke": ("assert", ["np-verb"]), "reaffirm": ("endorse", ["verb", "np-verb"]),
    "envision": ("believe", ["verb", "np-verb"]), "foresee": ("believe", ["verb", "np-verb"]),
    "insult": ("accuse", ["np-verb"]), "chide": ("accuse", ["np-verb"]), "vouch for": ("endorse", ["np-verb"]),
    "regard": ("believe", ["np-verb"]), "articulate": ("assert", ["np-verb"]), "characterize": ("assert", ["np-verb"]),
    "list": ("assert", ["np-verb"]),
    # ... and cue precision >= 0.3 (measured on train, kept when dev agrees)
    "apologize for": ("admit", ["np-verb"]), "approve": ("endorse", ["np-verb"]),
    "contemplate": ("believe", ["np-verb"]), "critique": ("accuse", ["np-verb"]),
    "dislike": ("dispute", ["np-verb"]), "dwell on": ("assert", ["np-verb"]),
    "imagine": ("believe", ["verb"]), "interpret": ("assert", ["np-verb"]), "lay out": ("assert", ["np-verb"]),
    "paint": ("assert", ["np-verb"]),
    "rebuff": ("deny", ["np-verb"]), "resist": ("dispute", ["np-verb"]), "swipe at": ("accuse", ["np-verb"]),
    "underscore": ("assert", ["verb", "np-verb"]), "utter": ("assert", ["np-verb"]), "yell": ("assert", ["verb"]),
    # words an earlier list stopped, re-measured one by one on PolNeAR train (each raised
    # content overlap F1 there without lowering source or cue F1; figures in the commit messages)
    "see": ("believe", ["np-verb"]),
    # session 7: "Germany views itself as a leader", "Some view Trump's nomination as a
    # takeover" (the noun "view" stays a noun cue of its own)
    "view": ("believe", ["np-verb"]),
    "consider": ("believe", ["np-verb", "verb"]), "read": ("assert", ["verb"]),
    "nominate": ("endorse", ["np-verb"]), "identify": ("assert", ["np-verb"]),
    "attribute": ("assert", ["np-verb"]), "opine": ("assert", ["verb"]), "trumpet": ("endorse", ["np-verb"]),
    "dub": ("assert", ["np-verb"]), "mull": ("believe", ["np-verb"]), "be thrilled": ("endorse", ["verb"]),
    "be wary": ("warn", ["verb"]), "notice": ("believe", ["verb"]), "frame": ("assert", ["np-verb"]),
    "sound off on": ("assert", ["np-verb"]), "vote against": ("dispute", ["np-verb"]),
    "title": ("assert", ["np-verb"]), "focus on": ("assert", ["np-verb"]), "share": ("assert", ["np-verb"]),
    # rarer speech and evaluation verbs, measured on train as one batch, each alone not lowering
    # content, source or cue F1 there (rejected the same way: maintain, protest, cry, label,
    # recite, whisper, excoriate, scold, taunt, berate). Not "cast": it passes on train (19 right
    # of 37, "cast X as Y", "cast their votes for"), but "cast a pall over" is a typical claim no
    # reader wants. Not "order" (np-verb: 14 right of 17 on train): an order does not hold its
    # content true, yet as "assert" it corroborates ("Putin ordered the mission cut 755
    # personnel" would back a claim that it was cut); it needs a directive stance first.
    "quip": ("assert", ["verb"]), "retort": ("assert", ["verb"]), "gush": ("endorse", ["verb"]),
    "posit": ("assert", ["verb"]), "hypothesize": ("believe", ["verb"]), "forecast": ("assert", ["verb"]),
    "fume": ("accuse", ["verb"]), "harangue": ("accuse", ["np-verb"]), "savage": ("accuse", ["np-verb"]),
    "admonish": ("accuse", ["np-verb"]), "reprimand": ("accuse", ["np-verb"]), "surmise": ("believe", ["verb"]),
    "intimate": ("assert", ["verb"]), "laud": ("endorse", ["np-verb"]), "herald": ("endorse", ["np-verb"]),
    "vent": ("accuse", ["verb"]), "peg": ("assert", ["np-verb"]), "prescribe": ("assert", ["np-verb"]),
    "relish": ("endorse", ["np-verb"]), "spell out": ("assert", ["np-verb"]), "query": ("question", ["verb"]),
    "pronounce": ("assert", ["np-verb"]), "veto": ("deny", ["np-verb"]), "scoff": ("downplay", ["verb"]),
    "needle": ("accuse", ["np-verb"]),
    # adjective phrases (be + adjective + preposition takes a noun phrase, be + adjective a clause),
    # each measured alone on train like the batches above (rejected: be for, be clear, be angry,
    # be afraid, be certain, be confident in, be committed to, be aware of, be surprised)
    "eviscerate": ("accuse", ["np-verb"]), "be critical of": ("accuse", ["np-verb"]),
    "be hostile to": ("dispute", ["np-verb"]), "be angry about": ("accuse", ["np-verb"]),
    "be concerned about": ("warn", ["np-verb"]), "be worried about": ("warn", ["np-verb"]),
    "be outraged by": ("accuse", ["np-verb"]), "be wary of": ("warn", ["np-verb"]),
    "be unhappy with": ("accuse", ["np-verb"]), "be sympathetic to": ("endorse", ["np-verb"]),
    "be against": ("dispute", ["np-verb"]), "be impressed with": ("endorse", ["np-verb"]),
    "be pleased with": ("endorse", ["np-verb"]), "be clear about": ("assert", ["np-verb"]),
    "be glad": ("endorse", ["verb"]), "be disappointed": ("accuse", ["verb"]),
    "be optimistic": ("believe", ["verb"]), "be hopeful": ("believe", ["verb"]),
    "decide": ("assert", ["verb"]), "be eager": ("assert", ["verb"]),
    # the writer's hedge on a subject: "X seems to Y" (source unnamed, see claims::seem_appear)
    "seem": ("believe", ["verb"]), "appear": ("believe", ["verb"]),
    "be adamant": ("assert", ["verb"]), "be doubtful": ("dispute", ["verb"]),
    # phrasal and multiword stance verbs, and two the STOP set had (compare, appoint), each
    # measured alone on train (rejected: like, love, hold, ignore, adopt, sue, brand, ensure,
    # campaign for/against, fight for, stand by, break with, seize on, figure, bet, insist on,
    # aim at)
    "compare": ("assert", ["np-verb"]), "appoint": ("endorse", ["np-verb"]),
    "raise questions about": ("dispute", ["np-verb"]), "laugh off": ("downplay", ["np-verb"]),
    "take issue with": ("dispute", ["np-verb"]), "take credit for": ("assert", ["np-verb"]),
    "make the case": ("assert", ["verb"]), "weigh in on": ("assert", ["np-verb"]),
    "speak out against": ("accuse", ["np-verb"]), "speak out": ("assert", ["verb"]),
    "fire back": ("assert", ["verb"]), "push back against": ("dispute", ["np-verb"]),
    "come out against": ("dispute", ["np-verb"]), "back away from": ("dispute", ["np-verb"]),
    "walk back": ("deny", ["np-verb"]), "call out": ("accuse", ["np-verb"]),
    "get behind": ("endorse", ["np-verb"]), "line up behind": ("endorse", ["np-verb"]),
    "pile on": ("accuse", ["np-verb"]), "take a swipe at": ("accuse", ["np-verb"]),
    "take a shot at": ("accuse", ["np-verb"]), "argue for": ("endorse", ["np-verb"]),
    "argue against": ("dispute", ["np-verb"]), "lobby for": ("endorse", ["np-verb"]),
    "reason": ("believe", ["verb"]), "heap praise on": ("endorse", ["np-verb"]),
    "rip into": ("accuse", ["np-verb"]), "count on": ("believe", ["np-verb"]),
    "touch on": ("assert", ["np-verb"]), "cheer": ("endorse", ["np-verb"]),
    "rattle off": ("assert", ["np-verb"]), "be startled": ("assert", ["verb"]),
    "be angered by": ("accuse", ["np-verb"]), "expose": ("accuse", ["np-verb"]),
    # the lists give "argue" a clause; PolNeAR also has "argued the opposite"
    "argue": ("assert", ["verb", "np-verb"]),
    "say in a statement": ("assert", ["verb"]), "say in an interview": ("assert", ["verb"]),
    # (not "say of" as an np-verb: "said of Clinton: C" reads better as "said" with the
    # quote; leaving it out raised train content F1 by 0.0002 and dev by the same)
    "write in a statement": ("assert", ["verb"]),
    # gold cues the system never predicted (session 4), each measured alone on PolNeAR train
    # through --rules and kept when content overlap F1 rose without cue or source F1 falling
    # and at least two of its claims paired with gold (the batch: train content +0.0037, cue
    # +0.0036, source +0.0040). Rejected the same way (F1 fell, or the cue was mostly wrong):
    # allow, address, adopt, back ("backing"), call, cover, deliver, determine (verb), feature,
    # hit, include, look at, maintain, mean, opposition to, pass, pitch, provide, publish,
    # push, raise, release, rule (verb), see ("saw"), sign, sue, target, try, vote (verb),
    # watch, would like, like, love, be expected, attack on, reportedly (as a preposition); and
    # "criticism of" as an np-verb (it passes, but takes "He avoided direct" as the source).
    "agree with": ("endorse", ["np-verb"]), "ask for": ("assert", ["np-verb"]),
    "respond to": ("assert", ["np-verb"]), "talk": ("assert", ["verb"]), "sound": ("assert", ["verb"]),
    "issue": ("assert", ["np-verb"]), "file": ("assert", ["np-verb"]), "name": ("endorse", ["np-verb"]),
    "put it": ("assert", ["verb"]), "strike down": ("deny", ["np-verb"]),
    "worry about": ("warn", ["np-verb"]),
    "press": ("question", ["object-verb"]), "press for": ("endorse", ["np-verb"]),
    "present": ("assert", ["np-verb"]), "trash": ("accuse", ["np-verb"]), "bash": ("accuse", ["np-verb"]),
    "throw his support behind": ("endorse", ["np-verb"]), "throw her support behind": ("endorse", ["np-verb"]),
    "throw their support behind": ("endorse", ["np-verb"]), "revile": ("accuse", ["np-verb"]),
    "brag about": ("assert", ["np-verb"]), "write about": ("assert", ["np-verb"]),
    # second batch, measured the same way (train content +0.0009, cue +0.0008, source +0.0007).
    # Rejected: "ask" as an np-verb (+13 right of 21 on train, none right on dev, and "a
    # Republican who asked not to be named" becomes a claim), "tell" as a clause verb (+21 right of 40 on train, but none right on dev and
    # "tell more jokes" becomes a claim), be seen as / be viewed as / be unclear / remind (the
    # source is wrong: PolNeAR leaves it unnamed), hammer, hate, introduce, speak to, block,
    # know / explain / note / write as np-verbs, endorse / oppose / support / deny / describe as
    # clause verbs, and 60 nouns taking a that-clause (opinion, position, evidence, interview,
    # news, sign, ruling, decision, ...: none raised train F1 by two right claims).
    "look for": ("assert", ["np-verb"]), "vote in favor of": ("endorse", ["np-verb"]),
    "hope for": ("believe", ["np-verb"]), "calculate": ("assert", ["verb"]), "hint at": ("assert", ["np-verb"]),
    "anticipate": ("believe", ["verb", "np-verb"]), "caution against": ("warn", ["np-verb"]),
    # a sweep of every verb among the train cue strings (4+ occurrences) that the lexicon lacks,
    # each tried as np-verb and as clause verb: only "contrast" ("contrasted his record with
    # hers", like "compare") is kept. Passing but left out as no claim a fact-checker wants:
    # witness, prohibit ("Federal law prohibits X"), rename. Lowering F1: require, surprise,
    # judge, hire, plot, debate, campaign, elect, follow, prove, represent, mark, pick, launch,
    # reflect, hear, experience, invite, pursue, display, anger, appeal, define, record, impose,
    # broadcast, enjoy, alarm, scare, pressure.
    "contrast": ("assert", ["np-verb"]),
    # "reminded voters of his record": the hearer and the content as one object (measured after
    # the lead's relative-clause subjects; before them it lowered source F1)
    "remind": ("assert", ["object-verb", "np-verb"]),
    # session 5: gold cues of PolNeAR train that no claim predicted (stance verbs, phrasal and
    # adjective phrases), each measured alone on train through --rules and kept when content
    # and cue overlap F1 rose without source F1 falling; the kept ones then measured as one
    # batch (figures in the commit message). Most are rare (one to five train claims each):
    # the gain is the long tail taken together. Rejected the same way (F1 fell, or no claim
    # paired): see "Session 5, rejected" above FORMS.
    "chastise": ("accuse", ["np-verb"]), "smear": ("accuse", ["np-verb"]),
    "poke fun at": ("accuse", ["np-verb"]), "rubbish": ("deny", ["np-verb"]),
    "rule against": ("deny", ["np-verb"]), "object to": ("dispute", ["np-verb"]),
    "retract": ("deny", ["np-verb"]), "object": ("dispute", ["verb"]),
    "shoot back": ("assert", ["verb"]), "admire": ("endorse", ["np-verb"]),
    "extol": ("endorse", ["np-verb"]), "commend": ("endorse", ["np-verb"]),
    "speak highly of": ("endorse", ["np-verb"]), "pay tribute to": ("endorse", ["np-verb"]),
    "play up": ("assert", ["np-verb"]), "make a case for": ("endorse", ["np-verb"]),
    "concur": ("endorse", ["verb"]), "ponder": ("believe", ["np-verb"]),
    "hold forth on": ("assert", ["np-verb"]), "open up about": ("assert", ["np-verb"]),
    "boast of": ("assert", ["np-verb"]), "make no secret of": ("assert", ["np-verb"]),
    "make the point": ("assert", ["verb"]), "bring up": ("assert", ["np-verb"]),
    "parrot": ("assert", ["np-verb"]), "boom": ("assert", ["verb"]), "bark": ("assert", ["verb"]),
    "gloat": ("assert", ["verb"]), "confide": ("assert", ["verb"]), "conflate": ("assert", ["np-verb"]),
    "resent": ("accuse", ["np-verb"]), "foretell": ("assert", ["np-verb"]),
    "spar over": ("dispute", ["np-verb"]), "instruct": ("assert", ["object-verb"]),
    "be lukewarm about": ("dispute", ["np-verb"]), "be divided over": ("dispute", ["np-verb"]),
    "be split on": ("dispute", ["np-verb"]),
    "speak out about": ("assert", ["np-verb"]), "take a position on": ("assert", ["np-verb"]),
    "go easy on": ("downplay", ["np-verb"]), "light into": ("accuse", ["np-verb"]),
    "write of": ("assert", ["np-verb"]), "muse about": ("assert", ["np-verb"]),
    "complain of": ("accuse", ["np-verb"]), "agonize over": ("warn", ["np-verb"]),
    "disapprove of": ("dispute", ["np-verb"]), "specify": ("assert", ["verb"]),
    "nickname": ("assert", ["np-verb"]), "put out": ("assert", ["np-verb"]),
    "circulate": ("assert", ["np-verb"]), "publicize": ("assert", ["np-verb"]),
    "cheer on": ("endorse", ["np-verb"]), "rant about": ("accuse", ["np-verb"]),
    # session 5, second batch (measured the same way, then together)
    "acquiesce to": ("endorse", ["np-verb"]), "acquiesce": ("endorse", ["verb"]),
    "opt against": ("dispute", ["np-verb"]), "remain vague about": ("downplay", ["np-verb"]),
    "be a supporter of": ("endorse", ["np-verb"]), "be no fan of": ("dispute", ["np-verb"]),
    "be furious at": ("accuse", ["np-verb"]), "be dedicated to": ("endorse", ["np-verb"]),
    "be devoted to": ("endorse", ["np-verb"]), "be tired of": ("accuse", ["np-verb"]),
    "be delighted by": ("endorse", ["np-verb"]), "be distrustful of": ("dispute", ["np-verb"]),
    "be upfront about": ("assert", ["np-verb"]),
    # third batch
    "revisit": ("assert", ["np-verb"]), "regret": ("admit", ["np-verb"]),
}

# Session 5, rejected: each tried alone on PolNeAR train through --rules (lemma/frame as
# written), lowering content, cue or source overlap F1 there, or leaving content F1 unchanged.
# Do not re-add them without a pattern change that fixes the reason.
#   np-verb, accuse/deny/dispute: ridicule, scorn, skewer, demonize,
#     disparage, pillory, lecture, scold, take shots at, spurn, turn down, shoot down, renounce
#     (5 claims, 3 right, but source and cue F1 fell), skirt, distrust, mistrust, come down on,
#     part ways with, break ranks with, split with, deplore, loathe, crusade against, harp on,
#     zero in on, clash over; verb: push back, hit back, spar, clash, grouse, rant, snap, scream
#   np-verb, endorse: sponsor and co-sponsor (the bill's sponsor is not its content's
#     speaker: 6 claims, 1 cue right), stand with, rally around, stick with, sign on to, idolize,
#     cherish, root for, talk up, approve of, warm to, stump for, rally support for, trust,
#     be open to, be receptive to; verb: hail, verify
#   np-verb, assert/believe: profess (both frames), entertain, weigh ("weigh a run": cue
#     wrong), speak on (16 claims, 4 right: "spoke on condition of anonymity"), ask about (+10
#     right of 14, yet content F1 fell: it takes over "asked about X, he said C"), put forth,
#     float, broach, coin, underestimate, mourn, lean toward, mull over, wrestle with, grapple
#     with, talk of, reflect on, assess, depict, term, christen, relay, spotlight, showcase,
#     leak, seize upon, make the argument (verb), underline (both), volunteer, venture, chime
#     in, interrupt, blog, marvel, be skeptical of, be divided on, be at odds with, be happy
#     about, be frustrated by, be angry at, be ready (verb: "ready to" is no claim)
#   object-verb: beg, counsel, lobby, plead with, challenge (38 claims, 19 paired, source
#     and cue F1 fell); implore and exhort give no claim on train at all: their content is an
#     infinitive ("implored voters to ..."), which needs the verb in claims.rs INFINITIVE_CUES
#   noun + preposition as np-verb: support for, praise for, accusations of, allegations of
#     (the source is taken from the wrong noun phrase, as with "criticism of")
#   noun: plea, feeling, theory, reminder, reaction, projection, hunch, tweet, support,
#     attack, accusation, dismissal, implication, backing
#   no train F1 change (left out: unmeasured): castigate, bristle at, put forward, be upset,
#     be unsure, be shocked (cue/source up, content flat), turn against, revere, boast about,
#     repeat and explain as np-verbs, sum up, acclaim, call upon, warn about, defer to, despise,
#     lament as np-verb, and the nouns fear, vow, demand, call, forecast, guess, quip, joke,
#     boast, retort, reply, post, praise, rebuke; about 190 more (be coy about, be mum on,
#     fret, pooh-pooh, cast doubt on, ...) never occur in train in a shape that gives a claim.
#   Also not kept though it passed: "reprise" ("reprising her role" is acting, 1 of 3 right).
#   Second batch, lowering F1: rely on (20 claims, 4 right), care about, opt for, stick to,
#     boo ("was booed": the booers are not named), remain confident, draw attention to, rise to
#     the defense of, give voice to, leave no doubt, take a firm stance against, be an outspoken
#     critic of, be an ally of, be alarmed at, be well aware of, be committed, be unclear (16
#     claims, 8 right: "it is unclear whether" has no source), be uncertain, be quick to (11
#     claims, 6 right), be loath to, be enthusiastic; no change: keep mum about, call attention
#     to, be reluctant to, be thrilled with, be sick of; passing but left out as one-phrase
#     variants that a pattern should cover (an adverb or adjective inside a be-phrase): be a
#     strong supporter of, be an outspoken supporter of, be acutely aware; and be full of, be
#     careful to (one claim each, no clear stance). About 110 more be-phrases (be afraid of, be
#     excited about, be a critic of, be grateful for, remain silent on, sound the alarm, ...)
#     gave no claim on train at all: in PolNeAR they mostly sit inside another cue's content
#     ("said they are afraid of X") or as an appositive ("X, a critic of Y").
#   Third batch: "overturn" (np-verb, deny) passed on train (+1 right of 2) but turns "his
#     decision was overturned by an appeals court" into a second claim where
#     claims::tests::a_new_clause_after_a_comma_ends_the_content wants one; left out.
#   Lowering F1: invalidate, mandate, withdraw, negotiate, crack ("cracked"
#     jokes: 8 claims, 1 cue right), submit, establish (verb), capture (28 claims, 2 right),
#     suspend, restrict, limit, overrule, reverse, repeal, reinstate, enact, sign off on, rule
#     (verb: 41 claims, 6 cues right), side with (verb), reflect on, weigh in with, resonate
#     with, appeal to, embrace (verb), shrug, bristle, apologize, regret (verb); no claim or no
#     change: exemplify, uphold (verb), scrap, green-light, okay, find against, buy into,
#     subscribe to, cling to, demur, balk, recoil, cringe, scoff (np-verb), concede (verb:
#     already there), own up to, come clean about, fess up; passing but left out on reading
#     their claims: fall for ("has been falling for decades"), ratify ("could ratify Clinton's
#     nomination in the minds of voters").

# Verbs whose forms the loader's regular rules get wrong ("prefered", "rebuted", "quiped",
# "echos", "upholded"): their forms are written out in the file, in the order base, 3rd
# person, past, gerund (tests/lexicon_cues.rs tries the third as the past, else the last).
FORMS = {
    "prefer": ["prefer", "prefers", "preferred", "preferring"],
    "rebut": ["rebut", "rebuts", "rebutted", "rebutting"],
    "shrug": ["shrug", "shrugs", "shrugged", "shrugging"],
    "uphold": ["uphold", "upholds", "upheld", "upholding"],
    "retell": ["retell", "retells", "retold", "retelling"],
    "veto": ["veto", "vetoes", "vetoed", "vetoing"],
    "quip": ["quip", "quips", "quipped", "quipping"],
    "echo": ["echo", "echoes", "echoed", "echoing"],
    # only the present: "the headline reads: C"; "read" also reads books ("He read the story again")
    "read": ["reads"],
    # "X sees Y as Z"; "saw" and "seen" are mostly events ("a year that saw X", "has seen a
    # surge"): all forms together scored lower on PolNeAR train than these two
    "see": ["see", "sees"],
    "view": ["view", "views", "viewed"],
    "strike": ["strike", "strikes", "struck", "striking"],
    "throw": ["throw", "throws", "threw", "throwing", "thrown"],
    # the loader's irregular table lacked "seek", so "sought" was never matched (13 gold cues
    # on train never predicted); with it train content +0.0005, cue +0.0005, source +0.0003
    # (src/lexicon.rs IRREGULAR now has seek, bring, shoot, pay, foretell, light, strike,
    # throw, uphold and retell too, for user rule files; the forms here stay explicit)
    "seek": ["seek", "seeks", "sought", "seeking"],
    # session 5: heads the loader's irregular table lacked ("shooted back", "bringed up",
    # "payed tribute", "foretelled", "lighted into"), and "boom" only as a past ("the economy
    # was booming", "the tech boom": 3 of its 5 train claims were wrong with every form)
    "shoot": ["shoot", "shoots", "shot", "shooting"],
    "bring": ["bring", "brings", "brought", "bringing"],
    "pay": ["pay", "pays", "paid", "paying"],
    "foretell": ["foretell", "foretells", "foretold", "foretelling"],
    "light": ["light", "lights", "lit", "lighting"],
    "extol": ["extol", "extols", "extolled", "extolling"],
    "boom": ["boomed"],
    # the regular rules double a short verb's last consonant ("spar" -> "sparred"), which
    # "open" must not ("openned up about" never matched)
    "open": ["open", "opens", "opened", "opening"],
}

# Forms added to a cue beside its generated (or written-out) ones. "would vote for": the
# poll phrasing ("56 percent would vote for Clinton"; 4 of its 5 train claims right), where
# the bare "vote for" stays out (the noun: "the vote for Clinton").
EXTRA_FORMS = {
    "vote for": ["would vote for"],
    # session 6: the passive judgements PolNeAR marks ("is known as", "is best known for",
    # "is seen as"), where the bare "known" and "seen" stay out
    # (the claims pass takes them only after a form of "be": "chemicals known as HFCs" is a name)
    "know": ["known as", "known for"],
    "see": ["seen as"],
}

# Forms left out of a verb cue because on PolNeAR train they are mostly something else (the
# noun "the state", "an attack", "the contest"; "supposed to"; "well known"; "regarding" as a
# preposition): each leaving-out raised train content overlap F1 without lowering source or
# cue F1 (measured one at a time through --rules). Gone as a whole the same way: "contest"
# ("the contest", "contested convention": 43 claims on train, 9 right), "celebrate",
# "elaborate" (mostly the adjective), "request" ("requested anonymity").
DROP = {
    "state": {"state", "states"}, "email": {"email", "emails", "emailing"},
    "suppose": {"supposed"}, "know": {"known"}, "answer": {"answers"},
    "list": {"list"}, "regard": {"regarding"}, "back": {"back", "backs", "backing"}, "suspect": {"suspect"},
    "credit": {"credit"}, "call": {"call"}, "focus on": {"focus"}, "vote for": {"vote", "votes", "voting"},
    "attack": {"attack", "attacks"}, "plan": {"plan"}, "share": {"shares"},
    "embrace": {"embraced"},
    # session 4: the noun ("peace talks", "the sound of", "the issue", "a file", "the name",
    # "the present", "the press") and, for "talk", "talking" ("talking points")
    "talk": {"talk", "talks", "talking"}, "sound": {"sound", "sounds", "sounding"},
    "issue": {"issue", "issues", "issuing"}, "file": {"file", "filing"}, "name": {"name"},
    "present": {"present"}, "press": {"press"},
    # forms under 40% right on train whose leaving-out raised train content, cue and source F1
    # (the adverb "back", "to find a way", "add to", "accepting donations")
    "find": {"find"}, "add": {"add"}, "accept": {"accepting"},
}

NOUNS = {
    "assert": ["statement", "claim", "report", "remark", "comment", "announcement", "assertion", "argument",
               "testimony", "memo", "study", "survey", "poll", "analysis", "word", "account", "message",
               "suggestion", "estimate", "allegation", "charge", "prediction", "assessment", "conclusion",
               "finding", "contention", "notion", "idea", "view", "belief", "rumor", "rumour", "speculation",
               "insistence", "explanation", "argument", "promise", "proposal", "plan", "advice", "assurance"],
    "dispute": ["doubt"],
    "deny": ["denial", "rejection", "refutation"],
    "warn": ["warning", "fear", "concern", "worry"],
    "accuse": ["criticism", "complaint"],
    "admit": ["admission", "acknowledgment", "acknowledgement"],
    "endorse": ["endorsement"],
    "believe": ["hope", "expectation", "sense", "assumption"],
    # session 5 (measured like the verbs): "his pledge that", "assurances that" (not "backing":
    # its one right train claim was a fluke, "the backing that X received", and the noun frame
    # takes a that-clause "backing" never has)
    "promise": ["pledge"],
}
# session 6: nouns that report only with a possessor and their preposition (the
# noun-preposition pattern): "Trump's attacks on Curiel", "Murphy's opposition to the bill",
# "his support for scrapping superdelegates"; measured on train like the rest
NOUNS["accuse"].append("attack")
NOUNS["dispute"].append("opposition")
NOUNS["endorse"].append("support")

# never cues on their own, though they appear in the lists
STOP = {"be", "have", "do", "go", "get", "come", "give", "make", "take", "put", "look",
        "include", "pass", "sign", "vote", "name", "allow", "watch", "spoke", "feature", "file",
        "release", "deliver", "raise", "lay", "hold", "gain", "win", "lose", "start", "begin", "try",
        "help", "keep", "let", "like", "love", "mean", "need", "offer", "provide", "publish", "rule",
        "struck", "use", "cover", "draw", "issue", "label", "list", "adopt", "ban", "block",
        "sue", "chant", "shout", "sing", "thank", "invoke", "request", "portray", "favor",
        "focus", "ignore", "point", "push", "present", "commit", "ensure", "account", "laugh", "yell",
        "rave", "brand", "order", "cast", "contest", "celebrate", "elaborate",
        # session 4, each removal raising train content, cue and source F1 ("granted immunity",
        # "determined to"); removed from the tables the same way: "react to" (an event more
        # often than a statement) and the noun "accusation" (under half paired; not "word", though
        # leaving it out scores the same: "Word that C" is the unattributed claim's example)
        "grant", "determine"}

def read_list(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return [l.strip().lower() for l in f if l.strip()]

def main():
    known = set(CURATED)
    forms = set()
    for name in ("ggt_quote_verb_list_en.txt", "guardian_journalismai_quote_verb_list.txt", "textacy_reporting_verbs_en.txt"):
        forms.update(w for w in read_list(name) if re.fullmatch(r"[a-z]+", w))
    with open(os.path.join(DATA, "polnear_train_cue_strings.tsv"), encoding="utf-8") as f:
        for line in f:
            count, cue = line.rstrip("\n").split("\t", 1)
            if int(count) >= 3 and re.fullmatch(r"[a-z]+", cue.lower()):
                forms.add(cue.lower())
    lemmas = set(CURATED)
    nouns = {n for ns in NOUNS.values() for n in ns}
    for w in forms:
        lem = lemma_of(w, forms, known)
        if not lem or lem in STOP or lem in nouns or len(lem) <= 2:
            continue
        if re.search(r"(tion|sion|ment|ness|ity|sis|ism|er)$", lem) and lem not in ("counter", "answer", "offer", "remember", "wonder"):
            continue
        lemmas.add(lem)
    out = [HEADER]
    out.append(entry("according to", "assert", "preposition", ["According to the New York Post, the campaign changed course."]))
    out.append(entry("in the words of", "assert", "preposition", []))
    for lem in sorted(lemmas):
        stance, frames = CURATED.get(lem, ("assert", ["verb"]))
        head, _, tail = lem.partition(" ")
        forms = [f + (" " + tail if tail else "") for f in FORMS[head]] if head in FORMS else []
        if lem in DROP:
            every = forms or [f + (" " + tail if tail else "") for f in dict.fromkeys([head] + inflect(head))]
            forms = [f for f in every if f.split()[0] not in DROP[lem]]
        if lem in EXTRA_FORMS:
            forms = (forms or [f + (" " + tail if tail else "") for f in dict.fromkeys([head] + inflect(head))]) + EXTRA_FORMS[lem]
        for fr in frames:
            out.append(entry(lem, stance, fr, EXAMPLES.get((lem, fr), []), forms))
    for stance, nouns in NOUNS.items():
        for n in sorted(set(nouns)):
            out.append(entry(n, stance, "noun", EXAMPLES.get((n, "noun"), [])))
    sys.stdout.write("\n".join(out))

EXAMPLES = {
    ("say", "verb"): ["Tillerson said that intervention has led to “serious mistrust” between the two sides."],
    ("deny", "np-verb"): ["Russia has furiously denied reports that it attempted to swing the election."],
    ("play down", "np-verb"): ["Trump has played down the allegations."],
    ("tell", "object-verb"): ["Lavrov told reporters that his country was ready for more engagement."],
    ("endorse", "np-verb"): ["Russia denied reports, endorsed by US intelligence agencies, that it meddled."],
    ("call", "verb"): ["Trump signed what he called a “seriously flawed” package of sanctions."],
    ("believe", "verb"): ["The governor believes the law will survive in court."],
    ("see", "np-verb"): ["Party leaders see him as a valuable asset in the fall campaign."],
    ("view", "np-verb"): ["Some voters view the nomination as a hostile takeover."],
    ("consider", "np-verb"): ["Most of her allies consider the new rules a helpful step."],
    ("consider", "verb"): ["Many economists consider that the plan would raise prices."],
    ("read", "verb"): ["A sign outside the office reads: \u201cClosed until further notice.\u201d",
                       "The headline reads \u201cCongress fails again.\u201d"],
    ("nominate", "np-verb"): ["The president nominated a federal appeals judge to the Supreme Court."],
    ("identify", "np-verb"): ["The report identified dozens of donations from people with modest incomes."],
    ("attribute", "np-verb"): ["The mayor attributed the budget gap to lower sales tax revenue."],
    ("opine", "verb"): ["The editorial board opined that the candidate had run out of ideas."],
    ("trumpet", "np-verb"): ["The campaign trumpeted the endorsement of the state's largest union."],
    ("dub", "np-verb"): ["Critics dubbed the plan a giveaway to the banks."],
    ("mull", "np-verb"): ["The senator is mulling a run for governor in 2018."],
    ("be thrilled", "verb"): ["The organizers were thrilled that so many young voters turned out."],
    ("be wary", "verb"): ["Local officials are wary that the new rules will drive up costs."],
    ("notice", "verb"): ["Several reporters noticed that the candidate skipped the question."],
    ("frame", "np-verb"): ["The governor framed the election as a choice between two futures."],
    ("sound off on", "np-verb"): ["The actress sounded off on the idea that anyone could be Latino enough."],
    ("vote against", "np-verb"): ["Twelve Republicans voted against the spending bill."],
    ("title", "np-verb"): ["The senator titled her new book \u201cVoices of Hope.\u201d"],
    ("focus on", "np-verb"): ["In the speech, the governor focused on the cost of college."],
    ("share", "np-verb"): ["Many voters share the candidate's distrust of trade deals."],
    ("quip", "verb"): ["The senator quipped that he had been called worse."],
    ("retort", "verb"): ["The governor retorted that the numbers were out of date."],
    ("gush", "verb"): ["The mayor gushed that the new stadium was the best in the country."],
    ("posit", "verb"): ["The study posits that voters punish incumbents for bad weather."],
    ("hypothesize", "verb"): ["Some analysts hypothesize that turnout will fall in the cities."],
    ("forecast", "verb"): ["The bank forecast that growth would slow next year."],
    ("fume", "verb"): ["The senator fumed that the vote had been rigged."],
    ("harangue", "np-verb"): ["The candidate harangued the reporters at the back of the room."],
    ("savage", "np-verb"): ["The columnist savaged the governor's budget proposal."],
    ("admonish", "np-verb"): ["The judge admonished the lawyers for their conduct."],
    ("reprimand", "np-verb"): ["The board reprimanded the official for leaking the memo."],
    ("surmise", "verb"): ["Reporters surmised that the campaign was short of money."],
    ("intimate", "verb"): ["The aide intimated that the senator might not run again."],
    ("laud", "np-verb"): ["The mayor lauded the volunteers who cleaned up the park."],
    ("herald", "np-verb"): ["Supporters heralded the ruling as a victory for free speech."],
    ("vent", "verb"): ["Party officials vented that the candidate ignored their advice."],
    ("peg", "np-verb"): ["The pollster pegs the senator's support at 40 percent."],
    ("prescribe", "np-verb"): ["The report prescribes a mix of tax cuts and new spending."],
    ("relish", "np-verb"): ["The candidate relished the fight with the party establishment."],
    ("spell out", "np-verb"): ["The governor spelled out her plan for the state's schools."],
    ("query", "verb"): ["Reporters queried whether the deal would survive."],
    ("pronounce", "np-verb"): ["The doctor pronounced the senator fit to serve."],
    ("veto", "np-verb"): ["The governor vetoed the bill that would have raised the minimum wage."],
    ("scoff", "verb"): ["The senator scoffed that the report was a work of fiction."],
    ("needle", "np-verb"): ["The candidate needled his rival over her paid speeches."],
    ("prefer", "np-verb"): ["Most voters preferred a candidate with experience in government."],
    ("rebut", "np-verb"): ["The campaign rebutted the claim that its donors were mostly lobbyists."],
    ("shrug off", "np-verb"): ["The senator shrugged off the criticism from his own party."],
    ("uphold", "np-verb"): ["The appeals court upheld the ruling that the law was unconstitutional."],
    ("doubt", "noun"): ["The senator's doubts that the deal would hold were well known."],
    ("advice", "noun"): ["The lawyer's advice that he stay silent was ignored."],
    ("worry", "noun"): ["The governor's worry that the plant would close proved right."],
    ("sense", "noun"): ["The mayor's sense that the city was ready for change drove the campaign."],
    ("assumption", "noun"): ["The campaign's assumption that the race would be close was wrong."],
    ("eviscerate", "np-verb"): ["The judge eviscerated the state's case in a 40-page ruling."],
    ("be critical of", "np-verb"): ["The senator was critical of the president's handling of the crisis."],
    ("be hostile to", "np-verb"): ["Many of the delegates are hostile to the trade deal."],
    ("be angry about", "np-verb"): ["Voters are angry about the rising cost of health care."],
    ("be concerned about", "np-verb"): ["Party leaders are concerned about the candidate's low poll numbers."],
    ("be worried about", "np-verb"): ["Local officials are worried about the cost of the new rules."],
    ("be outraged by", "np-verb"): ["Civil rights groups were outraged by the governor's remarks."],
    ("be wary of", "np-verb"): ["Many Republicans are wary of the candidate's trade policies."],
    ("be unhappy with", "np-verb"): ["Some donors are unhappy with the direction of the campaign."],
    ("be sympathetic to", "np-verb"): ["The judge was sympathetic to the state's argument."],
    ("be against", "np-verb"): ["The mayor is against the plan to close the library."],
    ("be impressed with", "np-verb"): ["The voters we met were impressed with her command of the issues."],
    ("be pleased with", "np-verb"): ["The governor was pleased with the outcome of the vote."],
    ("be clear about", "np-verb"): ["The candidate has been clear about his opposition to the deal."],
    ("be glad", "verb"): ["The mayor was glad that the strike had ended."],
    ("be disappointed", "verb"): ["Supporters were disappointed that the senator did not run."],
    ("be optimistic", "verb"): ["The governor is optimistic that the budget will pass."],
    ("be hopeful", "verb"): ["Negotiators are hopeful that a deal can be reached this week."],
    ("decide", "verb"): ["The governor decided to veto the budget."],
    ("seem", "verb"): ["The senator seems to be losing patience with the White House."],
    ("appear", "verb"): ["The campaign appeared to be caught off guard by the report."],
    ("be eager", "verb"): ["The author is eager to get the book out before the election."],
    ("be adamant", "verb"): ["The campaign was adamant that no laws had been broken."],
    ("be doubtful", "verb"): ["Analysts are doubtful that the merger will be approved."],
    ("compare", "np-verb"): ["The senator compared the new tax plan to a blank check."],
    ("appoint", "np-verb"): ["The governor appointed a former prosecutor to the state supreme court."],
    ("raise questions about", "np-verb"): ["The audit raised questions about the charity's spending."],
    ("laugh off", "np-verb"): ["The candidate laughed off the suggestion that he would drop out."],
    ("take issue with", "np-verb"): ["Several economists took issue with the campaign's growth estimates."],
    ("take credit for", "np-verb"): ["The mayor took credit for the drop in crime."],
    ("make the case", "verb"): ["The senator made the case that the tax cut would pay for itself."],
    ("weigh in on", "np-verb"): ["The former president weighed in on the dispute over the court vacancy."],
    ("speak out against", "np-verb"): ["Several bishops spoke out against the new immigration rules."],
    ("speak out", "verb"): ["The former aide spoke out, saying that the campaign had misled donors."],
    ("fire back", "verb"): ["The governor fired back that his critics had never run a business."],
    ("push back against", "np-verb"): ["The White House pushed back against the report's findings."],
    ("come out against", "np-verb"): ["The union came out against the trade agreement on Monday."],
    ("back away from", "np-verb"): ["The senator backed away from his earlier support for the plan."],
    ("walk back", "np-verb"): ["The campaign walked back the candidate's remarks about the judge."],
    ("call out", "np-verb"): ["The senator called out her colleagues for their silence."],
    ("get behind", "np-verb"): ["Party leaders got behind the nominee after the convention."],
    ("line up behind", "np-verb"): ["Most governors lined up behind the front-runner."],
    ("pile on", "np-verb"): ["Other candidates piled on the front-runner during the debate."],
    ("take a swipe at", "np-verb"): ["The governor took a swipe at the senator's voting record."],
    ("take a shot at", "np-verb"): ["The comedian took a shot at the candidate's hair."],
    ("argue for", "np-verb"): ["The report argues for a higher minimum wage."],
    ("argue against", "np-verb"): ["The lawyers argued against the release of the tapes."],
    ("lobby for", "np-verb"): ["The group lobbied for a ban on assault weapons."],
    ("reason", "verb"): ["The strategist reasoned that turnout would favor the challenger."],
    ("heap praise on", "np-verb"): ["The president heaped praise on the outgoing secretary."],
    ("rip into", "np-verb"): ["The senator ripped into the administration's budget request."],
    ("count on", "np-verb"): ["The campaign is counting on strong turnout among young voters."],
    ("touch on", "np-verb"): ["In her speech, the senator touched on the cost of child care."],
    ("cheer", "np-verb"): ["Democrats cheered the surprisingly strong jobs report."],
    ("rattle off", "np-verb"): ["The candidate rattled off a list of his accomplishments as governor."],
    ("be startled", "verb"): ["Aides were startled that the senator had agreed to the debate."],
    ("be angered by", "np-verb"): ["Many delegates were angered by the party's new rules."],
    ("expose", "np-verb"): ["The report exposed the charity's ties to foreign donors."],
    # second frames of verbs that had one (measured on train like the rest, kept with two or
    # more right claims; rejected with fewer: reject, highlight, threaten, demonstrate, quote, ...;
    # not "say" as an
    # np-verb: +17 right of 29 on train, but "She said nothing." would become a claim; not
    # "express"/"voice" as clause verbs: they would take "expressed deep concern about C" apart)
    ("think", "np-verb"): ["Most economists think the opposite."],
    ("believe", "np-verb"): ["Few voters believe the official figures."],
    ("argue", "np-verb"): ["The senator argued the opposite in 2012."],
    ("agree", "np-verb"): ["The two leaders agreed a timetable for the talks."],
    ("criticize", "verb"): ["The senator criticized that the plan had been rushed through."],
    ("complain", "np-verb"): ["Several voters complained about the long lines at the polls."],
    ("vow", "np-verb"): ["The governor vowed a fight over the new district maps."],
    ("joke", "np-verb"): ["The senator joked about his own height."],
    ("deem", "verb"): ["The court deemed that the law was unconstitutional."],
    # session 4
    ("agree with", "np-verb"): ["Most of the committee agreed with the governor's budget."],
    ("ask for", "np-verb"): ["The mayor asked for a recount in three districts."],
    ("respond to", "np-verb"): ["The spokeswoman did not respond to a request for comment."],
    ("talk", "verb"): ["The senator talked openly about her years as a teacher."],
    ("sound", "verb"): ["The governor sounded a hopeful note about the talks."],
    ("issue", "np-verb"): ["The campaign issued a statement calling the ad misleading."],
    ("file", "np-verb"): ["Two voters filed a lawsuit against the election board."],
    ("name", "np-verb"): ["The governor named a former judge as her chief of staff."],
    ("put it", "verb"): ["As one delegate put it, the party has lost its way."],
    ("strike down", "np-verb"): ["The court struck down the state's new voting law."],
    ("worry about", "np-verb"): ["Farmers worry about the cost of the new trade rules."],
    ("press", "object-verb"): ["Reporters pressed the mayor on whether she would run again."],
    ("press for", "np-verb"): ["The union pressed for a higher minimum wage."],
    ("present", "np-verb"): ["The governor presented a plan to cut property taxes."],
    ("trash", "np-verb"): ["The candidate trashed the trade deal at every stop."],
    ("bash", "np-verb"): ["Both parties bashed the banks in their ads."],
    ("throw his support behind", "np-verb"): ["The mayor threw his support behind the school bond."],
    ("throw her support behind", "np-verb"): ["The senator threw her support behind the governor's plan."],
    ("throw their support behind", "np-verb"): ["Local unions threw their support behind the challenger."],
    ("revile", "np-verb"): ["Many voters revile the new tax on soda."],
    ("brag about", "np-verb"): ["The candidate bragged about his poll numbers."],
    ("write about", "np-verb"): ["The columnist wrote about the mayor's first year in office."],
    ("look for", "np-verb"): ["Many voters are looking for a candidate from outside Washington."],
    ("vote in favor of", "np-verb"): ["Nine Democrats voted in favor of the pipeline."],
    ("hope for", "np-verb"): ["Party leaders are hoping for a quiet convention."],
    ("calculate", "verb"): ["The campaign calculates that it needs 60 percent of the remaining delegates."],
    ("hint at", "np-verb"): ["The governor hinted at a run for the Senate."],
    ("anticipate", "verb"): ["Officials anticipate that turnout will be high in the suburbs."],
    ("anticipate", "np-verb"): ["The mayor anticipates a close race in the fall."],
    ("caution against", "np-verb"): ["The economist cautioned against reading too much into one month of data."],
    ("contrast", "np-verb"): ["The governor contrasted her record on jobs with her rival's."],
    ("remind", "np-verb"): ["The senator reminded voters of her long record on veterans' care."],
    # session 5
    ("chastise", "np-verb"): ["The senator chastised the agency for its slow response to the flood."],
    ("smear", "np-verb"): ["The ad smeared the challenger as a friend of lobbyists."],
    ("poke fun at", "np-verb"): ["The governor poked fun at his rival's campaign slogan."],
    ("rubbish", "np-verb"): ["The minister rubbished the report as fiction."],
    ("rule against", "np-verb"): ["The appeals court ruled against the state's new voting law."],
    ("object to", "np-verb"): ["Several Democrats objected to the new rules for the debate."],
    ("retract", "np-verb"): ["The newspaper retracted its story about the mayor's finances."],
    ("object", "verb"): ["The mayor objected that the plan would raise rents."],
    ("shoot back", "verb"): ["The governor shot back that his critics had never balanced a budget."],
    ("admire", "np-verb"): ["Many conservatives admire the senator's stand on spending."],
    ("extol", "np-verb"): ["The candidate extolled the virtues of small-town life."],
    ("commend", "np-verb"): ["The mayor commended the firefighters for their bravery."],
    ("speak highly of", "np-verb"): ["The former rival spoke highly of the nominee's record on veterans."],
    ("pay tribute to", "np-verb"): ["The president paid tribute to the officers who died in the attack."],
    ("play up", "np-verb"): ["The campaign played up the candidate's years as a prosecutor."],
    ("make a case for", "np-verb"): ["The senator made a case for a higher minimum wage."],
    ("concur", "verb"): ["The committee concurred that the program had run over budget."],
    ("ponder", "np-verb"): ["The governor is pondering a run for the White House."],
    ("hold forth on", "np-verb"): ["The candidate held forth on the evils of the trade deal."],
    ("open up about", "np-verb"): ["The senator opened up about her years in the military."],
    ("boast of", "np-verb"): ["The governor boasted of the state's record job growth."],
    ("make no secret of", "np-verb"): ["The mayor has made no secret of his ambition to run for governor."],
    ("make the point", "verb"): ["The senator made the point that the tax cut would add to the deficit."],
    ("bring up", "np-verb"): ["One voter brought up the cost of prescription drugs."],
    ("parrot", "np-verb"): ["The candidate parroted the talking points of the gun lobby."],
    ("boom", "verb"): ["“We will win this state,” the candidate boomed."],
    ("bark", "verb"): ["“Sit down,” the senator barked at the heckler."],
    ("gloat", "verb"): ["The governor gloated that his rival had finished third."],
    ("confide", "verb"): ["One aide confided that the campaign was running out of money."],
    ("conflate", "np-verb"): ["The column conflated the senator's views with those of his party."],
    ("resent", "np-verb"): ["Many local officials resent the new state mandates."],
    ("foretell", "np-verb"): ["The early results foretell a Republican win in the fall."],
    ("spar over", "np-verb"): ["The two candidates sparred over the future of the health law."],
    ("instruct", "object-verb"): ["The governor instructed state agencies that no new hires would be approved."],
    ("be lukewarm about", "np-verb"): ["Many Republicans are lukewarm about the party's nominee."],
    ("be divided over", "np-verb"): ["Democrats are divided over the new trade agreement."],
    ("be split on", "np-verb"): ["The justices were split on the question of standing."],
    ("speak out about", "np-verb"): ["The former general spoke out about the cost of the war."],
    ("take a position on", "np-verb"): ["The governor has not taken a position on the pipeline."],
    ("go easy on", "np-verb"): ["The moderators went easy on the front-runner's tax plan."],
    ("light into", "np-verb"): ["The senator lit into the administration's handling of the crisis."],
    ("write of", "np-verb"): ["The columnist wrote of the party's long decline in the cities."],
    ("muse about", "np-verb"): ["The governor mused about a run for the White House."],
    ("complain of", "np-verb"): ["Several voters complained of long lines at the polls."],
    ("agonize over", "np-verb"): ["Party leaders agonized over the choice of a running mate."],
    ("disapprove of", "np-verb"): ["Most voters disapprove of the new tax on gasoline."],
    ("specify", "verb"): ["The memo specified that no new contracts would be signed."],
    ("nickname", "np-verb"): ["The candidate nicknamed his rival “Low Energy Jeb.”"],
    ("put out", "np-verb"): ["The campaign put out a statement calling the report false."],
    ("circulate", "np-verb"): ["Party officials circulated a memo on the senator's voting record."],
    ("publicize", "np-verb"): ["The group publicized the senator's ties to the oil industry."],
    ("cheer on", "np-verb"): ["The crowd cheered on the candidate's attacks on the press."],
    ("rant about", "np-verb"): ["The host ranted about the new rules for the debate."],
    ("vote for", "np-verb"): ["Among likely voters, 56 percent would vote for the incumbent."],
    ("acquiesce to", "np-verb"): ["The governor acquiesced to the union's demands."],
    ("acquiesce", "verb"): ["After a long debate, the council acquiesced."],
    ("opt against", "np-verb"): ["The board opted against a second vote on the budget."],
    ("remain vague about", "np-verb"): ["The senator remained vague about her plans for 2020."],
    ("be a supporter of", "np-verb"): ["The mayor is a supporter of the new stadium."],
    ("be no fan of", "np-verb"): ["The governor is no fan of the new federal rules."],
    ("be furious at", "np-verb"): ["Party leaders were furious at the nominee's remarks."],
    ("be dedicated to", "np-verb"): ["The group is dedicated to the repeal of the health law."],
    ("be devoted to", "np-verb"): ["The senator has been devoted to the cause of campaign finance reform."],
    ("be tired of", "np-verb"): ["Many voters are tired of the negative ads."],
    ("be delighted by", "np-verb"): ["Democrats were delighted by the poll numbers."],
    ("be distrustful of", "np-verb"): ["Many rural voters are distrustful of the federal government."],
    ("be upfront about", "np-verb"): ["The candidate was upfront about his past mistakes."],
    ("revisit", "np-verb"): ["In the speech, the president revisited his promise to unite the country."],
    ("regret", "np-verb"): ["The senator said she regrets her vote for the war."],
    ("pledge", "noun"): ["The governor's pledge that taxes would not rise won him the race."],
    ("assurance", "noun"): ["The minister gave assurances that the border would stay open."],
}

def entry(lemma, stance, frame, examples, forms=()):
    s = f'[[cue]]\nlemma = "{lemma}"\nstance = "{stance}"\nframe = "{frame}"\n'
    if forms:
        s += "forms = [" + ", ".join(f'"{f}"' for f in forms) + "]\n"
    if examples:
        s += "examples = [" + ", ".join('"%s"' % e.replace('"', '\\"') for e in examples) + "]\n"
    return s

HEADER = """# Cue lexicon: the words that signal attribution, each with its stance and frame.
# Generated by scripts/build-cues.py from the cue lists in ../shared/data/cues (three
# projects' reporting verbs and PolNeAR train cue strings) and its curated stance table;
# edit the table there, or add your own entries in a file passed with `--rules FILE`
# (an entry with the same lemma and frame replaces the shipped one).
#
# frame (how the cue takes its source and content):
#   verb         "X said (that) C", "C, X said", "\\"C,\\" said X", "X said: \\"C\\""
#   object-verb  the first object is the hearer: "X told reporters (that) C", "X warned Lavrov that C"
#   np-verb      the object is the content: "X denied the reports (that C)", "X played down the allegations"
#   noun         "X's statement that C", "word that C", "the claims of C"
#   preposition  "according to X, C", "C, according to X"
# stance: assert | deny | endorse | dispute | downplay | accuse | admit | warn | promise | question | believe
# forms: every inflection; generated from the lemma when left out
#        ("deny" -> deny, denies, denied, denying; "play down" -> plays down, played down, ...).
"""

main()
