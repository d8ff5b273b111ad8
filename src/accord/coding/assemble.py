"""The coder: annotated articles in, event records out.

``Coder`` loads the dictionaries once; calling it on AnnotatedArticles yields EventRecords
(and passes Failures through). Each event carries its quote, span, trigger, rule and a
confidence from how its actors were found.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta

from .. import __version__
from ..config import Settings
from ..ids import event_id
from ..extract import is_heading
from ..records import Actor, AnnotatedArticle, EventRecord, Failure, Location, Sentence
from . import dates, locations, modality
from .actors import COLLECTIVES, DocContext, SentView
from .confidence import confidence
from .confidence import features as confidence_features
from .dictionary import load_dictionary
from .events import (AIMED, CHALLENGERS, GIVING_VERBS, Candidate, candidates, civilians, last_foe, sentence_city,
                     sentence_place, state, town)
from .tables import cameo, countries

HISTORICAL_GAP = timedelta(days=365)
# Roots where an actor with no country ("troops", "gunmen", "protesters") still makes an event.
GENERIC_OK = {"14", "15", "17", "18", "19", "20"}
ASSAULT_ROOTS = {"18", "19", "20"}
# What an appeal asks of the story's country when it names no one: "urged all sides to de-escalate",
# "called for a return to constitutional rule", "for an independent investigation".
# What a challenger demands of its own government: "demanded a rerun of the vote".
REDOS = {"rerun", "recount", "transition"}
COUNTRY_CONCERNS = {"side", "party", "return", "restoration", "investigation", "inquiry", "probe",
                    "solution"} | REDOS
# What an election yields: "rejected the results".
BALLOTS = {"result", "results", "outcome", "election", "vote", "count", "tally"}
# Verbs that carry out an attack named by a noun: its place is where it hits.
CARRY_VERBS = {"carry", "launch", "conduct", "stage", "mount", "unleash"}
# Verbal acts, concessions and investigations that, naming no target, are aimed at the other
# country the sentence names.
COUNTERPART_ROOTS = {"02", "08", "09", "10", "11", "12", "13", "16"}
# Acts done in words, which "also" repeats toward whom the last one of their kind went.
VERBAL_ROOTS = {"01", "02", "05", "10", "11", "12", "13"}
# Demands and appeals, whose unnamed addressee may be another country's.
DEMAND_ROOTS = {"02", "10"}
# Aid that names no recipient is for the country the article is about. (Shows of force were
# tried too: their gold more often names no target, and the tuning figures fell.)
HOME_ROOTS = {"07"}
# A threat answers a conflictual act (CAMEO 10 to 20) before anything else, and a cooperative
# one (a promise, a mediation, praise, cooperation, aid) last.
HOSTILE_ROOTS = {str(r) for r in range(10, 21)}
FRIENDLY_ROOTS = {"03", "04", "05", "06", "07"}
# PLOVER types that, naming no target, are done where they happen or at home.
SELF_DIRECTED = {"ASSAULT", "CONCEDE"}
# People taken in a fight who belong to a side's forces: "captured a pilot".
COMBATANTS = {"pilot", "soldier", "sailor", "crew", "fighter", "officer", "commander", "serviceman", "marine"}
# Roots whose acts count with no one named doing them ("12 villagers were killed", "hostages
# were freed"): acts of force and of release; a recognition or an accusation by no one is none.
UNSEEN_HANDS = {"08", "17", "18", "19", "20"}
# Sectors that may break with their own state ("the rebels pulled out of talks with Congo's
# government"); a state itself cuts no ties with itself.
TIE_CUTTERS = {"REB", "OPP", "CRM", "CVL"}
# Acts whose target is also their author: an agreement signed with someone.
JOINT_CODES = {"057"}
# Acts that name no target by their nature: a state of emergency, martial law, a curfew (1724).
NO_TARGET_CODES = {"1724"}
# Acts that are no news when a private person does them: travel, meetings, working together.
PRIVATE_ROOTS = {"04", "06"}
# Nouns that, with "the", name the town an earlier event was placed in.
TOWNS = {"town", "city", "village"}
DATE_STOP = {"since", "until", "till", "for", "before", "after", "from", "between"}


class Coder:
    def __init__(self, settings: Settings):
        self.settings = settings
        self.dictionary = load_dictionary(tuple(settings.actors), tuple(settings.agents))

    def is_known_word(self, word: str) -> bool:
        return self.dictionary.is_known_word(word)

    def __call__(self, items: Iterable[AnnotatedArticle | Failure]) -> Iterator[tuple[AnnotatedArticle, list[EventRecord]] | Failure]:
        for item in items:
            if isinstance(item, Failure):
                yield item
                continue
            try:
                yield item, self.code(item)
            except Exception as exc:   # a coder bug on one article must not stop the run
                yield Failure(item.article.origin, "coding", type(exc).__name__, f"{item.article.origin}: {exc}",
                              item.article.article_id)

    def code(self, ann: AnnotatedArticle) -> list[EventRecord]:
        art = ann.article
        published = dates.parse_published(art.published)
        day = published.strftime("%Y-%m-%d") if published else None
        ctx = DocContext(published=day)
        events: dict[str, EventRecord] = {}
        headed: set[str] = set()
        for sent in ann.sentences:
            view = SentView(sent, self.dictionary, ctx)
            for rec in self._sentence_events(ann, sent, view, published):
                if rec.location is not None and rec.location.precision == "city":
                    ctx.last_town = rec.location
                if rec.confidence >= self.settings.min_confidence:
                    events.setdefault(rec.event_id, rec)
                    if sent.index == 0 and is_heading(sent.text) and len(ann.sentences) > 2:
                        headed.add(rec.event_id)
            view.close()
        # A headline sums up its story: an event of the headline that no sentence of the body tells
        # (same source country and type) is more likely a misread headline than news, and one with
        # no target yields to the body's telling that has one ("Iran seizes oil tanker")
        def kind(e: EventRecord) -> tuple:
            return e.source.country if e.source else None, e.plover["type"]
        # (and one whose target is only the place it happened, which none of the body's tellings
        # has, is a misread headline too: "Iran says Israeli strike in Syria killed senior Guards
        # commander" is no strike on Syria when the body tells the strike on the commander)
        body = {kind(e) for k, e in events.items() if k not in headed}
        aimed: dict[tuple, set] = {}
        for k, e in events.items():
            if k not in headed and e.target:
                aimed.setdefault(kind(e), set()).add(e.target.country)
        def misplaced(e: EventRecord) -> bool:     # a target that is only where the event happened
            return e.target is not None and e.location is not None and e.target.country == e.location.country \
                and e.target.country not in aimed[kind(e)]
        return [e for k, e in events.items() if (k not in headed or kind(e) in body and (
            kind(e) not in aimed or e.target is not None and not misplaced(e))) and _about_a_state(e)]

    def _sentence_events(self, ann, sent: Sentence, view: SentView, published: datetime | None) -> list[EventRecord]:
        out: list[EventRecord] = []
        for cand in candidates(view):
            recs = self._records(ann, sent, view, cand, published)
            out.extend(recs)
            # "condemned the deal and said it would take countermeasures": the sentence's own
            # dyads, for a reply later in it
            view.dyads += [(e.source.country, e.target.country, e.cameo_root) for e in recs
                           if e.source and e.target and e.source.country and e.target.country
                           and e.target.country != e.source.country]
        # "condemned any takeover by force and called for Conde's release": a condemnation that
        # names no one is aimed where the same speaker's other verbal act in the sentence is
        for n, e in enumerate(out):
            if e.target is None and e.source is not None and e.cameo_root == "11":
                aim = next((o.target for o in out if o.target is not None and o.source is not None
                            and o.source.code == e.source.code and o.cameo_root in COUNTERPART_ROOTS
                            and o.target.country and o.target.country != e.source.country), None)
                if aim is not None:
                    out[n] = replace(e, target=aim, event_id=event_id(e.article_id, e.sentence_index, e.cameo,
                                                                      e.source.code, aim.code))
        # An event without a target yields to one of the same kind and source that has one
        # ("a rare trip abroad, attending a parade in Beijing").
        # (but "detained the leader and declared a state of emergency": an act that names no one by its
        # nature yields to nothing)
        targeted = {(e.source.code if e.source else None, e.cameo_root) for e in out if e.target}
        kept = [e for e in out if e.target or e.cameo in NO_TARGET_CODES
                or (e.source.code if e.source else None, e.cameo_root) not in targeted]
        for e in kept:
            # (an act told as history in a relative clause, or one not done, is no act "the move" or
            # "the decision" refers to: "the Golan Heights, which it seized from Syria in the 1967
            # war", "the EU said it did not recognize Israeli sovereignty")
            if e.source is not None and e.source.country and e.modality != "negated" \
                    and not (e.modality == "historical" and e.extra.get("relative")):
                view.ctx.events.append((e.extra["lemma"], e.cameo_root, e.source))
                if (e.extra.get("mutual") or e.cameo in JOINT_CODES) and e.target is not None and e.target.country:
                    # "announced a security partnership", "signed accords with the UAE and
                    # Bahrain": all who made it are its authors
                    view.ctx.events.append((e.extra["lemma"], e.cameo_root, e.target))
                if e.target is not None and e.target.country and e.target.country != e.source.country:
                    view.ctx.dyads.append((e.source.country, e.target.country, e.cameo_root))
        return kept

    def _dyads(self, cand: Candidate) -> list[tuple[Actor | None, Actor | None]]:
        if cand.pairs_within:
            people = _distinct(cand.sources)
            if len(people) == 1:
                return [(people[0], None)]
            sides = {a.text for a in people}
            if len(sides) == 2 and len(people) > 2 and any(
                    sum(a.text == t for a in people) > 1 and set(t.lower().split()) & COLLECTIVES for t in sides):
                # "the EU and the Mercosur bloc of Brazil, Argentina, ...": two parties, one of them
                # named by its members; the members do not pair among themselves
                return [(a, b) for n, a in enumerate(people) for b in people[n + 1:] if a.code != b.code and a.text != b.text]
            return [(a, b) for n, a in enumerate(people) for b in people[n + 1:] if a.code != b.code]
        sources = _distinct(cand.sources) or [None]
        targets = _distinct(cand.targets) or [None]
        out = []
        for s in sources:
            for t in targets:
                rebel = s is not None and bool(set(s.sectors) & TIE_CUTTERS)
                if s is not None and t is not None and s.country == t.country and cand.trigger.cameo[:2] == "16" \
                        and not rebel:
                    t = None    # a state does not cut its own ties ("recalled its ambassador"); rebels do
                                # ("pulled out of talks with Congo's government")
                if s is not None and t is not None and (s.code == t.code or (s.country == t.country and not t.sectors and not rebel)):
                    # a state done to by its own people or government is no dyad ("Ukraine's allies")
                    t = None
                if s is not None and s.kind == "person" and s.sectors == ("CVL",) \
                        and cand.trigger.cameo[:2] in PRIVATE_ROOTS:
                    continue    # "Gee arrived in the U.S.", "worked with a relative": a private life
                if s is None and (t is None or cand.basis not in ("passive", "weapon")
                                  or cand.trigger.cameo[:2] not in UNSEEN_HANDS):
                    continue    # (but "which is not recognized internationally" is no one's act)
                out.append((s, t))
        return out

    def _records(self, ann, sent, view, cand: Candidate, published) -> list[EventRecord]:
        art = ann.article
        row = cand.trigger
        if row.cameo[:2] in GENERIC_OK:
            self._localise(view, cand)
        self._domestic(view, cand)
        if row.cameo == "175" and any("GOV" in a.sectors and a.country in countries() for a in cand.targets):
            # "police cracked down on protests against President Lukashenko": repression falls on
            # the protesters, the ruler's people, and the unnamed police are the ruler's
            ruled = next(a.country for a in cand.targets if "GOV" in a.sectors and a.country in countries())
            cand.targets = [civilians(ruled)]
            cand.sources = [_placed(a, ruled) for a in cand.sources]
        if row.cameo[:2] == "14" and not cand.sources and not cand.pairs_within:
            # "protests against President Lukashenko's claim": by the people of the country protested
            # (of the place they are in, when the sentence names one: "took to the streets of Goma
            # to protest against Rwanda")
            where = cand.location.country if cand.location and cand.location.country in countries() else None
            against = next((a.country for a in cand.targets if a.country in countries()), None)
            ruled = (where or against) if against else None
            if ruled:
                cand.sources = [civilians(ruled)]
        if cand.sources and all(not a.country and "OPP" in a.sectors for a in cand.sources):
            # "opposition lawmakers accused Yoon of humiliating diplomacy": an opposition with no
            # country named opposes the government it faces
            ruler = next((a.country for a in cand.targets if a.country in countries() and "GOV" in a.sectors), None)
            if ruler:
                cand.sources = [_placed(a, ruler) for a in cand.sources]
        if row.cameo[:3] == "173" and not cand.targets and not cand.pairs_within and cand.basis != "passive" \
                and view.children(cand.anchor, "dobj"):
            # "Police arrested Zuniga", "security forces detained a candidate's campaign manager":
            # someone held whom the dictionary does not know is a civilian of the place, else of
            # the arresting state
            where = cand.location.country if cand.location else None
            homes = {a.country for a in cand.sources if a.country and len(a.country) == 3}
            home = where if where and len(where) == 3 else homes.pop() if len(homes) == 1 else None
            # ("shot down two Indian jets and captured a pilot": a fighter taken is of the side the
            # captor last fought)
            own = {a.country for a in cand.sources}
            foe = last_foe(view, own) if any(view.toks[o].lemma.lower() in COMBATANTS
                                             for o in view.children(cand.anchor, "dobj")) else None
            if foe:
                cand.targets = [Actor(text=view.toks[cand.anchor].text, name=None, code=foe + "MIL", country=foe,
                                      sectors=("MIL",), kind="group")]
            elif home and home in countries():
                cand.targets = [civilians(home)]
        if cand.location is None:
            cand.location = self._whereabouts(view, cand)
        if row.cameo[:3] == "173" and not cand.sources and cand.basis == "passive":
            # "a 71-year-old man was detained at the scene": by the police of the country he is in
            # ("an American was detained at a Moscow airport": Russia's)
            where = (cand.location.country if cand.location else None) \
                or next((a.country for a in cand.targets if a.country and len(a.country) == 3), None)
            if where and where in countries():
                cand.sources = [Actor(text="police", name=None, code=where + "COP", country=where, sectors=("COP",),
                                      kind="organisation")]
        if not cand.pairs_within and row.cameo[:2] == "13":
            # "vowed that Pakistan would respond": the source's own state is not threatened
            own = {a.country for a in cand.sources if a.country}
            cand.targets = [a for a in cand.targets if not (a.country in own and not a.sectors)]
        if not cand.pairs_within and row.cameo[:2] == "15" and not cand.targets:
            # "ordered a mobilization, calling up 300,000 reservists to fight in Ukraine": whom
            # the forces are raised to fight
            own = {a.country for a in cand.sources}
            head = cand.light_verb if cand.light_verb is not None else cand.anchor
            fights = [k for k in view.subtree(head) if view.toks[k].pos == "VERB"
                      and view.toks[k].lemma.lower() in ("fight", "invade", "attack")]
            foes = [a for k in fights for o in view.prep_objects(k, {"in", "against"}) for a in view.actors(o)
                    if a.country and len(a.country) == 3 and a.country not in own]
            cand.targets = [state(a.country) if a.country in countries() else a for a in foes[:1]]
        if not cand.pairs_within and row.cameo[:2] == "15" and not cand.targets and self._nearby(view, cand.anchor) \
                and not self._own_waters(view, cand):
            # "Chinese warships gathered nearby", "deployed warships around the island": a show of
            # force near the other country the sentence names, else near the story's country
            cand.targets = self._counterpart(view, cand) or self._home_target(view, cand)
        if not cand.pairs_within and row.cameo[:2] == "16" and cand.targets and len({s.country for s in cand.sources}) == 1 \
                and all(a.country == cand.sources[0].country for a in cand.targets) and not any(
                set(s.sectors) & TIE_CUTTERS for s in cand.sources):
            # "ended an agreement that allowed them to operate there": a state cuts no ties with
            # itself; the other party is the other country the sentence names
            cand.targets = []
        if not cand.pairs_within and row.cameo[:2] in COUNTERPART_ROOTS and not any(a.country for a in cand.targets):
            other = self._counterpart(view, cand)
            if not cand.targets:
                cand.targets = other
            elif other and not (cand.location and cand.location.country == other[0].country):
                # "threatened to halt the release of hostages, accusing Israel": unnamed people
                # in a verbal act belong to the other country the sentence names (not to the
                # place it names: "appealed to donors ... for people displaced in Sudan")
                # (not "accused foreign forces of orchestrating the protests": foreign to the
                # speaker, no one named)
                c = other[0].country
                cand.targets = [a if {"foreign", "outside", "external"} & set(a.text.lower().split())
                                else replace(a, country=c, code=c + "".join(a.sectors)) for a in cand.targets]
        if not cand.targets and not cand.pairs_within and row.cameo[:2] in DEMAND_ROOTS and any(
                view.toks[o].lemma.lower() in COUNTRY_CONCERNS
                for o in view.children(cand.anchor, "dobj") + view.prep_objects(cand.anchor, {"for"})):
            # "urged all sides to de-escalate", in a story about Libya's war: the story's country
            # ("called for a prompt return to constitutional rule" after a coup, "for an
            # independent investigation into the deaths" after unrest: the country's; and a
            # challenger's "demanded a rerun of the vote": its own government's)
            homes = {a.country for a in cand.sources if a.country and len(a.country) == 3}
            challenged = len(homes) == 1 and all(set(a.sectors) & CHALLENGERS for a in cand.sources) and any(
                view.toks[o].lemma.lower() in REDOS for o in view.children(cand.anchor, "dobj"))
            cand.targets = self._home_target(view, cand) or ([_government(homes.pop())] if challenged else [])
        if not cand.targets and not cand.pairs_within and row.cameo == "036":
            # "Biden, who had called Putin last week, proposed a summit": a meeting proposed to the
            # other party the sentence names, else to the source's last counterpart
            cand.targets = self._counterpart(view, cand)
        if not cand.targets and not cand.pairs_within and row.cameo[:2] == "13" and row.lemma == "threaten":
            # "ECOWAS threatened to impose sanctions if constitutional order was not restored", in a
            # story about a coup in Guinea: a threat at no one named is aimed at the story's country
            cand.targets = self._home_target(view, cand)
        if row.cameo[:3] == "087" and not cand.targets and not cand.pairs_within and cand.location is not None \
                and cand.location.country and cand.location.country not in {a.country for a in cand.sources} \
                and cand.location.country in countries():
            # "Israeli troops pulled out of the Jabalia area": a withdrawal from another country's ground
            cand.targets = [state(cand.location.country)]
        if not cand.targets and not cand.pairs_within and row.cameo[:2] in HOME_ROOTS:
            # "In Syria, aid from the United Nations reached the northwest": aid is for the place it
            # reaches; "sent a convoy across its border with Turkey": else the first other country
            # its clause names
            own = {a.country for a in cand.sources}
            where = cand.location.country if cand.location else None
            named = ([where] if where else []) + [a.country for k in view.subtree(cand.anchor)
                                                  if k in view.at for a in view.resolve(k) if a.country]
            first = next((c for c in named if c not in own and c in countries()), None)
            cand.targets = [state(first)] if first else []
        if not cand.targets and not cand.pairs_within and (row.cameo[:2] in HOME_ROOTS
                                                          or row.cameo[:3] in ("033", "162") or
                                                          row.cameo[:2] == "03" and any(
                view.toks[c].lemma.lower() in GIVING_VERBS for c in view.children(cand.anchor, "xcomp"))):
            # (and a pledge of aid, "China pledged $24 billion in investment and loans", or an offer
            # or promise to send something: "Kenya has offered to send 1,000 police officers" in a
            # story about Haiti; or aid cut: "said it would cut U.S. funding for next year's election"
            # in a story about Cambodia)
            cand.targets = self._home_target(view, cand)
        if not cand.targets and not cand.pairs_within and (row.cameo[:2] == "12" or row.cameo == "054") and row.pos != "NOUN" \
                and self._definite_object(view, cand.anchor):
            # "Argentina and Chile refused to recognize the result", "said they would not recognize
            # the results": a refusal or recognition of something the story told concerns the
            # story's country
            cand.targets = self._home_target(view, cand)
        if not cand.targets and not cand.pairs_within and row.cameo[:2] in VERBAL_ROOTS and any(
                view.toks[c].lemma.lower() in ("also", "too", "likewise") for h in (cand.anchor, cand.light_verb)
                if h is not None for c in view.children(h, "advmod")):
            # "Xi, Putin and Macron also sent congratulations": to whom the last act of its kind went
            own = {a.country for a in cand.sources}
            last = next((d[1] for d in reversed(view.dyads + view.ctx.dyads) if d[2] == row.cameo[:2] and d[0] not in own
                         and d[1] not in own and d[1] in countries()), None)
            cand.targets = [state(last)] if last else []
        if not cand.targets and not cand.pairs_within:
            if row.pos == "NOUN" and (row.cameo[:2] in ASSAULT_ROOTS | {"04", "05", "16"} and row.cameo != "043" or row.lemma == "ban"):
                return []   # "the war", "a wave of missile strikes", "Qatar's role in the negotiations", "a ban":
                            # an attack, a meeting or support with no one named on the other side
            if row.cameo == "042" and cand.location is None or row.pos != "NOUN" and row.cameo[:2] in ("03", "05"):
                return []   # support or a promise to no one ("to support reforms", "vowed to pursue the
                            # attackers"); a trip to nowhere ("rarely travels abroad")
        if not cand.targets and not cand.pairs_within and cameo(row.cameo).plover_type in SELF_DIRECTED:
            # (missiles fired "at" something unnamed, "at what they called a spy headquarters", are
            # not fired at home)
            cand.targets = self._fallback_target(cand, at_home=row.lemma not in AIMED)
        if row.cameo[:2] not in GENERIC_OK and cand.sources and not any(s.country for s in cand.sources):
            return []   # "people traveling" is no diplomatic visit; unnamed crowds act only by force
        if row.cameo == "042" and row.pos != "NOUN" and not row.obj and cand.sources and \
                not any(s.kind == "person" or s.sectors for s in cand.sources):
            return []   # visitors are people ("the minister arrived"), not ships ("when it arrived in China")
        code = cameo(row.cameo)
        mod = modality.modality(view.s, cand.anchor, light_verb=cand.light_verb)
        if mod == "negated" and cand.light_verb is not None and view.toks[cand.light_verb].lemma.lower() == "rule" \
                and view.children(cand.light_verb, "neg"):
            mod = "asserted"    # "was not ruling out a military option": the option is kept open
        date, precision = self._date(view, cand, published, mod)
        if mod == "asserted":
            mod = self._time_modality(view.s, cand, date, precision, published)
        words = sorted(cand.words)
        trigger_text = view.span_text(words) if words[-1] - words[0] < 4 else view.toks[cand.anchor].text
        if row.pos == "NOUN":
            mods = [k for k in view.children(cand.anchor, "amod", "compound") if view.toks[k].lemma.lower() in row.mod or view.toks[k].lemma.lower() == "joint"]
            if mods:
                trigger_text = view.span_text(sorted(mods + [cand.anchor]))
        recs = []
        for src, tgt in self._dyads(cand):
            feats = confidence_features(cand.basis, row.pos, tgt is not None, mod == "asserted",
                                        src is not None and src.country is not None,
                                        tgt is not None and tgt.country is not None, cand.pairs_within, code.quad_class)
            eid = event_id(art.article_id, sent.index, row.cameo, src.code if src else None, tgt.code if tgt else None)
            recs.append(EventRecord(
                event_id=eid, article_id=art.article_id, sentence_index=sent.index, quote=sent.text,
                span=(sent.start, sent.end), trigger=trigger_text, source=src, target=tgt, cameo=row.cameo,
                cameo_root=row.cameo[:2], quad_class=code.quad_class, goldstein=code.goldstein,
                plover={"type": code.plover_type, "mode": code.plover_mode, "context": list(code.plover_context)},
                modality=mod, date=date, date_precision=precision, location=cand.location,
                confidence=confidence(feats),
                coder={"rule": f"{row.rule} [{cand.basis}]", "version": __version__},
                published=art.published, url=art.url, title=art.title,
                extra={"features": feats, "lemma": view.toks[cand.anchor].lemma.lower(), "mutual": cand.pairs_within,
                       "relative": view.toks[cand.anchor].dep == "relcl"}))
        return recs

    @staticmethod
    def _localise(view: SentView, cand: Candidate) -> None:
        """Unnamed actors of events on the ground take the country where the sentence puts the
        event ("gunmen killed 12 villagers in ... Nigeria" is NGAREB -> NGACVL); a protest with
        no named target is against the government of the protesters' country."""
        place = cand.location or sentence_place(view)
        if cand.trigger.cameo[:2] in ASSAULT_ROOTS and any(not a.country and a.sectors for a in cand.sources):
            # "militants fired two rockets from Gaza into southern Israel": the attackers are
            # where they fire from
            heads = [cand.anchor] + view.children(cand.anchor, "dobj")
            origin = next((c for h in heads for o in view.prep_objects(h, {"from"}) if (c := _country_at(view, o))), None)
            if origin is not None:
                cand.sources = [_placed(a, origin) for a in cand.sources]
        if place is None and any(not a.country and a.sectors for a in cand.sources + cand.targets):
            # "riot police used water cannon" in a story about Georgia: the article's country,
            # else the one country the sentence names
            named = {m.entries[0].country for m in view.mentions
                     if not m.is_agent and m.entries and m.entries[0].kind == "state"}
            if not named:
                city = sentence_city(view)
                named = {city.country} if city is not None and city.country else set()
            own = {a.country for a in cand.sources if a.country}
            others = named - own
            home = view.ctx.home() or (named.pop() if len(named) == 1 else None)
            # "Pakistan said the Indian missiles killed 26 civilians": the victims of an attack by
            # one state are the other state's the sentence names
            # (not a seizure of power: "the Egyptian military ousted President Morsi, an ally of Ankara")
            armed = cand.trigger.cameo[:2] == "19" or any("MIL" in a.sectors for a in cand.sources) \
                and cand.trigger.cameo[:3] != "170"
            victims = others.pop() if armed and own and len(others) == 1 else home
            if cand.trigger.cameo[:3] == "170" and len(own) == 1:
                victims = next(iter(own))   # a seizure of power is at home, whatever the story's country
            arrests = cand.trigger.cameo[:2] == "17" and cand.trigger.cameo[:3] != "174" \
                and all("COP" in a.sectors for a in cand.sources)
            if (arrests or cand.trigger.cameo[:3] == "175") and len(own) == 1:
                # "Hong Kong police arrested about 370 people", in a story about Britain and China:
                # the police's own people (deported people are foreigners); so are those that
                # forces repress ("fired tear gas at protesters" at the border with Colombia)
                victims = next(iter(own))
            if home:
                cand.sources = [_placed(a, home) for a in cand.sources]
            if victims:
                cand.targets = [_placed(a, victims) for a in cand.targets]
            insurgents = [a for a in cand.sources if not a.country and set(a.sectors) & {"REB", "CRM"}]
            first = next((a.country for a in cand.targets if a.country and len(a.country) == 3), None)
            if not home and insurgents and first and cand.trigger.cameo[:2] in ASSAULT_ROOTS:
                # "rebels who ambushed Malian troops and Russian mercenaries": insurgents fight the
                # forces of their own country, named first
                cand.sources = [_placed(a, first) for a in cand.sources]
        if place is not None and place.country:
            cand.sources = [_placed(a, place.country) for a in cand.sources]
            own = {a.country for a in cand.sources if a.country}
            # "fired missiles at a military facility in Russia's Bryansk region": the missiles
            # are the attacker's; what they hit is the ground they hit
            cand.targets = [state(place.country) if _airborne(a) and place.country not in own else _placed(a, place.country)
                            for a in cand.targets]
            if cand.location is None:
                cand.location = place
        root = cand.trigger.cameo[:2]
        if (cand.trigger.cameo[:3] in ("171", "192") or root in ASSAULT_ROOTS and cand.trigger.pos != "NOUN") \
                and not cand.targets:
            # "seized the cities of Goma and Bukavu", "shelled Kharkiv": the object is the place
            for o in view.children(cand.anchor, "dobj"):
                for k in [o] + view.prep_objects(o, {"of"}):
                    if view.toks[k].pos == "NOUN" and view.toks[k].lemma.lower() in TOWNS and view.ctx.last_town \
                            and any(view.toks[d].lemma.lower() == "the" for d in view.children(k, "det")) \
                            and not view.children(k, "prep"):
                        place = view.ctx.last_town      # "took control of the town": the one told before
                    if view.toks[k].pos != "PROPN":
                        continue
                    place = town(view, k) or place      # "the city of El Fasher"
        hit_place = place is not None and place.country and place.country not in {a.country for a in cand.sources}
        seizes = cand.trigger.cameo[:3] in ("171", "192")
        insurgent = any(set(a.sectors) & {"REB", "CRM"} for a in cand.sources)
        hit_place = hit_place or (seizes and insurgent and place is not None and bool(place.country))
        carried = cand.trigger.pos == "NOUN" and cand.light_verb is not None and \
            view.toks[cand.light_verb].lemma.lower() in CARRY_VERBS    # "carried out airstrikes across southern Lebanon"
        if (root in ASSAULT_ROOTS or seizes) and (cand.trigger.pos != "NOUN" or carried) and not cand.targets \
                and not cand.pairs_within and hit_place:
            # "struck an oil refinery in Russia's Moscow region": what is hit belongs to the place
            cand.targets = [Actor(text=place.name, name=place.name, code=place.country, country=place.country,
                                  kind="state")]
        home = next((a.country for a in cand.sources if a.country and len(a.country) == 3), None)
        if (root == "14" or cand.trigger.cameo[:3] == "170") and not cand.targets and not cand.pairs_within and home:
            cand.targets = [_government(home)]      # ("the army seized power": from its government)
        if root == "12" and not cand.targets and not cand.pairs_within and home and cand.sources and all(
                set(a.sectors) & CHALLENGERS for a in cand.sources) and any(
                view.toks[o].lemma.lower() in BALLOTS for o in view.children(cand.anchor, "dobj")):
            # "the opposition rejected the results": of the vote its government ran
            cand.targets = [_government(home)]

    @staticmethod
    def _fallback_target(cand: Candidate, at_home: bool = True) -> list[Actor]:
        """An attack or concession that names no one it is done to is done in the place it happens,
        else at home ("paramilitaries shelled a camp near El Fasher", "the government scrapped
        the tax"): the country of its location, else (``at_home``) its one source country."""
        where = cand.location.country if cand.location else None
        homes = {a.country for a in cand.sources if a.country and len(a.country) == 3}
        country = where if where and len(where) == 3 else homes.pop() if len(homes) == 1 and at_home else None
        if country is None or country not in countries():
            return []
        if country in {a.country for a in cand.sources}:
            return [civilians(country)]     # done at home to no one named: its people
        return [state(country)]

    @staticmethod
    def _home_target(view: SentView, cand: Candidate) -> list[Actor]:
        """Aid that names no one it is for goes to the country the article is about, when that is
        not the source's own ("Germany said it would send two more systems" in a story about Ukraine);
        when it is, or when no country is named often enough yet, to the source's last partner
        ("Biden announced $1.85 billion in military aid" after meeting Zelenskyy at the White House)."""
        home = view.ctx.home()
        own = {a.country for a in cand.sources}
        if home is None or home in own:
            home = next((d[1] if d[0] in own else d[0] for d in reversed(view.ctx.dyads)
                         if (d[0] in own) != (d[1] in own)), None)
        if not home or home in own or len(home) != 3 or home not in countries() or not any(own):
            return []
        return [state(home)]

    @staticmethod
    def _counterpart(view: SentView, cand: Candidate) -> list[Actor]:
        """A threat, demand or rebuke that names no target in its own phrase is aimed at the one
        other country the sentence names ("said the military would respond to any Indian attack")."""
        own = {a.country for a in cand.sources}
        others: dict[str, Actor] = {}
        for m in view.mentions:
            if m.is_agent:
                continue
            for a in view.resolve(view.head_of(m)):
                if a.country and len(a.country) == 3 and a.country not in own:
                    others.setdefault(a.country, a)
        if len(others) == 1:
            a = next(iter(others.values()))
            return [Actor(text=a.text, name=a.name, code=a.country, country=a.country, kind="state")]
        if not others or view.dyads:
            # "Israel struck Iran ... Iran vowed a harsh response": a reply to whoever last acted on
            # the source, or last was acted on by it, in this sentence first
            # (for a threat, see HOSTILE_ROOTS: "warned that Israel would resume the war" after a
            # truce brokered by Qatar)
            order = view.dyads[::-1] + (view.ctx.dyads[::-1] if not others else [])
            if cand.trigger.cameo[:2] == "13":
                order = [d for d in order if d[2] in HOSTILE_ROOTS] + \
                        [d for d in order if d[2] not in FRIENDLY_ROOTS] + order
            # (an organisation counts for a threat: "called the G7's plan theft and vowed to respond")
            named = {a.country: a for a in view.ctx.actors if a.country and a.country.startswith("IGO")} \
                if cand.trigger.cameo[:2] == "13" else {}

            def other(d: tuple[str, str, str]) -> str | None:
                o = d[1] if d[0] in own else d[0] if d[1] in own else None
                known = o in named or (o and len(o) == 3 and o in countries())
                return o if known and o not in own else None
            for n, d in enumerate(order):
                if other(d):
                    # "American and British warplanes struck ... The Houthis vowed to retaliate":
                    # every side of that act (the dyads coded just before it, alike in kind)
                    found = [other(d)]
                    for e in order[n + 1:]:
                        if e[2] != d[2] or not other(e) or (e[0] in own) != (d[0] in own):
                            break
                        found.append(other(e))
                    return [named[c] if c in named else state(c) for c in dict.fromkeys(found)]
        return []

    @staticmethod
    def _definite_object(view: SentView, v: int) -> bool:
        """Whether the verb or its to-clause has an object with a definite article ("the result")."""
        verbs = [v] + view.children(v, "xcomp")
        return any(view.toks[d].lemma.lower() == "the" for k in verbs for o in view.children(k, "dobj")
                   for d in view.children(o, "det"))

    @staticmethod
    def _nearby(view: SentView, v: int) -> bool:
        """Whether a verb is placed near somewhere ("nearby", "around the island", "off the coast")."""
        near = {"near", "around", "off", "close", "nearby", "surrounding"}
        # ("sent troops back into border areas": a border is near the other side)
        frontier = {"border", "frontier"}
        return any(view.toks[c].text.lower() in near for c in view.children(v, "advmod", "prep")) or any(
            view.toks[q].text.lower() in near for p in view.children(v, "prep") for q in view.children(p, "pobj", "prep")) or any(
            view.toks[o].lemma.lower() in frontier or any(view.toks[c].lemma.lower() in frontier for c in view.children(o, "compound"))
            for p in view.children(v, "prep") + [q for a in view.children(v, "advmod") for q in view.children(a, "prep")]
            for o in view.children(p, "pobj"))

    @staticmethod
    def _own_waters(view: SentView, cand: Candidate) -> bool:
        """"fired a missile into the sea off its east coast": near the source's own shore."""
        own = {a.country for a in cand.sources if a.country}
        places = [q for p in view.children(cand.anchor, "prep") for q in view.children(p, "pobj")]
        return any(a.country in own for q in places for k in view.children(q, "poss") if view.toks[k].pos == "PRON"
                   for a in view.resolve(k))

    @staticmethod
    def _whereabouts(view: SentView, cand: Candidate) -> Location | None:
        """Where an event with no place in its own phrase happens: a visit at its destination, a
        host at home, an attack where its target is, else the place the sentence names."""
        def at(a: Actor | None) -> Location | None:
            if a is None or not a.country or len(a.country) != 3 or a.country not in countries():
                return None
            return (locations.city(a.text) if a.kind == "state" else None) or locations.country(a.country, countries()[a.country].name)
        code = cand.trigger.cameo
        if code == "042":
            return next((loc for a in cand.targets if a.kind == "state" and (loc := at(a))), None)
        if code == "043":
            return next((loc for a in cand.sources if (loc := at(a))), None)
        found = sentence_place(view)
        if found is not None:
            return found
        if code[:2] in ASSAULT_ROOTS:
            return next((loc for a in cand.targets if (loc := at(a))), None)
        return None

    @classmethod
    def _domestic(cls, view: SentView, cand: Candidate) -> None:
        """An unnamed target takes the country of the place the event is in ("congratulated the new
        government in Damascus"), else, facing a source of one country with no other place given,
        that country ("Pakistan's military killed 33 militants" is PAKREB; "opposition leaders in
        Serbia demanded the resignation of the government" is SRBGOV)."""
        where = cand.location.country if cand.location else None
        if where and len(where) == 3 and not any(a.country for a in cand.targets) and cand.trigger.cameo[:3] not in ("166", "174"):
            cand.targets = [_placed(a, where) for a in cand.targets]
            if any(a.country for a in cand.targets):
                return
        homes = {a.country for a in cand.sources if a.country and len(a.country) == 3}
        if len(homes) != 1 or any(a.country for a in cand.targets) or cand.trigger.cameo[:3] in ("166", "174", "042"):
            return      # expelled diplomats and deported people are foreigners; a visit's target is a place
        home = homes.pop()
        if where is not None and where != home:
            return
        if cand.trigger.cameo[:2] in DEMAND_ROOTS:
            # "suspended aid to Sudan and demanded that the civilian-led government be restored":
            # a demand's unnamed government is the other country's the sentence names
            other = cls._counterpart(view, cand)
            home = other[0].country if other and other[0].country in countries() else home
        cand.targets = [_placed(a, home) for a in cand.targets]

    def _date(self, view: SentView, cand: Candidate, published, mod: str) -> tuple[str | None, str]:
        anchors = [cand.anchor] + ([cand.light_verb] if cand.light_verb is not None else [])
        scope: set[int] = set()
        for a in anchors:
            scope.update(view.subtree(a))
        toks = view.toks
        prefer = "future" if mod == "future" else "past" if toks[cand.anchor].tag in ("VBD", "VBN") or (
            cand.light_verb is not None and toks[cand.light_verb].tag in ("VBD", "VBN")) else "current_period"
        i = 0
        while i < len(toks):
            if toks[i].ent_type == "DATE" and toks[i].ent_iob == "B":
                j = i + 1
                while j < len(toks) and toks[j].ent_iob == "I":
                    j += 1
                if i in scope and not self._blocked(view, i, anchors):
                    # the entity may run on past its date ("Friday, ending decades"): try it up to
                    # the first punctuation too
                    stop = next((k for k in range(i, j) if toks[k].pos == "PUNCT"), j)
                    for end in dict.fromkeys((j, stop)):
                        if end > i:
                            iso, precision = dates.resolve(view.span_text(list(range(i, end))), published, prefer=prefer)
                            if iso:
                                return iso, precision
                i = j
            else:
                i += 1
        return None, "none"

    @staticmethod
    def _blocked(view: SentView, i: int, anchors: list[int]) -> bool:
        """A date under "since", "until", "for" is not the event's date."""
        k, steps = i, 0
        while steps < 5 and k not in anchors and view.toks[k].head != k:
            k = view.toks[k].head
            if view.toks[k].lemma.lower() in DATE_STOP and view.toks[k].dep in ("prep", "mark"):
                return True
            steps += 1
        return False

    @staticmethod
    def _time_modality(sent, cand, date, precision, published) -> str:
        if modality.in_history_frame(sent, cand.anchor):
            return "historical"
        if date and published:
            try:
                d = datetime.strptime(date + "-01-01"[len(date) - 4:] if len(date) < 10 else date, "%Y-%m-%d")
            except ValueError:
                return "asserted"
            if precision == "year":
                if d.year < published.year - 1:
                    return "historical"
            elif published - d > HISTORICAL_GAP:
                return "historical"
            elif d - published > timedelta(days=1):
                return "future"
        return "asserted"


def _government(country: str) -> Actor:
    """A state's government as an actor inferred rather than named."""
    return Actor(text="the government", name=None, code=country + "GOV", country=country, sectors=("GOV",),
                 kind="organisation")


def _about_a_state(e: EventRecord) -> bool:
    """An event with no country on either side ("migrants gathered near the village") says nothing
    about any state; a claim of responsibility (01) may still name its group."""
    return e.cameo_root == "01" or bool(e.source is not None and e.source.country
                                        or e.target is not None and e.target.country)


def _country_at(view: SentView, k: int) -> str | None:
    """The country a proper name at ``k`` names or holds: a state ("from Lebanon"), a town ("from Gaza")."""
    if view.toks[k].pos != "PROPN":
        return None
    m = view.at.get(k)
    if m is not None and not m.is_agent and m.entries and m.entries[0].kind == "state":
        country = m.entries[0].country
    else:
        loc = town(view, k)
        country = loc.country if loc is not None else None
    return country if country and country in countries() else None


def _placed(a: Actor, country: str) -> Actor:
    """An unnamed actor given the country it is in (a group the dictionary names with no home
    country, such as al-Qaida, keeps none)."""
    if a.country or a.name is not None or not a.sectors or not _domestic_kind(a):
        return a
    return replace(a, country=country, code=country + "".join(a.sectors))


AIRBORNE = {"missile", "missiles", "drone", "drones", "rocket", "rockets", "jet", "jets", "aircraft", "warplane",
            "warplanes", "bomber"}


def _airborne(a: Actor) -> bool:
    """A weapon in the air with no country of its own ("six ATACMS missiles")."""
    return not a.country and bool(set(a.text.lower().replace("-", " ").split()) & AIRBORNE)


def _domestic_kind(a: Actor) -> bool:
    """Whether an unnamed actor may be taken for a local one: foreigners, refugees, migrants and
    hostages are usually not."""
    words = set(a.text.lower().replace("-", " ").split())
    return "REF" not in a.sectors and not words & ({"foreign", "international", "overseas", "hostage", "hostages",
                                                    "migrant", "migrants", "captive", "captives", "expatriate"}
                                                   | AIRBORNE)   # weapons in the air belong to whoever fired them


def _distinct(actors: list[Actor]) -> list[Actor]:
    """Each actor once; a generic one ("leaders", no country) only when nothing more specific is there."""
    if any(a.country for a in actors):
        actors = [a for a in actors if a.country]
    seen, out = set(), []
    for a in actors:
        key = (a.code, a.country)
        if key not in seen:
            seen.add(key)
            out.append(a)
    return out
