"""Events in a sentence: a trigger from the lexicon, its source and target from the parse.

Verbs take their source from the subject (inherited through xcomp, advcl and conj; from the
"by" agent in the passive) and their target from the prepositions the lexicon names, then the
object. Event nouns take their source from a possessor or an actor modifier ("Western
sanctions"), else from the clause whose object they are ("X imposed sanctions"), else from a
sentence-initial "For X,"; their target from their prepositions ("sanctions on X", "ties
between X and Y"). A sanction-like noun in "amid/under/despite sanctions" falls on the clause's
subject. Coordination gives one event per dyad; "joint" events pair every member of the group.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..extract import is_heading
from ..records import Actor, Location
from . import locations
from .actors import QUANTITY, SEIZING, SentView
from .lexicon import Trigger, triggers
from .modality import HYPOTHETICAL_AUX
from .tables import countries

# Verbs whose noun object is their own content, not a second event ("threatened sanctions").
CONSUMING_ROOTS = {"02", "03", "08", "10", "12", "13"}
ACCUSING_ROOTS = {"11"}
# Roots whose object suffers the event: "including" there adds victims, not participants.
PATIENT_ROOTS = {"17", "18", "19", "20"}
BORDERS = {"border", "frontier", "boundary", "line"}
# Nouns of ground a country's adjective places: "in Ukrainian territory", "in the Russian region of Kursk".
AREAS = {"territory", "territories", "region", "province", "state", "district", "city", "town", "village", "capital",
         "countryside", "area", "areas", "waters", "airspace", "soil", "side", "part", "north", "south", "east",
         "west", "heartland", "border", "coast", "island", "islands", "port", "enclave", "zone", "camp", "street", "streets"}
AIR_WEAPONS = {"missile", "drone", "rocket", "projectile", "aircraft", "jet", "warplane", "bomber", "plane", "helicopter"}
AIRLINERS = {"airliner", "airplane", "flight"}
# Verbs that make a promise a threat of force: "vowed to punish it".
THREAT_VERBS = {"punish", "avenge", "crush", "annihilate", "retaliate"}
# What is proposed and may be refused: "said the deal was unacceptable" refuses it.
PROPOSALS = {"deal", "plan", "proposal", "agreement", "offer", "terms", "text", "draft", "resolution", "condition",
             "ultimatum", "accord"}
# Harms someone may be held responsible for: "said Putin was responsible for his death".
HARMS = {"death", "killing", "murder", "poisoning", "attack", "bombing", "assassination", "massacre", "explosion",
         "crash", "downing", "sabotage", "abduction", "kidnapping", "disappearance", "atrocity", "genocide"}
# Verbs that tell a seizure of power, which "the coup", "the mutiny" or "the takeover" names.
SEIZING_POWER = SEIZING | {"seize", "storm", "dissolve", "remove"}
# Verbs that put down what they act on: "police cracked down on protests".
REPRESSING = {"crack", "disperse", "suppress", "quell", "break", "ban"}
# Who is received, and the verbs that tell a visitor's arrival.
GUESTS = {"delegation", "visitor", "guest", "envoy", "delegate"}
ARRIVING = {"visit", "arrive", "travel", "fly", "land", "tour"}
# Campaigns of force that a side may say will go on: "said the operation would continue".
CAMPAIGNS = {"war", "fighting", "campaign", "operation", "offensive"}
# What a side takes or launches in reply: "said it would take countermeasures" is a threat.
REPRISALS = {"countermeasure", "retaliation", "reprisal", "revenge", "retribution"}
# Verbs that give or announce a sum: "announced $2 billion in military aid for Ukraine".
GIVING_VERBS = {"announce", "approve", "give", "provide", "send", "allocate", "offer", "unveil", "grant", "deliver",
                "commit", "release", "disburse", "earmark"}
# What police fire at crowds: "fired tear gas at protesters" is repression (175), as are rubber bullets.
RIOT_GEAR = {"gas", "teargas", "cannon", "spray"}
# What two parties share: "pledged to deepen their cooperation", "agreed to expand trade".
MUTUAL = {"cooperation", "ties", "relation", "relations", "partnership", "trade", "dialogue", "friendship"}
# Nouns for an act of force, and the CAMEO roots of such acts.
ATTACK_NOUNS = {"attack", "strike", "airstrike", "bombing", "shelling", "assault", "offensive", "bombardment",
                "massacre", "atrocity", "raid", "violence", "killing"}
FORCE_ROOTS = {"18", "19", "20"}
HOSTILE_ACTS = {"attack", "aggression", "strike", "assault", "provocation", "violation", "incursion", "invasion"}
GATHERINGS = {"summit", "talks", "talk", "meeting", "ceremony", "signing", "negotiation", "negotiations", "conference"}
CEASE_VERBS = {"stop", "halt", "cease", "end", "suspend", "refrain", "avoid", "abandon"}
EXERCISES = {"drill", "exercise", "maneuver", "manoeuvre", "wargame"}
VEHICLES = {"ship", "plane", "aircraft", "truck", "convoy", "flight", "vessel", "boat", "helicopter", "lorry"}
RELIEF = {"aid", "relief", "supply", "food", "medicine", "assistance", "cash", "help", "tent", "blanket", "water"}
APPLICATIONS = {"bid", "accession", "membership", "application", "candidacy"}
# Subjects that are the means of an attack, not its author: "a roadside bomb killed four soldiers".
WEAPONS = {"bomb", "blast", "explosion", "mine", "shell", "shelling", "rocket", "missile", "grenade", "device",
           "fire", "gunfire", "strike", "airstrike", "attack", "bombing", "explosive", "raid", "assault", "ambush",
           "offensive"}
# Reactions whose object may be an event told before: criticism, support, refusal, threat.
REACTING_ROOTS = {"05", "11", "12", "13"}
DEFINITE = {"the", "this", "these", "that", "those"}
REFERRING_NOUNS = {"move", "decision", "step", "action", "measure", "announcement", "attack", "attacks", "deal", "sale",
                   "agreement", "plan", "policy", "operation", "drills", "exercises", "visit", "trip", "remarks",
                   "comments", "statement", "strikes", "deployment", "sanctions", "accusation", "allegation",
                   "claim", "charge", "criticism", "warning", "threat", "demand", "call", "proposal", "offer",
                   "request", "tariff", "tariffs", "invitation", "expansion", "package", "vote", "demolition",
                   "suspension", "removal", "result", "outcome", "escalation", "news"}
# Acts whose consequences a warning decries: "warned that the decision could set off tension".
WARNED_ACTS = {"move", "decision", "step", "measure", "plan", "policy", "action", "announcement"}
# Verbs of a danger warned of: "warned that the dam threatens its water".
ENDANGERING = {"threaten", "endanger", "jeopardize", "jeopardise", "imperil", "undermine", "risk"}
# "said the pact posed a threat to its security": a verdict that is a rebuke.
DANGERS = {"threat", "danger", "menace"}
# Words that make a clause a duty: "were obliged to comply".
OBLIGED = {"obliged", "obligated", "required", "bound"}
# Times of day the tagger may leave unnamed as times: "launched a drone at dawn".
DAYTIMES = {"dawn", "dusk", "daybreak", "night", "nightfall", "midnight", "noon", "sunrise", "sunset"}
# Attacks told with whom they are aimed at, found or not: "fired missiles at X".
AIMED = {"fire at", "launch at"}
# Roots of acts done in words (statements, appeals, demands, rebukes, refusals, threats), which
# an act noun ("the decision", "the move") does not name.
WORD_ROOTS = {"01", "02", "10", "11", "12", "13"}
# Referring nouns that name an act, not words about one.
ACT_NOUNS = {"move", "decision", "step", "action", "measure", "plan", "policy", "operation", "expansion", "deal",
             "agreement", "demolition", "suspension", "removal"}
# Accusations that are acts, not words: "rejected the decision" after "issued arrest warrants".
LEGAL_ACTS = {"issue", "indict", "charge", "sue", "file", "warrant"}
# Texts that speak for whoever adopts them: "adopted a resolution demanding ...".
DOCUMENTS = {"resolution", "statement", "declaration", "communique", "motion", "decree", "law", "bill"}
# Verbs that make a text one's own act: "passed two laws that ban UNRWA".
ENACTING = {"pass", "adopt", "approve", "enact", "sign", "issue"}
# Means to an end: "using pressure to take control of Greenland" (and plans for one: "examining a
# plan to fire missiles at Guam").
MEANS = {"plan", "option", "pressure", "force", "measure", "action", "step", "means", "power"}
# Verbs of watching an act, whose subject is not its author.
OBSERVING_VERBS = {"follow", "monitor", "watch", "track", "investigate", "study", "review", "report", "witness"}
# Verbs of a verdict on an act (praise, thanks, backing), not an act of their own.
VERDICT_VERBS = {"welcome", "praise", "call", "hail", "thank", "congratulate", "commend", "applaud", "describe",
                 "back", "support", "endorse"}
# Verbs that tell an accord made: "the agreement" refers to the last of them.
AGREEING = {"agree", "sign", "reach", "conclude", "finalize", "finalise", "seal"}
# Nouns of an accord, which name one another: "the pact" after "announced a security partnership".
ACCORDS = {"partnership", "pact", "deal", "agreement", "accord", "treaty", "alliance"}
# Nouns that name an event told before by its verb: "welcomed the vote" after "approved the bid".
NOMINALISED = {"vote": {"vote", "approve", "ratify", "pass", "adopt", "back", "endorse", "reject"},
               "approval": {"approve", "ratify", "pass", "adopt"}, "ratification": {"ratify", "approve"},
               "ruling": {"rule", "order", "convict", "sentence", "annul", "overturn"},
               "verdict": {"convict", "sentence", "acquit"},
               "raid": {"raid", "storm", "search", "arrest", "detain", "seize"}, "arrest": {"arrest", "detain"}, "arrests": {"arrest", "detain"},
               "detention": {"detain", "arrest"},
               # (an expulsion told as "no longer welcome" or "declared persona non grata")
               "expulsion": {"expel", "welcome", "declare"}, "expulsions": {"expel", "welcome", "declare"},
               "seizure": {"seize", "capture", "take"}, "invasion": {"invade"},
               "withdrawal": {"withdraw", "pull", "return"}, "pullback": {"withdraw", "pull", "return"},
               "suspension": {"suspend"},
               "agreement": AGREEING | ACCORDS, "deal": AGREEING | {"strike"} | ACCORDS,
               "invitation": {"invite"}, "killing": {"kill", "shoot", "execute", "massacre"},
               "massacre": {"kill", "massacre"}, "pact": AGREEING | ACCORDS,
               "treaty": AGREEING | {"ratify"} | ACCORDS, "accord": AGREEING | ACCORDS,
               "declaration": AGREEING - {"reach", "conclude"} | {"adopt", "issue"},
               "warrant": {"issue"}, "warrants": {"issue"},
               # ("condemned the mutiny" after "soldiers detained the president")
               "mutiny": SEIZING_POWER, "coup": SEIZING_POWER, "takeover": SEIZING_POWER, "putsch": SEIZING_POWER,
               # ("voted to condemn ... and demanded": a resolution is told by what it says)
               "resolution": {"adopt", "pass", "vote", "approve", "condemn", "demand", "call"},
               "launch": {"fire", "launch", "test"}, "test": {"fire", "launch", "test"}}
# ("welcomed the result" after a vote to declare an act null and void; not whoever rejected the
# vote after it)
NOMINALISED["result"] = NOMINALISED["outcome"] = NOMINALISED["vote"] - {"reject"} | {"declare", "elect", "win"}
# The aim of a rally: "rallied to demand the departure of French forces".
DEMANDING = {"demand", "call", "urge", "denounce", "condemn", "oppose", "protest", "reject", "press"}
# Acts a reply is said to answer: "responded to provocations by Armenian troops".
PROVOCATIONS = {"provocation", "aggression", "attack", "shelling", "violation", "incursion", "fire"}
# Worries whose object is what they are about, not an event told as such.
CONCERNS = {"concern", "alarm", "worry", "fear", "question", "objection"}
# Gatherings for these are no protests.
CELEBRATING = {"celebrate", "cheer", "mourn", "commemorate", "pray", "dance", "greet", "welcome"}
# What a court or a body may turn down for whoever brought it.
CLAIMS = {"case", "lawsuit", "complaint", "appeal", "claim", "challenge", "petition"}
# Putting money in: "invest $600 billion in the United States" names whom it is for.
INVESTING = {"invest", "investment", "spend", "pour"}
# Words of sympathy: "expressed solidarity with Israel after the attack" names its victim.
SYMPATHY = {"solidarity", "sympathy", "sympathies", "condolence", "condolences", "condole", "sympathize", "sympathise",
            "support", "stand"}
# "called the measures illegal", "branded the report fake": a verdict that is a rebuke.
REBUKE_VERBS = {"call", "describe", "brand", "label", "term", "dismiss", "denounce", "condemn", "slam"}
REBUKE_WORDS = {"illegal", "unlawful", "unacceptable", "abhorrent", "provocative", "baseless", "groundless", "absurd", "unjustified",
                "irresponsible", "dangerous", "devastating", "aggressive", "hostile", "unfriendly", "blackmail", "violation", "aggression",
                "provocation", "lie", "fake", "outrageous", "shameful", "hypocritical", "reckless", "destabilizing",
                "interference", "terrorist", "terrorism", "illegitimate", "unfair", "hysteria", "propaganda",
                "authoritarian", "barbaric", "unprovoked", "criminal", "war", "coup", "theft", "robbery", "piracy",
                "crime", "genocide", "massacre", "extortion", "joke", "farce", "mockery", "sham", "charade", "culprit",
                "stunt", "disappointed", "disappointing", "regrettable", "deplorable", "unhappy", "upset", "dismayed", "appalled",
                "outraged", "alarmed", "ridiculous", "oppression", "persecution", "intimidation", "harassment",
                "kidnapping", "abduction", "repression", "inflammatory", "revenge", "vendetta", "disgraceful",
                "unfortunate", "overreaction", "unwarranted", "irrational", "troubled", "corrupt", "dictator", "tyrant",
                "thug", "murderer", "surrender", "betrayal", "capitulation", "sellout", "humiliation", "disgrace",
                "insult", "attack", "assault", "affront", "nonsense", "politicized", "politicised", "rubbish",
                "shortsighted", "short-sighted", "misguided", "counterproductive", "mistake", "blunder", "stab", "killer", "meaningless", "concerned", "alarmed",
                "hijacking", "sedition", "treason", "insurrection", "rebellion", "unjust", "crook", "thief",
                "craziness", "madness", "lunacy", "insanity", "extremism", "nasty", "disrespectful", "insulting",
                "rude", "breach", "riot", "racist", "shocked"}
# "declared the recognition null and void", "ruled the vote invalid": a rejection of the act.
VOIDING_VERBS = {"declare", "pronounce", "rule", "deem"}
VOID = {"null", "void", "invalid", "nullity"}
# "said nationalists had organized a plot to kill the prime minister": the plotters are blamed.
PLOTTING = {"organize", "organise", "orchestrate", "mastermind", "hatch", "plan", "stage",
            "stag"}      # (the lemma the tagger gives "staged")
PLOTS = {"plot", "coup", "attack", "assassination", "bombing", "conspiracy", "attempt"}
# What a refusal of force names: "rejected any use of force", "opposed military intervention".
FORCE_MEANS = {"use", "force", "intervention", "invasion", "option", "attack"}
# Purposes of a show of force that name its target: "sent troops to counter Iran".
DETERRING = {"counter", "deter", "confront", "contain", "warn"}
# Purposes of aid that name whom it is for: "sent experts to help Nigeria".
HELPING = {"help", "assist", "support", "aid"}
# The purposes that name whom a show of force (15) or aid (07) is aimed at.
PURPOSES = {"15": DETERRING, "07": HELPING}
# Ends that make an attempt a rebuke: "called the sanctions an attempt to intimidate Turkey".
HOSTILE_ENDS = {"intimidate", "undermine", "destabilize", "destabilise", "interfere", "bully", "blackmail",
                "humiliate", "divide", "sabotage", "provoke", "weaken", "isolate", "smear"}
# "called the talks constructive", "hailed the deal as historic": a verdict that is praise.
PRAISE_WORDS = {"historic", "constructive", "positive", "productive", "fruitful", "successful", "landmark",
                "milestone", "breakthrough", "excellent", "friend", "ally", "partner", "champion", "hero", "statesman",
                "visionary", "victory", "triumph", "justice", "necessary", "appropriate", "justified", "proportionate", "legitimate"}
# "a sign of support", "a gesture of friendship": a verdict that is praise.
SIGNS = {"sign", "signal", "symbol", "gesture", "expression", "demonstration", "show", "message", "token"}
GOODWILL = {"support", "solidarity", "friendship", "goodwill", "respect", "trust", "commitment", "partnership", "unity"}
# Acts that may be taken "in response" to the last act told: threats, sanctions, force.
REPRISAL_ROOTS = {"13", "15", "16", "17", "18", "19", "20"}
# Verbs that judge an act named by their object ("condemned the raid"): its author is someone else.
REACTION_VERBS = REBUKE_VERBS | {"criticize", "criticise", "deplore", "decry", "protest", "welcome", "praise", "hail",
                                 "applaud", "reject", "deny", "mourn", "investigate", "blame"}
# Verbs that report speech, and speech acts that a participle adds to the report ("said ...,
# accusing X of ...": the speaker accuses).
REPORTING = {"say", "tell", "announce", "state", "add", "claim", "note", "write", "report", "allege"}
SPEAKING = {"accuse", "blame", "call", "urge", "warn", "demand", "condemn", "criticize", "criticise", "describe",
            "vow", "threaten", "reject", "deny", "praise", "welcome", "cite", "charge", "dismiss", "insist", "argue"}
# Acts on another state's envoys, which only a state does.
ENVOY_VERBS = {"summon", "recall", "expel"}
DRAWING_VERBS = {"draw", "prompt", "spark", "provoke", "trigger", "attract", "earn", "face", "meet"}
# Nouns whose to-clause is an act of whoever holds them: "the decision to suspend talks".
INTENT_NOUNS = {"process", "plan", "decision", "move", "bid", "effort", "attempt", "step", "threat", "promise",
                "pledge", "offer", "proposal", "order", "intention", "readiness", "willingness", "call", "demand",
                "request", "vow", "commitment", "agreement", "deal", "right", "refusal", "failure"}
AUTHORING_VERBS = {"trigger", "launch", "start", "begin", "announce", "make", "take", "approve", "adopt", "order",
                   "unveil", "propose", "issue", "reach", "lead", "push", "pursue", "continue", "defend", "renew",
                   "step", "ramp", "initiate", "finalize", "finalise", "confirm", "reaffirm", "express", "signal"}
# Nouns that hold an event noun in "of": "a round of talks", "a wave of strikes".
CONTAINERS = {"round", "series", "wave", "package", "set", "spate", "barrage", "volley", "string", "day", "days",
              "some", "many", "most", "one", "several", "dozens", "hundreds", "thousands", "part",
              "week", "weeks", "month", "months", "year", "years", "decade", "decades", "hour", "hours"}
# Where a promise, demand, refusal or threat names whom it concerns.
COMPLEMENT_PREPS = {"to", "with", "on", "against", "from", "between", "into", "toward", "towards"}
PLACE_PREPS = {"in", "at", "near", "outside", "inside"}
# Acts named after such a preposition that the main clause's subject suffered or was asked:
# "deported them despite appeals from UN experts".
PATIENT_FRAME_ROOTS = {"02", "10", "11", "13", "16", "17", "18", "19", "20"}
PATIENT_PREPS = {"amid", "despite", "under", "over", "against", "because", "after", "following"}
PATIENT_VERBS = {"face", "endure", "suffer", "undergo", "weather", "escape", "evade", "hit", "target"}
EXPANDERS = {"including", "include"}
COMPANIONS = {"with"}   # "along with", "together with"
VISIT = {"042", "043", "044", "040"}
# Verbs whose object is an option weighed, not an act done.
WEIGHING_VERBS = {"consider", "weigh", "mull", "contemplate"}
# Verbs of weighing or readying a course of action: "was examining a plan to fire missiles at Guam".
PLANNING = WEIGHING_VERBS | {"examine", "study", "prepare", "draw", "review", "plan"}
# Acts done to a person, whose possessive names the one they are done to ("his arrest").
PERSONAL_HARMS = {"173", "174", "181", "186", "0841"}
# Crowds the forces that tell of their deaths are taken to have killed.
RIOTERS = {"rioter", "protester", "protestor", "demonstrator", "looter", "mob"}
# Duties one may be blamed for failing: "said Morsi had failed to meet the demands of the people".
OBLIGATIONS = {"meet", "honor", "honour", "keep", "fulfil", "fulfill", "respect", "comply", "implement", "abide",
               "protect", "uphold"}
# Sites troops are sent to secure, which name where they go: "to secure Bangui airport".
SECURED = {"airport", "airfield", "embassy", "base", "harbor", "harbour", "facility", "facilities", "palace"}
# Fights whose other side killed those "killed in clashes with the rebels".
FIGHTS = {"clash", "fighting", "battle", "firefight", "skirmish", "gunfight", "exchange"}
# Verbs of reopening a settled text: "said the agreement could not be renegotiated" refuses.
REOPENING = {"renegotiate", "reopen", "revise", "amend", "rewrite"}
# Verbs that voice a call again: "renewed its call for talks".
VOICING = {"renew", "repeat", "reiterate", "echo", "issue"}
# Verbs of going somewhere that a bar on movement stops ("stopped him from entering parliament").
GOING = {"enter", "leave", "travel", "land", "return", "cross", "reach", "board", "fly", "dock", "visit"}
# Troops ordered to do these are pulled back or held ("to observe a ceasefire"), not deployed.
PULLBACK_VERBS = {"withdraw", "retreat", "leave", "return", "pull", "evacuate", "disengage", "observe", "respect", "cease", "halt",
                  "stop"}
# Deaths in these are accidents, not attacks ("were killed when their helicopter crashed").
ACCIDENT_VERBS = {"crash", "capsize", "sink", "derail", "collapse", "collide"}
ACCIDENTS = {"crash", "accident", "collision", "capsizing", "derailment", "earthquake", "flood", "flooding", "landslide",
             "avalanche", "storm", "stampede", "collapse"}
# What a warning may be against without threatening anyone: "warned against hasty conclusions".
ADVICE = {"conclusion", "complacency", "panic", "speculation", "haste", "euphoria", "optimism", "pessimism", "despair"}
# Verbs of a coup: "said he had removed the president from power".
COUP_VERBS = {"oust", "topple", "overthrow", "depose", "remove", "seize", "grab"}
# Harms a participle may add to an attack: "was shot down, killing all 298 people on board".
HARMING = {"kill", "injure", "wound", "destroy", "damage"}
# Natural disasters: the dead of a sentence that tells one were killed by no one.
DISASTERS = {"eruption", "volcano", "earthquake", "quake", "tsunami", "cyclone", "hurricane", "typhoon", "flood",
             "flooding", "landslide", "avalanche", "wildfire", "tornado", "storm", "mudslide"}
NOT_PLACES = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "DATE", "LAW", "PRODUCT"}


@dataclass
class Candidate:
    trigger: Trigger
    anchor: int              # the trigger token
    light_verb: int | None   # the verb a noun trigger is the object of
    words: tuple[int, ...]   # the tokens of the trigger phrase
    sources: list[Actor]
    targets: list[Actor]
    pairs_within: bool       # pair every member of the sources
    location: Location | None
    basis: str               # how the actors were found, for the rule and the confidence


def _mods(view: SentView, i: int) -> set[str]:
    out = set()
    for c in view.children(i, "amod", "compound", "nmod", "npadvmod"):
        out.add(view.toks[c].lemma.lower())
        out.add(view.toks[c].text.lower())
        for cc in view.children(c, "conj"):
            out.add(view.toks[cc].lemma.lower())
    return out


def _objects(view: SentView, i: int, prep: int | None) -> set[str]:
    """What verb i's row conditions test: the lemmas of its objects (of the pobj of its
    preposition ``prep`` for a row keyed on one: "agree to a ceasefire", "fire on a convoy"),
    plus "@actor" when an object names an actor, "@org" when that is an organisation, "@party"
    when it is a person, state or group of a known country, "@person" when it is a person (known
    country or not), "@place" for a named place, and
    "@none" when there is no object. A row keyed on a preposition tests the party tests on the
    direct object as well ("welcomed Trump at the airport")."""
    direct = _object_heads(view, view.children(i, "dobj", "nsubjpass", "dative"))
    tok = view.toks[i]
    if not direct and tok.dep == "acl" and tok.tag == "VBN" and view.children(i, "agent"):
        direct = [tok.head]     # "prisoners released by Israel": the noun is the object
    if not direct and tok.dep == "relcl" and any(view.toks[k].lemma.lower() not in ("which", "that", "who")
                                                 for k in view.children(i, "nsubj")):
        direct = [tok.head]     # "the barriers it imposed on Australian goods": the noun is the object
    # ("pulled out of peace talks", parsed with "of" on the particle: the inner object)
    heads = _object_heads(view, view.children(prep, "pobj") or view.prep_objects(prep, {"of", "from"})) \
        if prep is not None else direct
    out = {view.toks[k].lemma.lower() for k in heads} or {"@none"}
    # "dispatched a naval ship with relief supplies", "sent planes carrying aid": the relief carried
    for d in direct if prep is None else []:
        if view.toks[d].lemma.lower() in VEHICLES:
            carriers = [c for c in view.children(d, "acl") if view.toks[c].lemma.lower() in ("carry", "bring", "transport")]
            carried = view.prep_objects(d, {"with"}) + view.prep_objects(i, {"with"}) + \
                [o for c in carriers for o in view.children(c, "dobj")]
            out |= {view.toks[k].lemma.lower() for k in _object_heads(view, carried)} & RELIEF
    # "suspended $700 million in emergency aid": what the sum is in
    out |= {view.toks[o].lemma.lower() for d in (direct if prep is None else []) if view.toks[d].ent_type == "MONEY"
            for o in view.prep_objects(d, {"in"})}
    for k in dict.fromkeys(heads + (direct if prep is not None else [])):
        m = view.at.get(k)
        if view.toks[k].pos == "PROPN" and (m is not None and m.entries and m.entries[0].kind == "state"
                                             and m.entries[0].form in ("name", "capital") or locations.city(view.toks[k].text)):
            out.add("@place")       # "seized Damascus"
        if view.toks[k].pos == "NOUN" and k not in view.at and view.children(k, "poss"):
            continue                # "joined Israel's campaign": a thing of a party's, no party
        for a in view.resolve(k):
            if k in heads:
                out.add("@actor")
            if a.kind == "organisation" or (a.country or "").startswith("IGO"):
                out.add("@org")
            elif a.country:
                out.add("@party")     # "joined Xi and Putin", not "spoke to reporters"
            if a.kind == "person" and k in heads:
                out.add("@person")    # "dismissed Prime Minister Hichem Mechichi", not "American criticism"
    return out


def _object_heads(view: SentView, heads: list[int]) -> list[int]:
    """Object heads with their conjuncts, looking through quantities ("shipped millions of
    artillery shells", "20 tonnes of medical supplies"; "sending millions of Israelis into
    shelters" sends no money; "deliver the first of four systems")."""
    heads = heads + [cc for c in heads for cc in view.children(c, "conj")]
    inner = {c: view.prep_objects(c, {"of"}) for c in heads if view.toks[c].lemma.lower() in QUANTITY
             or view.toks[c].pos == "NUM" or view.toks[c].ent_type == "ORDINAL"}     # "expelled six of Canada's diplomats"
    return [c for c in heads if not inner.get(c)] + [p for ps in inner.values() for p in ps]


def _said_verdict(view: SentView, i: int) -> tuple[list[int], list[int]]:
    """For a reporting verb whose clause judges something ("said the sanctions were illegal"):
    the judged subjects and the verdict's words."""
    judged, words = [], []
    # ("said he thought Putin was a killer": the belief's clause)
    clauses = view.children(i, "ccomp")
    clauses += [k for c in clauses if view.toks[c].lemma.lower() in ("think", "believe") for k in view.children(c, "ccomp")]
    for c in clauses:
        # ("said the measures amounted to economic terrorism", "constituted a violation")
        link = view.toks[c].lemma.lower()
        if link in ("be", "amount", "constitute", "pose") and not view.children(c, "neg"):
            # ("said the pact posed a threat to its security")
            verdict = view.children(c, "attr", "acomp") + (view.prep_objects(c, {"to"}) if link == "amount" else []) \
                + (view.children(c, "dobj") if link in ("constitute", "pose") else [])
            verdict += [k for v in verdict for k in view.children(v, "conj", "amod")]
            if verdict:
                # "said he was unhappy about the strike": a feeling judges what it is about ("said
                # there was no justification for the coup": what has none)
                about = [o for v in verdict if view.toks[v].pos == "ADJ"
                         for o in view.prep_objects(v, {"about", "over", "at", "with", "by"})] + \
                    [o for v in _no_grounds(view, c) for o in view.prep_objects(v, {"for"})]
                judged += about or view.children(c, "nsubj")
                words += verdict
        elif link in ENDANGERING and not view.children(c, "neg") and not view.children(c, "xcomp") \
                and view.children(c, "dobj") and not any(view.actors(k) for k in view.children(c, "nsubj")):
            # "said the exercises threatened their security", "said the law could undermine free
            # speech": a verdict on the act (not "said Russia threatened to cut gas")
            judged += view.children(c, "nsubj")
            words.append(c)
        elif link in ("repeat", "spread", "peddle", "push", "parrot", "tell") and not view.children(c, "neg") and any(
                view.toks[o].lemma.lower() in REBUKE_WORDS for o in view.children(c, "dobj")):
            # "said Brazil was repeating Russian propaganda", "said Moscow was spreading lies"
            judged += view.children(c, "nsubj")
            words += [o for o in view.children(c, "dobj") if view.toks[o].lemma.lower() in REBUKE_WORDS]
        elif view.toks[c].tag == "VBN" and view.toks[c].text.lower() in REBUKE_WORDS and view.children(c, "auxpass") \
                and not view.children(c, "neg"):
            # "said it was deeply troubled by the vote": a feeling told as a passive; ("said the
            # move was politicized": a verdict on the subject, which the parser may hang on "was")
            judged += view.prep_objects(c, {"by", "about", "over", "at", "with"}) or view.children(c, "nsubjpass", "nsubj") \
                or [k for a in view.children(c, "auxpass") for k in view.children(a, "nsubj")]
            words.append(c)
    return judged, words


def _no_grounds(view: SentView, c: int) -> list[int]:
    """"There was no justification for the coup": the clause's "no justification" nouns."""
    return [a for a in view.children(c, "attr") if view.toks[a].lemma.lower() in ("justification", "excuse")
            and any(view.toks[d].text.lower() == "no" for d in view.children(a, "det"))]


def _fused_verdict(view: SentView, i: int) -> list[int]:
    """"Called the plan theft", parsed as one noun "plan theft": the verdict noun whose
    compound is what is judged; "called the move unfair", parsed with the verdict as the
    object's adjective: the adjective."""
    if view.toks[i].lemma.lower() not in ("call", "brand", "label", "term"):
        return []
    nouns = [o for o in view.children(i, "dobj") if view.toks[o].lemma.lower() in REBUKE_WORDS
             and any(view.toks[c].pos == "NOUN" for c in view.children(o, "compound"))]
    if view.children(i, "oprd", "xcomp", "ccomp", "acomp", "attr"):
        return nouns
    # ("called the decision deeply unfortunate and irresponsible": the coordinated adjectives too)
    return nouns + [b for o in view.children(i, "dobj") for a in view.children(o, "amod")
                    for b in [a] + view.children(a, "conj") if view.toks[b].lemma.lower() in REBUKE_WORDS | PRAISE_WORDS]


def _reported_reading(view: SentView, i: int) -> str | None:
    """The event a reporting verb's clause makes of it, as a lexicon key, or None."""
    judged, words = _said_verdict(view, i)
    verdicts = {view.toks[w].lemma.lower() for w in words} | {view.toks[w].text.lower() for w in words}
    proposals = [j for j in judged if view.toks[j].lemma.lower() in PROPOSALS or view.toks[j].lemma.lower() == "it"
                 and any(t.lemma.lower() in PROPOSALS for t in view.toks[:j])]
    if verdicts & {"unacceptable", "void", "invalid"} and proposals:
        return "* refuse"       # "France said the deal was unacceptable", "called the deal ... and said it was null and void"
    if any(view.toks[c].lemma.lower() in REOPENING and view.children(c, "neg") and any(
            view.toks[s].lemma.lower() in PROPOSALS | ACCORDS for s in view.children(c, "nsubjpass"))
            for c in view.children(i, "ccomp")):
        return "* refuse"       # "said the agreement could not be renegotiated"
    if verdicts & (REBUKE_WORDS | ENDANGERING | DANGERS) or any(_no_grounds(view, c) for c in view.children(i, "ccomp")):
        return "* rebuke"       # "Moscow said the sanctions were illegal", "there was no justification for it"
    if verdicts & PRAISE_WORDS and any(view.toks[j].pos == "NOUN" and (view.toks[j].lemma.lower() in REFERRING_NOUNS | ATTACK_NOUNS
                                                                       or (view.toks[j].lemma.lower(), "NOUN") in triggers())
                                       for j in judged):
        return "* praise"       # "Merkel said the strikes were necessary and appropriate"
    if _said_blame(view, i):
        return "* blame"        # "said Putin was responsible for his death"
    if _said_threat(view, i):
        return "* threat"       # "said Israel would be punished"
    ask = _said_demand(view, i)
    return f"* {ask}" if ask else None      # "told him Ukraine must withdraw"


def _culpable(view: SentView, v: int) -> bool:
    """"X is to blame": the copula's to-infinitive "blame", which judges its subject."""
    tok = view.toks[v]
    return tok.lemma.lower() == "blame" and tok.dep == "xcomp" and view.toks[tok.head].lemma.lower() == "be" \
        and _infinitival(view, v)


def _said_blame(view: SentView, i: int) -> list[int]:
    """For a reporting verb whose clause holds someone responsible for a harm ("said Putin was
    responsible for his death", "said Russia was to blame", "said Russia bore responsibility for
    the war"): the blamed subjects."""
    blamed = []
    # (a failure blamed is never the speaker's own: "said it had failed to protect ...", "said the
    # deal failed because it refused to cooperate")
    speaker = [a for k in subjects(view, i)[0] for a in view.actors(k)]
    clauses = view.children(i, "ccomp")
    # ("said Ukraine was not to blame and that Russia bore responsibility": the coordinated clause)
    clauses += [k for c in clauses for x in [c] + view.children(c, "xcomp") for k in view.children(x, "conj")
                if view.children(k, "nsubj")]
    for c in clauses:
        if view.toks[c].lemma.lower() in ("bear", "carry", "have") and not view.children(c, "neg") and any(
                view.toks[o].lemma.lower() == "responsibility" for o in view.children(c, "dobj")):
            blamed += view.children(c, "nsubj")     # "said Russia bore ultimate responsibility for the war"
            continue
        if view.toks[c].lemma.lower() == "be" and not view.children(c, "neg") and any(
                _culpable(view, x) for x in view.children(c, "xcomp")):
            blamed += view.children(c, "nsubj")     # "said Moscow was to blame"
            continue
        if view.toks[c].lemma.lower() in PLOTTING and not view.children(c, "neg") and any(
                view.toks[o].lemma.lower() in PLOTS for o in view.children(c, "dobj")):
            blamed += view.children(c, "nsubj")     # "said nationalists from Russia had organized a plot"
            continue
        if view.toks[c].lemma.lower() == "commit" and not view.children(c, "neg") and any(
                view.toks[o].lemma.lower() in HARMS | {"crime", "abuse", "violation"} for o in view.children(c, "dobj")):
            blamed += view.children(c, "nsubj")     # "said Israel was committing war crimes"
            continue
        if view.toks[c].lemma.lower() in ("respond", "react", "retaliate") and not view.children(c, "neg") and not any(
                view.toks[a].lemma.lower() in HYPOTHETICAL_AUX | {"must", "will"} for a in view.children(c, "aux")):
            # "said it had responded to provocations by Armenian troops": whoever provoked it
            # (the parser may hang "by Armenian troops" on the verb)
            provoked = [o for o in view.prep_objects(c, {"to", "against"}) if view.toks[o].lemma.lower() in PROVOCATIONS]
            blamed += [b for o in provoked for b in view.prep_objects(o, {"by", "from"})]
            blamed += [b for b in view.prep_objects(c, {"by"}) if provoked and view.toks[b].pos in ("NOUN", "PROPN")]
            continue
        if view.toks[c].lemma.lower() == "fail" and not view.children(c, "neg") and any(
                view.toks[x].lemma.lower() in OBLIGATIONS for x in view.children(c, "xcomp")):
            # "said Morsi had failed to meet the demands of the people": whoever failed a duty
            own = {a.code for a in speaker}
            blamed += [b for b in view.children(c, "nsubj")
                       if view.actors(b) and not {a.code for a in view.actors(b)} & own]
            continue
        failed = [k for k in view.children(c, "advcl") if view.toks[k].lemma.lower() in ("fail", "refuse")
                  and not view.children(k, "neg")
                  and any(view.toks[m].lemma.lower() in ("because", "since") for m in view.children(k, "mark"))]
        if failed:
            # "said trust had been damaged because South Korea had failed to resolve the issue":
            # whoever failed
            own = {a.country for a in speaker if a.country}
            blamed += [b for k in failed for b in view.children(k, "nsubj")
                       if not {a.country for a in view.actors(b)} & own]
            continue
        if view.toks[c].lemma.lower() != "be" or view.children(c, "neg"):
            continue
        if any(view.toks[o].lemma.lower() in HARMS | ATTACK_NOUNS for o in view.prep_objects(c, {"behind"})):
            blamed += view.children(c, "nsubj")     # "said a local Islamist group was behind the bombings"
            continue
        for r in view.children(c, "acomp", "attr"):
            if view.toks[r].lemma.lower() in ("responsible", "culprit", "guilty") and any(
                    view.toks[o].lemma.lower() in HARMS for o in view.prep_objects(r, {"for", "of"})):
                blamed += view.children(c, "nsubj")
    return blamed


def _said_threat(view: SentView, i: int) -> bool:
    """A reporting verb whose clause says the speaker's side will strike, punish or respond
    ("said Israel would be punished for the attack", "said the military would respond"): a threat."""
    speaker = {a.country for k in subjects(view, i)[0] for a in view.actors(k) if a.country}
    if not speaker:
        return False

    def by_speaker(c: int) -> bool:     # "it would retaliate", "the military would respond"
        named = [a for k in subjects(view, c)[0] for a in view.actors(k)]
        doers = {a.country for a in named if a.country}
        return bool(doers and doers <= speaker or named and not doers)
    for c in view.children(i, "ccomp"):
        tok = view.toks[c]
        if view.children(c, "neg") and any(view.toks[a].lemma.lower() == "unpunished" for a in view.children(c, "acomp", "oprd")):
            return True             # "said the killing would not go unpunished"
        if tok.lemma.lower() == "reserve" and not view.children(c, "neg") and any(
                view.toks[o].lemma.lower() == "right" and any(_response(view, a) or view.toks[a].lemma.lower() in THREAT_VERBS
                                                               or view.toks[a].lemma.lower() in ("defend", "protect")
                                                               for a in view.children(o, "acl"))
                for o in view.children(c, "dobj")):
            return True             # "said it reserved the right to respond" (or "to defend its water security")
        if tok.lemma.lower() in PLANNING and not view.children(c, "neg"):
            # "said it was examining a plan to fire missiles at Guam": force the speaker's side weighs
            acts = view.children(c, "xcomp") + [a for o in view.children(c, "dobj") if view.toks[o].lemma.lower() in
                                                ("plan", "option", "proposal") for a in view.children(o, "acl")]
            if any(r.cameo[:2] in FORCE_ROOTS for k in acts for r, _w in find_triggers(view, k)) and by_speaker(c):
                return True
        if tok.lemma.lower() in ("be", "remain") and not view.children(c, "neg") and any(
                view.toks[k].lemma.lower() == "option"
                and any(view.toks[d].lemma.lower() == "all" for d in view.children(k, "det"))
                for k in view.children(c, "nsubj")) and (
                any(view.toks[a].lemma.lower() == "open" for a in view.children(c, "acomp"))
                or any(view.toks[o].lemma.lower() == "table" for o in view.prep_objects(c, {"on"}))):
            return True             # "said all options remained open on Venezuela", "were on the table"
        # ("said Tokyo could shoot down any missile headed toward Guam": what the speaker's side
        # could do by force)
        if tok.pos != "VERB" or view.children(c, "neg") or \
                not any(view.toks[a].lemma.lower() in ("will", "would", "shall", "could") for a in view.children(c, "aux")):
            continue
        # ("would take resolute countermeasures": a reprisal, named by the object; "would keep
        # targeting Israeli ships": the verbs of its to-clause too)
        chain = [c] + view.children(c, "xcomp")
        forceful = tok.lemma.lower() in THREAT_VERBS or _response(view, c) or \
            any(view.toks[o].lemma.lower() in REPRISALS for o in view.children(c, "dobj")) or \
            any(view.toks[o].lemma.lower() in ("action", "measure", "step") and (any(
                view.toks[a].lemma.lower() in ("necessary", "resolute", "decisive", "firm") for a in view.children(o, "amod"))
                # ("would take action against those who opposed ...")
                or view.prep_objects(o, {"against"}) or view.prep_objects(c, {"against"}))
                for o in view.children(c, "dobj")) or \
            any(r.cameo[:2] in FORCE_ROOTS for k in chain for r, _w in find_triggers(view, k)) or \
            _conditional_deployment(view, chain) or \
            (tok.lemma.lower() == "prosecute" or any(r.cameo[:2] == "17" for r, _w in find_triggers(view, c))) and any(
                a.country and a.country not in speaker or _challenger(a)
                for k in view.children(c, "nsubjpass") for a in view.actors(k))
        # ("said opposition leaders would be prosecuted": coercion of others by no one named, the
        # speaker's; not "said those responsible would be prosecuted")
        if tok.lemma.lower() in ("have", "carry", "bring") and any(
                view.toks[o].lemma.lower() == "consequence" for o in view.children(c, "dobj")):
            return True             # "said the attack would have everlasting consequences"
        if tok.lemma.lower() == "pay" and (view.prep_objects(c, {"for"}) or any(
                view.toks[o].lemma.lower() == "price" for o in view.children(c, "dobj"))) and any(
                a.country and a.country not in speaker for k in view.children(c, "nsubj") for a in view.actors(k)):
            return True             # "said Israel would pay for the crime", "would pay a heavy price"
        if tok.lemma.lower() in ("resume", "continue") and any(
                view.toks[k].lemma.lower() in ATTACK_NOUNS | CAMPAIGNS for k in view.children(c, "nsubj")):
            return True             # "said the war would resume after the pause"
        if not forceful:
            continue
        if view.children(c, "nsubjpass") and not view.children(c, "agent"):
            return True         # punished by no one named: by the speaker
        if by_speaker(c):
            return True
    return False


def _conditional_deployment(view: SentView, chain: list[int]) -> bool:
    """"said Egypt could send its army into Libya if Tripoli's forces advanced": a deployment
    made to hang on what someone else does is a threat of force; so is a sanction ("said it would
    cut aid unless constitutional order was restored")."""
    return any(r.cameo[:2] in ("15", "16") for k in chain for r, _w in find_triggers(view, k)) and any(
        {view.toks[m].lemma.lower() for m in view.children(a, "mark")} & {"if", "unless"}
        for k in chain for a in view.children(k, "advcl"))


def _said_demand(view: SentView, i: int) -> str:
    """For a reporting verb whose clause says another country must or should act ("Putin told
    him that Ukraine must withdraw its troops"): "demand" or "appeal"; else ""."""
    speaker = {a.country for k in subjects(view, i)[0] for a in view.actors(k) if a.country}
    if not speaker:
        return ""
    for c in view.children(i, "ccomp"):
        aux = {view.toks[a].lemma.lower() for a in view.children(c, "aux")}
        obliged = view.toks[c].text.lower() in OBLIGED and bool(view.children(c, "auxpass")) \
            and bool(view.children(c, "xcomp")) and not view.children(c, "neg")
        if obliged:
            aux.add("must")     # "said China was obliged to comply with the ruling"
        elif view.toks[c].pos != "VERB" or view.children(c, "neg") or not aux & {"must", "should"}:
            continue
        doers = {a.country for k in view.children(c, "nsubj", *(("nsubjpass",) if obliged else ())) for a in view.actors(k)
                 if a.country}
        if doers and not doers & speaker:
            return "demand" if "must" in aux else "appeal"
        # ("the shadow government said the military must release political prisoners": a
        # challenger's demand of its own state)
        rulers = [a for k in view.children(c, "nsubj") for a in view.actors(k)]
        if rulers and all(set(a.sectors) & STATE_SECTORS for a in rulers) and all(
                set(a.sectors) & CHALLENGERS for k in subjects(view, i)[0] for a in view.actors(k)):
            return "demand" if "must" in aux else "appeal"
    return ""


def _condition(view: SentView, i: int) -> bool:
    """Whether token i is the verb of an "until" or "unless" clause, or of the "if" clause of a
    threat or a promise ("threatened military action if Iran refused")."""
    tok = view.toks[i]
    if tok.pos != "VERB" or tok.dep != "advcl":
        return False
    marks = {view.toks[m].lemma.lower() for m in view.children(i, "mark")}
    return bool(marks & {"until", "unless"}) or "if" in marks and \
        view.toks[tok.head].lemma.lower() in ("threaten", "warn", "vow", "promise", "pledge")


def _no_longer(view: SentView, i: int) -> bool:
    """"no longer welcome": a welcome withdrawn."""
    words: set[str] = set()
    for h in [i] + ([view.toks[i].head] if view.toks[i].dep == "acomp" else []):     # "was no longer welcome"
        words |= {view.toks[k].text.lower() for k in view.children(h, "neg", "advmod")}
        words |= {view.toks[k].text.lower() for c in view.children(h, "advmod") for k in view.children(c, "neg")}
    return {"no", "longer"} <= words


def find_triggers(view: SentView, i: int) -> list[tuple[Trigger, tuple[int, ...]]]:
    """Every lexicon row that holds for token i, best first (a row whose source sector test
    fails gives way to the next: "troops clashed" is a fight, "protesters clashed" a riot)."""
    tok = view.toks[i]
    lex = triggers()
    if i in view.at and not view.at[i].is_agent:
        return []
    lemma = tok.lemma.lower()
    out: list[tuple[Trigger, tuple[int, ...]]] = []
    if tok.tag == "VBG" and tok.dep in ("nsubj", "nsubjpass", "dobj", "pobj") and any(
            view.toks[p].lemma.lower() == "between" for p in view.children(i, "prep")):
        # "Fighting between the army and the paramilitaries entered its second week": a gerund
        # the parser took for a verb, used as the noun it is
        return [(row, (i,)) for row in lex.get((tok.text.lower(), "NOUN"), ())]
    if tok.pos in ("VERB", "ADJ"):
        pos = tok.pos
        if pos == "ADJ" and lemma == "welcome" and _no_longer(view, i):
            # "the ambassador was no longer welcome in the United States": an expulsion
            return [(row, (i,)) for row in lex.get(("* unwelcome", "VERB"), ())]
        if pos == "ADJ" and not view.children(i, "xcomp"):
            return []           # "ready to mediate" is an intent; "ready" alone is not
        if lemma == "declare" and any(view.toks[k].text.lower() == "grata" for k in view.subtree(i)):
            # "declared two diplomats persona non grata"
            return [(row, (i,)) for row in lex.get(("* unwelcome", "VERB"), ())]
        keys = []
        for c in view.children(i, "prt", "advmod"):
            keys.append((f"{lemma} {view.toks[c].text.lower()}", (i, c), None))
        for c in view.children(i, "prep"):
            if view.children(c, "pobj") and all(view.toks[o].ent_type in ("DATE", "TIME") or view.toks[o].lemma.lower()
                                                in DAYTIMES for o in view.children(c, "pobj")) or c < i:
                continue    # "called Zelenskyy a dictator on Wednesday" is no "call on", "launched a drone at dawn" no "launch at"
                            # (nor "On Wednesday Trump called ...": a particle follows its verb)
            keys.append((f"{lemma} {view.toks[c].text.lower()}", (i, c), c))
        # ("called for the violence to stop", parsed with "for" marking the clause)
        keys += [(f"{lemma} for", (i, m), None) for m in _for_marks(view, i, ("advcl",)) if m == i + 1]
        particles = {view.toks[c].text.lower() for c in view.children(i, "prt")}
        if not particles & {"up", "in", "away", "off"} or any(lex.get((k, pos)) for k, _w, _p in keys):
            keys.append((lemma, (i,), None))    # "give up territory" is no giving
        # "ordered French troops to leave": a verb and its to-clause together
        keys = [(f"{lemma} to {view.toks[c].lemma.lower()}", (i, c), None) for c in view.children(i, "xcomp")] + keys
        # "gave Argentine diplomats 72 hours to leave": the to-clause hangs on the time given
        # (or on the verb: "gave Iranian diplomats 48 hours to leave", with the diplomats its dative)
        keys = [(f"{lemma} to leave", (i, c), None) for o in view.children(i, "dobj") for c in view.children(o, "acl", "relcl")
                if view.toks[c].lemma.lower() == "leave"] + [
            (f"{lemma} to leave", (i, c), None) for c in view.children(i, "advcl")
            if view.toks[c].lemma.lower() == "leave" and view.children(i, "dative")] + keys
        # the verdict is the complement, or a second object ("called the U.S. tariffs blackmail")
        verdicts = view.children(i, "oprd", "xcomp", "ccomp", "acomp", "attr") + view.children(i, "dobj")[1:] \
            + _fused_verdict(view, i)
        if lemma in ("call", "brand", "label", "term"):
            # "called Zelenskyy a dictator", parsed with the verdict in apposition to the object
            verdicts += [a for o in view.children(i, "dobj") for a in view.children(o, "appos")]
            # ("called the idea of selling the island absurd", parsed with the adjective on "selling":
            # an adjective that ends the object)
            verdicts += [k for o in view.children(i, "dobj") for k in view.subtree(o)[-1:]
                         if k != o and view.toks[k].pos == "ADJ" and view.toks[k].dep == "advmod"]
        # "an authoritarian act and a violation of international law": the verdict's words and its conjuncts'
        verdicts += [k for c in verdicts for k in view.children(c, "conj", "amod")]
        # ("called the American move a political provocation", parsed with "move" an object
        # predicate whose object is the verdict)
        verdicts += [k for c in verdicts if view.toks[c].dep == "oprd" for k in view.children(c, "dobj")]
        verdicts += [k for c in verdicts for k in view.children(c, "amod") if view.toks[c].dep == "conj"]
        # ("a unique and historic moment": the adjective's conjuncts)
        verdicts += [k for c in verdicts if view.toks[c].dep == "amod" for k in view.children(c, "conj")]
        # "an act of war", "an act of aggression", "a declaration of war"
        # ("a tool of neocolonial repression", "an instrument of oppression")
        verdicts += [k for c in verdicts
                     if view.toks[c].lemma.lower() in ("act", "tool", "instrument", "form", "declaration")
                     for k in view.prep_objects(c, {"of"})]
        # ("an attempt to intimidate Turkey": an attempt at a hostile end)
        hostile_end = any(view.toks[k].lemma.lower() in HOSTILE_ENDS for c in verdicts
                          if view.toks[c].lemma.lower() in ("attempt", "effort", "bid", "plot") for k in view.children(c, "acl"))
        described = any(view.toks[o].lemma.lower() in ("what", "which") for o in view.children(i, "dobj"))
        # ("called Erdogan to offer his condolences": a purpose, no verdict)
        purposes = [c for c in verdicts if view.toks[c].dep == "xcomp"
                    and _infinitival(view, c)]
        if lemma == "call" and not set(verdicts) - set(purposes) and not view.children(i, "prt") and any(
                a.kind in ("person", "state") for o in view.children(i, "dobj") for a in view.actors(o)) \
                and not any(view.toks[p].lemma.lower() in ("for", "on") for p in view.children(i, "prep")):
            keys.append(("* phone", (i,), None))      # "Trump then called Zelenskyy to brief him"
        # ("called the visit an important sign of support")
        tokens = [k for c in verdicts if view.toks[c].lemma.lower() in SIGNS for k in view.prep_objects(c, {"of"})
                  if view.toks[k].lemma.lower() in GOODWILL]
        praised = lemma in ("call", "describe", "hail", "term") and not described and (tokens or any(
            view.toks[c].lemma.lower() in PRAISE_WORDS for c in verdicts))
        if praised:
            keys.append(("* praise", (i,), None))     # "called the expansion historic"
        elif lemma in REBUKE_VERBS and not described and (hostile_end or any(
                {view.toks[c].lemma.lower(), view.toks[c].text.lower()} & REBUKE_WORDS for c in verdicts)):
            # ("called the decision shortsighted": the parser's verb "shortsighte" is the word)
            # (not "condemned what it called Israeli aggression": a description inside the condemnation)
            keys.append(("* rebuke", (i,), None))
        elif lemma in REPORTING and (reading := _reported_reading(view, i)):
            keys.append((reading, (i,), None))
        elif lemma in VOIDING_VERBS and any(
                view.toks[k].lemma.lower() in VOID for c in view.children(i, "oprd", "ccomp", "acomp", "xcomp", "dobj")
                + view.prep_objects(i, {"as"}) for k in [c] + view.children(c, "conj")):
            # "declared the U.S. recognition null and void" (parsed "as ... null and void")
            keys.append(("* refuse", (i,), None))
        if lemma in ("take", "hold") and any(view.toks[k].lemma.lower() == "hostage" for c in view.children(
                i, "dobj", "oprd", "xcomp", "ccomp") for k in view.subtree(c)):
            # "took a priest and several churchgoers hostage", however the parser hung "hostage"
            keys.insert(0, ("take hostage", (i,), None))
        # "stopped the speaker from entering parliament": a bar on going somewhere
        keys += [(f"{lemma} from entering", (i, c), None) for c in view.children(i, "prep")
                 if view.toks[c].lemma.lower() == "from"
                 and any(view.toks[k].lemma.lower() in GOING for k in view.children(c, "pcomp"))]
        # "will jointly build": an adverb that makes any action a joint one
        keys += [(f"* {view.toks[c].text.lower()}", (i, c), None) for c in view.children(i, "advmod")]
        for key, words, prep in keys:
            rows = lex.get((key, pos), ())
            if not rows:
                continue
            objs = _objects(view, i, prep)
            if " to " in key and len(words) == 2:
                objs = objs | _objects(view, words[1], None)     # "vowed to take resolute countermeasures"
            # ("dismissed Navalny as a criminal" is a verdict, no dismissal from office)
            verdict = lemma in REBUKE_VERBS and bool(view.prep_objects(i, {"as"}))
            out += [(row, words) for row in rows if (not row.obj or row.obj & objs)
                    and not (verdict and row.cameo[:2] == "17")]
        return out
    if tok.pos == "NOUN":
        mods = _mods(view, i)
        keys = [(f"{view.toks[c].lemma.lower()} {lemma}", (c, i)) for c in view.children(i, "compound", "amod")]
        if tok.dep == "dobj" and view.toks[tok.head].lemma.lower() in VOICING:
            # "renewed its call for London to negotiate", "repeated its call on Israel to allow
            # aid": a noun voiced again and the preposition (or clause marker) that tells what it
            # asks (not "a wake-up call for all of us")
            keys = [(f"{lemma} {view.toks[c].text.lower()}", (i,)) for c in view.children(i, "prep")] + (
                [(f"{lemma} for", (i,))] if _for_marks(view, i, ("acl", "advcl")) else []) + keys
        if lemma == "request" and tok.dep == "pobj" and view.toks[tok.head].lemma.lower() == "at":
            keys.insert(0, ("at request", (i,)))    # "at the government's request"
        keys.append((lemma, (i,)))
        if tok.text.lower() != lemma:
            keys.append((tok.text.lower(), (i,)))
        for key, words in keys:
            out += [(row, words) for row in lex.get((key, "NOUN"), ()) if not row.mod or row.mod & mods]
    return out


def subjects(view: SentView, v: int, depth: int = 0) -> tuple[list[int], bool]:
    """The subject heads of verb v (inherited when it has none) and whether v is passive."""
    kids = view.kids[v]
    subj = [k for k in kids if view.toks[k].dep in ("nsubj", "csubj")]
    if not subj:
        # "Egypt and Qatar are mediating": a subject the parser hung on the auxiliary
        subj = [k for a in kids if view.toks[a].dep == "aux" for k in view.kids[a] if view.toks[k].dep == "nsubj"]
    if not subj:
        # "after Islamist militants linked to the Islamic State group overran parts of the city",
        # parsed with the subject's participle as the clause's verb: that verb's subject
        subj = [k for c in kids if c < v and view.toks[c].dep == "advcl" and view.toks[c].tag == "VBN"
                and view.children(c, "mark") for k in view.children(c, "nsubj")]
    if view.toks[v].dep == "relcl" and subj and view.toks[subj[0]].lemma.lower() in ("which", "who", "that"):
        head = view.toks[v].head
        if view.toks[head].lemma.lower() in DOCUMENTS and view.toks[head].dep == "dobj" and depth < 4 \
                and view.toks[view.toks[head].head].lemma.lower() in ENACTING:
            # "passed two laws that ban UNRWA": a text acts for whoever passed it (not for whoever
            # vetoed it: "vetoed a resolution that would have demanded a ceasefire")
            return _inherited(view, view.toks[head].head, depth), False
        # "the juntas, which have expelled French forces"; "Hungary is the only member that has
        # not ratified": the copula's subject
        subj = _copula_subject(view, head) or [head]
    passive = [k for k in kids if view.toks[k].dep == "nsubjpass"]
    # a participle coordinated with a passive, sharing its auxiliary: the passive's gapped twin
    twin = not passive and view.toks[v].dep == "conj" and view.toks[v].tag == "VBN" \
        and not view.children(v, "aux", "auxpass") and bool(view.children(view.toks[v].head, "auxpass"))
    if twin and subj:
        passive = subj      # "dozens had been killed and 2,000 people detained": its own subject suffers
    if passive or twin:
        # ("was beaten and briefly detained by police": the agent of the pair is both verbs')
        agents = view.children(v, "agent") or [a for c in view.children(v, "conj") if view.toks[c].tag == "VBN"
                                               and not view.children(c, "nsubj", "nsubjpass")
                                               for a in view.children(c, "agent")]
        return [p for k in agents for p in view.children(k, "pobj")], True
    if subj or depth > 4:
        return subj, False
    tok = view.toks[v]
    if tok.head == v:
        return [], False
    head = tok.head
    if tok.dep == "xcomp":
        obj = view.children(head, "dobj")
        if obj and view.toks[head].lemma not in ("make", "take", "have", "hold", "pay"):
            return obj, False       # object control: "urged X to", "allows him to"
        return _inherited(view, head, depth), False
    if tok.dep == "acl" and tok.tag == "VBG" and view.toks[head].lemma.lower() in DOCUMENTS \
            and view.toks[head].dep in ("dobj", "nsubjpass") and (
                tok.lemma.lower() in SPEAKING or view.toks[head].lemma.lower() in ("law", "bill", "decree")
                and view.toks[view.toks[head].head].lemma.lower() in ENACTING):
        # "adopted a resolution demanding that Israel end ...": the adopters demand; "signed into
        # law a bill suspending cooperation with the IAEA": the signer suspends it
        return _inherited(view, view.toks[head].head, depth), False
    if tok.dep == "acomp" or (tok.dep == "attr" and tok.pos == "VERB"):
        # "Ankara was ready to mediate"; "Qatar is mediating" parsed as an attribute of "is"
        return _inherited(view, head, depth), False
    if tok.dep in ("advcl", "conj", "pcomp", "ccomp"):
        if tok.dep == "pcomp":
            head = view.toks[head].head
        if tok.dep == "conj" and view.toks[head].text.lower() == "persona" and view.toks[head].head != head:
            head = view.toks[head].head     # "declared them persona non grata and gave them 72 hours": the declarer
        reporter = view.toks[head].head
        if tok.dep == "advcl" and tok.tag == "VBG" and tok.lemma.lower() in SPEAKING and view.toks[head].dep == "ccomp" \
                and view.toks[reporter].lemma.lower() in REPORTING:
            # "Moldova's president said Russia had interfered in the election, accusing Moscow of
            # buying votes": the speaker accuses, not the one reported on
            return _inherited(view, reporter, depth), False
        if tok.dep == "advcl" and tok.tag == "VBG" and tok.lemma.lower() in HARMING and (
                view.children(head, "nsubjpass") or _headline_passive(view, head)):
            # "the jet was shot down over Ukraine, killing all 298 people on board": whoever shot
            # it down killed them (the agent, if named), not the jet
            return [k for a in view.children(head, "agent") for k in view.children(a, "pobj")], False
        if tok.dep == "advcl" and tok.tag == "VBG" and tok.lemma.lower() in SPEAKING and v > 0 \
                and view.toks[v - 1].text == "," and view.toks[head].dep == "xcomp":
            # "asked the court to order Germany to halt aid, accusing Berlin of ...": the asker
            # accuses, not the one the clause would have act
            top = head
            while view.toks[top].dep in ("xcomp", "advcl") and view.toks[top].head != top:
                top = view.toks[top].head
            return _inherited(view, top, depth), False
        if tok.dep == "conj" and tok.tag in ("VBD", "VBN") and view.toks[head].pos == "ADJ" and view.toks[head].dep == "acomp" \
                and view.toks[reporter].dep == "ccomp" and view.toks[view.toks[reporter].head].lemma.lower() in REPORTING:
            # "said the election had been neither free nor fair and threatened sanctions", parsed
            # with the verb coordinated to the adjective: the speaker threatened
            speaker = _inherited(view, view.toks[reporter].head, depth)
            if any(a.country for k in speaker for a in view.actors(k)):
                return speaker, False
        inherited = _inherited(view, head, depth)
        # a weapon or strike does what it can do ("said the strikes killed nine and destroyed
        # homes") but summons and condemns no one ("said the Pakistani strikes killed nine and
        # summoned Pakistan's envoy")
        means = bool(inherited) and all(view.toks[k].lemma.lower() in WEAPONS for k in inherited)
        if tok.dep == "conj" and view.toks[head].dep == "ccomp" and view.toks[reporter].lemma.lower() in REPORTING \
                and not view.children(v, "aux") and (
                    means and tok.lemma.lower() in SPEAKING | ENVOY_VERBS
                    or tok.tag == view.toks[reporter].tag == "VBD"
                    and (not any(a.country for k in inherited for a in view.actors(k)) or view.toks[head].tag != "VBD")
                    and not (means and any(r.cameo[:2] in PATIENT_ROOTS for r, _w in find_triggers(view, v)))):
            # "Seoul's office said the pact posed a threat and summoned the Russian ambassador":
            # parsed as a second verb of the reported clause, whose subject is no actor; "told the
            # crowd that Israel was committing crimes and called the West the culprit": a verb in
            # the speaker's tense, not the reported clause's; the speaker is the one who acted
            speaker = _inherited(view, reporter, depth)
            if any(a.country for k in speaker for a in view.actors(k)):
                return speaker, False
        return inherited, False
    if tok.dep == "acl" and view.toks[head].lemma.lower() in INTENT_NOUNS:
        # "an offer by Egypt to host talks": the offer's author acts; "triggered the process to
        # reimpose sanctions": the one who triggered it
        # ("the American order to shut the Chinese consulate": an actor modifier too, of what is
        # decided, not merely proposed: not "a U.S.-backed plan to disarm Hezbollah")
        own = view.children(head, "poss") + view.prep_objects(head, {"by", "from"}) + [
            c for c in view.children(head, "amod", "compound") if view.toks[head].lemma.lower() in ("order", "decision")
            and any(a.country for a in view.actors(c))]
        if own:
            return own, False
        verb = _clause_verb(view, head)
        if verb is not None and view.toks[verb].lemma.lower() in AUTHORING_VERBS:
            return subjects(view, verb, depth + 1)[0], False
        return [], False
    infinitival = tok.dep == "relcl" and _infinitival(view, v)
    if (tok.dep == "acl" or infinitival) and view.toks[head].pos in ("NOUN", "PROPN"):
        # ("Russia became the first country to recognize the Taliban": the copula's subject)
        return _copula_subject(view, head) or [head], False
    return [], False


def _copula_subject(view: SentView, noun: int) -> list[int]:
    """The subject of the copula a noun is the complement of ("Hungary is the only member",
    "Russia became the first country"), or none."""
    tok = view.toks[noun]
    if tok.dep != "attr" or view.toks[tok.head].lemma.lower() not in ("be", "become", "remain"):
        return []
    return view.children(tok.head, "nsubj")


def _inherited(view: SentView, head: int, depth: int) -> list[int]:
    """The subject a dependent clause shares with its head; for a passive head ("X is set to
    attend", "X was asked to leave") that is the passive subject."""
    passive = view.children(head, "nsubjpass")
    return passive or subjects(view, head, depth + 1)[0]


def _clause_verb(view: SentView, i: int) -> int | None:
    """The verb whose argument (possibly through prep/conj/attr links) the noun i is."""
    k, steps = i, 0
    while steps < 6 and view.toks[k].head != k:
        k = view.toks[k].head
        if view.toks[k].pos in ("VERB", "AUX"):
            return k
        steps += 1
    return None


def _topic(view: SentView) -> list[Actor]:
    """A sentence-initial "For X," frame: "For Beijing, the parade is a statement of ..."."""
    toks = view.toks
    if len(toks) > 3 and toks[0].text.lower() == "for" and toks[0].dep == "prep":
        return [a for k in view.children(0, "pobj") for a in view.actors(k)]
    return []


def place(view: SentView, heads: list[int]) -> Location | None:
    """A place in "in/at X" on one of ``heads`` or a place modifying it ("the Beijing parade");
    "Tehran, where he had attended ..." places the relative clause at its noun."""
    for h in heads:
        r = h
        while view.toks[r].dep in ("xcomp", "acomp") and view.toks[r].head != r:
            r = view.toks[r].head       # "Tokyo, where Duterte is due to visit": the clause the verb completes
        if view.toks[r].dep == "relcl" and any(view.toks[c].lemma.lower() == "where" for c in view.children(r, "advmod")):
            k = view.toks[r].head
            m = view.at.get(k)
            loc = locations.city(view.toks[k].text)
            if m is not None and m.entries and m.entries[0].kind == "state":
                loc = loc or locations.country(m.entries[0].country, m.entries[0].name)
            if loc:
                return loc
        pobjs = view.prep_objects(h, PLACE_PREPS | {"to"})
        # "pulled out of Jabalia": the parser hangs "of" on the particle
        pobjs += [o for p in view.children(h, "prep", "prt") if view.toks[p].text.lower() in ("out", "away")
                  for o in view.prep_objects(p, {"of", "from"})]
        # "withdraw from the eastern town of Avdiivka": an area named by its "of"
        pobjs += [o for k in pobjs + view.prep_objects(h, {"from"}) if view.toks[k].lemma.lower() in AREAS
                  for o in view.prep_objects(k, {"of"})]
        cands = pobjs + view.children(h, "compound", "nmod")
        # "at Beijing Military Parade": the place modifies the object of the preposition
        cands += [c for k in pobjs if view.toks[k].pos == "NOUN" for c in view.children(k, "compound", "nmod", "poss")]
        # "at a military facility in Russia's Bryansk region": the object's own place
        inner = [o for k in pobjs if view.toks[k].pos == "NOUN" for o in view.prep_objects(k, {"in"})]
        cands += inner + [c for o in inner if view.toks[o].pos == "NOUN" for c in view.children(o, "compound", "poss")]
        for k in cands:
            tok = view.toks[k]
            m = view.at.get(k)
            # the tagger calls many towns an organisation or a person ("in Bucha"): a known town
            # after "in" or "at" that names no actor is a place
            mistagged = tok.ent_type in ("ORG", "PERSON", "PRODUCT") and k in pobjs and m is None \
                and locations.city(tok.text) is not None
            if tok.pos != "PROPN" or tok.ent_type in NOT_PLACES and not mistagged:
                continue
            if m is not None and not m.is_agent and m.entries and m.entries[0].kind == "organisation" \
                    and "GOV" in m.entries[0].sectors and m.entries[0].country and len(m.entries[0].country) == 3:
                e = m.entries[0]      # "at the White House", "at the Kremlin": the seat's country
                return locations.country(e.country, e.name)
            if m is not None and (m.is_agent or any(e.kind != "state" for e in m.entries)):
                continue
            if m and m.entries and m.entries[0].kind == "state" and m.entries[0].form in ("name", "capital"):
                # a country's name is the country, even where a town shares it ("Mali", "Jordan")
                e = m.entries[0]
                capital = locations.city(view.span_text(list(range(m.start, m.end)))) if e.form == "capital" else None
                return capital or locations.country(e.country, e.name)
            loc = town(view, k)
            if loc:
                return loc
    return None


def town(view: SentView, k: int) -> Location | None:
    """The town the proper name at or before ``k`` names, by its full name with its compounds
    ("El Fasher", "the Jabalia area"), else by its last word."""
    words = [c for c in view.children(k, "compound") if view.toks[c].pos == "PROPN"]
    words += [k] if view.toks[k].pos == "PROPN" else []
    if not words:
        return None
    m = view.at.get(k)
    if len(words) > 1 and m is not None and not m.is_agent and m.entries and m.entries[0].kind == "state":
        e = m.entries[0]    # "the occupied West Bank" is the territory named, not a town called Bank
        return locations.city(view.span_text(words)) or locations.country(e.country, e.name)
    return locations.city(view.span_text(words)) or locations.city(view.toks[words[-1]].text)


def sentence_place(view: SentView) -> Location | None:
    """The first place the sentence puts something "in/at/near/across": a country named there
    ("in northwest Nigeria", "in Mali's Mopti region", "in Indian Kashmir") or a known city."""
    for k, tok in enumerate(view.toks):
        if tok.dep != "pobj" or view.toks[tok.head].lemma.lower() not in PLACE_PREPS | {"across", "off"}:
            continue
        if tok.lemma.lower() in BORDERS:
            continue        # "near the Afghan border" does not say which side
        for c in view.core(k):
            m = view.at.get(c)
            if m is not None and not m.is_agent and m.entries and m.entries[0].kind == "state":
                e = m.entries[0]
                if e.form == "adjective" and tok.pos != "PROPN" and tok.lemma.lower() not in AREAS:
                    continue    # "in a Serbian Orthodox monastery" is not in Serbia ("in Indian Kashmir" is)
                if e.form == "capital":
                    return locations.city(view.span_text(list(range(m.start, m.end)))) or locations.country(e.country, e.name)
                return locations.country(e.country, e.name)
        if tok.pos == "PROPN" and tok.ent_type not in NOT_PLACES:
            words = [c for c in view.children(k, "compound") if view.toks[c].pos == "PROPN"] + [k]
            loc = locations.city(view.span_text(words)) or (locations.city(tok.text) if len(words) == 1 else None)
            if loc:
                return loc
    return None


def _anaphor(view: SentView, obj_heads: list[int], sources: list[Actor], named: bool = False,
             praise: bool = False, rebuke: bool = False) -> list[Actor]:
    """"Iran condemned the strikes", "welcomed the move": the authors of an event told before;
    with ``named``, the heads are what the speaker called the act ("what it called a massacre");
    with ``praise``, a cooperative act before a hostile one ("welcomed the decision" after a
    recognition and the recall of envoys it drew); with ``rebuke``, not the speaker's own side's
    act ("Najib called the move abhorrent" after Malaysia's reply to North Korea's ban)."""
    for o in obj_heads:
        tok = view.toks[o]
        det = o if tok.dep != "compound" else tok.head      # "the plan theft": the compound's head has it
        # "Saudi Arabia called it unjustified": a verdict on "it" judges the act told before, as
        # on "the move"
        # (not "called it wrong to deny him legitimacy": "it" stands for the infinitive)
        judged_it = tok.text.lower() == "it" and tok.dep == "dobj" and view.toks[tok.head].lemma.lower() in VERDICT_VERBS \
            and not any(view.toks[k].text.lower() == "to" and view.toks[k].dep == "aux" for k in view.subtree(tok.head) if k > o)
        if not judged_it and (tok.pos != "NOUN" or not named and not {
                view.toks[c].lemma.lower() for c in view.children(det, "det")} & DEFINITE):
            continue
        if view.children(o, "poss", "compound", "amod", "nmod") and any(c in view.at for c in view.core(o)) \
                or any(k in view.at and not view.at[k].is_agent for k in view.prep_objects(o, {"of", "by"})):
            continue        # "the U.S. strikes", "the recent actions of Milorad Dodik" name their author
        lemma = tok.lemma.lower() if not judged_it else "move"
        sides = {_side(a) for a in sources}
        past = [(n, *e) for n, e in reversed(list(enumerate(view.ctx.events)))]
        if praise:
            past = [e for e in past if e[2] < "09"] + [e for e in past if e[2] >= "09"]
        if lemma in ("remark", "comment", "statement"):
            # "called the remarks absurd": what someone said, before what someone did
            past = [e for e in past if e[1] in REPORTING] + [e for e in past if e[1] not in REPORTING]
        # "welcomed the agreement": the last agreement told as such, before any other last act;
        # "said the sanctions were illegal": the last sanctions told as such
        past = [e for e in past if e[1] in NOMINALISED.get(lemma, ()) or e[1] == lemma] + past
        author = view.ctx.owned.get(lemma)
        if author is not None and _side(author) not in sides and not any(
                e[1] == lemma or e[1] in NOMINALISED.get(lemma, ()) for e in past):
            # "at protests against the law" after "China's national security law": its maker,
            # before any other act of the kind the noun names
            return [author]
        kinds = _noun_roots(lemma)
        if kinds:
            # "called the deployment inflammatory": the last act of the kind the noun names,
            # whatever verb told it
            past = [e for e in past if e[2] in kinds] + past
        if lemma in ATTACK_NOUNS:
            # "condemned the strike" after "an Israeli airstrike destroyed the consulate": the
            # last strike told as such, else the last act of force, whatever verb told it
            # (never words but a claim: "said a local group was behind the bombings that killed
            # 290 people"; "claimed responsibility for the car bombing, which killed ...")
            past = [e for e in past if e[1] == lemma] + [e for e in past if e[2] in FORCE_ROOTS] + \
                [e for e in past if e[2] not in WORD_ROOTS or e[2] == "01"]
        for n, past_lemma, root, src in past:
            if lemma in ACT_NOUNS and (root == "11" and past_lemma not in LEGAL_ACTS or root == "05" and past_lemma in VERDICT_VERBS) \
                    and past_lemma != lemma:
                continue    # "supported the decision" after "Xi called the expansion historic": an act, not a verdict on it
            if lemma in ACT_NOUNS and root in WORD_ROOTS and past_lemma != lemma and past_lemma not in LEGAL_ACTS:
                continue    # "regretted the decision" after "withdrew from the deal ... Iran warned": an act, not words
            if lemma in ACT_NOUNS and root == "14" and past_lemma != lemma:
                continue    # "disagreed with the move" after "thousands protested against the decision": a crowd decides nothing
            if lemma == "decision" and past_lemma in ("broker", "mediate"):
                continue    # "welcomed the decision" after "a deal brokered by the Vatican": a broker decides nothing
            if past_lemma == lemma or {lemma, tok.text.lower()} & (REFERRING_NOUNS | ATTACK_NOUNS) \
                    or past_lemma in NOMINALISED.get(lemma, ()) or root in kinds:
                # (a coup's makers are no side of the government they ousted: "the presidency
                # called the announcement a joke")
                coup = root == "17" and past_lemma in COUP_VERBS
                if _side(src) in sides and not coup:
                    if n >= view.events_before or rebuke:
                        continue    # "Russia, which has mediated between the two, welcomed the step"
                    return []       # "Zelenskyy praised the operation": his own side's act, no dyad
                # (the opposition judging its own country's police is no own side)
                # ("called the deal historic" after one side signed it and both finalized it: all its makers)
                kin = NOMINALISED[lemma] if lemma in ACCORDS and past_lemma in NOMINALISED.get(lemma, ()) else {past_lemma}
                found = [s for lem, _r, s in view.ctx.events if lem in kin and (_side(s) not in sides or coup)]
                return list({a.code: a for a in found}.values())
    return []


def _noun_roots(lemma: str) -> set[str]:
    """The CAMEO roots a noun names as an event in the lexicon ("deployment": 15)."""
    return {t.cameo[:2] for t in triggers().get((lemma, "NOUN"), ())}


def last_foe(view: SentView, own: set[str], attacker: bool = False) -> str | None:
    """The country the side of ``own`` last used force against, in this sentence first; with
    ``attacker``, the country that last used force against it."""
    us, them = (1, 0) if attacker else (0, 1)
    return next((d[them] for d in view.dyads[::-1] + view.ctx.dyads[::-1] if d[us] in own and d[2] in FORCE_ROOTS
                 and d[them] not in own and d[them] in countries()), None)


def _last_pair(view: SentView, own: set[str]) -> list[Actor]:
    """The states of the last dyad told that does not involve ``own`` (states named by their
    people too: "American basketball player Brittney Griner")."""
    pair = next(((d[0], d[1]) for d in reversed(view.ctx.dyads) if d[0] not in own and d[1] not in own), ())
    named = {a.country: a for a in view.ctx.states if a.kind == "state"}
    named.update((c, state(c)) for c in pair if c not in named and c in countries())
    return [named[c] for c in pair] if pair and all(c in named for c in pair) else []


def _side(a: Actor) -> tuple[str | None, bool]:
    """The side an actor is on within its country: the state's, or outside it (the opposition,
    civil society; the courts too, whose rulings a government may judge: "Kenyatta said he
    disagreed with the decision" of the Supreme Court; and the legislature, which may judge the
    government's acts: "the speaker of parliament called the move a coup")."""
    return a.country, _challenger(a) or bool({"JUD", "LEG"} & set(a.sectors))


def _challenger(a: Actor) -> bool:
    """An actor outside its state's apparatus: the opposition, rebels, civil society."""
    return bool(set(a.sectors) & CHALLENGERS)


def _named(view: SentView, heads: list[int], sources: list[Actor], generic: bool = False) -> list[Actor]:
    """The actors with a country that the phrases headed by ``heads`` name, other than the
    sources; with ``generic``, also unnamed ones ("the government", "students")."""
    own = {a.code for a in sources}
    return [a for k in heads for a in view.actors(k) if (a.country or generic and a.sectors) and a.code not in own]


def _inner(view: SentView, n: int) -> list[int]:
    """The phrases inside a noun phrase that may name whom it concerns: its possessor or actor
    modifier ("Iran's treatment of prisoners", "the U.S. arms sale") and the objects of its
    prepositions ("the withdrawal of Russian guards", "an apology from Tokyo")."""
    # (not a capital in a name: "the Paris climate agreement")
    mods = [c for c in view.children(n, "poss", "compound", "amod", "nmod") if c in view.at
            and not ((view.toks[n].pos == "PROPN" or view.toks[c].dep == "compound")
                     and view.at[c].entries and view.at[c].entries[0].form == "capital")]
    # "reports that Iranian agents spied", "allegations that Moscow interfered"
    clause = [k for c in view.children(n, "acl", "ccomp") for k in view.children(c, "nsubj")]
    # "cars made in China", "ships linked to Israel", "a Portuguese-flagged ship", "a Greek-operated tanker"
    made = [k for c in view.children(n, "acl") if view.toks[c].tag == "VBN"
            for k in view.prep_objects(c, {"in", "to", "by", "from"})]
    flagged = [k for c in view.children(n, "amod")
               if view.toks[c].text.lower().lstrip("-") in ("flagged", "operated", "owned", "registered", "managed")
               for k in view.children(c, "npadvmod", "compound", "amod", "nmod") if k in view.at]
    # "a summit it was to host with Biden", "a summit that Biden was to attend": those a gathering
    # was to bring together
    met = [k for c in view.children(n, "relcl", "acl") if view.toks[n].lemma.lower() in GATHERINGS
           for cc in [c] + view.children(c, "xcomp")
           for k in view.prep_objects(cc, {"with", "between"}) + view.children(cc, "nsubj")]
    return mods + flagged + view.prep_objects(n, COMPLEMENT_PREPS | {"of", "by", "for"}) + clause + made + met


def _core_clause(view: SentView, i: int) -> list[int]:
    """i's subtree without its conditional, relative and reported clauses ("if Iran resumed ...")."""
    out, stack = [], [i]
    while stack:
        k = stack.pop()
        out.append(k)
        stack += [c for c in view.kids[k] if view.toks[c].dep not in ("advcl", "relcl", "ccomp", "parataxis")]
    return out


def _complement_targets(view: SentView, v: int, sources: list[Actor]) -> list[Actor]:
    """Whom a promise, demand, refusal or threat concerns, when the verb itself names no one:
    the subject of its clause ("demanded that Ukraine withdraw"), the objects and prepositions of
    the complement verb ("promised to send workers to Russia", "threatened to kill Hezbollah's
    leader"), or the inside of its own object ("demanded an apology from Tokyo")."""
    levels: list[list[int]] = [view.prep_objects(v, COMPLEMENT_PREPS)]
    # ("committed to provide security guarantees to North Korea", parsed as an adverbial clause)
    frontier = view.children(v, "xcomp", "ccomp") + (
        _to_clauses(view, v) if view.toks[v].lemma.lower() in ("commit", "pledge", "promise", "vow") else [])
    own = {a.country for a in sources if a.country}

    def others(k: int) -> bool:     # "warned that Israel would strike Hezbollah": not the speaker's state
        return view.toks[k].pos != "PRON" and not all(a.country in own and not a.sectors for a in view.actors(k))
    for _ in range(3):
        nxt = []
        for c in frontier:
            levels.append([k for k in view.children(c, "nsubj", "nsubjpass") if others(k)])
            if view.toks[view.toks[c].head].lemma.lower() in ("let", "allow", "permit") and view.toks[c].dep == "ccomp":
                # "Israel refused to let it airdrop aid": whoever would be let, a pronoun being the
                # last other party named before it (not the refuser: that would be "itself")
                levels.append([view.head_of(m) for k in view.children(c, "nsubj") if view.toks[k].pos == "PRON"
                               for m in [m for m in view.mentions if m.end <= k and not m.is_agent and any(
                                   a.country and a.country not in own for a in view.resolve(view.head_of(m)))][-1:]])
            # ("offered to send 1,000 police officers": what is given is no one it is given to)
            objs = view.children(c, "dative") if view.toks[c].lemma.lower() in GIVING_VERBS else view.children(c, "dobj", "dative")
            # ("to take control of Greenland": the prepositions of the act it names, too)
            own_preps = {p for r, _w in find_triggers(view, c) for p in r.prep}
            preps = view.prep_objects(c, COMPLEMENT_PREPS | own_preps)
            # ("pledged not to let militants use Afghanistan to threaten the United States": the
            # source's own land is where, not whom)
            levels.append([k for k in objs + preps if not all(a.country in own and not a.sectors for a in view.actors(k))])
            levels.append([k for o in objs + preps for k in _inner(view, o)])
            nxt += view.children(c, "xcomp", "ccomp", "conj")    # "agreed to take custody ... and to represent Argentina"
            # "using pressure to take control of Greenland": the end of a means
            nxt += [a for o in objs if view.toks[o].lemma.lower() in MEANS for a in view.children(o, "acl")]
        frontier = nxt
    obj = view.children(v, "dobj")
    if not obj:
        # "called for an investigation into the coast guard's response": what is called for, when
        # it concerns another country than the caller's ("asked for more air defense systems" is
        # for his own forces)
        obj = [o for o in view.prep_objects(v, {"for"})
               if any(a.country not in own for k in _inner(view, o) + [i for j in _inner(view, o) for i in _inner(view, j)]
                      for a in view.actors(k) if a.country)]
    levels.append([k for o in obj for k in _inner(view, o)])
    levels.append([k for o in obj for i in _inner(view, o) for k in _inner(view, i)])
    # "pledged 40 billion euros in military aid to Ukraine", "promised to invest in Pakistan's mines"
    clause = [k for o in obj + view.children(v, "xcomp") for k in _core_clause(view, o) if view.toks[k].dep == "pobj"]
    deep = [k for k in clause if view.toks[view.toks[k].head].lemma.lower() in COMPLEMENT_PREPS]
    levels.append(deep)
    # "invest in Pakistan's mining sector": a place-like "in" counts only through its possessor,
    # unless what is put in is money ("invest $600 billion in the United States")
    ins = [d for d in clause if view.toks[view.toks[d].head].lemma.lower() == "in"]
    levels.append([k for d in deep for k in _inner(view, d)] + [k for d in ins for k in view.children(d, "poss")])
    levels.append([d for d in ins if view.toks[view.toks[view.toks[d].head].head].lemma.lower() in INVESTING])
    # "offered to delay the sanctions if Iran resumed cooperation": the condition's subject, last
    levels.append([k for c in view.children(v, "xcomp") + [v] for a in view.children(c, "advcl")
                   if {view.toks[m].lemma.lower() for m in view.children(a, "mark")} & {"if", "unless"}
                   for k in view.children(a, "nsubj")])
    for generic in (False, True):
        for heads in levels:
            found = _named(view, heads, sources, generic)
            if found:
                return found
    return []


def sentence_city(view: SentView) -> Location | None:
    """The first known city the sentence names anywhere ("Los Angeles police"): runs of proper
    nouns, whole first ("New Orleans" before "Orleans")."""
    toks, k = view.toks, 0
    while k < len(toks):
        if toks[k].pos != "PROPN" or toks[k].ent_type in NOT_PLACES:
            k += 1
            continue
        j = k
        while j + 1 < len(toks) and toks[j + 1].pos == "PROPN":
            j += 1
        for a in range(k, j + 1):
            loc = locations.city(view.span_text(list(range(a, j + 1))))
            if loc:
                return loc
        k = j + 1
    return None


def _expanders(view: SentView, v: int, patient_object: bool = False) -> list[Actor]:
    """Participants added by "including X", "along with X", "such as X", "with help from X" in v's clause."""
    out: list[Actor] = []
    # (the objects' own members: all of them for a harm, those of an object that names parties
    # otherwise: "urged its creditors, including China", not "attend the parade, including
    # leaders from Belarus")
    objects = {k for o in view.children(v, "dobj", "dative") if patient_object or view.actors(o) for k in view.subtree(o)}
    for k in view.subtree(v):
        tok = view.toks[k]
        if k in objects or patient_object and k > v and tok.dep == "prep" and tok.head == v:
            continue        # "killed 26 people, including soldiers": the soldiers are victims, as are
                            # "fired missiles at cities, including central Kyiv" hung on the verb
                            # ("urged its creditors, including China": those urged)
        if tok.lemma.lower() in EXPANDERS and tok.dep in ("prep", "acl", "advcl"):
            for p in view.children(k, "pobj", "dobj"):
                out.extend(view.actors(p))
    if any(view.toks[c].text.lower() in ("along", "together") for c in view.children(v, "prep")):
        out.extend(a for p in view.prep_objects(v, COMPANIONS) for a in view.actors(p))
    if not patient_object:
        # "brokered by Qatar, with help from Egypt and the United States" (but "intercepted by
        # Israel's air defenses with help from the United States" is help to Israel)
        out.extend(a for h in view.prep_objects(v, {"with"}) if view.toks[h].lemma.lower() in ("help", "support", "assistance")
                   for p in view.prep_objects(h, {"from"}) for a in view.actors(p))
    return out


def _content(view: SentView, c: int) -> set[int]:
    """The clause headed by c as the content of a promise or demand, without a participle set off
    by a comma ("asked the court to order Germany to halt aid, accusing Berlin of ...": the
    accusation is the asker's, however the parser hung it)."""
    out = set(view.subtree(c))
    for k in list(out):
        tok = view.toks[k]
        if k != c and tok.dep == "advcl" and tok.tag == "VBG" and k > 0 and view.toks[k - 1].text == ",":
            out -= set(view.subtree(k))
        elif k != c and tok.dep == "advcl" and view.children(k, "nsubj") and any(
                view.toks[m].lemma.lower() in ("after", "since", "because") for m in view.children(k, "mark")):
            # "threatened to retaliate after British marines helped seize an Iranian tanker": what
            # happened before is told, not threatened
            out -= set(view.subtree(k))
        elif k != c and tok.dep == "acl" and tok.tag == "VBN" and tok.lemma.lower() in ("broker", "mediate") \
                and view.children(k, "agent"):
            # "agreed to establish relations in a deal brokered by the United States": the
            # brokering is told, not agreed to
            out -= set(view.subtree(k))
    return out


def candidates(view: SentView) -> list[Candidate]:
    out: list[Candidate] = []
    consumed: set[int] = set()
    found = []
    rows_at: dict[int, list[tuple[Trigger, tuple[int, ...]]]] = {}
    for i in range(len(view.toks)):
        hits = find_triggers(view, i)
        if hits:
            rows_at[i] = hits
            found.append((i, *hits[0]))
    for i, row, _words in found:
        if row.cameo == "057" and _stops_force(view, i):
            # "signed an agreement to permanently stop fighting": what is stopped is no event
            consumed.update(k for c in view.children(i, "advcl") for k in view.subtree(c))
    for i, tok in enumerate(view.toks):
        if tok.pos == "VERB" and tok.lemma.lower() in WEIGHING_VERBS:
            # "was considering a ban on imports of Chinese drones": an option weighed, not an act
            consumed.update(k for o in view.children(i, "dobj") for k in view.group(o))
        if tok.pos == "VERB" and tok.lemma.lower() in ENDANGERING:
            # "had undermined law enforcement cooperation": what is put at risk is no act
            consumed.update(view.children(i, "dobj"))
        if tok.pos in ("VERB", "AUX") and tok.dep in ("ccomp", "advcl") and any(
                view.toks[m].lemma.lower() == "whether" for m in view.children(i, "mark")):
            # "was reviewing whether Obama should attend a planned summit": a question, no act
            consumed.update(k for k in view.subtree(i) if k == i or view.toks[k].pos == "NOUN")
    for i, row, words in found:
        if row.pos != "NOUN" and row.obj:
            # "imposed sanctions", "lifted sanctions", "suspended cooperation": the object is part
            # of the trigger phrase, not an event of its own
            for c in view.children(i, "dobj", "dative") + [p for w in words[1:] for p in view.children(w, "pobj")]:
                consumed.update(view.group(c))
                consumed.update(view.prep_objects(c, {"in"}))    # "pledged $500 million in aid"
        if row.pos != "NOUN" and " to " in row.lemma:
            for c in view.children(i, "xcomp"):
                consumed.update(_content(view, c))
        if row.pos != "NOUN" and row.cameo == "051":
            # "backed the U.S. campaign to oust Maduro": what a backed plan aims at is not done
            consumed.update(k for o in view.children(i, "dobj") for c in view.children(o, "acl")
                            if _infinitival(view, c) for k in view.subtree(c))
        if row.lemma == "* blame":
            # "said Morsi had failed to meet the demands": the duty failed is no act
            consumed.update(k for c in view.children(i, "ccomp") if view.toks[c].lemma.lower() == "fail"
                            for x in view.children(c, "xcomp") for k in view.subtree(x))
        if row.pos == "NOUN" and row.lemma in ("call for", "call on"):
            # "renewed its call for London to negotiate", "its call on Israel to allow aid": what
            # the call asks is no act
            asked = view.children(i, "acl", "advcl") + [k for p in view.children(i, "prep")
                                                        for k in view.children(p, "pobj")]
            if view.toks[i].dep == "dobj":      # (a to-clause hung on the verb: "repeated its call on Israel to allow")
                asked += [c for c in view.children(view.toks[i].head, "advcl", "xcomp") if _infinitival(view, c)]
            for c in asked:
                consumed.update(_content(view, c))
        if row.lemma in ("* rebuke", "* praise"):
            # "said the law was a serious breach of the declaration": the verdict, no second event
            # (not "levied what he said was a nasty tariff": the act judged)
            consumed.update(w for w in _said_verdict(view, i)[1] if view.toks[w].pos == "NOUN"
                            and view.toks[w].lemma.lower() in REBUKE_WORDS | PRAISE_WORDS)
        if row.pos != "NOUN" and row.cameo[:2] in CONSUMING_ROOTS:
            # what is promised, demanded, refused or threatened is the content, not a second event
            # ("demanded a rerun of the vote and the release of detained activists": all of it)
            consumed.update(k for o in view.children(i, "dobj") for k in view.group(o))
            for o in view.children(i, "dobj"):       # "turned down an offer to host negotiations"
                for c in view.children(o, "acl"):
                    consumed.update(view.subtree(c))
            for c in view.children(i, "xcomp", "ccomp"):
                consumed.update(_content(view, c))
            # ("called on Russia to release the ships", parsed as an adverbial clause)
            for c in _to_clauses(view, i):
                consumed.update(_content(view, c))
            # ("would not commit to releasing 5,000 prisoners": a to-phrase with a verb inside)
            for p in view.children(i, "prep"):
                if view.toks[p].text.lower() == "to":
                    for c in view.children(p, "pcomp"):
                        consumed.update(_content(view, c))
            for w in words[1:]:
                consumed.update(view.children(w, "pobj"))
            if row.cameo[:2] == "13":      # "threatened the country with higher tariffs"
                consumed.update(view.prep_objects(i, {"with"}))
        if row.pos != "NOUN" and row.cameo[:2] == "17":
            # "barred girls from attending school": what is barred is not an event of its own
            for p in view.children(i, "prep"):
                if view.toks[p].lemma.lower() == "from":
                    consumed.update(view.subtree(p))
        if row.pos != "NOUN" and row.cameo[:3] == "051":
            # "thanked China for its cooperation": what is praised is no event of its own
            for p in view.children(i, "prep"):
                if view.toks[p].lemma.lower() == "for":
                    consumed.update(view.subtree(p))
        if row.pos != "NOUN" and row.cameo[:2] in ACCUSING_ROOTS:
            # "accused Ukraine of attacking the plant", "accuses him of crimes over his war on
            # drugs": the attack is the allegation's content
            for p in view.children(i, "prep"):
                if view.toks[p].lemma.lower() in ("of", "for", "over"):
                    # (but "supporting the separatist rebels who ambushed Malian troops": what a
                    # relative clause inside tells is news)
                    told = {k for r in view.subtree(p) if view.toks[r].dep == "relcl" for k in view.subtree(r)}
                    consumed.update(set(view.subtree(p)) - told)
            if view.toks[i].lemma.lower() == "blame":
                # "blamed Ukrainian shelling for the breach": the blamed act is alleged, not told
                # (but "blamed the Wagner Group, which has fought alongside Malian troops": what the
                # relative clause tells is news)
                consumed.update(view.children(i, "dobj"))
                for c in view.children(i, "advcl", "xcomp"):
                    if view.toks[c].tag == "VBG":
                        consumed.update(view.subtree(c))
        if row.pos != "NOUN" and row.cameo[:2] == "16":
            # "suspended Damascus over its violent crackdown": the reason for a sanction is
            # alleged, as an accusation's is
            for p in view.children(i, "prep"):
                if view.toks[p].lemma.lower() == "over":
                    consumed.update(view.subtree(p))
    # An act named by a judging verb's object is coded first, so that the verdict can take its
    # authors as its target ("slammed the joint drills by Seoul and Washington").
    judged = {k for i, row, _w in found if row.pos != "NOUN" and row.cameo[:2] in REACTING_ROOTS
              for o in view.children(i, "dobj") for k in [o] + view.children(o, "conj")}
    for i, _row, _words in sorted(found, key=lambda f: f[0] not in judged):
        if i in consumed:
            continue
        tok = view.toks[i]
        if _condition(view, i):
            continue    # "until Israel stopped its offensive": a condition, not an event told
        if rows_at[i][0][0].cameo == "050" and tok.dep in ("acl", "xcomp") and \
                view.toks[tok.head].lemma.lower() not in ("vote", "decide"):
            continue    # "Sweden's bid to join NATO": what is sought, not yet done ("voted to join" is done)
        if tok.pos == "NOUN" and tok.dep == "compound" and view.toks[tok.head].pos == "NOUN" and \
                (tok.head in rows_at and rows_at[tok.head][0][0].pos == "NOUN" or view.toks[tok.head].lemma.lower() in GATHERINGS):
            continue    # "the ceasefire talks": talks about a ceasefire, one event named by its head
        for row, words in rows_at[i]:
            row = _as_threat(view, i, row, rows_at)
            if tok.dep == "acl" and tok.pos == "VERB" and view.toks[tok.head].lemma.lower() == "threat":
                break       # "threats by Trump to cut aid": the act threatened, not done; the noun is the threat
            cand = _verb_event(view, i, row, words) if row.pos != "NOUN" else _noun_event(view, i, row, words)
            if cand is None or (row.subj and not any(row.subj in a.sectors for a in cand.sources)):
                continue
            if row.cameo[:2] == "14" and cand.sources and all(
                    a.country and not set(a.sectors) & CROWDS for a in cand.sources):
                if row.lemma.split()[0] not in ("protest", "demonstrate", "object"):
                    continue    # "Russia and China are not marching in lockstep": states do not march
                # "Japan protested after Chinese ships entered its waters": a state protests officially
                cand.trigger = replace(row, cameo="114", subj="")
            out.append(cand)
            # "struck a building ..., prompting Lebanon's president to condemn the attack" (not an act
            # not done: "the EU said it did not recognize Israeli sovereignty")
            if not view.children(i, "neg"):
                view.ctx.events += [(view.toks[i].lemma.lower(), cand.trigger.cameo[:2], a) for a in cand.sources if a.country]
            break
    return sorted(out, key=lambda c: c.anchor)


# Sectors outside a state's apparatus (they may judge their own country's government).
CHALLENGERS = {"OPP", "REB", "CVL", "LAB", "EDU", "REL", "MED", "HRI", "NGO", "PTY"}
# Sectors of a state's apparatus, which a challenger may make demands of.
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "LEG"}
# Sectors that protest in the street; a state or its government protests officially (114).
CROWDS = {"CVL", "OPP", "LAB", "EDU", "HLH", "REL", "BUS", "MED", "PTY", "AGR", "REF", "ELI"}
# A promise of force, sanctions or repression is a threat: "vowed to keep attacking ships".
THREAT_FOR = {"15": "138", "16": "1313", "17": "137", "18": "1383", "19": "138", "20": "1383"}


def _stops_force(view: SentView, i: int) -> bool:
    """Whether verb i's purpose clause stops an act of force ("signed an agreement ... to
    permanently stop fighting")."""
    return any(view.toks[c].lemma.lower() in CEASE_VERBS and _infinitival(view, c)
               and any(r.cameo[:2] in FORCE_ROOTS for k in view.children(c, "xcomp", "dobj") for r, _w in find_triggers(view, k))
               for c in view.children(i, "advcl"))


def _as_threat(view: SentView, i: int, row: Trigger, rows_at: dict) -> Trigger:
    """An intent (CAMEO 03) whose to-clause holds a hostile act becomes the threat of that act;
    a signing whose purpose is to stop fighting is a truce."""
    if row.cameo == "057" and row.pos != "NOUN" and _stops_force(view, i):
        return replace(row, cameo="0871")
    if row.pos == "NOUN" or row.cameo[:2] != "03":
        return row
    speakers = {a.country for k in subjects(view, i)[0] for a in view.actors(k) if a.country}

    def own(c: int) -> bool:
        """"vowed that Israel would respond", "said it would": a clause about the speaker's side
        (not "agreed that humans should keep control over decisions to use nuclear weapons")."""
        subj = view.children(c, "nsubj")
        return not subj or view.toks[subj[0]].pos == "PRON" or any(
            a.country in speakers for k in subj for a in view.actors(k))
    chain, frontier = [], view.children(i, "xcomp") + [c for c in view.children(i, "ccomp") if own(c)]
    while frontier:         # "vowed to keep attacking": the verbs of the to-clause, not their objects
        chain += frontier
        frontier = [c for k in frontier for c in view.children(k, "xcomp", "conj")]
    decided = row.lemma == "agree" and any(r.cameo[:2] == "16" for k in chain for r, _ in rows_at.get(k, ()))
    if any(view.toks[k].lemma.lower() in CEASE_VERBS for k in chain) and not decided:
        # "agreed to stop attacking each other's ships": a promise to stop is de-escalation (not
        # "agreed to cut funds to Turkey and to suspend talks": a decision to cut ties back)
        return replace(row, cameo="087" if row.lemma.startswith("agree") else "0356")
    if any(view.children(k, "neg") for k in chain[:1]):
        return row      # "agreed not to threaten or use force": a promise of restraint, no threat
    # ("ready to keep mediating", "to continue to mediate": what is to be kept up; "offered to
    # help mediate": what is to be helped)
    kept = [k for k in chain if view.toks[k].lemma.lower() not in ("keep", "continue", "help")] + [
        o for k in chain[:1] if view.toks[k].lemma.lower() in ("keep", "continue") for o in view.children(k, "dobj")]
    if kept and view.toks[kept[0]].lemma.lower() in ("mediate", "mediating") and row.cameo in ("030", "036"):
        return replace(row, cameo="039")    # "offered to mediate between them": intent to mediate
    for k in chain:
        if view.toks[k].lemma.lower() in THREAT_VERBS or _response(view, k):
            return replace(row, cameo="138", sym="", subj="")
        for r, _ in rows_at.get(k, ()):
            if r.cameo[:2] == "16" and row.lemma == "agree":
                # "EU leaders agreed to ban Belarusian airlines": a decision, the sanction itself
                return replace(r, lemma=row.lemma, pos=row.pos, obj=row.obj, mod=row.mod, prep=row.prep, sym="", subj="")
            if r.cameo[:2] in THREAT_FOR:
                return replace(r, lemma=row.lemma, pos=row.pos, cameo=THREAT_FOR[r.cameo[:2]], obj=row.obj,
                               mod=row.mod, prep=row.prep, sym="", subj="")
    return row


def _response(view: SentView, k: int) -> bool:
    """"vowed that Pakistan would respond", "vowed to hit back": a response to no named need, or
    to an attack, is a threat (not "pledged to respond to the crisis")."""
    tok = view.toks[k]
    if tok.lemma.lower() not in ("respond", "react", "hit", "strike") or \
            tok.lemma.lower() in ("hit", "strike") and not any(view.toks[c].text.lower() == "back"
                                                               for c in view.children(k, "prt", "advmod")):
        return False
    return all(view.toks[o].lemma.lower() in HOSTILE_ACTS for o in view.prep_objects(k, {"to"}))


def _more_targets(view: SentView, v: int, row: Trigger, sources: list[Actor], targets: list[Actor],
                  obj_heads: list[int], passive: bool, called: bool = False) -> tuple[list[Actor], Trigger]:
    """The targets a verb event finds beyond its own objects and prepositions, in order of trust:
    what missiles were fired at, a mobilisation's border or neighbour, an attack's to-clause, a
    mediation's or hosted gathering's sides, the owner of weapons shot down, an event referred
    to, the clause a demand or promise governs, the inside of the object. Some of them also
    settle the code (missiles fired at someone are an attack; troops sent abroad are aid)."""
    own = {a.country for a in sources}
    if row.lemma == "* threat" and not targets and any(
            view.toks[k].lemma.lower() in ATTACK_NOUNS | CAMPAIGNS for c in view.children(v, "ccomp")
            if view.toks[c].lemma.lower() in ("resume", "continue") for k in view.children(c, "nsubj")):
        # "said the operation would continue": a threat at whoever the speaker's side last fought
        foe = last_foe(view, own)
        targets = [state(foe)] if foe else []
    if row.lemma == "* threat" and not targets:
        # "said that if Europe follows through on its tariff, he will impose ...": whoever the
        # condition hangs on
        targets = _named(view, [s for c in view.children(v, "ccomp") for k in [c] + view.children(c, "xcomp")
                                for a in view.children(k, "advcl")
                                if {view.toks[m].lemma.lower() for m in view.children(a, "mark")} & {"if", "unless"}
                                for s in view.children(a, "nsubj")], sources)
        targets = [a for a in targets if a.country not in own]
    if row.cameo == "043" and not any(a.country not in own for a in targets) and any(
            view.toks[o].lemma.lower() in GUESTS for o in obj_heads):
        # "Tsai received the delegation" after "Vystrcil arrived in Taipei": the last visitor
        targets = next(([src] for lemma, root, src in reversed(view.ctx.events)
                        if root == "04" and lemma in ARRIVING and src.country not in own), [])
    if row.cameo == "057" and not targets:
        # "signed agreements establishing diplomatic relations with the UAE": the partner the
        # agreement's own clause names
        targets = _with_partners(view, [k for o in obj_heads for c in view.children(o, "acl") for k in view.subtree(c)], own)
    if row.cameo == "036" and not targets:
        # "accepted an invitation to visit Turkey": whom the visit it agrees to is to
        targets = [a for o in obj_heads for c in view.children(o, "acl") for k in view.children(c, "dobj")
                   for a in view.actors(k) if a.country and a.country not in own]
    if row.cameo[:2] == "15" and row.lemma in ("fire", "launch"):
        # "fired about 180 ballistic missiles at Israel": missiles fired at someone are an attack
        aimed = [p for k in [v] + obj_heads for p in view.prep_objects(k, {"at", "toward", "towards", "into"})]
        # ("fired rockets into Sisaket province": the state whose town or province it is)
        hit = _named(view, aimed, sources) or [a for k in aimed for a in _ground(view, k, sources)]
        if hit:
            targets, row = hit, replace(row, cameo="195")
    toward = view.prep_objects(v, {"toward", "towards", "near", "around"})
    if row.lemma == "send" and row.cameo[:2] in ("07", "15") and toward:
        # "sent 30 warplanes toward Taiwan": a show of force near someone, not help to them
        row = replace(row, cameo="150")
        targets = _named(view, toward, sources) or targets
    if row.cameo == "154" and row.lemma == "send" and any(a.country and a.country not in {s.country for s in sources}
                                                           for a in targets):
        row = replace(row, cameo="074")     # "sent 3,000 troops to Russia": military help to another state
    elif row.cameo[:2] == "15" and targets and (any(
            view.toks[c].lemma.lower() in HELPING and _infinitival(view, c) for c in view.children(v, "advcl", "xcomp"))
            or any(view.toks[k].lemma.lower() == "request" for k in view.prep_objects(v, {"at"}))):
        # "crossed into Bahrain at the request of its government to help protect key facilities":
        # military help, not a show of force
        row = replace(row, cameo="074")
    if not targets and (row.cameo[:2] == "15" or row.cameo[:3] == "087"):
        # "massed troops along its border with Ukraine", "deployed warships near Taiwan"
        # "pulled its troops back from the border with Benin": a withdrawal's border too
        # ("fired a ballistic missile over Japan": over someone's land is near enough)
        near = {"along", "near", "on", "at", "to", "toward", "towards", "around", "off", "from", "over"}
        particles = view.children(v, "prt", "advmod")
        # "massed in waters around Taiwan" (not "in response to the U.S. build-up")
        around = [p for o in view.prep_objects(v, {"in", "into"})
                  for p in view.prep_objects(o, {"around", "near", "off", "along", "toward", "towards"})]
        # ("sent 350 more troops to secure Bangui airport": the ground the purpose names)
        secured = [o for c in view.children(v, "advcl", "xcomp") if _infinitival(view, c)
                   for o in view.children(c, "dobj") if view.toks[o].lemma.lower() in AREAS | SECURED]
        for k in view.prep_objects(v, near) + [p for o in obj_heads + particles
                                               for p in view.prep_objects(o, near)] + around + secured:
            if view.toks[k].lemma.lower() in BORDERS:
                # the parser may hang the neighbour on the verb ("pulled ... from the border with Benin")
                targets = _named(view, view.prep_objects(k, {"with", "of"}), sources) or \
                    _named(view, view.prep_objects(v, {"with"}), sources)
            else:
                targets = _named(view, [k], sources) or _ground(view, k, sources)
            if targets:
                break
    if not targets and row.cameo[:2] == "16":
        # "revoked a defense agreement that allowed U.S. troops to operate": the other party is
        # named in what the agreement does
        for o in obj_heads:
            for c in view.children(o, "relcl", "acl"):
                heads = view.children(c, "dobj", "dative") + view.prep_objects(c, {"with", "between", "to"})
                heads += [k for cc in view.children(c, "ccomp", "xcomp") for k in view.children(cc, "nsubj", "dobj")]
                targets = targets or _named(view, heads, sources)
    if not targets and not passive and row.cameo[:2] in PATIENT_ROOTS and view.children(v, "xcomp"):
        # "pressed their offensive to push Ukrainian troops out of Kursk"
        targets = _complement_targets(view, v, sources)
    if not targets and row.cameo[:3] == "045":
        # "Riyadh and Tehran restored ties under a deal brokered by Beijing": the main clause's parties
        root = next((k for k, t in enumerate(view.toks) if t.dep == "ROOT"), None)
        if root is not None and root != v:
            targets = _named(view, view.children(root, "nsubj"), sources)
            if len({a.country for a in targets}) < 2 and view.ctx.last_sides:
                # "Under the deal, brokered by the United States and France, Israeli forces are to
                # withdraw": one side is no pair; the sides named before are
                targets = []
    if not targets and row.cameo == "039":
        # "China, which has ties with both, offered to mediate": between the last two at odds
        own = {a.country for a in sources}
        targets = [a for a in view.ctx.last_sides if a.country not in own] or _last_pair(view, own)
    gathered = obj_heads + (view.children(v, "nsubjpass") if passive else [])     # ("the summit was hosted by")
    if not targets and row.cameo[:3] in ("045", "043") and (row.cameo == "045" or any(
            view.toks[o].lemma.lower() in GATHERINGS for o in gathered)):
        # "the truce, brokered by Qatar", "hosted the signing": between the sides named before,
        # in this sentence first ("a ceasefire between Israel and Hamas ... a deal brokered by Egypt")
        own = {a.country for a in sources}
        # (a host's own clause only: "who hosted the summit, said it was ready to keep mediating
        # between Moscow and Kyiv" hosted neither)
        span = range(len(view.toks)) if row.cameo == "045" else view.subtree(v)
        here = [a for k in span if view.toks[k].dep == "pobj" and view.toks[view.toks[k].head].lemma.lower() == "between"
                for a in view.actors(k) if a.country]
        targets = [a for a in (here if len(here) > 1 else view.ctx.last_sides) if a.country not in own]
        if not targets and (row.cameo == "045" or any(view.toks[o].lemma.lower() in ("talk", "talks", "negotiation")
                                                      for o in obj_heads)):
            # "in a deal the Emirates said it had helped to broker", after a swap; "Erdogan, who
            # hosted the talks", after talks between Russia and Ukraine: the last two parties (a
            # summit's host hosts many)
            targets = _last_pair(view, own)
        if not targets and row.cameo == "043" and len(view.ctx.last_plural) > 1 and any(
                view.toks[o].lemma.lower() in GATHERINGS and any(view.toks[d].lemma.lower() == "the" for d in view.children(o, "det"))
                for o in gathered):
            # "The virtual summit was hosted by Ramaphosa" after "the leaders of Egypt, Ethiopia and
            # Sudan agreed to continue talks": the summit told is of those named together before
            targets = [a for a in view.ctx.last_plural if a.country and a.country not in own]
    hit = obj_heads + (view.children(v, "nsubjpass") if passive else [])
    downed = hit + [p for h in hit for p in view.prep_objects(h, {"of"})]
    if not any(a.country for a in targets) and row.cameo[:2] == "19" and row.lemma not in AIMED and (
            any(view.toks[o].lemma.lower() in AIR_WEAPONS for o in downed)
            # "said it had shot down 20 of them" after the drones were told
            or row.lemma in ("shoot down", "intercept") and any(view.toks[o].text.lower() in ("them", "it") for o in downed)):
        # "shot down 30 of the drones", "most of the missiles were intercepted": the last attacker's weapons
        own = {a.country for a in sources}
        weapons = [a for a in targets if a.sectors]
        for roots in (("18", "19", "20"), ("15",)):     # an attacker before a mere show of force
            owner = next((src for _lemma, root, src in reversed(view.ctx.events)
                          if root in roots and src.country not in own), None)
            if owner is not None:       # the drones are the owner's military
                targets = [replace(a, country=owner.country, code=owner.country + "".join(a.sectors))
                           for a in weapons] or [owner]
                break
    if not targets and not passive:
        # "after Chinese warplanes entered its air defense zone": "its" is the state the sentence
        # is about, not the intruder
        targets = _possessor_pronoun(view, obj_heads + view.prep_objects(v, PLACE_PREPS | {"into", "to"}), sources)
    if not targets and not passive and row.cameo[:2] == "14":
        # "farmers protested against the agreement": against those who made it
        targets = _anaphor(view, view.prep_objects(v, {"against"}), sources)
    if not targets and not passive and row.cameo[:2] == "14":
        # "gathered outside the Israeli embassy": the embassy's state ("stormed and set fire to
        # the Swedish embassy": the object the coordinated verb shares)
        places = [o for c in [v] + [c for c in view.children(v, "conj") if view.toks[c].pos == "VERB"]
                  for o in view.prep_objects(c, {"outside", "at", "near", "to"}) + view.children(c, "dobj")]
        missions = [k for o in places for k in view.group(o) if view.toks[k].lemma.lower() in ("embassy", "consulate", "mission")]
        targets = _named(view, [c for k in missions for c in view.children(k, "amod", "compound", "poss", "nmod")], sources)
    if not targets and not passive and row.cameo[:2] == "14":
        # "rallied to demand the departure of French forces": whom the demand is about
        own = {a.country for a in sources}
        aims = [o for c in view.children(v, "xcomp", "advcl") if view.toks[c].lemma.lower() in DEMANDING
                for o in view.children(c, "dobj")]
        # ("took to the streets of Goma to protest against Rwanda": whom the protest is against)
        aims += [o for c in view.children(v, "xcomp", "advcl") if view.toks[c].lemma.lower() in ("protest", "demonstrate", "rally")
                 for o in view.prep_objects(c, {"against"})]
        found = [a for o in aims for k in view.subtree(o) if view.toks[k].pos in ("NOUN", "PROPN")
                 for a in view.actors(k) if a.country and a.country not in own]
        targets = list({a.code: a for a in found}.values())
    if not targets and not passive and row.cameo[:2] in REACTING_ROOTS and row.cameo[:3] not in ("054", "055", "056", "057"):
        # not "signed the deal": a signature is no reaction; "condemned what it called a massacre"
        # names the act the speaker means
        # ("disagreed with the move": what the preposition names)
        judged = obj_heads or (view.prep_objects(v, set(row.prep)) if row.prep else [])
        targets = _anaphor(view, judged, sources, named=called, praise=row.cameo[:2] == "05", rebuke=row.cameo[:2] == "11")
    if not targets and not passive and row.cameo[:3] in ("050", "051"):
        # "welcomed his election", "praised Qatar's role": the one whose act or fortune it is
        own = {a.country for a in sources}
        # ("praised their courage" after meeting soldiers: a plural pronoun is too loose a guide)
        targets = [a for o in obj_heads for k in view.children(o, "poss") if view.toks[k].text.lower() != "their"
                   for a in view.resolve(k) if a.country and a.country not in own]
    if not targets and not passive and (row.cameo[:2] in CONSUMING_ROOTS or row.cameo[:2] == "16" and row.lemma == "agree"):
        # ("agreed to cut funds to Turkey": a decision concerns whom the act it decides on does)
        targets = _complement_targets(view, v, sources)
        if not targets and row.cameo[:2] in ("02", "10"):
            # "demanded an immediate halt to the offensive": whoever launched it ("called for an
            # investigation into the killings": whoever killed)
            asked = obj_heads or view.prep_objects(v, {"for"})
            targets = _anaphor(view, [k for o in asked for k in _inner(view, o)], sources)
        if not targets and row.cameo == "125":
            # "canceled a summit it was to host with Biden": whom the meeting was with
            targets = _named(view, [k for o in obj_heads for k in _inner(view, o)], sources)
    elif not targets and not passive and row.cameo[:2] not in ("14", "15") and not (row.sym and len(sources) > 1):
        # "investigating the whereabouts of Iran's stockpile", "banned imports of Georgian wine"
        on_whom = view.prep_objects(v, {"on", "against", "from", "to"})
        for heads in ([k for o in obj_heads for k in _inner(view, o)],
                      [k for o in obj_heads for i in _inner(view, o) for k in _inner(view, i)],
                      on_whom, [k for o in on_whom for k in _inner(view, o)]):
            targets = _named(view, heads, sources)
            if targets:
                break
    if not targets and row.cameo[:2] in ("02", "10") and any(
            view.toks[o].lemma.lower() in ("release", "freedom") for o in obj_heads + view.prep_objects(v, {"for"})):
        # "called for his immediate release" after his arrest: whoever holds him
        targets = _last_author(view.ctx.events, sources, root="17")
    if not targets and row.cameo[:2] in REPRISAL_ROOTS and _in_response(view, v):
        # "said they would impose sanctions in response": on the author of the last act told
        targets = _last_author(view.ctx.events[:view.events_before], sources)
    if not any(a.country for a in targets) and row.cameo[:2] == "12" and any(
            view.toks[o].lemma.lower() in FORCE_MEANS for o in obj_heads):
        # "rejected any use of force" after a threat of it: whoever threatened or used it
        told = view.ctx.events[:view.events_before]
        targets = _last_author(told, sources, root="13") or next(
            (found for r in sorted(FORCE_ROOTS) if (found := _last_author(told, sources, root=r))), targets)
    if not targets and row.cameo[:2] in PURPOSES:
        # "sent 1,500 more troops to the Middle East to counter Iran", "sent teams of experts to help
        # Nigeria search for the girls": whom the purpose names
        targets = _named(view, [o for c in view.children(v, "xcomp", "advcl")
                                if view.toks[c].lemma.lower() in PURPOSES[row.cameo[:2]]
                                for o in view.children(c, "dobj")], sources)
    if not targets and row.lemma == "return" and row.cameo[:2] in FORCE_ROOTS:
        # "South Korea returned fire": at whoever last fired on it
        attacker = last_foe(view, own, attacker=True)
        targets = [state(attacker)] if attacker else []
    deal = view.toks[v].head
    if row.cameo == "045" and view.toks[v].dep == "acl" and view.toks[deal].lemma.lower() in ACCORDS:
        # "Morocco agreed to establish relations with Israel in a deal brokered by the United
        # States": the sides of the deal are who makes it in the clause it belongs to (and who
        # agreed under it: "a deal brokered by the Vatican under which Havana agreed")
        verb = _clause_verb(view, deal)
        sides = ([] if verb is None else subjects(view, verb)[0] + [
            o for h in [verb] + view.children(verb, "dobj") for o in view.prep_objects(h, {"with"})]) + [
            k for c in view.children(deal, "relcl") for k in view.children(c, "nsubj")]
        found = _named(view, sides, sources)
        targets = list({a.code: a for a in targets + found}.values())
    return targets, row


def _for_marks(view: SentView, i: int, deps: tuple[str, ...]) -> list[int]:
    """The "for" that marks a clause hung on i ("called for the violence to stop", "its call for
    London to negotiate"): a preposition the parser read as the clause's marker."""
    return [m for c in view.children(i, *deps) for m in view.children(c, "mark") if view.toks[m].text.lower() == "for"]


def _infinitival(view: SentView, c: int) -> bool:
    """Whether the verb c heads a to-infinitive ("to help", "to release the ships")."""
    return any(view.toks[a].text.lower() == "to" for a in view.children(c, "aux"))


def _to_clauses(view: SentView, v: int) -> list[int]:
    """The subjectless to-infinitives the parser hung on ``v`` as adverbial clauses ("called on Russia
    to release the ships", "committed to provide guarantees"): complements, read as such."""
    return [c for c in view.children(v, "advcl") if not view.children(c, "nsubj")
            and _infinitival(view, c)]


def _with_partners(view: SentView, span: list[int], own: set[str]) -> list[Actor]:
    """The parties named as "with X" among the tokens ``span``, other than the source's own."""
    return [a for k in span if view.toks[k].dep == "pobj" and view.toks[view.toks[k].head].lemma.lower() == "with"
            for a in view.actors(k) if a.country and a.country not in own]


def _last_author(events: list, sources: list[Actor], root: str | None = None) -> list[Actor]:
    """The source of the last of ``events`` (of CAMEO ``root``, if given) done by another country
    than the sources'."""
    own = {a.country for a in sources}
    return next(([src] for _lemma, r, src in reversed(events)
                 if (root is None or r == root) and src.country and src.country not in own), [])


def _in_response(view: SentView, v: int) -> bool:
    """"in response", "in retaliation" with nothing said to be responded to."""
    chain = [v] + ([view.toks[v].head] if view.toks[v].dep == "xcomp" else [])
    return any(view.toks[o].lemma.lower() in ("response", "retaliation", "reply", "reprisal")
               and not view.children(o, "prep") for k in chain for o in view.prep_objects(k, {"in"}))


def state(country: str) -> Actor:
    """A state as an actor inferred rather than named: it carries the state's own name."""
    name = countries()[country].name
    return Actor(text=name, name=name, code=country, country=country, kind="state")


def civilians(country: str) -> Actor:
    """A state's people as an actor inferred rather than named ("police arrested Zuniga",
    "protests against President Lukashenko"): the state's name, sector CVL."""
    name = countries()[country].name
    return Actor(text=name, name=name, code=country + "CVL", country=country, sectors=("CVL",), kind="organisation")


def _state_at(loc: Location) -> Actor:
    """The state a place is in, as the actor an act done there is done to."""
    return Actor(text=loc.name, name=loc.name, code=loc.country, country=loc.country, kind="state")


def _ground(view: SentView, k: int, sources: list[Actor]) -> list[Actor]:
    """The state whose town or area the phrase headed by ``k`` names, when it is not the
    sources' own ("withdrew from Kursk", "pulled out of the Jabalia area")."""
    if view.toks[k].ent_type in ("NORP", "DATE"):     # the tagger often calls a town a person
        return []
    loc = town(view, k)
    if loc is None or not loc.country or loc.country in {a.country for a in sources}:
        return []
    return [_state_at(loc)]


def _patients(view: SentView, hv: int) -> list[Actor]:
    """Who suffered an event named in "X did Y after/amid the attack": X, unless Y is sympathy with
    someone else ("expressed solidarity with Israel after the Hamas attack")."""
    words = {view.toks[hv].lemma.lower()} | {view.toks[o].lemma.lower() for o in view.children(hv, "dobj")}
    if words & SYMPATHY:
        heads = [k for h in [hv] + view.children(hv, "dobj") for k in view.prep_objects(h, {"with", "to", "for"})]
        found = [a for k in heads for a in view.actors(k)]
        if found:
            return found
    return [a for k in subjects(view, hv)[0] for a in view.actors(k)]


def _possessor_pronoun(view: SentView, heads: list[int], sources: list[Actor]) -> list[Actor]:
    """The state an "its"/"their" in these phrases stands for, when it cannot be the source's own:
    the main clause's subject, else the first other country the sentence names."""
    own = {a.country for a in sources}
    if not any(view.toks[c].text.lower() in ("its", "their") for h in heads for c in view.children(h, "poss")):
        return []
    root = next((k for k, t in enumerate(view.toks) if t.dep == "ROOT"), None)
    subject = [a for k in (view.children(root, "nsubj") if root is not None else []) for a in view.actors(k)
               if a.country and a.country not in own]
    if subject:
        return subject[:1]
    for m in view.mentions:
        if m.is_agent or not m.entries:
            continue
        found = [a for a in view.resolve(view.head_of(m)) if a.country and a.country not in own]
        if found:
            return found[:1]
    return []


def _attack_authors(view: SentView, v: int, subj: list[int], passive: bool) -> list[Actor]:
    """Who did harm named by no subject: "was killed in an Israeli airstrike" (the strike's
    modifier), "the strike also killed a commander" (the author of the last strike told)."""
    if passive:
        attacks = [k for k in view.prep_objects(v, {"in", "during", "by"}) if view.toks[k].lemma.lower() in ATTACK_NOUNS]
        named = [a for k in attacks for c in view.children(k, "amod", "compound", "poss", "nmod")
                 for a in view.actors(c) if a.country]
        # "were killed in clashes with the rebels": whom the clashes were with
        named += [a for k in view.prep_objects(v, {"in", "during"}) if view.toks[k].lemma.lower() in FIGHTS
                  for o in view.prep_objects(k, {"with"}) for a in view.actors(o) if a.country]
        return named or _anaphor(view, attacks, [])
    return _anaphor(view, [k for k in subj if view.toks[k].lemma.lower() in ATTACK_NOUNS], [])


def _told_before(view: SentView, v: int, row: Trigger) -> bool:
    """"Trump announced the truce" after "India and Pakistan agreed to a ceasefire": an
    announcement of an accord told before, not one of the announcer's own; "the strikes hit radar
    sites" after the strikes: what they hit, not another attack."""
    if row.lemma in ("hit", "strike") and row.cameo[:2] in FORCE_ROOTS:
        return any(view.toks[s].lemma.lower() in WEAPONS and any(
            view.toks[d].lemma.lower() in DEFINITE for d in view.children(s, "det")) for s in view.children(v, "nsubj")) \
            and any(root in FORCE_ROOTS for _lemma, root, _src in view.ctx.events)
    return row.lemma == "announce" and row.cameo[:2] in ("04", "05", "06", "08") and any(
        view.toks[d].lemma.lower() == "the" for o in view.children(v, "dobj") for d in view.children(o, "det")) \
        and any(root == row.cameo[:2] for _lemma, root, _src in view.ctx.events)


def _accident(view: SentView, v: int) -> bool:
    """Whether a death is told as an accident's ("were killed when their helicopter crashed",
    "died in a plane crash"): no one attacked."""
    for c in view.children(v, "advcl"):
        if view.toks[c].lemma.lower() in ACCIDENT_VERBS:
            return True
    if any(view.toks[k].lemma.lower() in ACCIDENTS for k in view.prep_objects(v, {"in", "during", "after"})):
        return True
    # ("called the eruption a disaster and said three people had been killed": killed by no one
    # named, in a sentence about a disaster)
    return bool(view.children(v, "auxpass")) and not view.children(v, "agent") and any(
        t.lemma.lower() in DISASTERS and t.pos == "NOUN" for t in view.toks)


def _headline_passive(view: SentView, v: int) -> bool:
    """"Malaysian airliner shot down over eastern Ukraine": a headline's past tense with no object
    is a passive with its auxiliary dropped (headlines tell what someone does in the present)."""
    tok = view.toks[v]
    return view.s.index == 0 and tok.dep == "ROOT" and tok.tag in ("VBD", "VBN") \
        and not view.children(v, "aux", "auxpass", "dobj") and is_heading(view.s.text)


def _verb_event(view: SentView, v: int, row: Trigger, words: tuple[int, ...]) -> Candidate | None:
    if _told_before(view, v, row):
        return None
    if row.cameo[:2] in PATIENT_ROOTS and _accident(view, v):
        return None
    if view.toks[v].tag == "VBG" and view.toks[v].dep in ("xcomp", "dobj", "ccomp") \
            and view.toks[view.toks[v].head].lemma.lower() == "deny":
        return None     # "has denied using chemical weapons": a denial (016), not the act negated
    if row.cameo[:2] == "14" and view.toks[v].dep in ("xcomp", "advcl") and any(
            r.cameo[:2] == "14" for r, _w in find_triggers(view, view.toks[v].head)):
        return None     # "took to the streets to protest against Rwanda": one protest, told by the verb it serves
    if view.toks[v].dep in ("xcomp", "advcl") and view.toks[view.toks[v].head].lemma.lower() == "summon":
        return None     # "summoned Pakistan's envoy to protest": the summons is the protest
    if row.cameo[:2] in ("02", "10", "11", "12") and view.toks[v].dep in ("xcomp", "advcl") and any(
            r.cameo[:2] == "14" for r, _w in find_triggers(view, view.toks[v].head)):
        # "marched in Abuja to demand that the government act": the march is the demand (and "took
        # to the streets to denounce the restrictions": the protest is the denunciation)
        return None
    if view.toks[v].dep == "acl" and view.toks[view.toks[v].head].lemma.lower() == "right":
        return None     # "supported its right to defend its borders": a right, not an act
    if row.cameo == "115" and row.lemma in ("file", "bring") and not any(
            view.prep_objects(h, {"against"}) for h in [v] + view.children(v, "dobj", "nsubjpass")):
        return None     # "filed a case against Myanmar" (not "would file a complaint with the Security Council")
    if row.lemma in ("retaliate", "respond") and view.toks[v].dep == "advcl" and view.toks[v].tag == "VBG" \
            and find_triggers(view, view.toks[v].head):
        return None     # "ordered the U.S. to close its consulate, retaliating for ...": the order is the reprisal
    if row.lemma == "launch at" and view.toks[v].dep == "acl":
        return None     # "shot down 30 of the 62 drones launched at the capital": the attack retold
    if row.lemma == "blame" and any(not view.actors(k) and view.toks[k].pos == "NOUN"
                                    for k in view.prep_objects(v, {"on"})):
        return None     # "blamed the loss on shortages of shells": the blame falls on no one
    if row.cameo == "042" and any(view.toks[c].text.lower() == "home" for c in view.children(v, "advmod", "npadvmod", "dobj")):
        return None     # "minutes after flying home from Germany": a return, no visit
    if row.lemma == "blame" and _culpable(view, v):
        return None     # "said Ukraine was not to blame": the subject is judged, it blames no one
    if row.cameo[:2] == "15" and any(view.toks[c].lemma.lower() in PULLBACK_VERBS for c in view.children(v, "xcomp")):
        return None     # "ordered troops to withdraw": the withdrawal is the event, not a deployment
    tok = view.toks[v]
    if tok.tag == "VBN" and {view.toks[a].lemma.lower() for a in view.children(v, "aux")} >= {"would", "have"}:
        return None     # "strikes that would have killed about 150 people": what did not happen
    if row.cameo[:2] == "16" and any(view.toks[o].lemma.lower() in ("safety", "security", "reason")
                                     for o in view.prep_objects(v, {"for"})):
        return None     # "withdrew its diplomats from Turkey for security reasons": an evacuation, no break
    if row.cameo[:2] == "15" and tok.dep == "acl":
        weapon = tok.head
        while view.toks[weapon].dep == "conj" and view.toks[weapon].head != weapon:
            weapon = view.toks[weapon].head
        downer = _clause_verb(view, weapon)
        if downer is not None and view.toks[downer].lemma.lower() in ("shoot", "intercept", "down", "destroy"):
            return None     # "shot down three cruise missiles and several drones launched by Houthi forces": the downing tells it
    if row.lemma == "warn" and any(view.toks[c].tag == "VB" for c in view.children(v, "xcomp", "advcl")):
        # "prompting the government to warn residents in the north to take cover": advice to
        # one's own people, not a threat
        own = {a.country for k in subjects(view, v)[0] for a in view.actors(k) if a.country}
        told = [a for o in view.children(v, "dobj") for a in view.actors(o)]
        if told and all(set(a.sectors) & {"CVL"} and (a.country is None or a.country in own) for a in told):
            return None
    against = view.prep_objects(v, {"against"})
    if row.lemma == "warn" and against and not view.children(v, "ccomp", "xcomp", "dobj") and all(
            view.toks[k].lemma.lower() in ADVICE for o in against for k in view.group(o)):
        return None     # "warned against hasty conclusions": advice, no threat (not "against any annexation")
    if row.lemma == "warn" and any(view.toks[c].lemma.lower() in ENDANGERING and view.toks[c].pos == "VERB"
                                   and not any(view.actors(k) for k in view.children(c, "nsubj"))
                                   for c in view.children(v, "ccomp")):
        return None     # "warned that the dam threatens its share of Nile water": a danger told, no threat made
    if (row.cameo[:2] == "14" or row.cameo == "044" and row.lemma == "gather") and any(
            view.toks[c].lemma.lower() in CELEBRATING for c in view.children(v, "xcomp", "advcl")):
        # "protesters gathered outside Congress to celebrate": no protest; "supporters who had
        # gathered at the airport to greet him": no meeting either
        return None
    if row.lemma == "* unwelcome" and tok.pos == "ADJ":
        # "Rubio said the ambassador was no longer welcome": the speaker expels the subject
        h = tok.head if tok.dep == "acomp" else v
        unwanted = [a for k in view.children(h, "nsubj") for a in view.actors(k)]
        speaker = [a for k in subjects(view, view.toks[h].head)[0] for a in view.actors(k)] \
            if view.toks[h].dep == "ccomp" else []
        return Candidate(row, v, None, words, speaker, unwanted, False, None, "subject") if unwanted and speaker else None
    subj, passive = subjects(view, v)
    headless = tok.dep == "acl" and view.toks[tok.head].dep == "ROOT" and v > 0 and view.toks[v - 1].text == "," \
        and not view.children(v, "agent")
    if headless:
        # "Malaysia, which chairs ASEAN, offered to mediate": a main verb the parser hung on the
        # subject of a sentence it found no verb in
        subj, passive = [tok.head], False
    elif tok.dep == "acl" and tok.tag == "VBN" and "@none" not in row.obj:
        # "three diplomats accused of subversion": the noun is the patient, not the author
        subj, passive = [k for a in view.children(v, "agent") for k in view.children(a, "pobj")], True
    elif row.cameo[:2] in FORCE_ROOTS and _headline_passive(view, v):
        subj, passive = [], True
    if row.cameo == "042" and any(view.toks[k].lemma.lower() in AIR_WEAPONS | AIRLINERS for k in subj):
        return None     # "a passenger jet flying from Amsterdam to Kuala Lumpur": a flight, no visit
    if row.cameo == "042" and subj:
        # "Rescue teams and aid from Egypt and Turkey arrived in eastern Libya": the givers' aid
        # arrives where the sentence puts it
        relief = [k for h in subj for k in view.group(h) if view.toks[k].lemma.lower() in RELIEF or
                  view.toks[k].lemma.lower() in ("team", "rescuer") and
                  any(view.toks[c].lemma.lower() in ("rescue", "relief", "medical", "search") for c in view.children(k, "compound"))]
        givers = [a for k in relief for o in view.prep_objects(k, {"from"}) for a in view.actors(o) if a.country]
        loc = place(view, [v]) if givers else None
        if loc is not None and loc.country and loc.country not in {a.country for a in givers}:
            aid = replace(row, cameo="073", obj=frozenset({"relief"}))
            return Candidate(aid, v, None, words, givers, [_state_at(loc)], False, loc, "subject")
    sources = [a for k in subj for a in view.actors(k)]
    rioters = row.cameo[:2] in FORCE_ROOTS and any(view.toks[k].lemma.lower() in RIOTERS
                                                  for n in view.children(v, "nsubjpass") for k in view.subtree(n))
    if passive and not sources and (row.cameo[:3] == "173" or rioters):
        # "Police said 2,000 people had been detained": the police who tell of arrests made them
        # (and of rioters killed: "Police said dozens of rioters had been killed")
        clause = v
        while view.toks[clause].dep == "conj" and view.toks[clause].head != clause:
            clause = view.toks[clause].head
        if view.toks[clause].dep == "ccomp" and view.toks[view.toks[clause].head].lemma.lower() in REPORTING:
            sources = [a for k in subjects(view, view.toks[clause].head)[0] for a in view.actors(k)
                       if {"COP", "MIL"} & set(a.sectors)]
    if sources and all(not a.country and set(a.sectors) & {"MIL", "COP"} for a in sources) and tok.dep == "xcomp" \
            and subj[0] in view.children(tok.head, "dobj"):
        # "Ukraine's army chief ordered troops to withdraw": the troops ordered are the orderer's
        boss = {a.country for k in subjects(view, tok.head, 1)[0] for a in view.resolve(k) or [view.pronoun(k)]
                if a is not None and a.country}
        if len(boss) == 1:
            c = boss.pop()
            sources = [replace(a, country=c, code=c + "".join(a.sectors)) for a in sources]
    basis = "subject" if subj and subj[0] in view.kids[v] else "inherited"
    if not sources and not passive:
        # "Trump at first imposed ...": a name the parser took for the main verb is the subject
        first = view.at.get(0)
        if first is not None and not first.is_agent and view.toks[first.end - 1].pos == "VERB" \
                and view.toks[first.end - 1].dep == "ROOT":
            sources, basis = view.resolve(first.end - 1), "inherited"
    struck_before = None
    if not sources and row.cameo[:2] in PATIENT_ROOTS:
        sources = _attack_authors(view, v, subj, passive)
        # "The strikes hit radar sites": on the ground of the last strike by the same hands
        own = {a.country for a in sources}
        struck_before = next((d[1] for d in reversed(view.ctx.dyads) if d[0] in own and d[2] in FORCE_ROOTS), None)
        if not sources and passive and row.lemma in ("shoot down", "intercept"):
            # "five of the missiles had been shot down": by whoever they were fired at
            hit = next((d[1] for d in reversed(view.ctx.dyads) if d[2] in FORCE_ROOTS), None)
            if hit and hit in countries():
                sources = [Actor(text=countries()[hit].name, name=countries()[hit].name, code=hit + "MIL", country=hit,
                                 sectors=("MIL",), kind="group")]
    if not sources and row.cameo[:2] in PATIENT_ROOTS and any(view.toks[k].lemma.lower() in WEAPONS for k in subj):
        basis = "weapon"    # an attack by no one named: the target still counts
    extra = _expanders(view, v, patient_object=row.cameo[:2] in PATIENT_ROOTS)
    if extra:
        specific = [a for a in sources + extra if a.country]
        sources = specific or sources + extra
    targets: list[Actor] = []
    if passive:
        patients = view.children(v, "nsubjpass") or ([tok.head] if tok.dep == "acl" and tok.tag == "VBN" else []) \
            or view.children(v, "nsubj") \
            or (view.children(tok.head, "nsubjpass") if tok.dep == "conj" else [])
        # (the gapped passive's subject; "was beaten and briefly detained": the first verb's)
        targets = [a for k in patients for a in view.actors(k)]
        basis = "passive"
        if row.cameo == "042" and row.lemma != "visit":
            # "the detainees were flown to Texas": who was carried travels; it is no visit to them
            sources, targets, passive = targets, [], False
        elif row.cameo[:2] == "15" and view.toks[v].lemma.lower() in ("deploy", "send", "dispatch") and targets \
                and all({"MIL", "COP"} & set(a.sectors) for a in targets):
            # "soldiers were deployed to the streets": the forces deployed are the ones shown
            sources, targets, passive = targets, [], False
    obj_heads = view.children(v, "dobj")
    if row.lemma == "* unwelcome" and not obj_heads:
        # "declared seven U.N. officials persona non grata", parsed with the officials as the
        # subject of "persona"
        obj_heads = [k for c in view.children(v, "ccomp", "xcomp", "oprd") if view.toks[c].text.lower() == "persona"
                     for k in view.children(c, "nsubj")]
    if not obj_heads and not view.children(v, "prep", "ccomp", "xcomp") and row.cameo[:2] in PATIENT_ROOTS:
        # "destroyed or damaged dozens of Russian aircraft": the object a coordinated verb shares
        obj_heads = [o for c in view.children(v, "conj") if view.toks[c].pos == "VERB" and c == v + 2
                     and not view.children(c, "nsubj", "nsubjpass") for o in view.children(c, "dobj")]
    judged_act: list[Actor] = []
    if row.lemma in ("* rebuke", "* refuse") and (not obj_heads or view.toks[v].lemma.lower() in REPORTING):
        # ("told Mulino that China's influence was unacceptable": the judged, not the one told)
        obj_heads = _said_verdict(view, v)[0] or obj_heads or [
            k for c in view.children(v, "ccomp") if view.toks[c].lemma.lower() in REOPENING
            for k in view.children(c, "nsubjpass")]     # ("said the agreement could not be renegotiated")
        # "called the deal a violation and said it was null and void", "called the move a
        # devastating signal, and the State Department said it was unacceptable": "it" is the deal,
        # the move
        named = PROPOSALS if row.lemma == "* refuse" else REFERRING_NOUNS
        obj_heads = [next((j for j in range(k - 1, -1, -1) if view.toks[j].lemma.lower() in named), k)
                     if view.toks[k].lemma.lower() == "it" else k for k in obj_heads]
        # ("China said it was strongly concerned": a speaker that judges itself names no one judged)
        own = {a.country for a in sources if a.country}
        obj_heads = [k for k in obj_heads if not (view.toks[k].pos == "PRON" and own
                                                  and {a.country for a in view.actors(k)} <= own)]
    if row.lemma == "* praise" and view.toks[v].lemma.lower() in REPORTING:
        obj_heads = _said_verdict(view, v)[0]
    elif row.lemma == "* praise":
        # "called the expansion historic", parsed with the judged noun as the verdict's compound
        obj_heads = [c for o in view.children(v, "dobj") if view.toks[o].lemma.lower() not in PRAISE_WORDS for c in [o]] or \
            [c for r in view.children(v, "oprd", "xcomp", "acomp") for c in view.children(r, "compound", "nsubj")]
    if row.lemma in ("* rebuke", "* praise") and not passive:
        # "Saudi Arabia called it unjustified" with no such noun before it: the act told before
        judged_act = _anaphor(view, [k for k in obj_heads if view.toks[k].text.lower() == "it"], sources)
    if row.lemma == "warn" and not obj_heads:
        # "Russia warned that the decision could set off a new wave of tension": a rebuke of the
        # act, not a threat (not "warned that the war would resume")
        judged = [k for c in view.children(v, "ccomp") if view.toks[c].lemma.lower() not in ("resume", "continue")
                  for k in view.children(c, "nsubj") if view.toks[k].lemma.lower() in WARNED_ACTS
                  and any(view.toks[d].lemma.lower() in DEFINITE for d in view.children(k, "det"))]
        if judged:
            row, obj_heads = replace(row, cameo="111"), judged
    called = False
    if not obj_heads and row.cameo[:2] in ACCUSING_ROOTS:
        # "criticizing what they called U.S. attempts to contain both countries": the attempts
        obj_heads = [r for c in view.children(v, "ccomp") if view.toks[c].lemma.lower() in ("call", "describe", "term")
                     and any(view.toks[o].lemma.lower() == "what" for o in view.children(c, "dobj", "nsubjpass"))
                     for r in view.children(c, "oprd", "attr", "xcomp")]
        called = bool(obj_heads)
    elif row.lemma == "* rebuke" and (fused := _fused_verdict(view, v)):
        obj_heads = [c for o in fused for c in view.children(o, "compound") if view.toks[c].pos == "NOUN"] + \
            [view.toks[o].head for o in fused if view.toks[o].dep == "amod"]
    if row.lemma == "* rebuke" and not obj_heads:
        # "called the expulsion regrettable", parsed with the object as the verdict's compound
        obj_heads = [c for o in view.children(v, "oprd", "acomp", "attr", "xcomp") for c in view.children(o, "compound")
                     if view.toks[c].pos == "NOUN"]
    if row.lemma == "* blame":
        obj_heads = _said_blame(view, v)
    if row.lemma in ("* demand", "* appeal"):
        # "Putin told him that Ukraine must withdraw": the one who must act, not the one told
        obj_heads = [k for c in view.children(v, "ccomp") for k in view.children(c, "nsubj")]
    if not passive:
        if row.prep:
            # "sent troops to its border with the U.S.": a border is the neighbour's, found below
            places = view.prep_objects(v, set(row.prep))
            targets = [a for k in places if view.toks[k].lemma.lower() not in BORDERS for a in view.actors(k)]
            if not targets:
                # "crossed into the Kurdish-held Afrin region of northern Syria": the area's country
                targets = [a for k in places if view.toks[k].lemma.lower() in AREAS
                           for o in view.prep_objects(k, {"of"}) for a in view.actors(o) if a.country]
            if not targets and row.obj:
                objs = _object_heads(view, obj_heads)
                # "planes carrying aid to Vanuatu": the carrying clause's destination; "$4.5 billion
                # in loans to Ukraine": the sum's kind
                objs += [c for o in objs for c in view.children(o, "acl")] + [p for o in objs for p in view.prep_objects(o, {"in"})]
                places = [k for o in objs for k in view.prep_objects(o, set(row.prep))]
                targets = [a for k in places for a in view.actors(k)]
            if not targets and row.cameo[:2] == "16":
                # "withdrew its own ambassador from Tel Aviv": the state of the town
                targets = [g for k in places for g in _ground(view, k, sources)]
        if not targets and not row.obj and row.cameo[:2] != "15" and (row.cameo[:3] != "087" or row.cameo == "0873"):
            # what is mobilised or withdrawn is no target ("pulled its troops back from the border");
            # who is disarmed is ("disarming Hezbollah"); what is fired is not ("fired missiles at
            # three sites in Syria")
            targets = [a for k in obj_heads + view.children(v, "dative") for a in view.actors(k)
                       if not (row.cameo[:2] in FORCE_ROOTS and view.toks[k].lemma.lower() in AIR_WEAPONS | WEAPONS)]
        names_party = any(o.startswith("@") for o in row.obj)
        event_obj = any((view.toks[o].lemma.lower(), "NOUN") in triggers() for o in obj_heads)
        # "using force", "fired missiles": for an attack or a show of force the object is the means
        # (and for aid, what is sent: "would send more tanks")
        means = row.cameo[:2] in ("07", "15", "18", "19", "20") and any(view.toks[o].lemma.lower() in row.obj for o in obj_heads)
        event_obj = event_obj or means
        if not targets and row.obj and not event_obj and (names_party or row.cameo[:2] not in ("04", "15") and row.cameo[:3] != "087"):
            # "expelled two Russian diplomats": the object names whom the event is done to
            # (not "sent a delegation", "scrambled jets": the object is the one who acts)
            targets = [a for k in obj_heads + view.children(v, "dative") for a in view.actors(k) if a.country or a.sectors]
        if not targets and means and row.cameo[:2] == "07":
            # "will give Ukraine another 3 billion pounds": the one given to, beside what is given
            targets = [a for k in view.children(v, "dative") + [o for o in obj_heads if view.toks[o].lemma.lower() not in row.obj]
                       for a in view.actors(k) if a.country]
    if row.cameo == "051" and not passive:
        # "approved Sweden's NATO membership bid": the one whose bid it is, not the body it would join
        applicants = [a for o in obj_heads if view.toks[o].lemma.lower() in APPLICATIONS
                      for k in view.children(o, "poss") for a in view.actors(k) if a.country]
        targets = applicants or targets
    if row.cameo[:2] == "19" and any(view.toks[o].lemma.lower() in RIOT_GEAR or view.toks[o].lemma.lower() in ("bullet", "pellet")
                                     and {view.toks[c].lemma.lower() for c in view.children(o, "amod", "compound")} & {"rubber", "plastic"}
                                     for o in obj_heads):
        row = replace(row, cameo="175")     # "fired tear gas at them": repression, not combat
    if judged_act:
        targets = judged_act
    targets, row = _more_targets(view, v, row, sources, targets, obj_heads, passive, called)
    if struck_before:
        targets = [a if a.country or not a.sectors else replace(a, country=struck_before, code=struck_before + "".join(a.sectors))
                   for a in targets]
    if row.cameo == "114" and targets and all(a.country and a.country.startswith("IGO") for a in targets) \
            and not view.prep_objects(v, {"about", "over", "against"}):
        targets = []    # "would complain to the U.N. Security Council": a venue, not whom it is about
    if row.lemma == "attend" and obj_heads and all(o in view.at and view.at[o].is_agent for o in obj_heads):
        # "Fico also attended, the only other leader from an EU member state", parsed with the
        # leader as what was attended: the occasion told before
        targets, obj_heads = [], []
    if row.lemma == "deny" and tok.dep in ("relcl", "ccomp") and any(view.toks[o].lemma.lower() == "which" for o in obj_heads):
        # "Congo accuses Rwanda of backing the M23, which Kigali denies": a denial answers the accuser
        verb = tok.head if tok.dep == "ccomp" else _clause_verb(view, tok.head)
        own = {a.country for a in sources}
        accusers = [a for k in (subjects(view, verb)[0] if verb is not None else []) for a in view.actors(k)]
        targets = [a for a in accusers if a.country not in own] or targets
    if row.cameo[:2] == "12" and not passive:
        # "threw out Sudan's case against the Emirates", "a case in which Sudan accused ...": a
        # claim turned down is turned down for whoever brought it, not whom it was against
        claims = [o for o in obj_heads if view.toks[o].lemma.lower() in CLAIMS]
        claimants = [a for o in claims for k in view.children(o, "poss") for a in view.actors(k) if a.country] + \
            [a for o in claims for c in view.children(o, "relcl") for k in subjects(view, c)[0] for a in view.actors(k)
             if a.country]
        targets = claimants or targets
    if row.cameo[:2] == "16" and not targets and not passive:
        # "broke off relations in 2019, accusing Colombia of plotting ...": with the accused
        own = {a.country for a in sources}
        targets = [a for c in view.children(v, "advcl") if view.toks[c].lemma.lower() in ("accuse", "blame")
                   for o in view.children(c, "dobj") for a in view.actors(o) if a.country and a.country not in own]
    if row.cameo[:3] == "164" and not targets:
        # "pulled out of peace talks with Congo's government": the other side of the talks
        talks = [k for k in view.subtree(v) if view.toks[k].lemma.lower() in ("talk", "negotiation", "dialogue")]
        own = {a.code for a in sources}
        targets = [a for k in talks for o in view.prep_objects(k, {"with"}) for a in view.actors(o) if a.code not in own]
    if row.cameo == "043" and not any(a.country and a.country not in {s.country for s in sources} for a in targets) \
            and tok.dep == "acl" and view.toks[tok.head].lemma.lower() in GATHERINGS:
        # "met in Doha in talks hosted by Qatar's emir": the host receives those who met
        verb = _clause_verb(view, tok.head)
        while verb is not None and view.toks[verb].dep == "acl" and not subjects(view, verb)[0]:
            verb = _clause_verb(view, verb)     # "signed agreements establishing ties ... at a ceremony"
        own = {a.country for a in sources}
        targets = [a for k in (subjects(view, verb)[0] if verb is not None else []) for a in view.actors(k)
                   if a.country and a.country not in own]
        # "Israel signed agreements with the UAE and Bahrain at a ceremony hosted by Trump": and
        # those they acted with there
        hosted = set(view.subtree(v))
        if verb is not None and targets:
            targets += _with_partners(view, [k for k in view.subtree(verb) if k not in hosted], own)
    loc = place(view, [v] + obj_heads)
    if row.cameo in VISIT or row.cameo[:2] == "04":
        ctx = view.ctx
        obj_lemmas = [view.toks[o].lemma.lower() for o in obj_heads]
        if loc is None:
            for lem in obj_lemmas:
                loc = ctx.event_places.get(lem) or loc
            if loc is None and row.cameo == "042" and not targets:
                loc, basis = ctx.last_visit_place, "discourse"
        if loc is not None:
            for lem in obj_lemmas:
                ctx.event_places.setdefault(lem, loc)
            if row.cameo == "042":
                ctx.last_visit_place = loc
        if not targets and loc is not None and row.cameo == "042":
            targets = [_state_at(loc)]
    # reciprocal events pair everyone: "A and B met" (group), "the summit brought together A, B and C" (all),
    # "both governments accused each other"
    if row.cameo[:2] == "03" and not targets and len({a.country for a in sources if a.country}) > 1 and any(
            view.toks[o].lemma.lower() in MUTUAL or any(view.toks[p].text.lower() == "their" for p in view.children(o, "poss"))
            for c in view.children(v, "xcomp") for o in view.children(c, "dobj")):
        row = replace(row, sym="group")     # "Xi and Putin pledged to deepen their cooperation"
    if row.sym == "group" and targets and any(view.toks[e].text.lower() == "each"
                                              for k in [v] + subj for e in view.children(k, "appos", "advmod", "det")):
        row = replace(row, sym="")      # "Italy and Canada each signed an agreement with Ukraine": two signings
    if (row.cameo[:3] == "084" and targets or row.cameo[:3] == "161") and len({a.country for a in sources if a.country}) == 2 \
            and not any(a.country for a in targets):
        # "Russia and Ukraine each released 103 prisoners", "both countries withdrew ambassadors":
        # each other's
        row = replace(row, sym="group")
    pairs = row.sym == "all" or (row.sym == "group" and len(sources) > 1) or \
        (len({a.country for a in sources}) > 1 and _reciprocal(view, obj_heads + view.prep_objects(v, set(row.prep) or {"against", "with", "on", "to"})))
    if pairs:
        if row.sym == "group":
            # "A and B met with C" adds C; "A and B reached no deal on Ukraine" does not add Ukraine
            partners = [a for k in view.prep_objects(v, {"with"}) + view.children(v, "dobj") for a in view.actors(k)]
            targets = [t for t in targets if t in partners]
        sources = sources + [t for t in targets if t not in sources]
        targets = []
    return Candidate(row, v, None, words, sources, targets, pairs, loc, basis)


def _reciprocal(view: SentView, heads: list[int]) -> bool:
    """"each other", "one another" among these heads or their possessors ("expelled each other's
    diplomats"; "A and B each expelled six of the other's diplomats")."""
    heads = heads + [p for k in heads for p in view.children(k, "poss")] + \
        [p for k in heads if view.toks[k].pos == "NUM" for o in view.prep_objects(k, {"of"}) for p in view.children(o, "poss")]
    return any(view.toks[k].lemma.lower() in ("other", "another") and
               any(view.toks[d].lemma.lower() in ("each", "one", "the") for d in view.children(k, "det", "amod", "nummod"))
               for k in heads)


def _noun_event(view: SentView, n: int, row: Trigger, words: tuple[int, ...]) -> Candidate | None:
    tok = view.toks[n]
    if tok.dep == "pobj" and view.toks[tok.head].lemma.lower() in ("about", "over") \
            and view.toks[view.toks[tok.head].head].lemma.lower() in CONCERNS:
        return None     # "raised concerns about China's support for Russia": what the concern is about
    if tok.dep == "pobj" and view.toks[tok.head].lemma.lower() == "without":
        return None     # "so that the decision could pass without his veto": an act not done
    if row.lemma == "option" and tok.dep == "dobj" and view.toks[tok.head].lemma.lower() == "rule" \
            and not view.children(tok.head, "neg"):
        return None     # "ruled out a military option" (but "was not ruling out a military option" threatens)
    if tok.dep == "appos" and (verb := _clause_verb(view, n)) is not None and any(
            r.cameo[:2] == row.cameo[:2] for r, _w in find_triggers(view, verb)):
        return None     # "arrived in Cairo for talks with Sisi, his first visit to Egypt": the clause's act retold
    core = [k for k in view.core(n) if k != n]
    sources: list[Actor] = []
    basis = "modifier"
    in_clause = tok.dep in ("dobj", "attr") and _clause_verb(view, n) is not None
    for k in core:
        m = view.at.get(k)
        if m is not None and view.toks[k].dep != "poss" and any(e.form == "capital" for e in m.entries):
            continue    # "the Kabul attack", "the Beijing parade": a place, not an actor
        if in_clause and view.toks[k].dep == "poss" and view.toks[k].pos == "PRON":
            continue    # "X held their largest joint exercises": X, not whoever "their" was last
        if view.toks[k].dep == "poss" and row.cameo[:3] in PERSONAL_HARMS and (
                view.toks[k].text.lower() in ("his", "her")
                or view.toks[k].pos == "PROPN" and any(a.kind == "person" for a in view.resolve(k))):
            continue    # "a warrant for his arrest", "her detention", "Dodik's arrest": the one it is done to
        if view.toks[k].dep == "poss" or k in view.at:
            found = view.actors(k) if view.toks[k].dep == "poss" else view.resolve(k)
            # "Israeli and American strikes": a coordinated modifier adds a source
            found += [a for c in view.children(k, "conj") if c in view.at for a in view.resolve(c)]
            for a in found:
                if a not in sources and (a.country or a.kind == "person"):
                    sources.append(a)
    # "an offer from Egypt" (but "a withdrawal from Kherson" is from where it happens)
    sources += [a for k in view.prep_objects(n, {"by"} if "from" in row.prep else {"by", "from"}) for a in view.actors(k)]
    if tok.dep == "dobj" and view.toks[tok.head].lemma.lower() in REACTION_VERBS and any(
            root == row.cameo[:2] and src.country in {a.country for a in sources}
            for _lemma, root, src in view.ctx.events[:view.events_before]):
        return None     # "called China's threats unacceptable" after China's threat was told: judged, not made again
    if not sources and tok.dep == "pobj" and any(view.toks[d].lemma.lower() == "the" for d in view.children(n, "det")) \
            and not view.children(n, "prep") and any(root == row.cameo[:2] for _lemma, root, _src in view.ctx.events):
        return None     # "did not comment on the visit": a visit told before, not the speaker's
    if row.lemma == "at request":
        # "dissolved the party at the government's request", "approved martial law at the request of
        # President Petro Poroshenko": the one who asked asks the one who acted
        sources += [a for k in view.prep_objects(n, {"of"}) for a in view.actors(k)]
        done = view.toks[view.toks[n].head].head
        targets = [a for k in subjects(view, done)[0] for a in view.actors(k)]
        acting = {a.country for a in targets}
        if sources and all(a.country in acting for a in sources):
            # ("Saudi soldiers crossed into Bahrain at the request of its government": no one asks
            # its own troops in; "its" is the country gone into)
            into = [a.country for k in view.prep_objects(done, {"into", "to"}) for a in view.actors(k)
                    if a.country and a.country not in acting]
            if into:
                sources = [replace(a, country=into[0], code=into[0] + "".join(a.sectors)) for a in sources[:1]]
        return Candidate(row, n, None, words, sources, targets, False, None, basis) if sources and targets else None
    targets: list[Actor] = []
    pairs_between: list[Actor] = []
    preps = set(row.prep) or {"with", "on", "against", "to"}
    for k in view.prep_objects(n, preps):
        if view.toks[view.toks[k].head].lemma.lower() == "between":
            pairs_between += view.actors(k)
        else:
            targets += view.actors(k)
    if row.cameo == "0874" and targets and all(a.kind == "organisation" or (a.country or "").startswith("IGO")
                                               for a in targets):
        row = replace(row, cameo="161")     # "its withdrawal from the court": leaving a body, not a retreat
    if not targets and tok.dep == "compound" and view.toks[tok.head].pos == "NOUN":
        # "the ceasefire deal with Hamas", "arms sales to Taiwan": the head noun's prepositions
        targets = [a for k in view.prep_objects(tok.head, preps) for a in view.actors(k)]
    # "a second round of talks", "a package of sanctions": the container stands in the clause
    np = n
    if tok.dep == "pobj" and view.toks[tok.head].lemma.lower() == "of" \
            and view.toks[view.toks[tok.head].head].lemma.lower() in CONTAINERS:
        np = view.toks[tok.head].head
    elif tok.dep == "pobj" and view.toks[tok.head].lemma.lower() == "in" \
            and view.toks[view.toks[tok.head].head].ent_type == "MONEY" \
            and view.toks[_clause_verb(view, n) or n].lemma.lower() in GIVING_VERBS:
        # "announced $2 billion in military aid for Ukraine": the sum stands in the clause
        np = view.toks[tok.head].head
        if not targets:
            targets = [a for k in view.prep_objects(np, preps) for a in view.actors(k)]
    light = None
    verb = _clause_verb(view, np)
    dep = view.toks[np].dep
    if dep in ("dobj", "nsubjpass", "attr", "conj") and verb is not None:
        light = verb
    elif dep == "xcomp" and verb is not None and view.children(np, "dobj"):
        # "jets began bombing positions of the YPG", the gerund tagged a noun: the verb it completes
        # acts, on whom its object names
        light, dep = verb, "dobj"
        if not targets:
            targets = [a for o in view.children(np, "dobj") for k in [o] + _inner(view, o) for a in view.actors(k) if a.country]
    joint = row.sym == "group" or row.cameo[:2] in ("04", "06", "14")
    if dep == "pobj" and verb is not None:
        prep = view.toks[np].head
        holder = view.toks[prep].head
        word = view.toks[prep].lemma.lower()
        on_verb = holder == verb or (view.toks[holder].lemma.lower() == "part" and view.toks[holder].head == verb)
        # ("police cracked down on protests": the protests are others', put down)
        on_verb = on_verb and view.toks[verb].lemma.lower() not in REPRESSING
        assault_in = row.cameo[:2] in ("18", "19", "20") and word == "in" and not view.children(verb, "nsubjpass")
        if on_verb and (word == "with" or assault_in or joint and word in ("in", "on", "through", "for")
                        or row.cameo[:2] == "04" and word in ("after", "during")):
            # ("had agreed to begin talks after a 90-minute phone call": the call was theirs)
            # "hit back with missile attacks", "dismantled a network in a joint operation",
            # "took part in joint training", "have been on hunger strike", "flew in for talks"
            light, dep = verb, "dobj"
            if row.cameo[:2] == "04" and word == "in" and not targets:
                # "told Trump in phone conversations": the one spoken to
                targets = [a for k in view.children(verb, "dobj", "dative") for a in view.actors(k)]
    # "cooperation" inside "ties between A and B, particularly in military cooperation"
    if not sources and not targets and not pairs_between and tok.dep == "pobj":
        holder = view.toks[view.toks[n].head].head
        if view.toks[holder].pos == "NOUN":
            for k in view.prep_objects(holder, {"between"}):
                pairs_between += view.actors(k)
            for k in view.children(holder, "poss"):
                sources += view.actors(k)
            basis = "governing noun"
    if not targets and not pairs_between and light is not None:
        # "opened an investigation into X" parsed with "into X" on the verb
        targets = [a for k in view.prep_objects(light, set(row.prep) - {"with"}) for a in view.actors(k)] if row.prep else []
    if pairs_between and not sources:
        sources, pairs_between, basis = pairs_between, [], "between"
        return Candidate(row, n, light, words, sources, targets, True, place(view, [n]), basis)
    if row.cameo[:2] == "14" and not sources and verb is not None and tok.dep == "pobj" \
            and view.toks[tok.head].lemma.lower() in ("during", "at", "amid"):
        # "troops shot dead about 60 Palestinians during protests on the border": the people the
        # clause is done to protested, against those the protests name ("at protests against the
        # law": its maker), else against the other country that did it to them
        # ("police arrested about 370 people at protests": people of the police's country)
        doers = [a for k in subjects(view, verb)[0] for a in view.actors(k) if a.country and len(a.country) == 3]
        crowd = [a if a.sectors else replace(a, code=a.country + "CVL", sectors=("CVL",), kind="group")
                 for o in view.children(verb, "dobj") for a in view.actors(o) if a.country and len(a.country) == 3] or [
            replace(a, country=d.country, code=d.country + "".join(a.sectors)) for o in view.children(verb, "dobj")
            for a in view.actors(o) if not a.country and a.sectors == ("CVL",) for d in doers[:1]]
        if crowd:
            against = view.prep_objects(n, {"against"})
            targets = targets or _named(view, against, crowd) or _anaphor(view, against, crowd)
            doers = [a for a in doers if a.country not in {c.country for c in crowd}]
            targets = targets or [state(a.country) for a in doers[:1] if a.country in countries()]
            sources, basis = crowd, "setting"
    if not sources and verb is not None:
        if dep in ("dobj", "attr") or (dep == "conj" and view.toks[view.toks[np].head].dep == "dobj"):
            subj, passive = subjects(view, verb)
            if view.toks[verb].lemma.lower() in PATIENT_VERBS:
                if not targets:
                    targets = [a for k in subj for a in view.actors(k)]
            elif view.toks[verb].lemma.lower() in REACTION_VERBS:
                pass    # "called the raid an authoritarian act": the critic judges the raid, not made it
            elif view.toks[verb].lemma.lower() in OBSERVING_VERBS:
                pass    # "was following the arrests of its citizens closely": an onlooker's
            elif view.toks[verb].lemma.lower() in DRAWING_VERBS and row.cameo[:2] in ("11", "12", "13", "14"):
                pass    # "the arrest sparked protests": protests at whoever sparked them, not by them
            else:
                sources = [a for k in subj for a in view.actors(k)]
                basis = "light verb"
        elif tok.dep == "pobj" and view.toks[tok.head].lemma.lower() in PATIENT_PREPS and row.cameo[:2] in PATIENT_FRAME_ROOTS:
            if not targets:
                hv = view.toks[tok.head].head
                targets = _patients(view, hv) if view.toks[hv].pos in ("VERB", "AUX") else []
                basis = "patient frame"
    elif not targets and verb is not None and tok.dep == "pobj" and view.toks[tok.head].lemma.lower() in PATIENT_PREPS \
            and row.cameo[:2] in PATIENT_FRAME_ROOTS:
        hv = view.toks[tok.head].head
        if view.toks[hv].pos in ("VERB", "AUX"):
            targets = _patients(view, hv)
            basis = "patient frame"
    if not sources and light is not None and view.toks[light].lemma.lower() not in PATIENT_VERBS \
            and not view.children(light, "nsubjpass"):
        # "slammed the joint drills by Seoul and Washington", parsed with "by" on the verb
        sources = [a for k in view.prep_objects(light, {"by"}) for a in view.actors(k)]
        if not sources and view.toks[light].lemma.lower() in DRAWING_VERBS and row.cameo[:2] in ("11", "12", "13", "14"):
            # "the decision drew condemnation from Saudi Arabia", "drew criticism in Tokyo", parsed
            # with the place on the verb: who reacts
            sources = [a for k in view.prep_objects(light, {"from", "in"}) for a in view.actors(k) if a.country]
    if not targets and sources and light is not None and view.toks[light].lemma.lower() in REACTION_VERBS \
            and row.cameo[:2] == "16":
        # "Brazil's foreign minister criticized the U.S. tariffs": sanctions decried are on the decrier
        own = {a.country for a in sources}
        targets = [a for k in subjects(view, light)[0] for a in view.actors(k) if a.country and a.country not in own]
    if not targets and light is not None and view.toks[light].lemma.lower() in ("receive", "get", "take", "accept") \
            and view.prep_objects(n, {"from"}):
        # "received a phone call from the Emir of Qatar": the receiver is the other party
        targets = [a for k in subjects(view, light)[0] for a in view.actors(k) if a not in sources]
    if not targets and light is not None and view.toks[light].lemma.lower() in DRAWING_VERBS \
            and row.cameo[:2] in ("11", "12", "13", "14"):
        # "requested warrants ..., drawing condemnation from Israel": aimed at whoever drew it
        # ("the decision drew condemnation from Saudi Arabia": the authors of the act it names)
        drawers = subjects(view, light)[0]
        targets = [a for k in drawers for a in view.actors(k) if a not in sources] or _anaphor(view, drawers, sources)
    if not sources and row.cameo[:2] == "14" and light is None and tok.dep in ("pobj", "nsubj") and not (
            tok.dep == "pobj" and view.toks[tok.head].lemma.lower() == "in") and not any(
            view.toks[d].lemma.lower() in DEFINITE for d in view.children(n, "det")):
        # "after days of mass protests against his rule", "since protests against corruption began":
        # protests no one is named as making are the people's, where they happen, or of the country
        # whose rulers they are against ("protests against President Lukashenko's claim")
        # (not "walked out in protest", nor "called the protest an organized riot": one told before)
        ruled = {a.country for a in targets if a.country and len(a.country) == 3}
        sources, basis = [civilians(ruled.pop()) if len(ruled) == 1 else Actor(
            text=tok.text, name=None, code="CVL", country=None, sectors=("CVL",), kind="group")], "crowd"
    if not sources:
        sources = _topic(view)
        if sources:
            basis = "topic"
    if not targets and not pairs_between:
        # "an inquiry into abuses by Sudan's RSF", "into whether Chinese subsidies distort ..."
        inner = [k for p in view.prep_objects(n, set(preps) | {"into"}) for k in _inner(view, p)]
        inner += [k for p in view.children(n, "prep") for c in view.children(p, "pcomp") for k in view.children(c, "nsubj")]
        targets = [a for a in _named(view, inner, sources) if a not in sources]
    if row.cameo[:3] == "087" and not any(a.country for a in targets):
        # "the withdrawal of its troops from the western bank, including the city of Kherson"
        ground = view.prep_objects(n, {"from", "including", "include"})
        ground += [o for k in ground for o in view.prep_objects(k, {"of"})]
        targets = next((t for k in ground if (t := _ground(view, k, sources))), targets)
    loc = place(view, [n] + ([light] if light is not None else []))
    if row.cameo == "042" and not targets:
        if loc is None and sources:
            loc, basis = view.ctx.last_visit_place, "discourse"
        if loc is not None:
            targets = [_state_at(loc)]
    named = {a.country for a in sources if a.country}
    if row.cameo[:2] == "15" and row.lemma in EXERCISES and not targets and len(named) > 1:
        # "Russian and Belarusian military exercises": drills of two named states are held together
        row = replace(row, cameo="062", sym="group", subj="")
    if not targets and (row.sym == "group" and len(sources) > 1
                        or (row.cameo[:2] == "06" or row.lemma in ACCORDS) and len(named) > 1 and tok.dep != "pobj"):
        # ("Australia, Britain and the United States announced a security partnership": a
        # cooperation of several named with no one else is among them)
        return Candidate(row, n, light, words, sources, [], True, loc, basis)
    return Candidate(row, n, light, words, sources, targets, False, loc, basis)
