"""The reading of an article: each sentence's countries, mentions, signers, dates and
status are found, each mention's parties decided, and the mentions resolved to drafts
(:mod:`.merge`). The article is read twice: first to rank its counterparts from the
agreements each mention names alone (:func:`.counterparts.rank_counterparts`), then with
that ranking.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...dates import leading_date
from ...facts import Evidence
from .counterparts import PartyMemory, organisations_in, Ranking, igos, first_written, partner_of_subject, signing_subject
from ..parties import CountryMention, countries_in, names, sentences, surnames
from .clauses import asserted, counted_agents, passive_partners, signs_another_thing, pronoun_referents, pronoun_subject
from .mentions import agreed_between, apposed_kind, given_in, head_token, is_similar, mention_regions, merge_appositions, noun_phrase_date, noun_phrase_text, noun_phrase_year, coordinated_with
from .merge import cue_kind_of, ordinal_of, resolve, settle_kinds
from .repeats import another_of, did_so, people_sign
from .model import Draft, Mention, merge_status, add_person, union, upgrade, within_ranges
from .scope import joint_signing, acts_otherwise, capital_governments, clause_parties, destination_of, is_venue, is_bilateral, last_kind, pair_anaphor, possessor_states, partners_only, scoped_countries, signing_party
from .signing import copular_signers, corrected_signer, signings_of_others, names_signers, dates_after_countries, entry_date, entry_month, governing_verb, signing_year
from .vocab import BY_NAME, _BILATERAL, government_words, is_sign_verb, vocab
from .reading import reading, sentence_verbs
from .pronouns import add_pronoun_deals, deals_like_those
from .once import find_signers, is_floated, is_refused, modifier_parties, organisation_parties, other_clauses, people_named, people_with_spans, precedent_ranges, last_person as named_last, pronoun_clauses, pronoun_precedent_ranges, pronoun_ranges, signing_date, witness_ranges
from .bodies import staff_homes, with_home_state
from .places import names_a_place
from .plurals import concluded_with, similar_deals
from .counts import counted, counted_group, counted_parties, each_listed, listed_among, listed_next, members_listed, more_of_a_kind

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .. import Context


def read_drafts(doc: "Doc", ctx: "Context", ranking: Ranking) -> list[Draft]:
    """Drafts of the article's agreements, with ``ranking`` the article's counterparts."""
    top = ranking.main
    memory = PartyMemory(hub=top)
    previous: list[str] = []  # the countries the sentence before named
    drafts: list[Draft] = []
    last_person: str | None = None
    last_signed: tuple[Draft, int] | None = None  # the agreement last reported signed, and where
    known = surnames(doc)
    read = reading(doc)
    country_of = {o.name: o.country for o in ctx.officials if o.country}
    read_sentences = sentences(doc)

    def people_before(index: int) -> list[str]:
        """The people the sentence before named, read only when a rule asks."""
        return people_named(read_sentences[index - 1], ctx, known) if index else []

    for index, sent in enumerate(read_sentences):
        mentioned = countries_in(sent.text, memory)
        # "promised Washington under the accord": a word for a government names its party
        mentioned += [
            CountryMention(start, end, party, via="government")
            for start, end, party in government_words(sent)
            if not any(c.start <= start < c.end for c in mentioned) and not is_venue(sent, start)
        ]
        mentioned += capital_governments(sent, mentioned)
        # "signed ... in the presence of the prime ministers of X and Y": witnesses, no parties
        present = witness_ranges(sent) + staff_homes(sent)  # and a body's officer's home state
        mentioned = sorted((c for c in mentioned if not within_ranges(c.start, present) and not names_a_place(c.start, sent)), key=lambda c: c.start)
        countries = [c for c in mentioned if not c.after_preposition]
        mentions = read.mentions(sent)
        # "in line with an executive order signed by X": a signing of something that is no agreement
        phrases = {t.i for m in mentions if (h := head_token(doc, m)) is not None for t in h.subtree}
        sign_verbs = [v for v in sentence_verbs(sent) if not (mentions and signs_another_thing(v, phrases))]
        status = read.status_of(sent)
        if status is None and any(v.tag_ in ("VBD", "VBN", "VBZ", "VBP") and not any(c.dep_ == "neg" for c in v.children) for v in sign_verbs):
            status = "signed"  # "The United States and Mexico issue a joint declaration"
        all_signers = find_signers(sent, sign_verbs, ctx, known) if sign_verbs else []
        pronoun_verbs = [v for v in sign_verbs if pronoun_subject(v) and asserted(v) and names_signers(v)]
        if pronoun_verbs:  # "the agreement she signed", "they signed", "the two signed": who they are
            people = people_with_spans(sent, ctx, known=known)
            referents = pronoun_referents(pronoun_verbs[0], people, people_before(index), last_person)
            all_signers = referents + [s for s in all_signers if s not in referents]
        if sign_verbs and not all_signers:
            all_signers = corrected_signer(sent, sign_verbs, ctx, known) or copular_signers(sent, sign_verbs, ctx, known)
        signers = [] if status == "proposed" else all_signers
        # "follows the one A signed on July 26": that date is A's agreement's, not this one's
        theirs_too = pronoun_clauses(sent)
        dated = [v for v in sign_verbs if v.i not in theirs_too]
        date, month = signing_date(sent, dated, ctx.article.date, status) if dated else (None, None)
        if dated and not date and status != "proposed":
            date = leading_date(sent.text, ctx.article.date)  # "SEPT 20 - El Salvador signs ..."
            line = sentences(doc)[index - 1] if index else None  # "20 JUNE 1946 –" cut off as a sentence of its own
            if not date and line is not None and not any(t.pos_ in ("VERB", "AUX") for t in line):
                date = leading_date(line.text + " " + sent.text, ctx.article.date)
            date = date or entry_date(sent, ctx.article.date)  # "7 April 2022 - ... The two sides adopt ..."
        evidence = Evidence(sent.text, sent.start_char, sent.end_char)
        parties = names(countries)
        if not mentions and sign_verbs:
            mentions = agreed_between(sent, sign_verbs, parties)
        touched: list[tuple[Draft, str | None]] = []
        before_now: list[Draft] = []  # "after A and B", "joining A and B": deals of their own, signed before
        named_here: dict[int, Draft] = {}  # the agreement each noun of the sentence named
        similar_states: set[str] = set()  # "As with similar deals with A and B, the accord ...": A's and B's, not the accord's
        mentions = merge_appositions(doc, mentions)
        regions = mention_regions(doc, sent, mentions)
        for position, mention in enumerate(mentions):
            picked, group = None, []  # "the first of those agreements", "all three agreements": those it picks
            head = head_token(doc, mention)
            # not one its own clause says is held ("..., the kind of pact the US has with Canada")
            if head is not None and (is_refused(head) or is_floated(head)) and not clause_parties(head, mentioned, sent):
                # "Mexico will not sign ...", "Washington pressed Mexico to sign ..."; but
                # "What is needed is a deal between A and B, like those with C": A's with C is
                for draft in deals_like_those(mention, head, countries, regions[position], regions, sent, drafts, ranking, index):
                    if not any(draft is d for d in drafts):
                        draft.evidence = evidence
                        drafts.append(draft)
                continue
            np_date = noun_phrase_date(head, ctx.article.date) if head is not None else None
            start, end = regions[position]
            own_verbs = [v for v in sign_verbs if start <= v.idx - sent.start_char < end and v.i not in theirs_too]
            taking = head.head if head is not None and head.dep_ == "dobj" and head.head in sign_verbs and head.head.i not in theirs_too else None
            if taking is not None and own_verbs and not any(names_signers(v) for v in own_verbs):
                own_verbs = [taking] + own_verbs  # "X and Y signed a deal under which Z agreed to pay": X and Y's signing
            if not np_date and own_verbs and len(own_verbs) < len(sign_verbs) and status != "proposed":
                # "the agreement that X signed on May 3, and the compact that ... signed in
                # March": each agreement its own signing's date
                np_date = signing_date(sent, own_verbs, ctx.article.date, status)[0]
            # a conjoined clause is about its own agreement: "signed a deal with X and
            # negotiates another with Y"
            outside = other_clauses(head, sent) if head is not None else []
            mention_status = read.status_of(sent, outside) if outside else status
            scoped = [c for c in scoped_countries(position, head, countries, regions, sent) if not within_ranges(c.start, outside)]
            # "the third country, after A and B, to sign an agreement with X": A's and B's
            # are agreements of their own with X, not parties of this one ("after A did so" too)
            earlier = precedent_ranges(sent)
            scoped = [c for c in scoped if (head is None or not acts_otherwise(c, head, sent)) and (mention.plural or c.name not in similar_states)]
            precedents = names([c for c in scoped if within_ranges(c.start, earlier)])
            # "an agreement between A and B, like those with C and D": A's with C and with D
            alike = pronoun_precedent_ranges(sent)
            like_those = names([c for c in scoped if within_ranges(c.start, alike)])
            earlier += alike
            precedents += like_those
            mention_parties = names([c for c in scoped if not within_ranges(c.start, earlier)])
            own_named = modifier_parties(head) if head is not None else []
            if len(set(own_named)) >= 2:
                mention_parties = own_named  # "the EU-Turkey statement": its own two, no others
                mention.self_named = True
            held = mention.held_by = clause_parties(head, mentioned, sent) if head is not None else []
            mention.kind = mention.kind or (apposed_kind(doc, head, mentions) if held else None)
            if not held and head is not None and (partners := passive_partners(head, mentioned, sent)):
                # "The first agreement was signed with Italy", no deal with Italy read yet: its own
                mention.held_by = [] if any(set(partners) <= set(d.parties) for d in drafts) else partners
            if held and not mention.plural:
                mention_parties = held  # "a similar arrangement A had with B": A's with B
            elif held:
                # "the compacts the United States has with A, B and C": one each, with the US
                mention_parties, mention.counterpart, mention.concrete = held, held[0], True
            if head is not None:
                mention.possessor = possessor_states(head, mention, mentioned, sent, previous)
            if head is not None and mention.kind and mention.plural and not [p for p in mention_parties if p != top]:
                # "signing the three 'safe third country' agreements": with the three states last listed
                mention_parties += memory.recent(counted(head) or 0) if (counted(head) or 0) >= 2 else []
            if head is not None and not [p for p in mention_parties if p != top]:
                mention_parties += [p for p in mention.possessor if p not in mention_parties]
                if not [p for p in mention_parties if p != top] and is_bilateral(head):
                    # "sending asylum seekers to X under a bilateral agreement": the one
                    # other country named is the other party, even after a preposition
                    passed = list(dict.fromkeys(c.name for c in mentioned if c.name != top and c.via == BY_NAME))
                    if len(passed) == 1:
                        mention_parties += passed
                if not mention.definite and not [p for p in mention_parties if p != top]:
                    # "five men were flown to X under an agreement", "pledged €7bn to X under a
                    # partnership": where what a new agreement covers goes is its other party
                    mention_parties += [p for p in destination_of(head, mentioned, sent) if p not in mention_parties]
                if top and not [p for p in mention_parties if p != top] and len(previous) == 1 and pair_anaphor(head):
                    # "The centerpiece is X. DHS has sent people there under the agreement the
                    # two countries signed": the article's counterpart (named or through its
                    # agency in the sentence) and the one country the sentence before named
                    if any(c.name == top for c in mentioned) or any(n == top for _, _, n in organisations_in(sent.text)):
                        mention_parties = union(mention_parties, [top, previous[0]])
            if head is not None and not mention_parties:  # "six governments adopted X. The six — A, ..., F — are"
                mention_parties = listed_next(head, sentences(doc), index)
            if head is not None and (among := listed_among(head, mentioned, sent) or members_listed(head, read_sentences, index)):  # "by 164 countries, among them A and B"
                mention_parties, mention.multilateral, mention.self_named = among, True, True
            if head is not None and len(mention_parties) < 2 and (counted_parties(head) or 0) >= 3:
                continue  # "Eleven countries sign the Declaration of Quito": parties given by a number only
            if head is not None:
                mention_parties = with_home_state(mention_parties + [p for p in organisation_parties(head, sent) if p not in mention_parties], head, ctx)
            mention_signers = [] if mention_status == "proposed" else all_signers
            theirs = {v.i for p, (s, e) in enumerate(regions) if p != position for v in sign_verbs if s <= v.idx - sent.start_char < e}
            theirs |= signings_of_others([head_token(doc, m) for m in mentions], position, sign_verbs)
            if mention_signers and (own_verbs or theirs) and len(own_verbs) < len(sign_verbs):
                # "turns the memorandum that X signed with Y into a treaty": the signing of a
                # relative clause is its own noun's, not the other agreements' of the sentence
                mine = own_verbs or [v for v in sign_verbs if v.i not in theirs]
                mention_signers = [n for n in mention_signers if n in find_signers(sent, mine, ctx, known)]
            if head is not None and not [p for p in mention_parties if p != top] and counted_agents(head, len(people_before(index))) and len(
                    served := list(dict.fromkeys(country_of[p] for p in people_before(index) if p in country_of))) == 2:
                mention_parties = served  # "the agreement reached by the two ministers": the states of the two just named
            elif not [p for p in mention_parties if p != top] and mention_signers:
                # "Larreta and Mallory sign an asylum cooperation agreement", "the
                # agreement she signed": the parties are the states the signers serve
                from_posts = list(dict.fromkeys(country_of[s] for s in mention_signers if s in country_of))
                if from_posts:
                    mention_parties = from_posts
                    mention.signers_states = from_posts
            elif head is not None and mention_signers and any(
                c.dep_ in ("relcl", "acl") and is_sign_verb(c) for c in head.children
            ):
                # "That agreement, which Hill signed ...": the agreement of the states its
                # own signers serve, not the one last mentioned
                mention.signers_states = list(dict.fromkeys(
                    country_of[s] for s in mention_signers if s in country_of and country_of[s] != top
                ))
            elif head is not None and mention_signers and head.dep_ == "dobj" and is_sign_verb(head.head):
                # "X, who signed the agreement of his country with Washington": X's state's
                mention.signers_states = list(dict.fromkeys(
                    country_of[s] for s in mention_signers if s in country_of and country_of[s] not in igos()
                ))
            if len(set(mention_parties)) >= 2 and (mention.kind not in _BILATERAL or joint_signing(
                    mention, head, mention_parties, [country_of.get(s) for s in mention_signers])):
                # "Secretary X signed a regional compact with the ministers of A, B and C":
                # the state a signer serves is a party of the pact it signs
                mention_parties += [
                    c for s in mention_signers if (c := country_of.get(s)) and c not in mention_parties and c not in igos()
                ]
            similar_to = next((d for d in reversed(drafts) if mention.kind in (None, d.kind)), drafts[-1]) if drafts and head is not None and is_similar(head) else None  # "a similar MoU": the last memorandum
            if head is not None and is_similar(head) and (mention.kind is None or mention.plural):
                if mention.plural:
                    # "similar deals with X and Y", "Norway and Denmark have similar memorandums
                    # with Kabul": one each, of the kind named or of the one just reported
                    similar = similar_deals(head, countries, sent, drafts)
                    if similar is None:
                        continue
                    kind, mention_parties, mention.counterpart = similar
                    similar_states.update(p for p in mention_parties if p != mention.counterpart)
                    mention.kind = mention.kind or kind
                    mention.concrete = True
                else:
                    # "a similar agreement with X": of the kind of the agreement just reported
                    mention.kind = last_kind(drafts)
            elif mention.plural and mention.kind is None:
                concluded = concluded_with(head, mentioned, sent, mention_parties, top, mention.definite) if head is not None else []
                if not concluded and head is not None and (group := counted_group(head, drafts)):
                    pass  # "X signed all three agreements": the three one plural just named
                elif not concluded and head is not None and (picked := ordinal_of(head, drafts)) is not None:
                    # "the first of those agreements, signed by X": one of those just named
                    mention_parties, mention.plural, mention.definite = list(picked.parties), False, True
                elif not concluded:
                    continue  # "immigration deals": a class of deals, not a concrete one
                else:
                    # "the agreements the US concluded with X, Y and Z": one per country, each
                    # with the one who concluded them
                    mention_parties = concluded
                    mention.concrete = True
                    mention.counterpart = concluded[0]
            if mention.counterpart is None and (
                mention.plural or (mention.kind in _BILATERAL and len(set(mention_parties)) > 2)
            ):
                # "The United States signed agreements with X and Y": one each, with the US;
                # not a signing the plural is no object of ("signed a deal with X, completing
                # a trio of agreements with A, B and X")
                clause_verb = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), None) if head is not None else None
                verbs = own_verbs or [v for v in sign_verbs if clause_verb is None or v.i == clause_verb.i]
                mention.counterpart = signing_subject(verbs, mention_parties)
            elif top and head is not None and top not in mention_parties and partners_only(head, mention_parties, mentioned, sent):
                # "the new trade pact with A and B": the main party's, with both, all named
                mention.counterpart, mention.self_named = top, True
            if own_verbs and status != "proposed":
                own_month = signing_date(sent, own_verbs, ctx.article.date, status)[1] or signing_year(sent, own_verbs) or entry_month(sent, ctx.article.date)
                mention.signing = (own_month, frozenset(find_signers(sent, own_verbs, ctx, known)))
            elif head is not None and not np_date and (year := noun_phrase_year(head)):
                mention.signing = (year, frozenset())  # "the 2022 forum agreement"
            elif head is not None and status != "proposed" and (verb := governing_verb(head, sign_verbs)):
                # "X and Y already signed an agreement on migration in 2001", "have had an
                # agreement since 2008": that year's deal
                year = signing_year(sent, [verb])  # written in the text, not a "Tuesday" resolved
                # "On the same occasion, X and Y signed a memorandum": a new one, by its own signers
                # ("On 28 May, the two men signed a memorandum": by its own month too)
                new = bool(mention.kind) and not mention.definite
                people = frozenset(find_signers(sent, [verb], ctx, known)) if new else frozenset()
                year = (signing_date(sent, [verb], ctx.article.date, status)[1] or entry_month(sent, ctx.article.date) if new else None) or year
                mention.signing = (year, people) if year or people else None
            # "signed a readmission agreement, together with a visa agreement": two deals
            listed = coordinated_with(head) if head is not None and not mention.definite and not mention.plural else None
            first = named_here.get(listed.i) if listed is not None else None
            pool = [d for d in drafts if d is not first] if first else drafts
            occasion, verb = None, governing_verb(head, sign_verbs) if head is not None else None
            if head is not None and not held:  # "also signed a protocol": the signing it was added at
                mention_parties, pool, occasion = another_of(mention, verb, mention_parties, pool, last_signed[0] if last_signed else None)
            mention.multilateral = mention.multilateral or joint_signing(mention, head, mention_parties, [country_of.get(s) for s in mention_signers])
            resolved = group or ([picked] if picked is not None else resolve(mention, mention_parties, pool, ranking, index))
            for draft in resolved if mention.signing and len(mention.signing[0] or "") == 4 else []:
                draft.year = draft.year or mention.signing[0][:4]  # the year of its own phrase or clause
            for draft in resolved if occasion is not None else []:
                draft.date, draft.month = draft.date or occasion.date, draft.month or occasion.month
                for s in [] if mention_signers or not people_sign(verb) else occasion.signers:
                    add_person(draft.signers, s)
            if head is not None and len(resolved) == 1:
                named_here[head.i] = resolved[0]
            if precedents and resolved and len(resolved[0].parties) == 2:
                partner = partner_of_subject(sent, resolved[0].parties)
                if partner is None and like_those:  # the article's hub, else the first written
                    partner = ranking.main if ranking.main in resolved[0].parties else first_written(sent, resolved[0].parties)
                for state in precedents:
                    like = Mention(resolved[0].kind, mention.start, mention.end, False, False, None, counterpart=partner)
                    for d in resolve(like, [state], drafts, ranking, index):
                        if d not in resolved:  # of the kind of the one it preceded, once known
                            d.similar_to, resolved = d.similar_to or resolved[0], resolved + [d]
                            before_now.append(d)
            if mention.concrete and mention.kind is None:
                # "the agreements the US concluded with X, Y and Z", X's being an asylum
                # cooperation agreement: one plural names agreements of one kind
                kinds = {d.kind for d in resolved if d.kind != "other"}
                if len(kinds) == 1:
                    for d in resolved:
                        upgrade(d, next(iter(kinds)))
            if mention.concrete and len(resolved) > 1:
                for draft in resolved:  # one plural names agreements of one kind, maybe said later
                    draft.siblings = [d for d in resolved if d is not draft]
            resolved += more_of_a_kind(mention, head, resolved, drafts) if head is not None else []  # "two memoranda"
            for draft in resolved:
                if not any(draft is d for d in drafts):
                    draft.evidence = draft.evidence or evidence
                    draft.cue_kind = cue_kind_of(sent.text)
                    draft.similar_to = similar_to or draft.similar_to
                    drafts.append(draft)
                earlier_deal = any(draft is d for d in before_now)  # not of this signing's date or signers
                if np_date and not draft.date and not earlier_deal:
                    draft.date = np_date
                touched.append((draft, mention_status))
                draft.context.append(noun_phrase_text(head) if head is not None else sent.text)
                if mention_status != "proposed" and not earlier_deal:
                    for s in mention_signers:
                        add_person(draft.signers, s)
        for draft, _ in touched:
            if draft.actor is None and sign_verbs:
                draft.actor = signing_party(draft, sign_verbs, all_signers, country_of)
        add_pronoun_deals(sent, touched, drafts, ranking, index, evidence)  # "joins those signed by A and by B"
        signed_before = last_signed if last_signed is not None and last_signed[1] == index - 1 else None
        repeats = did_so(
            sent, sign_verbs, touched, drafts, ranking, index, ctx.article.date,
            signed_before[0] if signed_before else None,
        )
        for draft, clause_date in repeats:
            if not any(draft is d for d in drafts):
                draft.evidence = evidence
                drafts.append(draft)
            if clause_date and not draft.date:
                draft.date = clause_date
            merge_status(draft, "signed")
            draft.last_sentence = index
        if not mentions and sign_verbs and signers and drafts:
            # "after signing documents with X", "Honduras became the third, with X signing":
            # the agreement of the countries named, else the one just reported
            named = set(p for p in parties if p != top) or set(parties)
            # "X and his Tuvalu counterpart Y signed the Falepili Union in Rarotonga, the
            # capital of the Cook Islands": first the agreement of the states the signers serve
            served = {country_of[s] for s in signers if s in country_of}
            served = (served - {top} or served) if len(served) >= 2 else set()
            if named or served:
                recent = next((d for d in reversed(drafts) if served and served <= set(d.parties)), None)
                recent = recent or next((d for d in reversed(drafts) if named and named <= set(d.parties)), None)
            else:
                recent = max(drafts, key=lambda d: d.last_sentence)
                recent = recent if index - recent.last_sentence <= 3 else None
            # "X signed all three: with A on ..., with B on ...": each state's own
            for recent in [recent] if recent is not None else each_listed(drafts, named, sign_verbs):
                touched.append((recent, status))
                for s in signers:
                    add_person(recent.signers, s)
        per_country = dates_after_countries(sent, countries, ctx.article.date) if sign_verbs and status != "proposed" else {}
        for draft, _ in touched:
            # "with X on July 26, Y on September 20 and Z on September 25": each its own day
            own = [per_country[p] for p in draft.parties if p in per_country]
            if len(own) == 1 and not draft.date:
                draft.date = own[0]
        seen: list[Draft] = []
        for draft, draft_status in touched:
            merge_status(draft, draft_status)
            if any(draft is d for d in seen):
                continue
            seen.append(draft)
            draft.last_sentence = index
            if date and not draft.date and not any(draft is d for d in before_now):
                draft.date = date
            if month and not draft.month and draft_status != "proposed" and not any(draft is d for d in before_now):
                draft.month = month
        given_in(sent, drafts, index)  # "said in a joint statement": the kind of the one just read
        signed_now = [d for d, st in touched if st not in (None, "proposed")] + [d for d, _ in repeats]
        if signed_now:
            last_signed = (signed_now[-1], index)
        # "after A and B", "those signed by A and by B": states of other deals, no list to refer back to
        others = precedent_ranges(sent) + pronoun_ranges(sent) if mentioned else []
        memory.update([c for c in mentioned if not within_ranges(c.start, others)])
        previous = names([c for c in mentioned if c.name != top and c.via == BY_NAME])
        last_person = next(iter(named_last(sent, ctx, known)), last_person)
    settle_kinds(drafts, ctx.article.date)
    return drafts

