"""Who signed an agreement: the people the text says signed it, not leaders who only agreed,
reached or announced it, nor those who watched (GUIDELINES: ``signed_by``).

Invented texts with states, people and posts of no gold article.
"""

from __future__ import annotations

import pytest
from conftest import agreements_in

from kg.facts import Article, Evidence, Official


def _officials(*triples: tuple[str, str, str]) -> list[Official]:
    return [Official(name=n, role=r, country=c, evidence=Evidence("", 0, 0)) for n, r, c in triples]



LEADERS = _officials(
    ("Ingrid Dahl", "Prime Minister", "Norway"), ("Joseph Banda", "President", "Zambia"),
    ("Erik Lund", "Minister of Justice", "Norway"), ("Grace Phiri", "Minister of Home Affairs", "Zambia"),
)
CHILEAN = _officials(
    ("Carla Rojas", "President", "Chile"), ("Akira Sato", "Prime Minister", "Japan"),
)


@pytest.mark.parametrize(
    ("text", "officials"),
    [
        ("Norwegian Prime Minister Ingrid Dahl and Zambian President Joseph Banda on Friday agreed a "
         "pilot scheme under which Norway will return some migrants to Zambia.", LEADERS),
        ("Chilean President Carla Rojas and Japanese Prime Minister Akira Sato reached an agreement "
         "on seasonal workers between Chile and Japan on Monday.", CHILEAN),
    ],
)
def test_leaders_who_agreed_a_deal_signed_nothing(nlp, text: str, officials) -> None:
    found = agreements_in(nlp, text, officials)
    assert found and all(a.signed_by == [] for a in found)


@pytest.mark.parametrize(
    ("text", "officials", "signers"),
    [
        ("Norwegian Justice Minister Erik Lund and Zambian Home Affairs Minister Grace Phiri signed a "
         "memorandum of understanding on returns in Oslo on Monday.", LEADERS, {"Erik Lund", "Grace Phiri"}),
        ("Chilean President Carla Rojas and Japanese Prime Minister Akira Sato signed a labour "
         "mobility agreement between Chile and Japan on Monday.", CHILEAN, {"Carla Rojas", "Akira Sato"}),
    ],
)
def test_people_who_signed_are_signers(nlp, text: str, officials, signers: set[str]) -> None:
    found = agreements_in(nlp, text, officials)
    assert [set(a.signed_by) for a in found] == [signers]


KENYAN = _officials(("Ruth Wanjiru", "Minister of Labour", "Kenya"), ("Khalid Al-Thani", "Minister of Labour", "Qatar"))
GHANAIAN = _officials(("Kofi Mensah", "Minister of the Interior", "Ghana"), ("Hans Berg", "Minister of Justice", "Sweden"))


@pytest.mark.parametrize(
    ("text", "officials", "signers"),
    [
        ("Labour Minister Ruth Wanjiru and Qatari Labour Minister Khalid Al-Thani signed the memorandum of "
         "understanding in Doha on Tuesday, making Kenya the first country to formalize such a deal with Qatar.",
         KENYAN, {"Ruth Wanjiru", "Khalid Al-Thani"}),
        ("Interior Minister Kofi Mensah and Swedish Justice Minister Hans Berg signed a readmission agreement "
         "in Accra, making Ghana the second African state to sign one with Sweden.",
         GHANAIAN, {"Kofi Mensah", "Hans Berg"}),
    ],
)
def test_the_first_country_to_sign_is_a_signing_not_a_plan(nlp, text: str, officials, signers: set[str]) -> None:
    found = agreements_in(nlp, text, officials)
    assert signers in [set(a.signed_by) for a in found]


PACIFIC = _officials(
    ("Helen Clarke", "Prime Minister", "New Zealand"), ("Taneti Maamau", "President", "Kiribati"),
    ("Luis Ortega", "President", "Paraguay"), ("Ana Duarte", "President", "Uruguay"),
)


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        ("New Zealand will offer residency to citizens of Kiribati under a treaty. New Zealand Prime Minister "
         "Helen Clarke and her Kiribati counterpart Taneti Maamau signed the Te Moana Union on Thursday "
         "in Suva, the capital of Fiji.", {"Helen Clarke", "Taneti Maamau"}),
        ("Paraguay will admit seasonal workers from Uruguay under a new accord. Paraguayan President Luis "
         "Ortega and his Uruguayan counterpart Ana Duarte signed the Asuncion Charter on Monday in Brasilia, "
         "the capital of Brazil.", {"Luis Ortega", "Ana Duarte"}),
    ],
)
def test_signers_of_a_named_deal_sign_the_deal_of_their_states(nlp, text: str, signers: set[str]) -> None:
    found = agreements_in(nlp, text, PACIFIC)
    assert [set(a.signed_by) for a in found] == [signers]


SPANISH = _officials(
    ("Marta Ruiz", "Prime Minister", "Portugal"), ("Amadou Diallo", "President", "Senegal"),
    ("Rui Costa", "Minister of the Interior", "Portugal"), ("Fatou Sow", "Minister of Foreign Affairs", "Senegal"),
)


@pytest.mark.parametrize(
    "text",
    [
        "Ruiz held talks with President Amadou Diallo at the presidential palace before ministers from "
        "both governments signed the memorandum of understanding between Portugal and Senegal.",
        "Prime Minister Marta Ruiz met Senegalese President Amadou Diallo in Dakar on Monday after officials "
        "of both countries signed a labour migration agreement between Portugal and Senegal.",
    ],
)
def test_leaders_at_talks_around_a_signing_by_others_are_no_signers(nlp, text: str) -> None:
    found = agreements_in(nlp, text, SPANISH)
    assert found and all(not set(a.signed_by) & {"Marta Ruiz", "Amadou Diallo"} for a in found)


@pytest.mark.parametrize(
    "text",
    [
        "Since 2010, Chile has sent farm workers to Peru under the Chile-Peru Economic Partnership Agreement, "
        "which was signed in Lima in 2006. In 2021 Chile and Peru signed a memorandum of understanding on "
        "seasonal workers.",
        "Ghanaian nurses have worked in Norway since 2012 under the Norway-Ghana Health Cooperation Agreement, "
        "signed in Accra in 2011. On Monday, Norway and Ghana signed a memorandum of understanding on the "
        "recruitment of caregivers.",
    ],
)
def test_a_deal_called_by_its_name_is_not_a_later_memorandum(nlp, text: str) -> None:
    kinds = sorted(a.type for a in agreements_in(nlp, text, []))
    assert kinds == ["memorandum of cooperation", "other"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya and Qatar signed a labour agreement on Monday. Kenyan President Daniel Mwangi has ordered the "
         "labour ministry to study a similar arrangement with Oman, his office said.", {frozenset({"Kenya", "Qatar"})}),
        ("Chile and Peru signed a memorandum on seasonal work in May. Peru is also considering a similar "
         "memorandum with Bolivia.", {frozenset({"Chile", "Peru"})}),
    ],
)
def test_a_deal_only_studied_or_considered_is_none(nlp, text: str, expected) -> None:
    assert {frozenset(a.signatories) for a in agreements_in(nlp, text, [])} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana and Norway sign a labour agreement. Ghana became on Friday the latest African country to sign "
         "a migration agreement with Norway, after Kenya did so in July.",
         {frozenset({"Ghana", "Norway"}), frozenset({"Norway", "Kenya"})}),
        ("Chile became on Monday the third South American country to sign a labour mobility agreement with "
         "Spain, after Peru and Bolivia did so last year.",
         {frozenset({"Chile", "Spain"}), frozenset({"Spain", "Peru"}), frozenset({"Spain", "Bolivia"})}),
    ],
)
def test_who_did_so_before_has_an_agreement_of_its_own(nlp, text: str, expected) -> None:
    assert {frozenset(a.signatories) for a in agreements_in(nlp, text, [])} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway's justice ministry said Norway has sent 40 people to Ghana under the memorandum Norway signed "
         "with Ghana in May. Memoranda with Kenya and Uganda, signed in June, are not yet in force.",
         {frozenset({"Norway", "Ghana"}), frozenset({"Norway", "Kenya"}), frozenset({"Norway", "Uganda"})}),
        ("Canada's ministry said Canada has sent 40 people to Chile under the agreement Canada signed with Chile "
         "in May. Agreements with Peru and Bolivia, signed in June, have not yet been put into effect.",
         {frozenset({"Canada", "Chile"}), frozenset({"Canada", "Peru"}), frozenset({"Canada", "Bolivia"})}),
        ("Canada's ministry said Canada has sent 40 people to Chile under the agreement Canada signed with Chile "
         "in May. Agreements with Peru and Bolivia have not yet been put into effect.",
         {frozenset({"Canada", "Chile"})}),
    ],
)
def test_agreements_with_states_signed_exist_whatever_their_clause_says(nlp, text: str, expected) -> None:
    assert {frozenset(a.signatories) for a in agreements_in(nlp, text, [])} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SEPT 20 - Ghana signs an asylum agreement with Norway.\n\nSEPT 25 - Kenya follows, on the sidelines of "
         "the U.N. General Assembly in New York.", {frozenset({"Ghana", "Norway"}), frozenset({"Norway", "Kenya"})}),
        ("Chile signed a labour mobility agreement with Spain in May. Peru followed.",
         {frozenset({"Chile", "Spain"}), frozenset({"Spain", "Peru"})}),
        ("Chile signed a labour mobility agreement with Spain in May. Peru followed the talks closely.",
         {frozenset({"Chile", "Spain"})}),
    ],
)
def test_a_state_that_follows_signs_the_same_agreement(nlp, text: str, expected) -> None:
    assert {frozenset(a.signatories) for a in agreements_in(nlp, text, [])} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Denmark signed a prison lease treaty with Kosovo in April. Danish officials point to a similar "
         "arrangement the Netherlands had with Norway between 2015 and 2018.",
         {frozenset({"Denmark", "Kosovo"}), frozenset({"Netherlands", "Norway"})}),
        ("Australia signed a treaty with Tuvalu on Thursday. The arrangement has been compared with the compacts "
         "of free association the United States has with Palau and the Marshall Islands.",
         {frozenset({"Australia", "Tuvalu"}), frozenset({"United States", "Palau"}),
          frozenset({"United States", "Marshall Islands"})}),
        ("Spain signed a migration agreement with Senegal on Monday. It resembles the accord that Italy concluded with "
         "Tunisia in 2023.", {frozenset({"Spain", "Senegal"}), frozenset({"Italy", "Tunisia"})}),
    ],
)
def test_a_relative_clause_gives_its_agreements_parties(nlp, text: str, expected) -> None:
    assert {frozenset(a.signatories) for a in agreements_in(nlp, text, [])} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On the sidelines of Monday's meeting, ministers from Portugal, Croatia and Slovenia, the so-called "
         "Adriatic group, signed a joint declaration calling for more EU money.",
         {frozenset({"Portugal", "Croatia", "Slovenia"})}),
        ("Officials from Kenya, Uganda and Rwanda signed a regional memorandum on labour migration in Nairobi.",
         {frozenset({"Kenya", "Uganda", "Rwanda"})}),
        ("Migrants from Kenya and Uganda arrive in Norway under a new memorandum signed by Norway and Qatar.",
         {frozenset({"Norway", "Qatar"})}),
    ],
)
def test_the_states_ministers_come_from_are_parties(nlp, text: str, expected) -> None:
    assert {frozenset(a.signatories) for a in agreements_in(nlp, text, [])} == expected


@pytest.mark.parametrize(
    ("text", "signers"),
    [
        ("Norwegian Prime Minister Ingrid Dahl was in Lusaka on Wednesday. She met with ministers from Zambia and "
         "Malawi, and on Thursday they signed a regional memorandum of cooperation on smuggling.", {"Ingrid Dahl"}),
        ("Chilean President Carla Rojas met Japanese Prime Minister Akira Sato in Tokyo, and they signed a labour "
         "mobility agreement between Chile and Japan.", {"Carla Rojas", "Akira Sato"}),
    ],
)
def test_they_who_signed_are_the_people_named_before(nlp, text: str, signers: set[str]) -> None:
    found = agreements_in(nlp, text, LEADERS + CHILEAN)
    assert [set(a.signed_by) for a in found] == [signers]


@pytest.mark.parametrize(
    ("text", "officials", "expected"),
    [
        ("On Monday, Justice Minister Erik Lund met his Zambian counterpart, Grace Phiri, the minister of home "
         "affairs, in Lusaka. The two signed a joint statement on returns.", LEADERS,
         [("joint declaration", {"Norway", "Zambia"}, {"Erik Lund", "Grace Phiri"})]),
        ("Chilean President Carla Rojas received Japanese Prime Minister Akira Sato in Santiago on Friday. "
         "The two signed a memorandum of understanding on seasonal workers.", CHILEAN,
         [("memorandum of cooperation", {"Chile", "Japan"}, {"Carla Rojas", "Akira Sato"})]),
    ],
)
def test_the_two_who_signed_are_the_two_people_just_named(nlp, text: str, officials, expected) -> None:
    assert [(a.type, set(a.signatories), set(a.signed_by)) for a in agreements_in(nlp, text, officials)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway and Ghana signed a returns pact on Monday, while Sweden and Kenya stayed away.",
         {frozenset({"Norway", "Ghana"})}),
        ("Chile and Peru signed a memorandum on seasonal work in May, although Bolivia and Ecuador protested.",
         {frozenset({"Chile", "Peru"})}),
        ("The plan is modelled on Spain's protocol with Senegal, under which Spain processes asylum claims in "
         "two centres.", {frozenset({"Spain", "Senegal"})}),
    ],
)
def test_states_of_a_clause_of_their_own_are_no_parties(nlp, text: str, expected) -> None:
    assert {frozenset(a.signatories) for a in agreements_in(nlp, text, [])} == expected


def test_the_people_a_copula_names_for_the_signers_signed(nlp) -> None:
    from kg.extract import Context
    from kg.extract.agreements import extract_agreements
    from kg.facts import Article

    text = (
        "Belize, Panama and Costa Rica signed a memorandum of cooperation with the United States on Monday. "
        "The ministers who signed were Rosa Quintero of Belize, Tomas Adair of Panama and Miguel Torres of Costa Rica."
    )
    article = Article(id="t", source="t.txt", text=text, date="2020-01-11")
    found = extract_agreements(nlp(text), Context(article=article, people={}, officials=[]))
    signed = {s for a in found for s in a.signed_by}
    assert signed == {"Rosa Quintero", "Tomas Adair", "Miguel Torres"}


BELIZE = _officials(
    ("Dana Whitfield", "Secretary of Homeland Security", "United States"),
    ("Oscar Brannigan", "Minister of Foreign Affairs", "Belize"), ("Lena Marsh", "President", "Belize"),
    ("Rita Cole", "Minister of Security", "Belize"),
)


def test_people_with_whom_a_signing_is_looked_on_are_no_signers(nlp) -> None:
    text = (
        "Secretary Dana Whitfield and Belizean minister Oscar Brannigan signed an asylum cooperation agreement "
        "in New York on Monday, with President Lena Marsh looking on."
    )
    (a,) = agreements_in(nlp, text, BELIZE)
    assert sorted(a.signed_by) == ["Dana Whitfield", "Oscar Brannigan"]


def test_a_memorandum_other_people_signed_on_the_same_occasion_is_another_agreement(nlp) -> None:
    text = (
        "In New York, the Belizean foreign minister, Oscar Brannigan, and the Secretary of Homeland Security, "
        "Dana Whitfield, signed the Agreement between the Government of Belize and the Government of the "
        "United States for Cooperation in Protection Claims. On the same occasion, the security minister, "
        "Rita Cole, and Secretary Whitfield signed a Memorandum of Cooperation on biometric data."
    )
    found = {a.type: a for a in agreements_in(nlp, text, BELIZE)}
    assert sorted(found["memorandum of cooperation"].signed_by) == ["Dana Whitfield", "Rita Cole"]
    assert len(found) == 2


def test_a_leader_who_only_pressed_for_the_signing_did_not_sign(nlp) -> None:
    text = (
        "The agreement was signed on Monday by Secretary Dana Whitfield and Belizean minister Oscar Brannigan, "
        "under heavy pressure from President Lena Marsh."
    )
    found = agreements_in(nlp, "Belize signed an asylum cooperation agreement with the United States. " + text, BELIZE)
    assert sorted(s for a in found for s in a.signed_by) == ["Dana Whitfield", "Oscar Brannigan"]


def test_a_pronoun_coordinated_with_a_signer_is_the_person_named_before(nlp) -> None:
    text = (
        "Belize signed an asylum cooperation agreement with the United States in July. It was not the first "
        "document Oscar Brannigan had signed with Washington. On 3 May in Belmopan he and Whitfield signed "
        "a memorandum of cooperation on border policing."
    )
    found = {a.type: a for a in agreements_in(nlp, text, BELIZE)}
    assert sorted(found["memorandum of cooperation"].signed_by) == ["Dana Whitfield", "Oscar Brannigan"]


def test_the_two_men_are_the_two_people_named_before(nlp) -> None:
    text = (
        "Belize signed an asylum cooperation agreement with the United States in July. It is the second "
        "document that Oscar Brannigan and Dana Whitfield have signed this year. On 3 May, in Belmopan, the "
        "two men signed a memorandum of cooperation on border policing."
    )
    found = {a.type: a for a in agreements_in(nlp, text, BELIZE)}
    assert sorted(found["memorandum of cooperation"].signed_by) == ["Dana Whitfield", "Oscar Brannigan"]


def test_three_leaders_each_signing_for_their_state_sign_one_memorandum(nlp) -> None:
    leaders = _officials(
        ("Ana Ruiz", "President", "Chile"), ("Luis Vega", "Prime Minister", "Peru"), ("Juan Mora", "President", "Bolivia"),
    )
    text = (
        "BRIEF, November 3 (Wire) - Chilean President Ana Ruiz, Peruvian Prime Minister Luis Vega and Bolivian "
        "President Juan Mora signed a memorandum of cooperation in Arica on Wednesday on border controls."
    )
    found = agreements_in(nlp, text, leaders)
    assert [set(a.signatories) for a in found] == [{"Chile", "Peru", "Bolivia"}]
    assert sorted(found[0].signed_by) == ["Ana Ruiz", "Juan Mora", "Luis Vega"]


RECALLED = _officials(
    ("Erik Lund", "Minister of Justice", "Norway"), ("Grace Phiri", "Minister of Home Affairs", "Zambia"),
)


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Zambia signed a readmission agreement on Friday. Critics in Oslo said the agreement was "
        "rushed. Lund has visited Lusaka often; in March he signed a memorandum of understanding with Zambia "
        "on police training. Justice Minister Erik Lund and Home Affairs Minister Grace Phiri signed the "
        "agreement at the foreign ministry.",
        "Zambia will take back its nationals from Norway under a readmission agreement the two states "
        "signed on Friday. Rights groups criticised the agreement. In 2019, Norway signed a memorandum of "
        "understanding with Zambia on police training. Norwegian Justice Minister Erik Lund and Zambian Home "
        "Affairs Minister Grace Phiri signed the deal in Oslo.",
    ],
)
def test_the_agreement_signed_is_the_main_deal_not_a_memorandum_recalled_in_passing(nlp, text: str) -> None:
    found = {a.type: set(a.signed_by) for a in agreements_in(nlp, text, RECALLED)}
    assert found.get("readmission agreement", found.get("other")) == {"Erik Lund", "Grace Phiri"}
    assert not found.get("memorandum of cooperation")


@pytest.mark.parametrize(
    "text",
    [
        "The asylum cooperation agreement was signed in New York on Monday by Secretary Dana Whitfield "
        "and Belizean minister Oscar Brannigan, with President Lena Marsh at their side.",
        "The asylum cooperation agreement was signed in New York on Monday, where Secretary Dana Whitfield "
        "and Belizean minister Oscar Brannigan signed it as President Lena Marsh watched.",
    ],
)
def test_a_leader_at_the_signers_side_or_watching_is_no_signer(nlp, text: str) -> None:
    found = agreements_in(nlp, text, BELIZE)
    assert [sorted(a.signed_by) for a in found] == [["Dana Whitfield", "Oscar Brannigan"]]


def test_the_agreement_signed_gives_the_parties_a_first_mention_lacked(nlp) -> None:
    text = (
        "He was the first man sent there under the asylum cooperation agreement that Washington had "
        "pressed on the Belizean government that summer. The agreement was signed on July 26 in "
        "Washington by the secretary of homeland security, Dana Whitfield, and Belize's foreign "
        "minister, Oscar Brannigan."
    )
    found = agreements_in(nlp, text, BELIZE)
    assert [(sorted(a.signatories), sorted(a.signed_by)) for a in found] == [
        (["Belize", "United States"], ["Dana Whitfield", "Oscar Brannigan"])]
