"""What happened to the money: the status word that governs an amount or an aid noun, by its
lemma and by the phrases of ``kg/data/patterns/aid_status.json``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...parse import doc_text
from .text import BULLET, in_relative_clause, phrase_head, is_verb
from .vocab import phrase_status, status_of_lemma, strong_nouns, vocab, words
from .after_sum import restated_in_relative_clause, trailing_participle

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def status_token(tok: "Token") -> str | None:
    lemma = tok.lemma_.lower()
    head = tok.head
    if tok.dep_ == "xcomp" and head != tok and status_of_lemma().get(head.lemma_.lower()) == "suspended":
        # "would stop providing new funds": the stopping is the news, and a review beside
        # it makes the whole an aid under review
        if any(status_of_lemma().get(t.lemma_.lower()) == "under review" for t in tok.sent):
            return "under review"
        return "suspended"
    if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in vocab()["aid_nouns"]:
        return None  # "a $5 million grant" names the aid; it does not say it was granted
    infinitive = tok.dep_ == "xcomp" or (tok.dep_ in ("ccomp", "advcl") and any(c.dep_ == "aux" and c.tag_ == "TO" for c in tok.children))
    if infinitive and head.lemma_.lower() in vocab()["request_lemmas"]:
        return None  # "asked him to unfreeze the aid", "expects X to resume it": a request, not a release
    if any(c.dep_ == "neg" for c in tok.children):
        if status_of_lemma().get(lemma) in ("delivered", "pledged", "approved") and _until(tok):
            return "suspended"  # "will not provide new funds to X until it acts": held back
        return None  # "has not yet released the $9 million it promised": not released
    if any(c.dep_ == "aux" and c.lower_ in vocab()["possibility_modals"] for c in tok.children):
        return None  # "warned aid could be reduced if it did not cooperate": a threat, not a cut
    if any(c.dep_ == "mark" and c.lower_ in words("open_question_marks") for c in tok.children):
        return None  # "did not say whether X would receive any money": a question, not a pledge
    lead = head if tok.dep_ == "conj" and any(c.tag_ == "TO" for c in tok.children) else tok  # "promised to X and to mobilise Y"
    if lead is not tok and lead.dep_ != "xcomp" and status_of_lemma().get(lead.lemma_.lower()) == "pledged":
        return "pledged"  # the parser may hang "and to mobilise Y" on "the X it had pledged"
    if lead.dep_ == "xcomp" and lead.head != lead and status_of_lemma().get(lead.head.lemma_.lower()) in ("pledged", "announced"):
        # "committed to invest", "pledged to provide": the money is promised, not yet given
        if not any(c.dep_ == "neg" for c in lead.head.children):
            return status_token(lead.head)
    if tok.pos_ == "VERB":
        # "handed over the first $10 million": a verb with its particle
        for prt in tok.children:
            status = vocab()["particle_verbs"].get(f"{lemma} {prt.lower_}") if prt.dep_ == "prt" else None
            if status:
                return _future(tok, status)
    participle = vocab()["participles"].get(tok.lower_)
    if participle and tok.pos_ == "ADJ":
        return participle  # "the funds were unfrozen", "frozen aid": the tagger's adjectives
    if tok.tag_ == "VBG" and tok.dep_ in ("csubj", "csubjpass"):
        return None  # "cutting aid would only make the crisis worse": the idea, not an event
    if tok.pos_ in ("NOUN", "PROPN") and lemma in vocab()["action_noun_lemmas"]:
        return None  # "the move affects $450m": a step taken, not money moved
    status = status_of_lemma().get(lemma)
    if status is None and tok.tag_ == "VBN":
        status = status_of_lemma().get(tok.lower_) or participle
    if status is None or (lemma in vocab()["verb_only_status_lemmas"] and not _funds_a_sum(tok)):
        return None
    if tok.pos_ not in ("VERB", "NOUN", "AUX") and tok.tag_ not in ("VBN", "VBG", "VBD"):
        return None
    if lemma in vocab()["first_release_lemmas"] and not _taken_before(tok):
        status = "delivered"  # "in 2022 it released €4.5 million": paid out, not released again
    return _future(tok, status)


def _until(tok: "Token") -> bool:
    """Whether a clause of ``tok`` sets the condition that ends a wait ("until they act")."""
    return any(
        c.dep_ in ("advcl", "prep") and any(m.lower_ in words("condition_markers") for m in [c, *c.children])
        for c in tok.children
    )


def _taken_before(tok: "Token") -> bool:
    """Whether the text reports money frozen, cut or held up to ``tok``'s sentence, or in
    the sentence right after it, which may say what the release ends ("would release $143
    million ... The money is a fraction of the $450 million frozen in March"); a sentence with
    a sum or an aid word ("suspended the agreement" takes no money)."""
    taking, nouns = words("taking_statuses"), set(vocab()["aid_nouns"])
    end = tok.sent.end
    if end < len(tok.doc):
        end = tok.doc[end].sent.end
    return any(
        t.lemma_.lower() not in vocab()["first_release_lemmas"]
        and (status_of_lemma().get(t.lemma_.lower()) in taking or vocab()["participles"].get(t.lower_) in taking)
        and any(w.lower_ in nouns or w.ent_type_ == "MONEY" for w in t.sent)
        for t in tok.doc[:end]
    )


def _funds_a_sum(tok: "Token") -> bool:
    """ "will finance with €5m a programme": "fund" and "finance" say a status as verbs whose
    own object or "with" names the sum; "help fund the hospital" pledges no sum."""
    return tok.pos_ == "VERB" and any(
        t.like_num or t.tag_ == "$" for c in tok.children
        if c.dep_ == "dobj" or c.lower_ in vocab()["verb_only_status_lemmas_sum_prepositions"]
        for t in c.subtree
    )


def _future(verb: "Token", status: str) -> str:
    """The status of money a verb says will come: "will be approved" is announced, "will
    provide" pledged (``future_statuses``), and announced when an announcement reports it;
    a verb in the past keeps its own status."""
    future = vocab()["future_statuses"].get(status)
    if future and verb.lemma_.lower() in words("future_giving_lemmas"):
        future = "pledged"  # "will allocate": the giver's promise, not a vote to come
    if not (future and _is_future(verb)):
        return status
    # "announced that Canada will give $100 million": the news is the announcement
    reported = next((a for a in verb.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb.dep_ == "ccomp" and reported is not None and status_of_lemma().get(reported.lemma_.lower()) == "announced":
        return "announced"
    return future


def headline_infinitive(verb: "Token") -> bool:
    """ "UK to pay France £478m": an infinitive hung on the name before it, the way headlines
    and key-event lines tell what a party will do; the name is its subject."""
    return headline_subject(verb) is not None


def headline_subject(verb: "Token") -> "Token | None":
    """The name right before "to" in "UK to pay ...", when the verb has no other subject
    and the name is no object of another verb ("asked Britain to pay" is a request)."""
    if verb.i < verb.sent.start + 2 or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i != verb.i - 2 for c in verb.children
    ):
        return None
    to, name = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    if to.tag_ != "TO" or to.head.i != verb.i or name.pos_ != "PROPN" or name.dep_ in ("dobj", "pobj", "dative"):
        return None
    return name


def _is_future(verb: "Token") -> bool:
    if headline_infinitive(verb):
        return True
    markers = {m for m in vocab()["future_markers"] if " " not in m}
    phrases = [m for m in vocab()["future_markers"] if " " in m]
    for node in [verb, *list(verb.ancestors)[:2]]:
        if any(c.lower_ in markers for c in node.children if c.dep_ in ("aux", "advmod")):
            return True
    left = verb.doc[max(verb.sent.start, verb.i - 5) : verb.i].text.lower()
    return any(p in left for p in phrases)


def governing_status(noun: "Token") -> str | None:
    """The status word the aid noun hangs on ("froze most of its assistance"), or that
    qualifies it ("aid suspended in March"); a phrase like "under review" in its clause.
    A restoration in its own clause comes first ("promised that the aid frozen in March
    would flow again": restored, not the promise nor the freeze)."""
    # "lobbying to get the money flowing again", "expects X to resume the aid": what is asked
    # or hoped for has not happened, so no phrase of the clause says what did
    wished = any(a.lemma_.lower() in vocab()["request_lemmas"] for a in noun.ancestors)
    if any(a.lemma_.lower() in vocab()["aim_lemmas"] for a in list(noun.ancestors)[1:]):
        return None  # "to make sure that the assistance is spent": aimed at, not done
    status = None if wished else clause_phrase_status(noun, ("restored",))
    if status:
        return status
    below = None
    for node in [noun, *noun.ancestors]:
        if _asked_for(noun, node):
            return None  # "promised to press Brussels for a package": asked for, not given
        if node.dep_ == "prep" and node.lower_ in words("instrument_prepositions"):
            return None  # "sought leverage through foreign aid": the aid is a means, not what is done
        if node.dep_ == "prep" and node.lower_ in words("topic_prepositions") and node.head.pos_ == "NOUN" and not (
            status_token(node.head) or node.head.lower_ in vocab()["aid_nouns"]
        ):
            return None  # "held talks on economic cooperation": the topic of talks, not money held
        status = status_token(node)
        if status == "delivered" and below is noun and noun.dep_ == "nsubj":
            return None  # "these funds support the programs": what the money does, not what was done to it
        if status:
            return status
        if below is not None and below.dep_ in ("nsubj", "nsubjpass", "csubj") and is_verb(node):
            # "the assistance ... remains frozen": what a linking verb says of the aid
            status = next((s for c in node.children if c.dep_ in words("linking_complements") and (s := status_token(c))), None)
            if status:
                return status
        below = node
    # "the funds, frozen since March, are under review": the main clause says what is news
    status = None if wished else clause_phrase_status(noun)
    if status:
        return status
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "amod"):
            status = status_token(child)
            if status:
                return status
    return None


def _clause_tokens(tok: "Token") -> set[int]:
    """The tokens of the clause ``tok`` is in: its verb's subtree without the clauses
    coordinated with or embedded under it and without relative clauses, so that "$X had
    been released again and the rest were under review" gives "$X" the release only."""
    verb = next((a for a in [tok, *tok.ancestors] if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return set(range(tok.sent.start, tok.sent.end))
    skip: set[int] = set()
    for node in verb.subtree:
        if node == verb or node.i in skip:
            continue
        if node.dep_ in ("conj", "ccomp", "advcl", "relcl", "acl", "parataxis") and tok not in node.subtree:
            skip.update(t.i for t in node.subtree)
    return {t.i for t in verb.subtree if t.i not in skip}


def clause_phrase_status(tok: "Token", wanted: tuple[str, ...] | None = None) -> str | None:
    """The status phrase (``aid_status.json``) of the clause ``tok`` is in."""
    tokens = _clause_tokens(tok)
    head = phrase_head(tok)
    if head.dep_ == "dobj":
        # "said the funds ..., are under review": the parser made the subject the object of
        # "said" and left the clause that follows without one
        for clause in head.head.children:
            if clause.dep_ == "ccomp" and clause.i > head.i and not any(
                c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children
            ):
                tokens |= _clause_tokens(clause)
    return phrase_status(tok.doc, tokens, wanted)


def amount_status(sent: "Span", anchor: "Token", nouns: list["Token"]) -> str | None:
    if _runs_across_lines(sent, anchor):
        # a list line the parser ran into its neighbours ("• Frozen in March: $151 million"
        # "• Released in October: $47 million"): only the line's own words say its status
        return _own_words_status(sent, anchor)
    status = clause_phrase_status(anchor, ("under review", "restored"))
    if status:
        return status
    status = _partitive_status(anchor) or _status_of_phrase(anchor)
    if status:
        return status
    status = restated_in_relative_clause(anchor, status_token) or trailing_participle(anchor, status_token)
    if status:
        return status
    # the status word that governs the amount or the aid noun
    for start in [anchor, *nouns]:
        for node in [start, *start.ancestors]:
            status = status_token(node)
            if status:
                return status
    status = phrase_status(sent.doc, range(sent.start, sent.end))
    if status:
        return status
    status = _released_after_freeze(nouns)
    if status:
        return status
    # nearest status word, a main-clause verb before one in a relative clause
    candidates = [(in_relative_clause(t), abs(t.i - anchor.i), s) for t in sent if (s := status_token(t))]
    return min(candidates)[2] if candidates else None


def _asked_for(noun: "Token", verb: "Token") -> bool:
    """Whether the aid noun is what a request verb asks for ("press Brussels for a package")."""
    return (
        verb.pos_ == "VERB"
        and verb.lemma_.lower() in words("request_lemmas")
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.i == verb.i
    )


def _partitive_status(anchor: "Token") -> str | None:
    """ "Of the released funds, X will receive $Y": the sum is part of money whose own
    participle says what happened to it, before the verb that shares it out."""
    verb = next((a for a in anchor.ancestors if is_verb(a)), None)
    if verb is None:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in words("partitive_prepositions"):
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lower_ in strong_nouns():
                for child in noun.children:
                    if child.dep_ in ("amod", "acl") and child.i < noun.i:
                        status = vocab()["participles"].get(child.lower_)
                        if status:
                            return status
    return None


def _released_after_freeze(nouns: list["Token"]) -> str | None:
    """ "the frozen aid that the State Department released": the money's later status, the
    release of its relative clause, is its status now."""
    for noun in nouns:
        before = [status_token(c) for c in noun.children if c.dep_ == "amod"]
        after = [status_token(c) for c in noun.children if c.dep_ == "relcl" and not _is_future(c)]
        if "suspended" in before and "restored" in after:
            return "restored"
    return None


def _runs_across_lines(sent: "Span", anchor: "Token") -> bool:
    """A list line ("• Frozen in March: $151 million") that the parser read as one sentence
    with the line before or after it."""
    doc = sent.doc
    if not (BULLET.match(sent.text) or ":" in doc_text(doc)[sent.start_char : anchor.idx]):
        return False
    parsed = anchor.sent
    before = parsed.start < sent.start and "\n" in doc_text(doc)[doc[sent.start - 1].idx : sent.start_char]
    after = parsed.end > sent.end and "\n" in doc_text(doc)[sent.end_char : doc[sent.end].idx + 1]
    return before or after


def _own_words_status(sent: "Span", anchor: "Token") -> str | None:
    status = phrase_status(sent.doc, range(sent.start, sent.end))
    if status:
        return status
    candidates = [(abs(t.i - anchor.i), s) for t in sent if (s := status_token(t) or _line_word_status(t))]
    return min(candidates)[1] if candidates else None


def _line_word_status(tok: "Token") -> str | None:
    """A participle opening a list line ("Released in October:"), which the tagger may read
    as a proper noun or adjective when it begins a fragment."""
    if tok.pos_ in ("NOUN", "PROPN") and tok.lower_ in vocab()["aid_nouns"]:
        return None
    word = tok.lower_
    if word in vocab()["participles"]:
        return vocab()["participles"][word]
    if word.endswith("ed"):
        for stem in (word[:-1], word[:-2], word[:-3]):
            if stem in status_of_lemma():
                return status_of_lemma()[stem]
    return None


def _status_of_phrase(anchor: "Token") -> str | None:
    """The status of the money's own noun phrase: the verb it is subject or object of
    ("$9 million ... has been moved to"), else its relative clause ("a $5 million grant
    ..., which was halted in April"), before any verb higher up that only says what the
    money paid for ("projects paid for by a ... grant")."""
    head = phrase_head(anchor)
    if head.pos_ == "NOUN" and head is not anchor:
        # "announced the restoration of previously frozen aid, some €30 million": the sum
        # is the restoration's, whoever announces it
        status = status_token(head)
        if status:
            return status
    governor = head.head
    if head.dep_ == "pobj" and governor.lower_ in words("quantity_prepositions"):
        governor = governor.head  # "Between $3 and $4 million ... has been moved": the amount is the subject
    elif head.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "oprd"):
        governor = head
    if governor != head:
        status = status_token(governor)
        if status:
            return status
        # "The freeze affected about $80 million": a status noun subject of the sum's verb
        subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
        if head.dep_ == "dobj" and subject is not None and subject.pos_ == "NOUN":
            status = status_token(subject)
            if status:
                return status
    for tok in head.subtree:
        if tok.i <= head.i or tok.dep_ not in ("relcl", "acl"):
            continue
        # its own clause, or a passive one the parser hung on a later noun ("..., which was halted")
        if tok.head == head or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or tok.tag_ == "VBN" and tok.dep_ == "acl":
            status = status_token(tok)
            if status:
                return status
    return None


def part_of_a_whole(sent: "Span") -> bool:
    """ "Of the total, €736 million will go to ...": the sentence shares out a sum already
    given, whose status its parts keep."""
    for tok in sent:
        if tok.lower_ in words("partitive_prepositions") and tok.dep_ == "prep" and tok.head.pos_ in ("VERB", "AUX"):
            if any(c.dep_ == "pobj" and c.lemma_.lower() in words("whole_nouns") for c in tok.children):
                return True
    return False

