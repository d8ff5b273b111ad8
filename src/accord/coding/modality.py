"""Modality of an event (EVENT_SCHEMA.md): asserted, negated, future, hypothetical, historical.

Markers are looked for on the trigger and up its chain of governing verbs (xcomp, advcl, conj,
ccomp of control verbs), never across a reporting verb's whole sentence.
"""
from __future__ import annotations

from ..records import Sentence, Token

HYPOTHETICAL_AUX = {"may", "might", "could", "would", "should", "can"}
FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# "X is set to attend", "X plans to visit": the governing verb marks the event as planned.
FUTURE_VERBS = {"set", "expect", "plan", "schedule", "due", "intend", "prepare", "go", "slate", "agree",
                "pledge", "promise", "vow", "aim"}
HYPOTHETICAL_VERBS = {"seek", "consider", "want", "hope", "propose", "mull", "weigh", "try", "attempt",
                      "wish", "threaten", "urge", "call", "ask", "demand", "push"}
NEGATORS = {"not", "n't", "never", "no"}
NEG_VERBS = {"fail", "refuse", "decline", "deny", "avoid", "halt", "cancel", "postpone", "suspend", "stop", "reject"}
HISTORY_NOUNS = {"anniversary", "commemoration", "memorial", "legacy", "history", "remembrance"}
CHAIN = {"xcomp", "advcl", "conj", "ccomp", "pcomp", "acl", "relcl", "ROOT"}


def _children(sent: Sentence, i: int) -> list[Token]:
    return [t for t in sent.tokens if t.head == i and t.i != i]


def _marks(sent: Sentence, i: int) -> set[str]:
    found = set()
    tok = sent.tokens[i]
    for c in _children(sent, i):
        low = c.text.lower()
        if c.dep == "neg" or (c.dep == "det" and low == "no") or (c.dep == "advmod" and low == "never"):
            found.add("negated")
        elif c.dep in ("aux", "auxpass") and low in FUTURE_AUX:
            found.add("future")
        elif c.dep == "aux" and low in HYPOTHETICAL_AUX or c.dep == "mark" and low in ("if", "unless", "whether"):
            found.add("hypothetical")
    if tok.pos in ("VERB", "AUX") and tok.dep == "ROOT" and tok.tag == "VB":
        # a headline's bare "X to attend": the infinitive with no finite verb is a plan
        if any(c.dep == "aux" and c.text.lower() == "to" for c in _children(sent, i)):
            found.add("future")
    return found


def modality(sent: Sentence, trigger: int, *, light_verb: int | None = None) -> str:
    """Modality from the trigger's own markers and its governing verbs'."""
    seen: set[str] = set()
    i, steps = trigger if light_verb is None else light_verb, 0
    seen |= _marks(sent, trigger)
    via = "xcomp" if light_verb is not None else ""   # how we reached i from the event below it
    below = trigger
    while steps < 6:
        tok = sent.tokens[i]
        if i != trigger:
            seen |= _marks(sent, i) - ({"negated"} if via == "conj" else set())
            if via in ("xcomp", "pcomp"):
                # "is set to attend", "may be seeking to balance", "refused to meet"
                if tok.lemma in FUTURE_VERBS and tok.pos in ("VERB", "ADJ") or tok.lemma == "be" and via == "xcomp" \
                        and any(c.dep == "aux" and c.text.lower() == "to" for c in _children(sent, below)):
                    seen.add("future")      # also "Israeli forces are to withdraw"
                if tok.lemma in HYPOTHETICAL_VERBS:
                    seen.add("hypothetical")
                if tok.lemma in NEG_VERBS:
                    seen.add("negated")
        if tok.dep not in CHAIN or tok.head == i or tok.dep in ("ccomp", "relcl", "acl") and steps > 0:
            break
        via, below = tok.dep, i
        i, steps = tok.head, steps + 1
    for label in ("negated", "hypothetical", "future"):
        if label in seen:
            return label
    return "asserted"


def in_history_frame(sent: Sentence, trigger: int) -> bool:
    """The trigger sits under "the anniversary of ...", "in World War II" and the like."""
    i, steps = trigger, 0
    while steps < 4 and sent.tokens[i].head != i:
        i = sent.tokens[i].head
        tok = sent.tokens[i]
        if tok.lemma.lower() in HISTORY_NOUNS or tok.lemma.lower().startswith("commemorat"):
            return True
        steps += 1
    for t in sent.tokens:
        if t.ent_type == "EVENT" and "war" in t.text.lower() and t.head != t.i:
            # a named past war attached to the trigger's phrase
            j, k = t.i, 0
            while k < 4 and sent.tokens[j].head != j:
                j = sent.tokens[j].head
                if j == trigger:
                    return True
                k += 1
    return False
