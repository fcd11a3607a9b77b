"""Agreements named together or by reference to the article's main party: a colon's list of
states after signed agreements, a definite plural whatever its verb's tense, a capitalised
plural kind, a plural in a clause of its own, "similar to one signed with X", a deal named
with all its parties, an instrument signed in another month, and signers the parser hung
oddly ("A and B's minister, C, signed ...", "signed by X and Y, which ...").

Invented texts with states and people of no gold article.
"""

from __future__ import annotations

from kg.extract import extract_article
from kg.facts import Article


def facts(nlp, text: str, date: str = "2022-10-14"):
    return extract_article(Article(id="t", source="t.txt", text=text, date=date), nlp)


def pairs(nlp, text: str) -> set[frozenset[str]]:
    return {frozenset(a.signatories) for a in facts(nlp, text).agreements}


HUB = "Canberra has made resettlement its priority. Australia's home affairs minister visited the region twice. "


def test_states_listed_after_a_colon(nlp):
    text = HUB + (
        "The minister praised the governments for agreements signed this year under which Australia "
        "could resettle refugees: Fiji in March, Samoa on June 4 and Tonga on August 9."
    )
    found = pairs(nlp, text)
    for state in ("Fiji", "Samoa", "Tonga"):
        assert frozenset({"Australia", state}) in found, found


def test_definite_plural_exists_whatever_its_tense(nlp):
    text = HUB + "Canberra has begun terminating the resettlement agreements with Fiji, Samoa and Tonga."
    found = pairs(nlp, text)
    for state in ("Fiji", "Samoa", "Tonga"):
        assert frozenset({"Australia", state}) in found, found


def test_plural_in_a_clause_of_its_own_is_with_the_signer(nlp):
    text = (
        "The Australian government on Wednesday signed an agreement with Tonga, completing a set "
        "of so-called asylum cooperation agreements with Fiji, Samoa and Tonga."
    )
    found = pairs(nlp, text)
    assert frozenset({"Samoa", "Tonga"}) not in found and frozenset({"Fiji", "Tonga"}) not in found, found
    assert frozenset({"Australia", "Fiji"}) in found, found


def test_capitalised_plural_kind_is_one_each(nlp):
    text = HUB + (
        "Australia and Tonga signed an Asylum Cooperation Agreement on Monday. Monday's signing follows "
        "the Asylum Cooperation Agreements concluded with Fiji on March 2 and with Samoa on June 4."
    )
    found = pairs(nlp, text)
    assert frozenset({"Australia", "Fiji"}) in found and frozenset({"Australia", "Samoa"}) in found, found


def test_similar_to_one_signed_with_is_the_hubs(nlp):
    text = HUB + (
        "Australia and Samoa signed a resettlement agreement on Friday. "
        "The agreement is similar to one signed with Fiji in March."
    )
    found = pairs(nlp, text)
    assert frozenset({"Australia", "Fiji"}) in found and frozenset({"Samoa", "Fiji"}) not in found, found


def test_deal_named_with_all_its_parties_stays_apart(nlp):
    text = (
        "Chile and Peru signed a joint declaration on migration on Friday. A senator warned that "
        "the move could endanger the Chile-Peru-Bolivia trade agreement, which Congress has yet to ratify."
    )
    kinds = {frozenset(a.signatories): a.type for a in facts(nlp, text).agreements}
    assert kinds.get(frozenset({"Chile", "Peru"})) == "joint declaration", kinds
    assert frozenset({"Chile", "Peru", "Bolivia"}) in kinds, kinds


def test_signing_in_another_month_is_another_instrument(nlp):
    text = (
        'Chile and Peru signed a so-called "safe third country" agreement on July 26. '
        "Chile's interior minister has travelled to Lima often. In May, he signed a memorandum of "
        "cooperation in Lima on police training."
    )
    kinds = [a.type for a in facts(nlp, text).agreements if set(a.signatories) == {"Chile", "Peru"}]
    assert "safe third country agreement" in kinds, kinds


def test_second_signer_of_a_verbless_name_group(nlp):
    text = (
        "Interior Minister Julia Montes and Peru's Minister of the Interior, Raúl Quispe Torres, "
        "signed on Thursday in Santiago a memorandum of understanding on border cooperation between Chile and Peru."
    )
    signers = [a.signed_by for a in facts(nlp, text).agreements]
    assert signers and "Raúl Quispe" in " ".join(signers[0]) and "Julia Montes" in signers[0], signers


def test_signers_after_a_bare_by(nlp):
    text = (
        "President Luis Arce met President Gabriel Boric in Santiago on Tuesday. The two leaders discussed "
        "the Migration Agreement signed last week by Chilean Interior Minister Julia Montes and Bolivian "
        "Minister of Government Eduardo Salas Vera, which will strengthen Bolivia's capacity to receive "
        "returnees and help end irregular crossings."
    )
    signers = [a.signed_by for a in facts(nlp, text, "2022-10-12").agreements]
    assert signers and "Julia Montes" in signers[0] and len(signers[0]) == 2, signers


def test_similar_arrangements_reached_are_made_and_alike(nlp):
    text = (
        "Palau signed an arrangement with Australia on Monday to take in asylum seekers deported from Australia. "
        "Local media reported that Canberra had reached similar arrangements with Nauru and Tuvalu."
    )
    kinds = {frozenset(a.signatories): a.type for a in facts(nlp, text).agreements}
    assert kinds.get(frozenset({"Australia", "Nauru"})) == "other", kinds
    assert kinds.get(frozenset({"Australia", "Tuvalu"})) == "other", kinds


def test_similar_arrangements_only_sought_are_none(nlp):
    text = (
        "Palau signed an arrangement with Australia on Monday to take in asylum seekers deported from Australia. "
        "Canberra is seeking similar arrangements with Nauru and Tuvalu."
    )
    found = {frozenset(a.signatories) for a in facts(nlp, text).agreements}
    assert frozenset({"Australia", "Nauru"}) not in found, found


def test_plural_made_deals_with_a_list_in_their_own_clause_are_one_each(nlp):
    text = (
        "The Canadian government has suspended agreements struck by Stephen Harper that allowed Canada "
        "to send asylum seekers to Ecuador, El Salvador and Costa Rica, in a reversal of his policies."
    )
    assert pairs(nlp, text) == {
        frozenset({"Canada", "Ecuador"}), frozenset({"Canada", "El Salvador"}), frozenset({"Canada", "Costa Rica"})
    }


def test_plural_deals_only_proposed_with_a_list_in_their_clause_are_none(nlp):
    text = "Ottawa has proposed agreements that would allow Canada to send asylum seekers to Ecuador, Peru and Bolivia."
    assert pairs(nlp, text) == set()


def test_a_pact_with_two_states_is_also_the_main_partys(nlp):
    text = (
        "Australia's prime minister said on Monday that Canberra would press ahead with its Pacific plan. "
        "The Australian government has spent heavily in the region. Critics warned the dispute could derail "
        "the new trade pact with Fiji and Samoa that the three countries signed last year."
    )
    assert pairs(nlp, text) == {frozenset({"Australia", "Fiji", "Samoa"})}


def test_a_further_partner_after_a_list_is_no_shared_party(nlp):
    text = "Norway has also concluded migration partnerships with Serbia, Albania and Kosovo, as well as with Nepal in 2018."
    assert pairs(nlp, text) == {frozenset({"Norway", p}) for p in ("Serbia", "Albania", "Kosovo", "Nepal")}


def test_a_clause_on_the_partner_names_no_party_of_the_main_one(nlp):
    text = (
        "The Danish government wants to open a return hub in Rwanda. Denmark's minister said on Monday the plan "
        "would be ready in a year. The plan is modelled in part on Spain's protocol with Senegal, under which "
        "Spain processes asylum claims in two centres on Senegalese soil."
    )
    assert pairs(nlp, text) == {frozenset({"Spain", "Senegal"})}


def test_an_agreement_reached_by_the_two_ministers_is_of_their_states(nlp):
    text = (
        "Austrian Interior Minister Gerhard Karner held talks in Oslo on Monday with his Norwegian counterpart, "
        "Emilie Mehl. Under the agreement reached by the two ministers, police officers will exchange fingerprints "
        "within 30 days. Vienna has also asked Serbia, Albania and Kosovo to take back their nationals faster."
    )
    assert pairs(nlp, text) == {frozenset({"Austria", "Norway"})}


def test_states_that_followed_in_a_year_made_the_same_deal(nlp):
    text = (
        "Sweden was not the first country Finland turned to. The first labour agreement was signed with Estonia "
        "on March 2, 1957. Latvia and Poland followed in 1961. Finland later recruited nurses from the Philippines."
    )
    assert pairs(nlp, text) == {frozenset({"Finland", p}) for p in ("Estonia", "Latvia", "Poland")}
