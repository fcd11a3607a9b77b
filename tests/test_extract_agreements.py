"""Agreements: kind, parties, signers, date, status, and one agreement per agreement.

Texts are written for these tests with countries, people and dates that the seed
articles do not use, so that the rules, not the seeds, are what passes.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.extract import Context
from kg.extract.agreements import extract_agreements
from kg.facts import Article, Evidence, Official


def run(
    nlp, text: str, date: str | None = "2020-01-11", people: dict[str, str] | None = None,
    officials: list[Official] | None = None,
):
    article = Article(id="t", source="t.txt", text=text, date=date)
    ctx = Context(article=article, people=people or {}, officials=officials or [])
    return extract_agreements(nlp(text), ctx)


_E = Evidence("x", 0, 1)
#: what the officials step would have found in an article about a US-Belize signing
OFFICIALS = [
    Official("Dana Whitfield", "Secretary of Homeland Security", "United States", _E),
    Official("Oscar Brannigan", "Minister of the Interior", "Belize", _E),
]
PEOPLE = {"Dana Whitfield": "Dana Whitfield", "Whitfield": "Dana Whitfield",
          "Oscar Brannigan": "Oscar Brannigan", "Brannigan": "Oscar Brannigan"}


def by_parties(agreements):
    return {frozenset(a.signatories): a for a in agreements}


def test_kind_parties_label_status_and_date(nlp) -> None:
    (a,) = run(nlp, "Panama signed a safe third country agreement with the United States on Friday.")
    assert a.type == "safe third country agreement"
    assert a.signatories == ["United States", "Panama"]
    assert a.label == "US-Panama safe third country agreement"
    assert a.status == "signed"
    assert a.date == "2020-01-10"  # the Friday before Saturday 2020-01-11


def test_each_country_of_a_plural_mention_has_its_own_bilateral_agreement(nlp) -> None:
    found = run(nlp, "Belize, Panama and Costa Rica have all signed Asylum Cooperation Agreements with Washington.")
    assert {frozenset(a.signatories) for a in found} == {
        frozenset({"United States", c}) for c in ("Belize", "Panama", "Costa Rica")
    }
    assert {a.type for a in found} == {"asylum cooperation agreement"}


def test_the_three_countries_are_the_last_ones_listed(nlp) -> None:
    text = (
        "Officials from Belize, Panama and Costa Rica met in Washington. "
        "Later the three countries signed asylum cooperation deals with the United States."
    )
    assert len(run(nlp, text)) == 3


def test_later_mentions_merge_into_one_agreement(nlp) -> None:
    text = (
        "Costa Rica has signed a so-called 'safe third country' deal with the United States. "
        "The Costa Rican legislature, however, has not ratified the deal. "
        "Critics said the arrangement would overwhelm shelters."
    )
    (a,) = run(nlp, text)
    assert a.status == "signed"  # "has not ratified" says nothing new
    assert a.evidence.text.startswith("Costa Rica has signed")


def test_ratifying_the_agreement_raises_the_status(nlp) -> None:
    text = "Panama signed an agreement with the United States in May. Panama has since ratified the agreement."
    (a,) = run(nlp, text)
    assert a.status == "ratified"


def test_memorandum_coreference_pronoun_signer_and_kind_upgrade(nlp) -> None:
    text = (
        "Belize has signed a deal with the acting Homeland Security chief. "
        "Acting Secretary Dana Whitfield formalized an agreement on border training. "
        "The visit lasted four days. "
        "She signed the memorandum with Belizean Minister Oscar Ramirez at the start of the trip."
    )
    (a,) = run(nlp, text)
    assert a.type == "memorandum of cooperation"
    assert a.signatories == ["United States", "Belize"]
    assert a.signed_by == ["Dana Whitfield", "Oscar Ramirez"]


def test_memorandum_of_understanding_is_a_memorandum_of_cooperation(nlp) -> None:
    (a,) = run(nlp, "Nicaragua and the United States signed a memorandum of understanding on Tuesday.")
    assert a.type == "memorandum of cooperation"
    assert a.date == "2020-01-07"


def test_signers_are_canonical_and_not_possessors(nlp) -> None:
    text = (
        "Panama signed a deal with U.S. President Carter's envoy. "
        "Envoy Lia Moreno signed the agreement with Panamanian minister Raul Vega in Panama City."
    )
    (a,) = run(nlp, text, people={"Lia Moreno": "Lia M. Moreno"})
    assert "Carter" not in " ".join(a.signed_by)
    assert a.signed_by[-1] == "Raul Vega"


def test_signing_documents_without_an_agreement_noun_adds_signers(nlp) -> None:
    text = (
        "The United States and Panama on Friday agreed to strengthen Panama's asylum system. "
        "Acting Secretary Dana Whitfield spoke to reporters after signing documents with Panama's foreign minister, Irma Lopez."
    )
    (a,) = run(nlp, text)
    assert a.signatories == ["United States", "Panama"]
    assert a.type == "other"  # a deal about asylum with no kind words is of no kind in particular
    assert a.date == "2020-01-10"
    assert set(a.signed_by) == {"Dana Whitfield", "Irma Lopez"}


def test_regional_compact_is_multilateral_and_proposed_has_no_signers(nlp) -> None:
    text = (
        "Secretary Dana Whitfield is scheduled to be in Panama on Wednesday to sign a regional accord. "
        "The regional pact between the U.S. and officials of Panama, Belize and Costa Rica targets smuggling."
    )
    (a,) = run(nlp, text)
    assert a.type == "regional compact"
    assert set(a.signatories) == {"United States", "Panama", "Belize", "Costa Rica"}
    assert a.status == "proposed"
    assert a.signed_by == []
    assert a.date == "2020-01-15"  # the coming Wednesday


def test_joint_communique(nlp) -> None:
    (a,) = run(nlp, "Colombia and the United States issued a joint communique on migration on Monday.")
    assert a.type == "joint declaration"
    assert set(a.signatories) == {"United States", "Colombia"}


def test_passing_mention_with_canada_counts(nlp) -> None:
    text = "The deal with Panama is new. The United States has a similar safe third country agreement with Canada."
    found = by_parties(run(nlp, text))
    assert found[frozenset({"United States", "Canada"})].type == "safe third country agreement"


def test_unnamed_agreement_for_one_country_with_month_only_date(nlp) -> None:
    text = (
        "The talks marked the halfway point of the 60 day agreement signed last month for Belize "
        "to slow the flow of migration toward the U.S. border."
    )
    (a,) = run(nlp, text)
    assert a.signatories == ["United States", "Belize"]
    assert a.type == "other"
    assert a.date is None
    assert a.label == "US-Belize agreement"


@pytest.mark.parametrize(
    "text",
    [
        "Costa Rican officials criticised the Trump administration's 'Safe Third Country' policy.",
        "The secretary hopes to seal immigration deals with Panama and Belize.",
        "Agreements are hard to reach, analysts said.",
        "The United States could designate Belize a safe third country.",
    ],
)
def test_generic_mentions_are_not_agreements(nlp, text: str) -> None:
    assert run(nlp, text) == []


def test_mentions_of_the_same_agreement_give_one_fact(nlp) -> None:
    text = (
        "Panama signed an asylum cooperation agreement with Washington on Thursday. "
        "Panama's asylum agreement with the United States will take months to implement. "
        "The agreement was criticised."
    )
    assert len(run(nlp, text)) == 1


def test_evidence_is_the_sentence_with_its_offsets(nlp) -> None:
    text = "Weather was fine. Belize signed a safe third country deal with the United States."
    (a,) = run(nlp, text)
    assert text[a.evidence.start : a.evidence.end] == a.evidence.text
    assert a.evidence.text.startswith("Belize signed")
    assert 0 <= a.confidence <= 1


_NOISE = st.one_of(
    st.text(max_size=300),
    st.lists(
        st.sampled_from(
            ["the deal", "Panama", "signed", "agreement", "with", "the United States", "memorandum", ".",
             "<p>", "&amp;", "\u2019s", "safe third country", "three countries", "He", "on Friday", "\n\n", "😀"]
        ),
        max_size=60,
    ).map(" ".join),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=_NOISE, date=st.one_of(st.none(), st.just("2020-01-11"), st.text(max_size=10)))
def test_never_crashes_on_random_text(nlp, text: str, date: str | None) -> None:
    from kg.facts import AGREEMENT_KINDS, AGREEMENT_STATUSES

    for a in run(nlp, text, date=date):
        assert a.type in AGREEMENT_KINDS
        assert a.status is None or a.status in AGREEMENT_STATUSES
        assert text[a.evidence.start : a.evidence.end] == a.evidence.text


def test_never_crashes_on_empty_or_huge_text(nlp) -> None:
    assert run(nlp, "") == []
    big = "Panama signed a safe third country agreement with the United States. " * 300
    assert len(run(nlp, big)) == 1


def test_people_in_a_subordinate_clause_did_not_sign(nlp) -> None:
    text = (
        "Panama's government signed a 'safe third country' agreement with the United States on Friday, "
        "after President Ray Hollis threatened tariffs."
    )
    (a,) = run(nlp, text)
    assert a.signed_by == []


def test_conjoined_signers(nlp) -> None:
    text = (
        "Belize signed an asylum cooperation agreement with the United States on Wednesday. "
        "Belizean Foreign Minister Carla Ruiz and Acting Secretary Dana Whitfield signed the accord in New York."
    )
    (a,) = run(nlp, text)
    assert a.signed_by == ["Carla Ruiz", "Dana Whitfield"]
    assert a.date == "2020-01-08"


def test_a_kind_comes_only_from_the_text(nlp) -> None:
    # what a deal is about is no kind: "asylum deal" is not an asylum cooperation agreement
    (a,) = run(nlp, "Belize signed a deal with the United States to take in asylum seekers.")
    assert a.type == "other"
    (b,) = run(nlp, "Belize signed an asylum deal with the United States.")
    assert b.type == "other"
    (c,) = run(nlp, "Belize signed a deal with the United States to curb drug trafficking.")
    assert c.type == "other"


def test_an_indefinite_kind_phrase_right_after_names_the_last_agreement(nlp) -> None:
    text = (
        "The agreement with Belize was signed in the Oval Office by Belizean minister Carla Ruiz. "
        "Washington calls it a memorandum of cooperation; critics call it a safe third country deal."
    )
    (a,) = run(nlp, text)
    assert a.type == "memorandum of cooperation"


def test_a_neighbour_across_a_border_is_not_a_party(nlp) -> None:
    text = "Under the U.S.-Panama joint declaration, Panama will guard its border with Colombia."
    (a,) = run(nlp, text)
    assert set(a.signatories) == {"United States", "Panama"}


def test_an_agreement_a_party_will_not_sign_is_not_an_agreement(nlp) -> None:
    text = "Belizean minister Carla Ruiz said Belize will not sign a safe third country agreement with the United States."
    assert run(nlp, text) == []


def test_a_date_inside_the_noun_phrase_dates_the_agreement(nlp) -> None:
    (a,) = run(nlp, "The March 3 joint declaration between Washington and Panama commits Panama to patrols.", date="2020-04-01")
    assert a.type == "joint declaration"
    assert a.date == "2020-03-03"


def test_an_administration_named_after_a_person_is_not_a_signer(nlp) -> None:
    (a,) = run(nlp, "The Hollis administration in Washington signed an asylum cooperation agreement with Belize.")
    assert a.signed_by == []


def test_a_signing_sentence_goes_to_the_agreement_of_its_country(nlp) -> None:
    text = (
        "This summer the United States signed asylum agreements with Belize and Panama. "
        "Belize went first, on July 2. "
        "A week later Panama followed, with Foreign Minister Irma Lopez signing in New York."
    )
    found = by_parties(run(nlp, text))
    assert found[frozenset({"United States", "Panama"})].signed_by == ["Irma Lopez"]
    assert found[frozenset({"United States", "Belize"})].signed_by == []


def test_a_surname_takes_the_full_name_given_earlier(nlp) -> None:
    text = (
        "Acting Secretary Dana Whitfield visited Belize on Monday. "
        "Belize signed an asylum cooperation agreement with Whitfield on Tuesday."
    )
    # the agreement's other party is the state Whitfield serves, which the officials step finds
    (a,) = run(nlp, text, officials=OFFICIALS[:1])
    assert a.signed_by == ["Dana Whitfield"]


def test_similar_deals_with_named_countries_are_agreements_of_the_same_kind(nlp) -> None:
    text = (
        "Panama signed an asylum cooperation agreement with the United States on Wednesday. "
        "The agreement follows similar deals with Belize, signed in July, and Costa Rica, signed last week."
    )
    found = by_parties(run(nlp, text))
    assert set(found) == {frozenset({"United States", c}) for c in ("Panama", "Belize", "Costa Rica")}
    assert {a.type for a in found.values()} == {"asylum cooperation agreement"}


def test_deals_sought_are_not_agreements(nlp) -> None:
    text = (
        "Panama signed an asylum cooperation agreement with the United States on Wednesday. "
        "The envoy hopes to seal similar deals with Belize and Costa Rica."
    )
    assert len(run(nlp, text)) == 1


# --- kinds: what the text calls it, not what was floated or refused beside it


def test_a_proposal_pressed_on_a_party_does_not_retype_the_deal_it_signed(nlp) -> None:
    text = (
        "Officials of Belize and the United States met to review the 60-day deal the two countries struck on March 3. "
        "Washington has repeatedly pressed Belize to sign a safe third country agreement. "
        "Belizean minister Carla Ruiz said Belize \"will not accept\" such an accord."
    )
    (a,) = run(nlp, text, date="2020-04-20")
    assert a.signatories == ["United States", "Belize"]
    assert a.type == "other"
    assert a.date == "2020-03-03"


@pytest.mark.parametrize(
    "text",
    [
        "Washington pressed Panama to sign a safe third country agreement with the United States.",
        "The United States has pushed for a safe third country pact with Panama.",
        "Belize rejected a safe third country deal with the United States.",
    ],
)
def test_floated_or_refused_agreements_are_not_agreements(nlp, text: str) -> None:
    assert run(nlp, text) == []


def test_an_announced_signing_is_still_an_agreement(nlp) -> None:
    (a,) = run(nlp, "Panama is expected to sign a safe third country agreement with the United States.")
    assert a.status == "proposed"


def test_a_generic_deal_that_is_a_known_2019_agreement_takes_its_kind(nlp) -> None:
    # kg/data/agreement_terms.json: the US-Mexico agreement of 7 June 2019 is the joint declaration
    (a,) = run(nlp, "Troops moved south under the June 7 migration accord between Mexico and the United States.",
               date="2019-07-01")
    assert a.type == "joint declaration"
    assert a.date == "2019-06-07"
    (b,) = run(nlp, "Mexico kept its side of the 90-day deal it struck with Washington last month.", date="2019-07-22")
    assert b.type == "joint declaration"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Mexico and the United States signed a trade deal on Monday.", "2019-11-30"),  # about something else
        ("Mexico and the United States signed a deal on Monday.", "2019-03-30"),  # before the known one
        ("Mexico and the United States signed a deal on March 4.", "2020-03-30"),  # another day
    ],
)
def test_the_known_agreement_does_not_type_other_deals(nlp, text: str, date: str) -> None:
    (a,) = run(nlp, text, date=date)
    assert a.type == "other"


def test_a_similar_agreement_takes_the_last_kind_and_a_deal_under_negotiation_is_none(nlp) -> None:
    text = (
        "Panama signed an asylum cooperation agreement with the United States in May. "
        "The United States signed in June a similar agreement with Belize and negotiates another with Costa Rica."
    )
    found = by_parties(run(nlp, text))
    assert set(found) == {frozenset({"United States", "Panama"}), frozenset({"United States", "Belize"})}
    belize = found[frozenset({"United States", "Belize"})]
    assert belize.type == "asylum cooperation agreement"
    assert belize.status == "signed"  # "negotiates" is the other clause's


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Belize signed on to a Safe Third Country Agreement with the United States.", "safe third country agreement"),
        ("The United States suspended its Asylum Cooperative Agreement with Belize.", "asylum cooperation agreement"),
        ("Panama's cooperation agreement on asylum with the United States was signed.", "asylum cooperation agreement"),
        ("Panama inked a memorandum of understanding with the United States.", "memorandum of cooperation"),
        ("Belize and the United States inked a pact on police training.", "other"),
    ],
)
def test_kind_wordings(nlp, text: str, kind: str) -> None:
    (a,) = run(nlp, text)
    assert a.type == kind
    assert set(a.signatories) == {"United States", "Panama" if "Panama" in text else "Belize"}


@pytest.mark.parametrize(
    ("text", "status", "date"),
    [
        ("The pact between Costa Rica and the United States entered into force on Friday.", "in force", None),
        ("Panama's asylum cooperation agreement with the United States was ratified by Congress.", "ratified", None),
        ("The arrangement with Panama took effect on Monday, US officials said.", "in force", None),
        ("The United States has implemented its asylum deal with Belize.", "in force", None),
        ("The United States suspended its asylum deal with Belize on Friday.", "suspended", None),
        ("Costa Rica entered into an agreement with the United States on Friday.", "signed", "2020-01-10"),
    ],
)
def test_statuses_and_that_taking_effect_is_not_the_signing_date(nlp, text: str, status: str, date) -> None:
    (a,) = run(nlp, text)
    assert a.status == status
    assert a.date == date
    assert a.signatories[0] == "United States"


def test_organisations_are_parties(nlp) -> None:
    (a,) = run(nlp, "Panama signed a memorandum of understanding with the UN refugee agency UNHCR on Wednesday.")
    assert a.signatories == ["Panama", "UNHCR"]  # no United States: the other party is named
    (b,) = run(nlp, "The State Department signed an agreement with the International Organization for Migration.")
    assert b.signatories == ["United States", "International Organization for Migration"]


# --- parties referred to


def test_all_three_refers_to_the_last_three_countries(nlp) -> None:
    text = (
        "Officials from Belize, Panama and Costa Rica met in Washington. "
        "All three have now signed so-called asylum cooperation agreements with the United States."
    )
    found = run(nlp, text)
    assert {frozenset(a.signatories) for a in found} == {
        frozenset({"United States", c}) for c in ("Belize", "Panama", "Costa Rica")
    }


def test_signers_without_a_country_give_the_parties_by_their_posts(nlp) -> None:
    text = "Brannigan and Whitfield signed a memorandum of understanding in the Oval Office."
    (a,) = run(nlp, text, people=PEOPLE, officials=OFFICIALS)
    assert a.signatories == ["United States", "Belize"]
    assert a.signed_by == ["Oscar Brannigan", "Dana Whitfield"]


# --- signers


def test_a_timeline_line_gives_date_signers_the_tagger_missed_and_parties(nlp) -> None:
    text = (
        "MAY 2 - Secretary Dana Whitfield visits Belize.\n\n"
        "JULY 2 - Branigan and Whitfield sign an asylum cooperation agreement in the Oval Office.\n\n"
        "SEPT 20 - Panama signs an asylum cooperation agreement with the United States in Washington."
    )
    found = by_parties(run(nlp, text, date="2019-12-01", people=PEOPLE, officials=OFFICIALS))
    belize = found[frozenset({"United States", "Belize"})]
    assert belize.signed_by == ["Oscar Brannigan", "Dana Whitfield"]  # "Branigan": a misspelt surname
    assert belize.date == "2019-07-02"
    assert found[frozenset({"United States", "Panama"})].date == "2019-09-20"


def test_the_signer_of_a_relative_clause_and_the_one_signed_with(nlp) -> None:
    text = (
        "The Belizean ministry said on Saturday that the cooperation agreement on asylum which the interior "
        "minister, Oscar Brannigan, signed on Friday in Washington with the acting secretary of Homeland Security "
        "of the United States, Dana Whitfield, \"does not make Belize a safe third country\"."
    )
    (a,) = run(nlp, text, people=PEOPLE, officials=OFFICIALS)
    assert a.signed_by == ["Oscar Brannigan", "Dana Whitfield"]
    assert a.date == "2020-01-10"


def test_a_known_name_left_untagged_is_a_signer(nlp) -> None:
    text = (
        "Belize signed an asylum agreement with the United States. The flight was the first test of the deal "
        "that Secretary Dana Whitfield and Belize's Minister of the Interior Oscar Brannigan signed at the White House."
    )
    (a,) = run(nlp, text, people=PEOPLE, officials=OFFICIALS)
    assert set(a.signed_by) == {"Dana Whitfield", "Oscar Brannigan"}


def test_reaching_something_else_signs_nothing(nlp) -> None:
    text = (
        "Panama and the United States on Friday agreed to share asylum data. "
        "Crossings reached record highs this year, frustrating Whitfield."
    )
    (a,) = run(nlp, text, people=PEOPLE, officials=OFFICIALS)
    assert a.signed_by == []


@pytest.mark.parametrize(
    "text",
    [
        "Panama's foreign minister said there would be no safe third country agreement with the United States.",
        "Belize has yet to sign an asylum cooperation agreement with the United States.",
        "Belize has not yet signed an asylum cooperation agreement with the United States.",
        "If Panama signed a safe third country agreement with the United States, shelters would overflow.",
    ],
)
def test_agreements_not_made_are_not_agreements(nlp, text: str) -> None:
    assert run(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "date", "kind"),
    [
        # the table lists a US-Guatemala memorandum (May 2019) and agreement (July 2019)
        ("Guatemala and the United States signed a deal on Friday.", "2019-07-27", "asylum cooperation agreement"),
        ("Guatemala and the United States signed a deal.", "2019-06-27", "memorandum of cooperation"),
        ("Guatemala and the United States signed a deal.", "2019-10-27", "other"),  # either: not decided
        ("It was the first transfer under the U.S.-Guatemala agreement signed in July.", "2019-11-22",
         "asylum cooperation agreement"),  # the month tells them apart
        ("Trump threatened trade tariffs until Mexico and the United States reached a migration deal on June 7.",
         "2019-08-01", "joint declaration"),  # "trade" outside the deal's own words
        ("Mexico and the United States signed an agreement on trade in June.", "2019-08-01", "other"),
    ],
)
def test_known_agreements_are_told_apart_by_date_and_month(nlp, text: str, date: str, kind: str) -> None:
    (a,) = run(nlp, text, date=date)
    assert a.type == kind


def test_a_country_in_one_agreements_phrase_is_no_party_of_the_others(nlp) -> None:
    text = (
        "Panama and the United States signed a memorandum of cooperation on Friday. "
        "The memorandum builds on the asylum cooperation agreement that the United States and Panama "
        "signed in May, and on the regional compact that the United States, Panama, Belize and "
        "Costa Rica signed in April."
    )
    found = run(nlp, text)
    assert sorted((a.type, len(a.signatories)) for a in found) == [
        ("asylum cooperation agreement", 2), ("memorandum of cooperation", 2), ("regional compact", 4)
    ]


def test_the_kind_is_that_of_the_agreements_own_phrase(nlp) -> None:
    text = (
        "The model is the 2002 safe third country agreement between the United States and Panama, "
        "but unlike that agreement the ACAs do not require the receiving country to have a working asylum system."
    )
    (a,) = run(nlp, text)
    assert (a.type, a.signatories) == ("safe third country agreement", ["United States", "Panama"])


def test_a_country_of_another_clause_is_no_party(nlp) -> None:
    text = (
        "He said he had spoken with Belize's foreign minister about putting the Belizean agreement into "
        "effect, and that Panama's deployment of troops under its joint declaration with the United "
        "States had changed the picture."
    )
    kinds = {a.type: a.signatories for a in run(nlp, text)}
    assert kinds["joint declaration"] == ["United States", "Panama"]


def test_its_is_the_country_named_before(nlp) -> None:
    text = "Costa Rica has signed no ACA. Its May 3 joint declaration with Washington committed it to deploy troops."
    (a,) = run(nlp, text)
    assert (a.type, a.signatories, a.date) == ("joint declaration", ["United States", "Costa Rica"], "2019-05-03")


def test_its_deal_with_washington_is_the_known_agreement_of_that_month(nlp) -> None:
    text = "Migrants now wait in shelters under a program Mexico agreed to expand in its June deal with Washington."
    (a,) = run(nlp, text, date="2020-01-10")
    assert (a.type, a.signatories) == ("joint declaration", ["United States", "Mexico"])


def test_similar_deals_are_one_per_country_of_the_kind_of_the_first(nlp) -> None:
    text = (
        "Panama has received 24 Belizean and Costa Rican asylum seekers sent by the United States under "
        "a bilateral agreement on asylum. The agreement, signed May 3, lets the U.S. send asylum seekers there. "
        "Washington has signed similar deals with Belize and Costa Rica, but neither has taken effect."
    )
    found = run(nlp, text)
    assert {frozenset(a.signatories) for a in found} == {
        frozenset({"United States", c}) for c in ("Panama", "Belize", "Costa Rica")
    }
    assert {a.type for a in found} == {"asylum cooperation agreement"}


def test_both_refers_to_the_pair_just_named(nlp) -> None:
    text = (
        "Panama signed an asylum cooperation agreement with the United States in May.\n\n"
        "Q: What about Belize and Costa Rica?\n\n"
        "A: Both signed similar agreements with the United States in March, but neither is operational."
    )
    found = run(nlp, text)
    assert {frozenset(a.signatories) for a in found} == {
        frozenset({"United States", c}) for c in ("Panama", "Belize", "Costa Rica")
    }


def test_a_bilateral_agreement_is_with_the_one_other_country_named(nlp) -> None:
    text = "Since the United States began sending asylum seekers to Belize under a bilateral agreement, shelters filled."
    (a,) = run(nlp, text)
    assert a.signatories == ["United States", "Belize"]


def test_not_in_force_is_no_refusal(nlp) -> None:
    text = "The asylum cooperation agreement that Panama signed with the United States on 20 March has not entered into force."
    (a,) = run(nlp, text)
    assert (a.signatories, a.date) == (["United States", "Panama"], "2019-03-20")


def test_people_who_issued_a_rule_did_not_sign(nlp) -> None:
    text = (
        "The policy rests on the asylum cooperation agreement the United States signed with Panama in July, "
        "and on a rule issued in November by Attorney General Mark Dalton that lets officers send migrants "
        "to countries with such agreements."
    )
    (a,) = run(nlp, text)
    assert a.signed_by == []


def test_a_signer_the_text_rules_out_did_not_sign(nlp) -> None:
    text = (
        "Panama signed an asylum cooperation agreement with the United States on Wednesday. "
        "The agreement was signed by Foreign Minister Rosa Quintero, not by Security Minister Tomas Ibarra."
    )
    (a,) = run(nlp, text)
    assert a.signed_by == ["Rosa Quintero"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Panama has received Belizean and Costa Rican asylum seekers", ["Panama"]),
        ("Panamanian, Belizean and Costa Rican migrants crossed", []),
        ("Belizean and Costa Rican officials signed", ["Belize", "Costa Rica"]),
    ],
)
def test_demonyms_coordinated_with_one_that_qualifies_people_are_no_parties(text: str, expected) -> None:
    from kg.extract.parties import countries_in, names

    assert names(countries_in(text)) == expected


def test_a_second_surname_the_tagger_cut_off_stays_with_the_signer(nlp) -> None:
    text = (
        "U.S. Chargé d'Affaires a.i. Dana Whitfield and Belizean Minister of Security Oscar Brannigan Tinoco "
        "today signed a memorandum of cooperation."
    )
    (a,) = run(nlp, text)  # the tagger reads "Oscar Brannigan" as a modifier of "Tinoco"
    assert a.signed_by[0] == "Dana Whitfield"
    assert len(a.signed_by) == 2 and a.signed_by[1].startswith("Oscar Brannigan")


def test_each_country_of_an_enumeration_has_the_day_written_after_it(nlp) -> None:
    text = "The United States signed asylum cooperation agreements with Panama on July 2, Belize on September 4 and Costa Rica on September 9."
    dates = {a.signatories[1]: a.date for a in run(nlp, text)}
    assert dates == {"Panama": "2019-07-02", "Belize": "2019-09-04", "Costa Rica": "2019-09-09"}


def test_each_agreement_of_a_sentence_has_its_own_signings_date(nlp) -> None:
    text = (
        "Panama and the United States signed a memorandum of cooperation on Friday. "
        "The memorandum builds on the asylum cooperation agreement that the United States and Panama "
        "signed in New York on September 25, and on the regional compact that the United States, Panama, "
        "Belize and Costa Rica signed in Managua in March."
    )
    dates = {a.type: a.date for a in run(nlp, text)}
    assert dates["asylum cooperation agreement"] == "2019-09-25"
    assert dates["regional compact"] is None  # a month is no day


def test_a_day_right_after_the_signing_clause_is_its_date(nlp) -> None:
    text = (
        "A story published Thursday about the asylum agreement the United States and Panama signed in "
        "New York on Wednesday misidentified the official who signed it."
    )
    (a,) = run(nlp, text, date="2019-09-27")
    assert a.date == "2019-09-25"


def test_a_countrys_deal_with_washington_named_by_month_is_the_known_one(nlp) -> None:
    (a,) = run(nlp, "Mexico's June deal with Washington sent thousands of troops to the border.", date="2020-01-10")
    assert (a.type, a.signatories) == ("joint declaration", ["United States", "Mexico"])


def test_their_is_all_the_countries_named_before(nlp) -> None:
    text = "Belize and Panama said their asylum cooperation agreements with the United States would take effect in March."
    assert {frozenset(a.signatories) for a in run(nlp, text)} == {
        frozenset({"United States", "Belize"}), frozenset({"United States", "Panama"})
    }


def test_a_person_kept_from_signing_did_not_sign(nlp) -> None:
    text = (
        "Belize signed an asylum cooperation agreement with the United States on Friday. "
        "Today's signing comes a week after a court barred President Oscar Brannigan from signing such a deal."
    )
    (a,) = run(nlp, text, people=PEOPLE, officials=OFFICIALS)
    assert "Oscar Brannigan" not in a.signed_by


@pytest.mark.parametrize(
    "sentence",
    [
        "Minister Oscar Brannigan said he would receive Dana Whitfield in Belmopan next week to agree on how the deal would work.",
        "Oscar Brannigan met Dana Whitfield on Tuesday in Belmopan to agree on procedures under the agreement.",
    ],
)
def test_a_future_or_intended_agreeing_has_no_signers(nlp, sentence) -> None:
    text = "Belize signed an asylum cooperation agreement with the United States in July. " + sentence
    (a,) = run(nlp, text, people=PEOPLE, officials=OFFICIALS)
    assert a.signed_by == []


def test_the_agreement_she_signed_is_the_one_of_the_state_the_person_named_before_serves(nlp) -> None:
    officials = [
        Official("Dana Whitfield", "Secretary of Homeland Security", "United States", _E),
        Official("Oscar Brannigan", "Minister of Foreign Affairs", "Panama", _E),
        Official("Lena Marsh", "President", "Panama", _E),
    ]
    people = {**PEOPLE, "Lena Marsh": "Lena Marsh"}
    text = (
        "Belize signed an asylum cooperation agreement with the United States in July. "
        "President Lena Marsh has been careful. "
        "Her foreign minister, Oscar Brannigan, told reporters that the agreement he signed in September "
        "will not be applied soon."
    )
    found = by_parties(run(nlp, text, people=people, officials=officials))
    assert found[frozenset({"United States", "Panama"})].signed_by == ["Oscar Brannigan"]
    assert found[frozenset({"United States", "Belize"})].signed_by == []


def test_the_two_countries_are_the_united_states_and_the_one_other_country_named_before(nlp) -> None:
    text = (
        "A week after the first family was flown from the United States to Belize under the asylum "
        "cooperation agreement the two countries signed in July, critics spoke out."
    )
    (a,) = run(nlp, text)
    assert a.signatories == ["United States", "Belize"]
    assert a.type == "asylum cooperation agreement"


def test_one_country_of_a_region_is_not_the_whole_region(nlp) -> None:
    text = "Belize on Monday became the third country of the Northern Triangle to sign an asylum cooperation agreement with the United States."
    assert [a.signatories for a in run(nlp, text)] == [["United States", "Belize"]]


def test_one_country_of_a_qualified_region_is_not_the_whole_region(nlp) -> None:
    text = (
        "Panama on Tuesday became the second nation of the so-called Northern Triangle to sign an asylum "
        "cooperation agreement with the United States."
    )
    assert [a.signatories for a in run(nlp, text)] == [["United States", "Panama"]]


def test_did_so_is_a_second_signing_of_the_same_kind_without_the_first_clauses_signers(nlp) -> None:
    text = (
        "Belize signed an asylum cooperation agreement with the United States, Oscar Brannigan said. "
        "Panama signed a similar agreement in March, and Costa Rica did so last Friday in Washington."
    )
    found = by_parties(run(nlp, text, people=PEOPLE, officials=OFFICIALS))
    costa_rica = found[frozenset({"United States", "Costa Rica"})]
    assert costa_rica.type == "asylum cooperation agreement"
    assert costa_rica.date == "2020-01-10"
    assert costa_rica.signed_by == []
    assert found[frozenset({"United States", "Panama"})].type == "asylum cooperation agreement"


def test_both_agents_of_a_passive_signing_signed_not_the_witness(nlp) -> None:
    officials = OFFICIALS + [Official("Lena Marsh", "President", "Belize", _E)]
    people = {**PEOPLE, "Lena Marsh": "Lena Marsh"}
    text = (
        "Belize signed an asylum cooperation agreement with the United States on Friday. "
        "The agreement was signed by the chancellor, Oscar Brannigan, and the acting secretary of Homeland "
        "Security of the United States, Dana Whitfield, in the presence of President Lena Marsh, informed the "
        "Foreign Ministry in a communiqué."
    )
    (a,) = run(nlp, text, people=people, officials=officials)
    assert sorted(a.signed_by) == ["Dana Whitfield", "Oscar Brannigan"]


def test_the_agreements_a_state_concluded_with_several_countries_are_one_each(nlp) -> None:
    text = (
        "A family was sent to Belize under the asylum cooperation agreement Belize signed with the United States. "
        "The spokesperson said UNHCR was not a party to the agreements the United States had concluded with "
        "Belize, Panama and Costa Rica."
    )
    found = by_parties(run(nlp, text))
    assert set(found) == {frozenset({"United States", c}) for c in ("Belize", "Panama", "Costa Rica")}
    assert found[frozenset({"United States", "Belize"})].type == "asylum cooperation agreement"


def test_agreements_without_a_signing_clause_stay_a_class_of_deals(nlp) -> None:
    text = "Critics say agreements with Belize, Panama and Costa Rica shift responsibility."
    assert run(nlp, text) == []


def test_the_nth_country_of_a_region_to_sign_signed_on_its_own_day(nlp) -> None:
    # a Thursday article: "on Wednesday" is the day before, not the next one
    text = "Panama on Wednesday became the third country of the Northern Triangle to sign an asylum cooperation agreement with the United States."
    (a,) = run(nlp, text, date="2020-01-09")
    assert a.status == "signed"
    assert a.date == "2020-01-08"


def test_a_later_vague_word_does_not_retype_an_explicit_kind(nlp) -> None:
    text = (
        "The first family was flown from the United States to Belize under the asylum cooperation agreement "
        "the two countries signed in July. An official called the Belize arrangement a model."
    )
    (a,) = run(nlp, text)
    assert a.type == "asylum cooperation agreement"


@pytest.mark.parametrize(
    "text",
    [
        "Oscar Brannigan and Dana Whitfield signed the asylum cooperation agreement on Friday in the presence of President Lena Marsh.",
        "President Lena Marsh, who did not sign the agreement, said Oscar Brannigan and Dana Whitfield signed the asylum cooperation agreement.",
    ],
)
def test_a_witness_or_a_person_who_did_not_sign_is_no_signer(nlp, text) -> None:
    officials = OFFICIALS + [Official("Lena Marsh", "President", "Belize", _E)]
    people = {**PEOPLE, "Lena Marsh": "Lena Marsh", "Marsh": "Lena Marsh"}
    (a,) = run(nlp, text, people=people, officials=officials)
    assert sorted(a.signed_by) == ["Dana Whitfield", "Oscar Brannigan"]


def test_did_so_in_a_reported_sentence_still_has_its_own_day_and_no_reporter_as_signer(nlp) -> None:
    text = "Belize signed a safe third country agreement with the United States in July, and Panama did so on Friday, Oscar Brannigan said."
    found = by_parties(run(nlp, text, people=PEOPLE, officials=OFFICIALS))
    panama = found[frozenset({"United States", "Panama"})]
    assert (panama.type, panama.date, panama.signed_by) == ("safe third country agreement", "2020-01-10", [])


def test_the_deals_signed_with_several_countries_share_the_kind_one_of_them_has(nlp) -> None:
    text = (
        "Belize signed an asylum cooperation agreement with the United States. "
        "The deals Washington signed with Belize and Panama are similar."
    )
    assert {a.type for a in run(nlp, text)} == {"asylum cooperation agreement"}


def test_with_x_signing_dates_and_signs_the_agreement_just_reported(nlp) -> None:
    text = (
        "This year the United States signed asylum cooperation agreements with Panama and Belize. "
        "Five days later, on March 25, Belize became the second, with Foreign Minister Oscar Brannigan signing on the sidelines of the summit in New York."
    )
    found = by_parties(run(nlp, text, date="2020-04-01", people=PEOPLE, officials=OFFICIALS))
    belize = found[frozenset({"United States", "Belize"})]
    assert (belize.date, belize.signed_by) == ("2020-03-25", ["Oscar Brannigan"])


def test_a_span_of_time_near_another_verb_does_not_hide_the_signing_day(nlp) -> None:
    text = (
        "Panama signed an asylum agreement with the United States on Wednesday, becoming the third "
        "country in two months to agree to take in asylum seekers."
    )
    (a,) = run(nlp, text, date="2020-01-09")
    assert a.date == "2020-01-08"


@pytest.mark.parametrize(
    "text",
    [
        "Oscar Brannigan signed the asylum cooperation agreement with Dana Whitfield on Friday, and Panama followed suit on Monday.",
        "Oscar Brannigan signed the asylum cooperation agreement with Dana Whitfield on Friday. Panama did the same on Monday.",
    ],
)
def test_a_country_that_followed_suit_signed_its_own_agreement_of_that_kind(nlp, text) -> None:
    found = by_parties(run(nlp, text, people=PEOPLE, officials=OFFICIALS))
    panama = found[frozenset({"United States", "Panama"})]
    assert (panama.type, panama.date, panama.signed_by) == ("asylum cooperation agreement", "2020-01-06", [])


def test_doing_the_same_after_a_refusal_is_no_agreement(nlp) -> None:
    text = "Belize refused to sign an asylum cooperation agreement with the United States on Friday. Panama did the same on Monday."
    assert run(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The administration is quietly sounding out Belize about a deal of its own.",
        "Washington is exploring an asylum cooperation agreement with Belize.",
        "Officials of the United States and Belize held talks on a migration agreement.",
    ],
)
def test_a_deal_only_explored_or_discussed_is_no_agreement(nlp, text: str) -> None:
    assert run(nlp, text) == []


def test_a_deal_signed_after_talks_is_still_one(nlp) -> None:
    (a,) = run(nlp, "After weeks of talks, Belize signed an asylum cooperation agreement with the United States.")
    assert a.signatories == ["United States", "Belize"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the ministry, known by its Spanish initials SRE, said Belize and the US signed", ["Belize", "United States"]),
        ("the minister told a Spanish-language network that Belize signed", ["Belize"]),
        ("the Spanish government and Belize signed", ["Spain", "Belize"]),
    ],
)
def test_a_demonym_naming_a_language_is_no_party(text: str, expected) -> None:
    from kg.extract.parties import countries_in, names

    assert names(countries_in(text)) == expected


def test_that_agreement_which_x_signed_is_the_agreement_of_x_s_state(nlp) -> None:
    text = (
        "On Wednesday, Panama signed its own asylum agreement with the United States in New York. "
        "The Belizean president did not mention the asylum cooperation agreement. "
        "That agreement, which Brannigan signed in Washington on Friday with Dana Whitfield, "
        "will not take effect until Belize is ready, the minister said."
    )
    found = by_parties(run(nlp, text, people=PEOPLE, officials=OFFICIALS))
    belize = found[frozenset({"United States", "Belize"})]
    assert sorted(belize.signed_by) == ["Dana Whitfield", "Oscar Brannigan"]
    assert found[frozenset({"United States", "Panama"})].signed_by == []


def test_a_correction_naming_who_signed_gives_the_signer(nlp) -> None:
    text = (
        "Correction: A report on Monday misidentified the Belizean official who signed her country's "
        "asylum cooperation agreement with the United States on Friday; it was Interior Minister "
        "Oscar Brannigan, not Security Minister Tomas Ibarra."
    )
    (a,) = run(nlp, text, people=PEOPLE, officials=OFFICIALS)
    assert a.signatories == ["United States", "Belize"]
    assert a.signed_by == ["Oscar Brannigan"]


def test_it_was_without_a_correction_names_no_signer(nlp) -> None:
    text = (
        "The official who signed the asylum cooperation agreement between Belize and the United States "
        "said it was Friday, a good day."
    )
    (a,) = run(nlp, text)
    assert a.signed_by == []


def test_each_refers_back_to_the_countries_listed_before(nlp) -> None:
    text = (
        "The United States once helped Belize, Panama and Costa Rica. In May it cut aid to the three countries. "
        "In June, after each had signed an asylum cooperation agreement with Washington, it restored the aid."
    )
    found = run(nlp, text)
    assert {frozenset(a.signatories) for a in found} == {
        frozenset({"United States", c}) for c in ("Belize", "Panama", "Costa Rica")
    }


def test_each_after_named_people_is_no_country_list(nlp) -> None:
    from kg.extract.parties import CountryMemory, countries_in, names

    memory = CountryMemory()
    memory.update(countries_in("Belize, Panama and Costa Rica were named."))
    assert names(countries_in("Brannigan and Whitfield each signed the memorandum.", memory)) == []


def test_signing_plural_agreements_with_the_us_in_their_phrase_is_one_per_country(nlp) -> None:
    text = (
        "The ministry said it would release aid to Belize, Panama and Costa Rica, rewarding the three "
        "governments for signing agreements that let the United States send asylum seekers to their territory."
    )
    found = run(nlp, text)
    assert {frozenset(a.signatories) for a in found} == {
        frozenset({"United States", c}) for c in ("Belize", "Panama", "Costa Rica")
    }
    assert {a.type for a in found} == {"other"}  # "agreements that let ... send asylum seekers": no kind word


@pytest.mark.parametrize(
    "text",
    [
        "Belize and Panama signed agreements on fishing rights with each other.",
        "Belize and Panama have not signed agreements with the United States.",
        "Belize and Panama want to sign agreements with the United States.",
    ],
)
def test_plural_agreements_not_signed_or_not_with_the_us_are_none(nlp, text: str) -> None:
    assert run(nlp, text) == []


def test_the_two_countries_after_one_named_country_are_it_and_the_us(nlp) -> None:
    text = (
        "The focus is Belize. Since March, DHS has sent 30 people there under the asylum cooperation "
        "agreement the two countries signed in January."
    )
    (a,) = run(nlp, text)
    assert a.signatories == ["United States", "Belize"]


def test_the_two_countries_without_the_us_in_the_sentence_stay_unresolved(nlp) -> None:
    text = (
        "The focus is Belize. People were sent there under the asylum cooperation "
        "agreement the two countries signed in January."
    )
    assert run(nlp, text) == []


# Other regions and parties (sentences written for these tests).


def test_agreement_words_beyond_the_episode(nlp) -> None:
    (a,) = run(nlp, "The EU-Turkey statement, agreed in Brussels on 18 March 2016, commits Turkey to take back migrants.")
    assert (a.type, set(a.signatories), a.date) == ("joint declaration", {"European Union", "Turkey"}, "2016-03-18")
    (b,) = run(nlp, "Spain and Ghana signed a migration protocol in Accra on Tuesday.")
    assert (b.type, b.signatories) == ("other", ["Spain", "Ghana"])
    (c,) = run(nlp, "Britain and France signed a new partnership on Channel crossings on Friday.")
    assert (c.type, c.signatories) == ("other", ["United Kingdom", "France"])
    (d,) = run(nlp, "Italy signed a memorandum of understanding with the European Union in July.")
    assert (d.type, d.signatories) == ("memorandum of cooperation", ["Italy", "European Union"])


def test_a_joint_press_statement_is_no_agreement(nlp) -> None:
    assert run(nlp, "Ghana's foreign ministry and the German embassy said in a joint statement that talks would continue.") == []


def test_one_party_is_no_agreement(nlp) -> None:
    assert run(nlp, "Turkey signed the deal on Friday.") == []


def test_countries_that_signed_before_have_their_own_agreements(nlp) -> None:
    text = "Ghana became the third country, after Cameroon and India, to sign a readmission agreement with Germany."
    assert {frozenset(a.signatories) for a in run(nlp, text)} == {
        frozenset({"Germany", c}) for c in ("Ghana", "Cameroon", "India")
    }
    # not a country that merely did something before: no comma, no precedent
    (a,) = run(nlp, "Arrivals fell after Spain and Ghana signed a migration protocol in Accra.")
    assert set(a.signatories) == {"Spain", "Ghana"}


def test_a_multilateral_pact_in_apposition_stays_one(nlp) -> None:
    text = "In Brussels the EU signed the MOC, the first ever multilateral compact on returns, with Ghana, Cameroon and India."
    (a,) = run(nlp, text)
    assert set(a.signatories) == {"European Union", "Ghana", "Cameroon", "India"}


def test_both_signers_of_a_coordination_sign(nlp) -> None:
    officials = [Official("Hans Vogel", "Secretary", "Germany", _E), Official("Kwame Mensah", "Minister of the Interior", "Ghana", _E)]
    people = {"Hans Vogel": "Hans Vogel", "Kwame Mensah": "Kwame Mensah"}
    text = "Acting Secretary Hans Vogel and Interior Minister Kwame Mensah signed a readmission agreement between Germany and Ghana on Monday."
    (a,) = run(nlp, text, officials=officials, people=people)
    assert set(a.signatories) == {"Germany", "Ghana"}
    assert a.signed_by == ["Hans Vogel", "Kwame Mensah"]


def test_the_counterpart_is_the_government_the_article_follows(nlp) -> None:
    # "Brussels" names the EU's government: Turkey's memorandum is with the EU, and so is
    # Ghana's, which followed suit
    text = (
        "Brussels has pushed hard for deals on departures. "
        "Turkey's interior minister signed the memorandum of understanding in Ankara in July, and Ghana followed suit."
    )
    found = {frozenset(a.signatories): a for a in run(nlp, text, date="2023-08-01")}
    assert set(found) == {frozenset({"European Union", "Turkey"}), frozenset({"European Union", "Ghana"})}
    assert {a.type for a in found.values()} == {"memorandum of cooperation"}


def test_the_states_that_signed_before_signed_with_the_same_partner(nlp) -> None:
    text = (
        "Belize became on Thursday the third country of the so-called Central American isthmus group to "
        "sign with the United States an asylum cooperation agreement, after Panama and Costa Rica."
    )
    assert {frozenset(a.signatories) for a in run(nlp, text)} == {
        frozenset({"United States", c}) for c in ("Belize", "Panama", "Costa Rica")
    }


def test_a_signer_of_all_three_agreements_signed_each(nlp) -> None:
    text = (
        "The United States concluded asylum cooperation agreements with Belize, Panama and Costa Rica last year. "
        "Secretary Dana Whitfield signed all three agreements on behalf of the United States."
    )
    found = run(nlp, text, people=PEOPLE, officials=OFFICIALS)
    assert len(found) == 3
    assert all(a.signed_by == ["Dana Whitfield"] for a in found)


def test_a_signer_of_all_three_listed_by_state_signed_each(nlp) -> None:
    text = (
        "The United States signed asylum cooperation agreements with Belize, Panama and Costa Rica in 2019. "
        "Secretary Dana Whitfield signed all three within two months: with Belize on May 3, with Panama on "
        "June 9 and with Costa Rica on July 1."
    )
    found = run(nlp, text, people=PEOPLE, officials=OFFICIALS)
    assert len(found) == 3
    assert all(a.signed_by == ["Dana Whitfield"] for a in found)
