"""Actors from noun phrases: dictionary names, titles, coordination, pronouns and surnames.

A noun phrase's core is its head with its left modifiers (compound, amod, poss, nmod, det);
the dictionary mentions inside the core decide the actor: a person in office on the article's
date, else an organisation or group, else a country (name, adjective or capital) with the
sectors of the titles in the core ("South Korea's National Assembly speaker" is KORLEG).
"leaders from A, B and C" gives one actor per country; "dozens of dignitaries" looks through
the quantity to "dignitaries".
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ..records import Actor, Location, Sentence
from . import locations
from .dictionary import ActorDictionary, Mention

CORE_DEPS = {"compound", "amod", "poss", "nmod", "det", "nummod", "case", "quantmod"}
# Verbs whose object is held or unseated by the subject's own state: "ousted President Morsi".
SEIZING = {"oust", "topple", "overthrow", "depose", "detain", "arrest"}
# Hyphened words whose first part names whose a thing is: "British-flagged", "Chinese-owned".
OWNERSHIP = {"flagged", "owned", "registered", "operated"}
QUANTITY = {"dozen", "dozens", "thousand", "thousands", "hundred", "hundreds", "million", "millions", "trio",
            "pair", "group", "number", "some", "many", "all", "most", "several", "few", "member", "members",
            "majority", "team", "bloc", "coalition", "alliance", "handful", "one", "two", "three", "four", "five", "each",
            "both", "none", "part", "rest", "tonne", "tonnes", "ton", "tons", "barrel", "barrels", "load", "loads",
            "shipment", "shipments", "batch", "consignment", "truckload", "truckloads", "convoy", "package",
            "contingent", "detachment", "wave"}
# Offices of international bodies: "the secretary-general" in a story about Myanmar is the U.N.'s.
INTERNATIONAL_TITLES = {"secretary-general", "secretary general", "director-general", "director general"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
OBJECT_PRONOUNS = {"him", "her", "them"}
# Words that make a movement a country's opposition: "the protest movement".
DISSENT = {"protest", "opposition", "pro-democracy", "democracy", "reform", "resistance"}
# Verbs whose subject speaks rather than acts in a dispute.
SPEECH_VERBS = {"say", "warn", "urge", "call", "demand", "accuse", "condemn", "criticize", "criticise", "praise",
                "welcome", "express", "voice"}
PLURAL_PRONOUNS = {"they", "them", "their", "theirs", "themselves"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our", "ours", "ourselves"}
# "the two countries", "both governments", "the three juntas": the last countries named.
# Nouns for a party named by its members ("the Mercosur bloc of Brazil, Argentina, ...").
COLLECTIVES = {"bloc", "coalition", "group"}
# Sectors of a crowd ("protesters", "people", "students").
CROWD_SECTORS = {"CVL", "OPP", "EDU", "LAB", "REF", "AGR"}
COUNTED = {"both": 2, "two": 2, "three": 3, "four": 4}
COUNTED_NOUNS = {"country": (), "nation": (), "side": (), "neighbor": (), "neighbour": (), "state": (), "capital": (),
                 "ally": (), "partner": (), "rival": (), "adversary": (),
                 "island": (), "kingdom": (), "republic": (), "emirate": (), "territory": (),
                 "power": (), "government": ("GOV",), "leader": ("GOV",), "president": ("GOV",), "junta": ("GOV",),
                 "administration": ("GOV",), "army": ("MIL",), "military": ("MIL",), "force": ("MIL",),
                 "delegation": ("GOV",), "envoy": ("GOV",), "minister": ("GOV",), "negotiator": ("GOV",)}
# Verbs that bring people together: whom they bring together is a group ("the leaders").
GATHERING_VERBS = {"host", "meet", "welcome", "receive"}
# "the bloc", "the alliance": the organisation named last.
ORG_NOUNS = {"bloc", "alliance", "league", "organization", "organisation", "union", "body", "agency", "grouping", "group",
             "movement", "militia", "mission", "fund", "commission"}
GROUP_PRONOUNS = {"its", "their", "they", "them", "itself", "themselves"}
FORMER = {"former", "ex", "ex-", "late", "then"}
STANCE = {"pro", "anti", "non"}
# The headline and the first sentence: the lead, which says where the story is.
LEAD_SENTENCES = 2
FORMER_SECTORS = ("ELI",)     # CAMEO: elites, including former office holders
SHADOW = {"shadow", "exiled", "exile"}     # a government that does not govern: the opposition
# Acts and words named with their author that a later "the law", "the remarks" may stand for:
# "China's national security law", "Trump's reported remarks".
OWNED_ACTS = {"law", "bill", "legislation", "policy", "proposal", "plan", "decree", "ban", "rule", "regulation",
              "remark", "comment", "statement", "speech"}
# Sectors of movements that challenge a state: "the leader of the rebels" leads them.
MOVEMENTS = {"REB", "OPP"}


@dataclass
class DocContext:
    """What one article has established so far: who "he" and "it" are, which surnames name
    whom, and where named events take place."""

    published: str | None
    last_person: Actor | None = None
    last_group: Actor | None = None
    surnames: dict[str, Actor] = field(default_factory=dict)
    event_places: dict[str, Location] = field(default_factory=dict)
    last_visit_place: Location | None = None
    last_town: Location | None = None     # the last town an event was placed in, for "the town"
    states: list[Actor] = field(default_factory=list)     # countries named so far, most recent last (the lead's places twice)
    last_plural: list[Actor] = field(default_factory=list)   # the last coordinated subject ("A and B")
    last_org: Actor | None = None
    last_subject: Actor | None = None    # the last sentence's main subject, when it is no person
    last_sides: list[Actor] = field(default_factory=list)   # the last two sides named ("between A and B")
    actors: list[Actor] = field(default_factory=list)      # every actor with a country, most recent last
    # events coded so far: (trigger lemma, CAMEO root, source), for "condemned the strikes"
    events: list[tuple[str, str, Actor]] = field(default_factory=list)
    # dyads coded so far (source country, target country, CAMEO root), for a reply with no one named
    dyads: list[tuple[str, str, str]] = field(default_factory=list)
    # acts named with their author ("China's national security law"): noun lemma -> author, for
    # "called the law an affront" when no coded event tells it
    owned: dict[str, Actor] = field(default_factory=dict)
    read: int = 0       # sentences read so far

    def home(self, also: tuple[str, ...] = ()) -> str | None:
        """The country the article is about: the one named most often so far (at least twice),
        counting ``also`` (the countries of the sentence being read) too; a country the lead names
        as the place of what happens ("arrive in Kazakhstan") counts twice."""
        counts: dict[str, int] = {}
        for c in [a.country for a in self.states] + list(also):
            counts[c] = counts.get(c, 0) + 1
        best = max(counts.items(), key=lambda kv: kv[1], default=(None, 0))
        # (or the one country the story has named at all, once the lead is read: "Philippine
        # President Rodrigo Duterte declared martial law ... Gunmen took a priest hostage")
        return best[0] if best[1] >= 2 or len(counts) == 1 and self.read >= LEAD_SENTENCES else None


def _region_of_americas(toks, m) -> bool:
    """"South American countries", "Latin American governments": a region, not the United States
    ("the West African country": not the West either)."""
    if m.end < len(toks) and toks[m.end - 1].text == "West" and \
            toks[m.end].text in ("African", "Africa", "Asian", "Asia", "Java", "Papua", "Indies"):
        return True
    return m.start >= 1 and toks[m.start].text in ("American", "Americans") and \
        toks[m.start - 1].text in ("South", "Latin", "Central", "North")


# Titles of the person row that name institutions, not one holder.
INSTITUTIONS = {"government", "administration", "regime", "ministry", "authorities", "authority", "cabinet", "junta",
                "delegation", "council", "commission"}
# Nouns of a relation to another party, whose possessor they are not ("Sri Lanka's creditors").
RELATIONAL = {"creditor", "lender", "ally", "partner", "neighbor", "neighbour", "rival", "enemy", "adversary",
              "critic", "donor", "backer", "foe", "opponent"}
# Relatives, who share a person's country ("her husband", "his family").
KIN = {"husband", "wife", "son", "daughter", "mother", "father", "brother", "sister", "family", "parent",
       "relative", "widow", "child", "children", "spouse", "fiance", "fiancee"}


def _rehung(toks: tuple) -> tuple:
    """The tokens, with a past-tense verb the parser coordinated with a to-infinitive hung on the
    infinitive's governor instead: in "asked the bank to review its lending and called on Ankara to
    stop", "called" is the askers' second act, not something the bank is asked to do."""
    out = list(toks)
    for t in toks:
        head = toks[t.head]
        while t.dep == "conj" and head.dep == "ccomp" and head.tag == "VB" and toks[head.head].tag == "VB" \
                and head.head != head.i:
            head = toks[head.head]      # ("agreed to let Americans visit Brazil ... and backed the campaign")
        if t.dep == "conj" and t.tag == "VBD" and t.text.lower() != t.lemma.lower() and head.dep == "xcomp" \
                and head.tag == "VB" and head.head != head.i and toks[head.head].pos == "VERB":
            out[t.i] = replace(t, head=head.head)
        police = [k for k in toks if k.head == t.i and k.dep == "dobj" and k.lemma.lower() == "police"]
        if t.lemma.lower() == "riot" and t.pos == "VERB" and t.dep == "conj" and police:
            # "deployed extra soldiers and riot police to its border", parsed with "riot" a verb:
            # the police are the verb's second object, and what hung on "riot" hangs on the verb
            first = [k.i for k in toks if k.head == t.head and k.dep == "dobj"]
            out[t.i] = replace(t, pos="NOUN", tag="NN", dep="compound", head=police[0].i)
            out[police[0].i] = replace(police[0], dep="conj" if first else "dobj", head=first[0] if first else t.head)
            for k in toks:
                if k.head == t.i and k.i != police[0].i:
                    out[k.i] = replace(k, head=t.head)
    return tuple(out)


class SentView:
    """One sentence with its tree, its dictionary mentions and its actor resolution."""

    def __init__(self, sent: Sentence, dictionary: ActorDictionary, ctx: DocContext):
        self.s = replace(sent, tokens=_rehung(sent.tokens))
        self.toks, self.ctx = self.s.tokens, ctx
        self.kids: list[list[int]] = [[] for _ in sent.tokens]
        for t in self.toks:
            if t.head != t.i:
                self.kids[t.head].append(t.i)
        toks = sent.tokens
        # "pro-Russian", "anti-American": a stance, not the country as an actor
        self.mentions = [m for m in dictionary.match(toks)
                         if not (m.start >= 2 and toks[m.start - 1].text == "-" and toks[m.start - 2].text.lower() in STANCE)
                         and not _region_of_americas(toks, m)]
        self.at: dict[int, Mention] = {}
        for m in self.mentions:
            for k in range(m.start, m.end):
                self.at[k] = m
        self._cache: dict[int, list[Actor]] = {}
        self._placed: list[Actor] = []      # actors given a country by the group they are named in
        # the events of the article told before this sentence (ctx.events[:events_before])
        self.events_before = len(ctx.events)
        # dyads coded in this sentence so far (source country, target country, CAMEO root)
        self.dyads: list[tuple[str, str, str]] = []

    # -- tree helpers --------------------------------------------------------------------------
    def children(self, i: int, *deps: str) -> list[int]:
        return [k for k in self.kids[i] if not deps or self.toks[k].dep in deps]

    def subtree(self, i: int) -> list[int]:
        out, stack = [], [i]
        while stack:
            k = stack.pop()
            out.append(k)
            stack.extend(self.kids[k])
        return sorted(out)

    def prep_objects(self, i: int, preps) -> list[int]:
        """pobj heads of the prepositions ``preps`` attached to i ("along with" counts as "with")."""
        out = []
        for p in self.children(i, "prep", "agent", "dative"):
            word = self.toks[p].lemma.lower()
            if word not in preps:
                inner = [q for q in self.children(p, "prep") if self.toks[q].lemma.lower() in preps]
                if word in ("along", "together", "alongside") and inner:
                    p = inner[0]
                else:
                    continue
            for o in self.children(p, "pobj", "pcomp"):
                # ("to neighboring Democratic Republic of Congo", parsed with "neighboring" a verb)
                neighbour = self.toks[o].dep == "pcomp" and self.toks[o].lemma.lower() in ("neighbor", "neighbour")
                out.extend(self.children(o, "dobj") or [o] if neighbour else [o])
        return out

    def span_text(self, idx: list[int]) -> str:
        a, b = min(idx), max(idx)
        t0, t1 = self.toks[a], self.toks[b]
        return self.s.text[t0.idx - self.s.start:t1.idx - self.s.start + len(t1.text)]

    def core(self, i: int) -> list[int]:
        out, stack = [], [i]
        while stack:
            k = stack.pop()
            out.append(k)
            for c in self.kids[k]:
                if self.toks[c].dep in CORE_DEPS or (self.toks[c].dep == "punct" and self.toks[c].text in "-'’") \
                        or (self.toks[c].dep == "npadvmod" and self.toks[k].lemma.lower() in OWNERSHIP):
                    stack.append(c)     # ("the British-flagged tanker": the flag's country)
        return sorted(out)

    # -- coordination ----------------------------------------------------------------------------
    def group(self, i: int) -> list[int]:
        """i and the heads coordinated with it ("A, B and C"; a mis-parsed "A, B" as npadvmod)."""
        out, stack = [], [i]
        while stack:
            k = stack.pop()
            if k in out:
                continue
            out.append(k)
            for c in self.kids[k]:
                dep = self.toks[c].dep
                if dep == "conj" or (dep in ("appos", "npadvmod") and self._bears_actor(c)
                                     and not (self.toks[c].pos == "NOUN" and c not in self.at)):
                    # not "India, Nepal's neighbor", "Greenland, the Danish territory": a description
                    stack.append(c)
        return sorted(out)

    def _bears_actor(self, i: int) -> bool:
        return any(k in self.at for k in self.core(i))

    # -- resolution ----------------------------------------------------------------------------
    def actors(self, i: int) -> list[Actor]:
        """Every actor a phrase headed by i (with its coordinated heads) names."""
        out: list[Actor] = []
        by_head: list[list[Actor]] = []
        for k in self.group(i):
            by_head.append(self.resolve(k))
            for a in by_head[-1]:
                if a not in out:
                    out.append(a)
        # "Chinese warships and coast guard vessels": one country named for the whole group (a
        # state: "the OAS and several governments" are not the OAS's governments); "American and
        # British warplanes and warships": the countries of one head's coordinated adjectives
        countries = list(dict.fromkeys(a.country for a in out if a.country))
        one_head = len(countries) == 1 or any({a.country for a in h if a.country} == set(countries) for h in by_head)
        if countries and one_head and len(out) > 1 and any(not a.country and a.sectors for a in out) \
                and all(len(c) == 3 for c in countries):
            placed = []
            for a in out:
                placed += [a] if a.country or not a.sectors else [self._make(a.text, a.name, c, a.sectors, a.kind) for c in countries]
            out = list(dict.fromkeys(placed))
            self._placed += [a for a in out if a not in self._placed]
        return out

    def resolve(self, i: int) -> list[Actor]:
        if i not in self._cache:
            self._cache[i] = []     # a phrase that leads back to itself ("some of them" ... "they") names no one
            found = self._cache[i] = self._resolve(i)
            if len(found) == 1 and found[0].country and found[0].sectors and self.toks[i].pos == "NOUN":
                # "the speaker of parliament, Rached Ghannouchi": later "Ghannouchi" is the speaker
                for c in self.children(i, "appos"):
                    self._remember_unknown_person(self.core(c), found[0])
        return self._cache[i]

    def _resolve(self, i: int) -> list[Actor]:
        tok = self.toks[i]
        low = tok.text.lower()
        if low in FIRST_PERSON:
            return []       # "we", "us": the speaker of a quote, not a state named before
        if low in PLURAL_PRONOUNS and self._plural_before(i):
            return self._plural_before(i)
        if tok.pos == "PRON" or low in PERSON_PRONOUNS | GROUP_PRONOUNS:
            a = self.pronoun(i)
            return [a] if a else []
        core = self.core(i)
        if tok.lemma.lower() == "office" and i not in self.at:
            # "the office of South African President Cyril Ramaphosa" speaks for him
            holders = [a for k in self.prep_objects(i, {"of"}) for a in self.resolve(k) if a.kind == "person"]
            if holders:
                return holders
        if tok.lemma.lower() in RELATIONAL and i not in self.at and self.children(i, "poss") \
                and not any(c in self.at for c in self.children(i, "compound", "amod")):    # (not "its NATO allies")
            # "Sri Lanka's creditors, including China", "its creditors, led by China": the ones it
            # names, not the possessor
            named = [o for p in self.children(i, "prep") if self.toks[p].lemma.lower() in ("include", "including")
                     for o in self.children(p, "pobj")]
            found = [a for o in named + self._leaders(i) for a in self.actors(o)]
            if found or not any(self.toks[k].text.lower() in COUNTED for k in core):
                return found
            # ("urged its two allies to settle their differences": the two countries named last)
        if tok.lemma.lower() in KIN and i not in self.at:
            # "her husband", "the detainee's family": a private person of the relative's country
            kin = [a for k in self.children(i, "poss") for a in self.resolve(k) if a.country and a.kind == "person"]
            if kin:
                return [self._make(self.span_text(core), None, kin[0].country, ("CVL",), "person")]
        if i not in self.at and tok.pos in ("PROPN", "NOUN") and self._capital_in_name(i, core):
            return []       # "the Minsk Group", "the Paris climate agreement": a name, not the state
        if not any(k in self.at and not self.at[k].is_agent for k in core):
            named = self._discourse(i, core)
            if named:
                return named
        mentions = []
        for k in core:
            m = self.at.get(k)
            if m and m not in mentions:
                mentions.append(m)
        if not any(not m.is_agent for m in mentions):
            # "dozens of dignitaries", "leaders from Belarus, Iran and Indonesia", "the trio of Xi, Putin and Kim"
            leaders = self._leaders(i)
            if leaders and not mentions:
                # "its creditors, led by China", "a coalition led by Saudi Arabia": the leader
                return [a for k in leaders for a in self.actors(k) if a.country]
            if low in QUANTITY or tok.lemma.lower() in QUANTITY or tok.pos == "NUM" and not any(
                    self.toks[k].pos == "PRON" for k in self.prep_objects(i, {"of"})):   # "13 of the attackers"
                inner = self.prep_objects(i, {"of"})
                if inner:
                    members = [a for k in inner for a in self.actors(k)]
                    if tok.lemma.lower() in COLLECTIVES and len(members) > 1:
                        # "the Mercosur bloc of Brazil, Argentina, ...": one party named by its
                        # members, who share its phrase (and do not pair among themselves)
                        text = self.span_text(core)
                        members = [replace(a, text=text) for a in members]
                    return members
            if any(m.is_agent for m in mentions) or tok.ent_type in ("NORP",):
                sectors = self._sectors(mentions)
                kind = next((m.agent_kind for m in mentions if m.is_agent), "group")
                owners = self.prep_objects(i, {"from", "of", "in"})
                countries = [a.country for k in owners for a in self.actors(k) if a.country]
                # "its top military commanders": the possessive pronoun's country
                # ("the West African country's military government": the country named before)
                countries += [a.country for k in self.children(i, "poss") if self.toks[k].pos in ("PRON", "NOUN")
                              for a in self.resolve(k) if a.country]
                if kind == "person" and "GOV" in sectors:
                    # "the leader of the FARC rebels", "the group's leader": an office in a movement
                    # that challenges the state is the movement's, not the government's
                    # (a person's possessive is no movement: "President Kenyatta's victory")
                    led = [a for k in self.prep_objects(i, {"of"}) + self.children(i, "poss")
                           if self.toks[k].ent_type != "PERSON"
                           for a in self.resolve(k) if set(a.sectors) & MOVEMENTS and "GOV" not in a.sectors]
                    if led:
                        sectors = led[0].sectors
                if not countries:
                    # "police in Nairobi", "protesters in Tbilisi", "Los Angeles police": a known city
                    cities = [self.span_text([c for c in self.children(g, "compound") if self.toks[c].pos == "PROPN"] + [g])
                              for k in owners for g in self.group(k) if self.toks[g].pos == "PROPN"]
                    # (not a first name: "Kemi Badenoch" is no one from Kemi, Finland)
                    named = [k for k in core if self.toks[k].pos == "PROPN" and self.toks[k].dep == "compound"
                             and self.toks[k].ent_type != "PERSON"]
                    if named:
                        cities.append(self.span_text(named))
                    countries = [loc.country for c in cities if (loc := locations.city(c))]
                text = self.span_text(core)
                if not countries and {"pro", "government"} <= {self.toks[k].text.lower() for k in core}:
                    # "pro-government forces" after "the Syrian government", else in a story about
                    # Syria: the forces of that government
                    ruled = next((a.country for a in reversed(self.ctx.actors) if "government" in a.text.lower()
                                  and a.country and len(a.country) == 3), None) or self.ctx.home()
                    countries = [ruled] if ruled else []
                if any(self.toks[k].text.lower().rstrip("-") in FORMER for k in core) and "GOV" in sectors:
                    sectors = FORMER_SECTORS    # "former prime minister Imran Khan" is an elite
                sectors = self._unshadowed(core, sectors)
                if countries:
                    return [self._make(text, None, c, sectors, kind) for c in dict.fromkeys(countries)]
                definite = any(self.toks[k].text.lower() in ("the", "these", "those") for k in core)
                if sectors and definite:
                    # "the officers" after "400 Kenyan police officers": the ones named before by
                    # the same noun, or an international body ("the tribunal" after "the International
                    # Criminal Court"; not "the authorities" after "the Kremlin")
                    # ("the rebels" after "three ethnic armed groups": armed groups are named many ways)
                    for a in reversed(self.ctx.actors):
                        if a.sectors == sectors and a.country and (a.country.startswith("IGO") or self._same_noun(tok, a)
                                                                   or sectors == ("REB",)):
                            return [self._make(text, None, a.country, sectors, kind)]
                home = self.ctx.home()
                international = INTERNATIONAL_TITLES & {self.span_text(core).lower().replace("the ", "", 1)}
                if sectors and home and (definite or sectors == ("OPP",)) and "MIL" not in sectors \
                        and not self.children(i, "poss") and not international:
                    # "the authorities", "the opposition" in a story about Georgia (not "the missiles":
                    # forces and weapons are as often the other side's; not "the secretary-general")
                    return [self._make(text, None, home, sectors, kind)]
                home = home or self._home_with_this_sentence()
                if sectors == ("GOV",) and home and kind == "person" and self.toks[i].pos == "PROPN" and \
                        self.toks[i].ent_type == "PERSON" and not self._in_foreign_clause(i, home):
                    # "President Salva Kiir" in a story about South Sudan: an office holder the
                    # dictionary does not know is the story's country's, unless it acts inside another
                    # state's clause ("the United States voiced concern, with National Security
                    # Advisor Jake Sullivan speaking ..."); the name is kept for later
                    actor = self._make(text, None, home, sectors, kind)
                    self._remember_unknown_person(core, actor)
                    return [actor]
                return [self._make(text, None, None, sectors, kind)] if sectors else []
            surname = self.ctx.surnames.get(tok.text)
            if surname and tok.pos == "PROPN":
                return [surname]
            return []
        actor = self._from_mentions(i, core, mentions)
        return [actor] + self._coordinated_modifiers(i, actor)

    def _coordinated_modifiers(self, i: int, actor: Actor) -> list[Actor]:
        """"Turkish and Azerbaijani special forces": one more actor per coordinated country adjective."""
        if not actor.country or self.toks[i].pos == "PROPN":
            return []       # a named person is one actor
        out = []
        for c in self.children(i, "amod", "compound", "nmod"):
            for cc in self.group(c)[1:]:
                m = self.at.get(cc)
                e = m.entry_on(self.ctx.published) if m is not None and not m.is_agent else None
                if e is not None and e.kind == "state" and e.country != actor.country:
                    out.append(self._make(self.toks[cc].text, e.name, e.country, actor.sectors, actor.kind))
        return out

    def _capital_in_name(self, i: int, core: list[int]) -> bool:
        names = [self.at[k] for k in core if k in self.at and not self.at[k].is_agent]
        return bool(names) and all(m.entries and m.entries[0].form == "capital" and self.toks[m.end - 1].dep == "compound"
                                   for m in names)

    def _plural_before(self, i: int) -> list[Actor]:
        """"they" after "A and B": a coordinated subject earlier in this sentence, else the last one."""
        for k, t in enumerate(self.toks[:i]):
            if t.dep in ("nsubj", "nsubjpass") and t.text.lower() not in PLURAL_PRONOUNS:
                group = [a for a in self.actors(k) if a.country]
                if len(group) > 1:
                    return group
        for k, t in enumerate(self.toks[:i]):
            # "Thousands of people protested, and police fired tear gas at them": a crowd named
            # as this sentence's subject, before the states named earlier ("rejected talks with
            # the protesters and called them terrorists": "them" may be a crowd named as an object)
            objects = ("dobj", "pobj") if self.toks[i].text.lower() in ("them", "themselves") else ()
            if (t.dep == "nsubj" or t.dep in objects) and (t.tag == "NNS" or t.lemma.lower() in QUANTITY) \
                    and t.text.lower() not in PLURAL_PRONOUNS:
                crowd = [a for a in self.actors(k) if a.sectors and set(a.sectors) & CROWD_SECTORS]
                if crowd:
                    return crowd
        return list(self.ctx.last_plural)

    def _leaders(self, i: int) -> list[int]:
        """The phrases that name who leads the noun at i: "a coalition led by Saudi Arabia", "its
        creditors, led by China", "the Saudi-led coalition"."""
        return [p for c in self.children(i, "acl") if self.toks[c].lemma.lower() in ("lead", "head")
                for a in self.children(c, "agent") for p in self.children(a, "pobj")] + \
            [p for c in self.children(i, "amod") if self.toks[c].lemma.lower() in ("lead", "head")
             for p in self.children(c, "npadvmod", "compound")]

    def _discourse(self, i: int, core: list[int]) -> list[Actor]:
        """"The two countries", "both governments", "the three juntas", "the bloc": actors named
        before, by count or by kind; "the North": the state named before as "North ..."."""
        tok = self.toks[i]
        lemma = tok.lemma.lower()
        words = {self.toks[k].text.lower() for k in core if k != i and self.toks[k].dep != "case"}   # ("the country's")
        if tok.text in ("North", "South") and words == {"the"}:
            named = [a for a in reversed(self.ctx.states) if a.kind == "state" and (a.name or "").startswith(tok.text + " ")]
            if named:
                return named[:1]
        if lemma in COUNTED_NOUNS and tok.tag in ("NN", "NNS", "NNPS"):
            n = next((COUNTED[w] for w in words if w in COUNTED), 0)
            described = "the" in words and not any(k in self.at for k in core if k != i) and all(
                self.toks[k].pos in ("ADJ", "PROPN", "DET") for k in core if k != i and self.toks[k].dep != "case")
            if tok.tag == "NN" and (words == {"the"} and lemma in ("country", "nation", "kingdom", "government", "island",
                                                                 "republic", "emirate", "territory")
                                    or described and lemma in ("country", "nation", "kingdom", "island", "state",
                                                               "republic", "emirate", "territory")):
                # "the country", "the Gulf state", "the reclusive state": the one named last (not
                # "the state" alone, which is as often the state as such: "clashed with the state")
                n = 1
            home = self.ctx.home()
            if lemma == "government" and words == {"the"}:
                # "the government in Bangui" (the parser may hang "in Bangui" on the verb): the
                # capital's country; else, in a story about Georgia, Georgia's, whoever was named last
                right = self.toks[i + 1] if i + 1 < len(self.toks) else None
                hung = right is not None and right.text == "in" and right.head == self.toks[tok.head].head
                ins = self.prep_objects(i, {"in"}) + (self.children(right.i, "pobj") if hung else [])
                placed = [a.country for k in ins for a in self.actors(k) if a.country and len(a.country) == 3]
                if placed or home:
                    return [self._make(self.span_text(core), None, (placed or [home])[0], ("GOV",), "group")]
            if not n and words == {"the"} and tok.tag == "NNS" and COUNTED_NOUNS[lemma] == ("GOV",) \
                    and len(self.ctx.last_plural) > 1:
                # "The leaders agreed" after several were named together: all of them
                n = len(self.ctx.last_plural)
            plural = self.ctx.last_plural
            if n > 1 and len(plural) != n:
                # ("Putin and Turkish President Recep Tayyip Erdogan", read as three: two countries)
                distinct = list({a.country or a.code: a for a in plural}.values())
                plural = distinct if len(distinct) == n else plural
            if n and len(plural) == n:
                # "Britain, France and Germany ... The three countries"
                return [self._make(self.span_text(core), a.name, a.country, COUNTED_NOUNS[lemma], "group")
                        for a in plural]
            if n == 1 and tok.dep in ("nsubj", "nsubjpass") and self.toks[tok.head].dep == "ccomp":
                # "Crown Prince Mohammed bin Salman said the kingdom was ready": the speaker's
                said = self.toks[tok.head].head
                own = [a for k in self.children(said, "nsubj") for a in self.resolve(k)
                       if a.country and len(a.country) == 3]
                if own:
                    return [self._make(self.span_text(core), None, own[0].country, (), "state")]
            if n:
                # "the two countries" are states named as such; "the two leaders" may be people
                as_state = not COUNTED_NOUNS[lemma] and lemma != "side"    # sides may be groups
                # (and a person named before by surname alone: "Duterte held talks with Xi, and
                # the two sides signed 13 agreements")
                heads = sorted({self.head_of(m) for m in self.mentions if m.end <= core[0] and not m.is_agent} |
                               {k for k in range(core[0]) if k not in self.at and self.toks[k].text in self.ctx.surnames})
                earlier = [a for k in heads for a in self.resolve(k) if a.country and len(a.country) == 3
                           and (a.kind == "state" or not as_state)]
                pool = [a for a in self.ctx.states if a.kind == "state" or not as_state] + earlier
                # "The EU urged both sides to ...": whoever the clause is about is not among them
                # (but "she accused the government": a country's own government may be meant)
                speaker = {a.country for a in self._clause_subject(i)} if lemma != "government" else set()
                if lemma == "side":
                    # ("Jordan warned against annexation, while Egypt urged the two sides to study the
                    # plan": whoever else speaks in the sentence is no side either)
                    speaker |= {a.country for k, t in enumerate(self.toks) if k < core[0] and t.dep == "nsubj"
                                and self.toks[t.head].lemma.lower() in SPEECH_VERBS for a in self.resolve(k)}
                out: list[Actor] = []
                for a in reversed(pool):
                    if a.country not in {b.country for b in out} | speaker:
                        out.append(a)
                    if len(out) == n:
                        break
                if len(out) < n and lemma == "side":
                    # "both sides in Sudan's war": the army and the paramilitaries of one country
                    out = []
                    for a in reversed(pool):
                        if a.code not in {b.code for b in out} and a.country not in speaker and a.sectors:
                            out.append(a)
                        if len(out) == n:
                            break
                if len(out) == n:
                    sectors = COUNTED_NOUNS[lemma]
                    return [self._make(self.span_text(core), a.name, a.country, sectors, "group") for a in reversed(out)]
        named = any(self.toks[c].pos == "PROPN" and c not in self.at for c in self.children(i, "compound")) \
            or any(e.kind == "state" for k in self.prep_objects(i, {"of"}) if k in self.at for e in self.at[k].entries[:1])
        if lemma == "movement" and words & DISSENT and (home := self.ctx.home()):
            # "the protest movement", "the pro-democracy movement": the opposition of the story's country
            return [self._make(self.span_text(core), None, home, ("OPP",), "group")]
        # ("the Commission on the Limits of the Continental Shelf": a name)
        named = named or tok.pos == "PROPN" and any(self.toks[p].lemma.lower() in ("on", "for", "of")
                                                    for p in self.children(i, "prep"))
        if lemma in ORG_NOUNS and "the" in words and not named:
            # (not "the Mercosur bloc of Brazil, ...": a bloc named, or by its members)
            # "a ceasefire between Israel and the militant group" after "Hamas": the group named last
            for m in reversed(self.mentions):
                if m.end <= core[0] and not m.is_agent and m.entries and m.entries[0].kind in ("organisation", "group") \
                        and m.entries[0].form == "entity":
                    found = self.resolve(self.head_of(m))
                    if found:
                        return found[:1]
            # (not "the militia" after "the U.N. Security Council": a militia is an armed group)
            if self.ctx.last_org is not None and (lemma != "militia" or set(self.ctx.last_org.sectors) & {"REB", "MIL"}):
                return [self.ctx.last_org]
        return []

    def _sectors(self, mentions: list[Mention]) -> tuple[str, ...]:
        out: list[str] = []
        for m in mentions:
            for s in m.agent:
                if s not in out:
                    out.append(s)
        return tuple(out)

    def _home_with_this_sentence(self) -> str | None:
        """The story's country counting this sentence's states too ("Thai court ..." then
        "Thailand's court suspended Prime Minister ...")."""
        return self.ctx.home(tuple(m.entries[0].country for m in self.mentions
                                   if not m.is_agent and m.entries and m.entries[0].kind == "state"))

    def _in_foreign_clause(self, i: int, home: str) -> bool:
        """Whether the subject at ``i`` acts in a clause hung on one whose subject names a state
        other than ``home``, or is ousted or held by one ("the Egyptian military ousted President
        Mohamed Morsi" in a story about Turkey)."""
        if self.toks[i].dep == "dobj" and self.toks[self.toks[i].head].lemma.lower() in SEIZING:
            k = self.toks[i].head
            return any(e.kind == "state" and e.country != home for subj in self.children(k, "nsubj")
                       for c in self.core(subj) if (m := self.at.get(c)) is not None and not m.is_agent
                       for e in m.entries[:1])
        if self.toks[i].dep not in ("nsubj", "nsubjpass"):
            return False
        k = self.toks[i].head
        while self.toks[k].head != k:
            k = self.toks[k].head
            for subj in self.children(k, "nsubj"):
                for c in self.core(subj):
                    m = self.at.get(c)
                    e = m.entries[0] if m is not None and not m.is_agent and m.entries else None
                    if e is not None and e.kind == "state" and e.country != home:
                        return True
        return False

    @staticmethod
    def _same_noun(tok, actor: Actor) -> bool:
        """Whether an earlier actor's phrase holds this noun ("officers" in "Kenyan police officer")."""
        words = {w.lower() for w in (actor.text or "").replace("'s", " ").split()}
        return bool({tok.text.lower(), tok.lemma.lower()} & words) or tok.lemma.lower() + "s" in words

    def _make(self, text, name, country, sectors, kind, code=None) -> Actor:
        sectors = tuple(sectors)
        if code is None:
            code = (country or "") + "".join(sectors) if (country or sectors) else None
        return Actor(text=text, name=name, code=code, country=country, sectors=sectors, kind=kind)

    def _from_mentions(self, i: int, core: list[int], mentions: list[Mention]) -> Actor:
        day = self.ctx.published
        text = self.span_text(core)
        former = any(self.toks[k].text.lower().rstrip("-") in FORMER for k in core)
        sectors = self._sectors(mentions)
        entries = [(m, m.entry_on(day)) for m in mentions if not m.is_agent]
        people = [(m, e) for m, e in entries if e and e.kind == "person"]
        unknown_person = [m for m, e in entries if e is None]
        if people:
            m, e = people[-1]
            secs = FORMER_SECTORS if former else e.sectors
            actor = self._make(text, e.name, e.country, secs, "person", None if former else e.code)
            self._remember_surnames(m, actor)
            return actor
        if unknown_person and not [e for _, e in entries if e]:
            # a known name out of office on the article's date ("former", or writing years later):
            # a former president is an elite, not the government (CAMEO's ELI)
            m = unknown_person[-1]
            e = m.entries[0]
            actor = self._make(text, e.name, e.country, FORMER_SECTORS, "person")
            self._remember_surnames(m, actor)
            return actor
        orgs = [e for _, e in entries if e and e.kind in ("organisation", "group") and e.form == "entity"]
        states = [e for _, e in entries if e and e.kind == "state"]
        if orgs:
            e = orgs[-1]
            owners = [a.country for k in self.children(i, "poss") for a in self.resolve(k)
                      if a.kind == "state" and a.country and a.country != e.country]
            if owners and e.country and e.sectors and set(e.sectors) <= {"LEG", "JUD"}:
                # "Peru's Congress", "Brazil's Supreme Court": an institution's name that another
                # state's possessive makes that state's own
                return self._make(text, None, owners[0], e.sectors, e.kind)
            secs = tuple(dict.fromkeys(e.sectors + sectors))
            code = e.code + "".join(s for s in sectors if s not in e.sectors and not e.code.endswith(s))
            return self._make(text, e.name, e.country, secs, e.kind, code)
        e = states[0]
        head_is_name = self.at.get(i) is not None and not self.at[i].is_agent
        if head_is_name and not sectors and self.at[i].entries[0].form == "adjective" and self.toks[i].tag in ("NNS", "NNPS"):
            sectors = ("CVL",)      # "tens of thousands of Serbians": people, not the state
        kind = "state" if head_is_name and not sectors else next((m.agent_kind for m in mentions if m.is_agent), "group")
        sectors = self._unshadowed(core, sectors)
        actor = self._make(text, e.name, e.country, FORMER_SECTORS if former and sectors else sectors, kind)
        self._remember_unknown_person(core, actor)
        return actor

    def _unshadowed(self, core: list[int], sectors: tuple[str, ...]) -> tuple[str, ...]:
        """"Myanmar's shadow National Unity Government", "the exiled government": a government
        that does not govern is the opposition."""
        if "GOV" in sectors and any(self.toks[k].text.lower() in SHADOW for k in core):
            return ("OPP",)
        return sectors

    def _remember_surnames(self, m: Mention, actor: Actor) -> None:
        words = [self.toks[k].text for k in range(m.start, m.end) if self.toks[k].pos == "PROPN"]
        if len(words) > 1:
            for w in (words[0], words[-1]):
                self.ctx.surnames.setdefault(w, actor)

    def _remember_unknown_person(self, core: list[int], actor: Actor) -> None:
        """"Iraqi Prime Minister Mohammed Shia al-Sudani": later "Sudani" is the same actor."""
        names = [k for k in core if self.toks[k].ent_type == "PERSON" and k not in self.at]
        if names and actor.country:
            # ("American basketball player Brittney Griner", later "Griner": a civilian)
            sectors, code = (actor.sectors, actor.code) if actor.sectors else (("CVL",), actor.country + "CVL")
            person = Actor(actor.text, " ".join(self.toks[k].text for k in names), code, actor.country, sectors, "person")
            last = self.toks[names[-1]].text
            self.ctx.surnames[last] = person
            if len(names) > 1:      # "Prime Minister Paetongtarn Shinawatra", later "Paetongtarn"
                self.ctx.surnames.setdefault(self.toks[names[0]].text, person)
            if "-" in last:
                self.ctx.surnames[last.split("-", 1)[1]] = person

    def pronoun(self, i: int) -> Actor | None:
        low = self.toks[i].text.lower()
        if low in ("its", "their") and self.toks[i].dep == "poss":
            # "Iran launched missiles at Israel, in its first direct attack": a possessive is its
            # clause's subject's, not the last name before it
            owner = self._possessor_subject(i)
            if owner is not None:
                return owner
        if low in ("his", "her") and self.toks[i].dep == "poss":
            # "met Putin in the Kremlin on his first visit to Moscow": the visitor is the subject
            # (not "thanked Biden for his support")
            noun = self.toks[i].head
            p = self.toks[noun].head
            if self.toks[noun].dep == "pobj" and self.toks[p].lemma.lower() in ("on", "during") \
                    and self.toks[self.toks[p].head].pos == "VERB":
                found = [a for k in self.children(self.toks[p].head, "nsubj") if k < i for a in self.resolve(k)
                         if a.kind == "person"]
                if len(found) == 1:
                    return found[0]
        v = self.toks[i].head
        if low in ("it", "them") and self.toks[i].dep == "dobj" and self.toks[v].dep == "advcl" \
                and self.toks[v].tag == "VBG" and self.toks[v].lemma.lower() in ("accuse", "blame", "charge"):
            # "filed a case against Myanmar at the court, accusing it of genocide": the one the act
            # is against (not the court named last)
            main = self.toks[v].head
            found = [a for h in [main] + self.children(main, "dobj") for o in self.prep_objects(h, {"against"})
                     for a in self.resolve(o) if a.country]
            if len(found) == 1:
                return found[0]
        if low == "it" and self.toks[i].dep == "nsubj" and self.toks[self.toks[i].head].lemma.lower() == "be" and any(
                self.toks[d].text.lower() == "to" for k in self.children(self.toks[i].head, "attr")
                for c in self.children(k, "relcl", "acl") for d in self.children(c, "aux")):
            return None     # "It is not a criminal offense to disagree": no one (not "it was ready to accept")
        if low == "it" and self.toks[i].dep == "nsubj":
            speaker = self._speaker(i)
            if speaker is not None:
                return speaker
            if i == 0 and self.ctx.last_subject is not None and self.toks[self.toks[i].head].dep == "ROOT":
                return self.ctx.last_subject    # "The Syrian side demanded ... It also asked Russia ..."
            v = self.toks[i].head
            if self.toks[v].dep == "advcl" and self.toks[v].head != v:
                # "China fired missiles around Taiwan as it began drills": the subject of the
                # clause it is subordinate to
                found = [a for k in self.children(self.toks[v].head, "nsubj") if self.toks[k].pos != "PRON"
                         for a in self.resolve(k) if a.country and a.kind != "person"]
                if len(found) == 1:
                    return found[0]
        want_person = low in PERSON_PRONOUNS
        # "Zelenskyy thanked him": an object pronoun is not its own clause's subject
        own = {a.code for a in self._clause_subject(i)} if low in OBJECT_PRONOUNS else set()
        best, at = None, -1
        for m in self.mentions:
            if m.end > i:
                break
            if m.is_agent:
                continue
            e = m.entry_on(self.ctx.published) or (m.entries[0] if m.entries else None)
            if e is None:
                continue
            if (e.kind == "person") == want_person:
                found = [a for a in self.resolve(self.head_of(m)) if a.code not in own]
                if found:
                    best, at = found, m.end
        if want_person:
            # "sanctions on Pelosi and her family": a person named before by full name, now by surname
            named = [k for k in range(at + 1, i) if self.toks[k].pos == "PROPN" and k not in self.at
                     and (a := self.ctx.surnames.get(self.toks[k].text)) is not None and a.code not in own]
            if named:
                best = [self.ctx.surnames[self.toks[named[-1]].text]]
        if best:
            return best[0]
        clause = self.toks[i].head if low in ("he", "she") and self.toks[i].dep == "nsubj" else \
            self.toks[self.toks[i].head].head if low in ("his", "her") and self.toks[i].dep == "poss" else None
        if clause is not None and self.toks[clause].dep == "ccomp":
            # "Ukraine's army chief said that he had ordered ...", "the head of Wagner said that his
            # fighters had taken the city": a speaker named by his office
            r = self.toks[clause].head
            # ("the head of Russia's Wagner group": the office holder of what he heads)
            found = [a for k in self.children(r, "nsubj") if self.toks[k].pos == "NOUN"
                     for a in self.resolve(k) or [b for o in self.prep_objects(k, {"of"}) for b in self.resolve(o)]
                     if a.country]
            if len(found) == 1:
                return found[0]
        last = self.ctx.last_person if want_person else self.ctx.last_group
        if last is None and want_person:
            # a person known only by the words around the name ("British aid worker Nazanin
            # Zaghari-Ratcliffe"), who sets no dictionary person: the last such one named
            last = next((a for a in reversed(self.ctx.actors) if a.kind == "person" and a.code not in own
                         and a.text.split()[-1].lower() not in INSTITUTIONS), None)
        if last is not None and last.code in own:
            # the one named before the subject: the last other person of the article
            last = next((a for a in reversed(self.ctx.actors) if a.kind == "person" and a.code not in own), None) \
                if want_person else None
        return last

    def _speaker(self, i: int) -> Actor | None:
        """"Beijing condemned the sale and said it would take countermeasures": the "it" that
        is the subject of a reported clause is the speaker, when that is one state or group."""
        v = self.toks[i].head
        if self.toks[v].dep != "ccomp":
            return None
        r = self.toks[v].head
        subj = self.children(r, "nsubj")
        if not subj and self.toks[r].dep == "conj":
            subj = self.children(self.toks[r].head, "nsubj")
        # (a body, not a named person: "Putin said it would take time")
        found = [a for s in subj if self.toks[s].pos == "NOUN" or self.toks[s].pos == "PROPN" and self.toks[s].ent_type != "PERSON"
                 for a in self.resolve(s) if a.country and (a.kind != "person" or self.toks[s].pos == "NOUN")]
        return found[0] if len(found) == 1 else None

    def _possessor_subject(self, i: int) -> Actor | None:
        """The subject of the clause a possessive pronoun stands in, when it comes before the
        pronoun and names a state or group with a country."""
        k, inside = i, {i}
        while self.toks[k].head != k and self.toks[k].pos not in ("VERB", "AUX"):
            k = self.toks[k].head
            inside.add(k)
        if self.toks[k].pos not in ("VERB", "AUX"):
            return None
        for s in self.children(k, "nsubj"):
            if s < i and s not in inside and self.toks[s].text.lower() == "it":
                return self.pronoun(s)      # "as it began its largest drills": whoever "it" is
            if s < i and s not in inside and self.toks[s].text.lower() not in GROUP_PRONOUNS | PERSON_PRONOUNS:
                found = [a for a in self.resolve(s) if a.country and a.kind != "person"]
                if len(found) == 1:
                    return found[0]
        return None

    def _clause_subject(self, i: int) -> list[Actor]:
        """The actors of the subject of the verb that governs token i as its object."""
        tok = self.toks[i]
        if tok.dep not in ("dobj", "dative", "pobj"):
            return []
        v = tok.head if tok.dep != "pobj" else self.toks[tok.head].head
        if self.toks[v].pos not in ("VERB", "AUX"):
            return []
        subj = self.children(v, "nsubj")
        if not subj and self.toks[v].dep == "acl" and self.toks[self.toks[v].head].dep == "ROOT":
            subj = [self.toks[v].head]      # "Russia, which has peacekeepers there, called on both sides"
        # ("The EU and the United States urged both sides": both are the speakers)
        return [a for k in subj if k != i for g in self.group(k) if g != i for a in self.resolve(g)]

    def head_of(self, m: Mention) -> int:
        k = m.end - 1
        while self.toks[k].head != k and self.toks[k].dep in ("compound", "flat", "amod", "nmod") and self.toks[k].head < m.end + 6:
            k = self.toks[k].head
        return k

    def close(self) -> None:
        """Carry this sentence's people, groups, countries and coordinated subjects into the
        article's context."""
        root = next((k for k, t in enumerate(self.toks) if t.dep == "ROOT"), None)
        self.ctx.last_subject = None
        # ("X demanded ..., a source said": the reported clause's subject)
        for v in ([root] + self.children(root, "ccomp", "parataxis")) if root is not None else []:
            subject = [a for k in self.children(v, "nsubj") for a in self.actors(k)]
            if len(subject) == 1 and subject[0].country and subject[0].kind != "person":
                self.ctx.last_subject = subject[0]
                break
        for k, t in enumerate(self.toks):
            if t.dep in ("nsubj", "nsubjpass") and t.text.lower() not in PLURAL_PRONOUNS:
                group = [a for a in self.actors(k) if a.country]
                if len(group) > 1:
                    self.ctx.last_plural = group
            if t.dep == "ROOT" and t.lemma.lower() in GATHERING_VERBS:
                # "Biden hosted Kishida and Yoon ... The leaders agreed": who met are the group
                met = [a for c in [k] + self.children(k, "nsubj") + self.children(k, "dobj")
                       + self.prep_objects(k, {"with"}) if c != k for a in self.actors(c) if a.country]
                if len({a.country for a in met}) > 1:
                    self.ctx.last_plural = list({a.country: a for a in met}.values())
            if t.dep == "pobj" and self.toks[t.head].lemma.lower() == "between":
                pair = [a for a in self.actors(k) if a.country]
                if len(pair) > 1:
                    self.ctx.last_sides = pair      # "a ceasefire between Israel and the militant group"
            elif t.dep in ("nsubj", "nsubjpass") and len({a.code for a in self.actors(k) if a.country}) > 1:
                # (two sides; not one state's "missiles and drones")
                self.ctx.last_sides = [a for a in self.actors(k) if a.country]
        for k, t in enumerate(self.toks):
            if t.pos == "NOUN" and t.lemma.lower() in OWNED_ACTS:
                # "China's national security law", "the Chinese law": a state's possessive or adjective
                authors = [a for c in self.children(k, "poss", "amod", "compound") if self.toks[c].pos != "PRON"
                           for a in self.actors(c) if a.country and len(a.country) == 3]
                if len(authors) == 1:
                    self.ctx.owned[t.lemma.lower()] = authors[0]
        self.ctx.actors += [a for k in sorted(self._cache) for a in self._cache[k] if a.country and a.sectors] + \
            [a for a in self._placed if a.sectors]
        for m in self.mentions:
            if m.is_agent:
                if m.agent_kind == "person":
                    # "Azerbaijan's president": a person named by office is "he" in the next sentence
                    titled = [a for a in self.resolve(self.head_of(m)) if a.country and a.sectors]
                    # (not an institution: "the government" is no "she")
                    if len(titled) == 1 and self.toks[self.head_of(m)].lemma.lower() not in INSTITUTIONS \
                            and self.toks[self.head_of(m)].tag != "NNS":
                        self.ctx.last_person = titled[0]
                continue
            e = m.entry_on(self.ctx.published) or (m.entries[0] if m.entries else None)
            if e is None:
                continue
            actors = self.resolve(self.head_of(m))
            if not actors:
                continue
            if e.kind == "person":
                self.ctx.last_person = actors[0]
            else:
                self.ctx.last_group = actors[0]
            if e.kind in ("organisation", "group") and e.form == "entity" and not m.is_agent:
                self.ctx.last_org = actors[0]
            named = [a for a in actors if a.country and len(a.country) == 3]
            h = self.head_of(m)
            if self.ctx.read < LEAD_SENTENCES and self.toks[h].dep == "pobj" \
                    and self.toks[self.toks[h].head].lemma.lower() in ("in", "at", "across", "inside"):
                named *= 2      # "Russian troops arrive in Kazakhstan": where the lead puts the story
            self.ctx.states += named
        self.ctx.read += 1
