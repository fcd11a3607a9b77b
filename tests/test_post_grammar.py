"""The grammar of posts for any government: "<Head> of/for <Portfolio>", "<Portfolio> <Head>",
"<State>'s <post>", junior posts, a post another state names its own way.

Sentences are written for the test (people invented, states and bodies real), in the forms
outlets outside the 2019 episode use.
"""

from __future__ import annotations

import pytest

from conftest import official_posts_in
from kg.extract.roles import parse_title


def posts(nlp, text: str) -> set[tuple[str, str | None, str | None]]:
    return official_posts_in(nlp, text, "2022-05-01")


@pytest.mark.parametrize(("phrase", "role", "country"), [
    # "Home Minister": the home affairs portfolio, as "Interior Minister" is the interior's
    ("Malaysian Home Minister", "Minister of Home Affairs", "Malaysia"),
    # the text's spelling of a portfolio is kept
    ("defence minister", "Minister of Defence", None),
    ("Defense Minister", "Minister of Defense", None),
    # a head whose posts take their field after "for"
    ("Interior Cabinet Secretary", "Cabinet Secretary for the Interior", None),
    # a junior minister is a Minister of State, the field after "for"
    ("Uganda's junior foreign minister", "Minister of State for Foreign Affairs", "Uganda"),
    ("junior interior minister", "Minister of State for the Interior", None),
    # a possessive state inside a portfolio leaves its article; a portfolio no data lists
    # keeps the text's article
    ("permanent secretary of Uganda's Ministry of Foreign Affairs",
     "Permanent Secretary of the Ministry of Foreign Affairs", "Uganda"),
    ("Union minister for the office of Myanmar's State Counsellor",
     "Union Minister for the Office of the State Counsellor", "Myanmar"),
    # a demonym inside a body's name is part of the name; the head is spelt as written
    ("director-general of the Swedish Migration Agency", "Director-General of the Swedish Migration Agency", "Sweden"),
    ("army commander", "Commander of the Army", None),
    # a body's post that names its field does not take it twice
    ("the EU's High Representative for Foreign Affairs and Security Policy",
     "High Representative for Foreign Affairs and Security Policy", "European Union"),
    # a secretary of state with a field is another state's junior minister, not the US post;
    # the US department's bureaus keep it
    ("Secretary of State for Asylum and Migration", "Secretary of State for Asylum and Migration", None),
    ("Portugal's Secretary of State for Tourism", "Secretary of State for Tourism", "Portugal"),
    ("Secretary of State", "Secretary of State", "United States"),
    ("Assistant Secretary of State for Consular Affairs", "Assistant Secretary of State for Consular Affairs",
     "United States"),
    # a secretary whose kind is an adjective before it: no portfolio of that word
    ("executive secretary", "Executive Secretary", None),
    ("Parliamentary Secretary for Immigration", "Parliamentary Secretary for Immigration", None),
    ("Chief Secretary", "Chief Secretary", None),
])
def test_title_phrases(phrase, role, country):
    read = parse_title(phrase)
    assert read is not None and (read.role, read.country) == (role, country)


def test_a_counterpart_of_the_home_secretary_holds_the_interior(nlp):
    text = "The home secretary, Maria Lowe, and her Albanian counterpart, Arben Doci, signed a joint communique in London."
    assert posts(nlp, text) == {
        ("Maria Lowe", "Home Secretary", "United Kingdom"),
        ("Arben Doci", "Minister of the Interior", "Albania"),
    }


def test_home_minister_and_junior_minister_in_sentences(nlp):
    text = "Immigration Minister Tom Hale and Malaysian Home Minister Aziz Rahman signed the arrangement in Kuala Lumpur."
    assert ("Aziz Rahman", "Minister of Home Affairs", "Malaysia") in posts(nlp, text)
    text = "A day earlier, Uganda's junior foreign minister, Peter Odongo, told the AP that the country lacked facilities."
    assert posts(nlp, text) == {("Peter Odongo", "Minister of State for Foreign Affairs", "Uganda")}


@pytest.mark.parametrize(("text", "name", "role"), [
    # a title after "and" that opens with a state is one of its own: the name before the
    # conjunction is not swallowed into its portfolio
    ("On Wednesday in Banjul, Moreno and Gambian President Omar Jallow witnessed the signing.",
     "Omar Jallow", "President"),
    ("A year later, Keller and Georgia's interior minister Levan Kapanadze signed a migration agreement in Berlin.",
     "Levan Kapanadze", "Minister of the Interior"),
    # a nationality the tagger marks before the head is no portfolio
    # the one other state of the sentence is where the ambassador is posted
    ("The signing came weeks after Kuwait expelled Philippine Ambassador Jose Reyes over videos.",
     "Jose Reyes", "Ambassador to Kuwait"),
    # a post in a body every state has
    ("The president then met Parliament Speaker Karim Haddad and the army commander, General Elias Khoury.",
     "Karim Haddad", "Speaker of Parliament"),
    ("The president then met Parliament Speaker Karim Haddad and the army commander, General Elias Khoury.",
     "Elias Khoury", "Commander of the Army"),
])
def test_post_of_a_name_in_a_sentence(nlp, text, name, role):
    assert name in {n for n, _, _ in posts(nlp, text)}
    assert role == next(r for n, r, _ in posts(nlp, text) if n == name)


def test_a_conjunction_before_an_apposition_is_not_the_post(nlp):
    text = ("In Nouakchott, the European Commissioner for Home Affairs, Anna Berg, and Mauritania's interior "
            "minister, Sidi Ould Ahmed, signed a joint declaration.")
    found = posts(nlp, text)
    assert ("Anna Berg", "European Commissioner for Home Affairs", "European Union") in found
    assert ("Sidi Ould Ahmed", "Minister of the Interior", "Mauritania") in found


def test_a_portfolio_of_several_fields_before_the_name(nlp):
    text = ("The memorandum was signed by Spain's Minister of Inclusion, Social Security and Migration, Lucia Romero, "
            "and Senegal's foreign minister, Awa Ndiaye.")
    found = posts(nlp, text)
    assert ("Lucia Romero", "Minister of Inclusion, Social Security and Migration", "Spain") in found
    assert ("Awa Ndiaye", "Minister of Foreign Affairs", "Senegal") in found


def test_a_post_verb_after_a_short_apposition_and_the_governments_post(nlp):
    text = ("Since February 2023, Jonas Brandt, a liberal politician, has served as the government's special "
            "commissioner for migration agreements, tasked with negotiating deals with countries of origin.")
    found = posts(nlp, text)
    assert {(n, r) for n, r, _ in found} == {("Jonas Brandt", "Special Commissioner for Migration Agreements")}


@pytest.mark.parametrize(("text", "name", "role"), [
    # the modifiers the text gives a spokesperson's post are kept
    ("Nomsa Dlamini, Eswatini's acting government spokesperson, said the men would be held in isolation.",
     "Nomsa Dlamini", "Acting Government Spokesperson"),
    # a post of a state's presidency
    ("Presidential Spokesperson Mario Santos said the ban would be lifted soon.", "Mario Santos", "Presidential Spokesperson"),
    # a spokesperson of a government or a ministry, before the name, without a state: the context's
    ("On Monday, Government Spokesperson Claudine Mukamana confirmed that Burundi had agreed to take them.",
     "Claudine Mukamana", "Government Spokesperson"),
    ("Acting Government Spokesperson Sipho Nkosi said the men posed no threat to Lesotho.",
     "Sipho Nkosi", "Acting Government Spokesperson"),
    ("Ministry spokesperson Ramesh Thapa said Nepal would draft guidelines within three months.",
     "Ramesh Thapa", "Ministry Spokesperson"),
    ("Foreign Ministry spokesperson Lin Wei said China would take back its nationals.",
     "Lin Wei", "Foreign Ministry Spokesperson"),
    ("Pedro Rojas, the presidential adviser for the Colombia-Venezuela border, said the statute would help.",
     "Pedro Rojas", "Presidential Adviser for the Colombia-Venezuela Border"),
])
def test_posts_of_a_government_and_a_presidency(nlp, text, name, role):
    assert role == next(r for n, r, _ in posts(nlp, text) if n == name)


@pytest.mark.parametrize(("text", "name", "role"), [
    # a body the data lists, inside a longer name the data does not: the text's whole name
    ("The agreement was signed by Karin Keller, head of the Federal Department of Justice and Police (FDJP), "
     "and the Sri Lankan Minister of Foreign Affairs, Nimal Perera.",
     "Karin Keller", "Head of the Federal Department of Justice and Police"),
    # a state body the data lacks, named with a word for a state body
    ("The ordinance, signed on Saturday by General Moussa Abdou, president of the National Council for the "
     "Safeguard of the Homeland (CNSP), annuls the law.",
     "Moussa Abdou", "President of the National Council for the Safeguard of the Homeland"),
])
def test_heads_of_state_bodies_the_data_lacks(nlp, text, name, role):
    found = posts(nlp, text)
    assert role == next(r for n, r, _ in found if n == name)
    # the capitalised words of the body's name are no one's name
    assert not {n for n, _, _ in found} & {"Police", "Safeguard"}


@pytest.mark.parametrize(("text", "name", "role"), [
    # the president of an IGO keeps the IGO's name: "President" alone is a state's post
    ("He met in New York with the president of the Inter-American Development Bank (IDB), Carlos Mena, "
     "to discuss financing.", "Carlos Mena", "President of the Inter-American Development Bank"),
    # heads of one state's government; a rank between the post and the name
    ("Myanmar's army chief, Senior General Min Thein, said the returns must be acceptable.", "Min Thein", "Army Chief"),
    ("Earlier in the day, the minister met State Counsellor Daw Khin Mya at her office.", "Daw Khin Mya", "State Counsellor"),
    # a word the tagger took for a name that ends a head of title belongs to the title
    ("Foreign Minister Abdul Karim and Tin Maung, Union minister for the office of Myanmar's State Counsellor, "
     "signed the arrangement.", "Tin Maung", "Union Minister for the Office of the State Counsellor"),
])
def test_posts_of_igos_and_of_one_government(nlp, text, name, role):
    found = posts(nlp, text)
    assert role == next(r for n, r, _ in found if n == name)
    assert "Counsellor" not in {n for n, _, _ in found}


@pytest.mark.parametrize(("text", "name", "role"), [
    # "Premier" is kept as the text says it, a post only states have
    ("Quebec Premier Louis Tremblay, who had demanded the crossing be closed, tweets that he is pleased.",
     "Louis Tremblay", "Premier of Quebec"),
    # the post of a government below the state's
    ("In Erbil, the minister met the Kurdistan Region's Minister of Interior, Dilshad Omar, to discuss cooperation.",
     "Dilshad Omar", "Minister of the Interior of the Kurdistan Region"),
])
def test_posts_of_governments_below_the_state(nlp, text, name, role):
    assert role == next(r for n, r, _ in posts(nlp, text) if n == name)


@pytest.mark.parametrize(("text", "name", "role"), [
    # a state's name that ends a body's capitalised name stays in it; the post is before a comma
    ("The director of Migración Colombia, Andrés Pardo, said registration would begin in May.",
     "Andrés Pardo", "Director of Migración Colombia"),
    # "National" kept, a state's post; but not when it opens a listed portfolio
    ("The National Commissioner for Human Rights (CONADEH), Luis Mejía, said the country cannot protect its own.",
     "Luis Mejía", "National Commissioner for Human Rights"),
    ("Kuwait's National Assembly speaker, Fahad al-Mutairi, said on Thursday that Kuwait respected the deal.",
     "Fahad al-Mutairi", "Speaker of the National Assembly"),
])
def test_names_of_bodies_and_national_posts(nlp, text, name, role):
    assert role == next(r for n, r, _ in posts(nlp, text) if n == name)


def test_junior_posts_of_a_government_and_the_opposition(nlp):
    # a Minister of State's post is a state's whatever its field
    found = posts(nlp, "The minister met Minister of State for Immigration Robert Smith on Monday.")
    assert ("Robert Smith", "Minister of State for Immigration", None) in found
    # the opposition's "shadow" posts are no office held
    assert posts(nlp, "The shadow home secretary, Helen Clark, said the plan would fail.") == set()


@pytest.mark.parametrize(("text", "name", "role"), [
    ("Libyan coast guard commander Abdul Hakim told reporters that the boats were intercepted.",
     "Abdul Hakim", "Commander of the Coast Guard"),
    ("The head of the Libyan coast guard, Masoud Omar, said the boats were intercepted.",
     "Masoud Omar", "Head of the Coast Guard"),
])
def test_heads_of_a_states_forces(nlp, text, name, role):
    assert (name, role, "Libya") in posts(nlp, text)


def test_head_of_state_is_no_head_of_a_department():
    assert parse_title("The head of state") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Anna Berg, who heads the Swedish Migration Agency, said returns would rise.",
     ("Anna Berg", "Head of the Swedish Migration Agency", "Sweden")),
    ("Paolo Conti, who heads the Italian coast guard, said the boats were intercepted.",
     ("Paolo Conti", "Head of the Coast Guard", "Italy")),
    ("Lena Vogt, who chairs the Federal Office for Migration and Refugees, said so.",
     ("Lena Vogt", "Head of the Federal Office for Migration and Refugees", None)),
])
def test_who_heads_a_body_the_data_lacks(nlp, text, expected):
    assert posts(nlp, text) == {expected}


def test_a_minister_delegate_is_one_post(nlp):
    found = posts(nlp, "French Minister Delegate for Citizenship Claire Martin said the law would pass.")
    assert found == {("Claire Martin", "Minister Delegate for Citizenship", "France")}


@pytest.mark.parametrize(("phrase", "role", "country"), [
    # a portfolio of several fields keeps its commas and the text's spelling
    ("Minister of Health, Labour and Welfare", "Minister of Health, Labour and Welfare", None),
    ("Norway's Minister of Labor, Families and Social Affairs", "Minister of Labor, Families and Social Affairs", "Norway"),
    ("labour minister", "Minister of Labour", None),
    ("Labor Minister", "Minister of Labor", None),
    # a sending state written after the head is the state served; the host stays in the post
    ("Ambassador of Kenya to Norway", "Ambassador to Norway", "Kenya"),
    ("the Ambassador of the Republic of Peru to Chile", "Ambassador to Chile", "Peru"),
    ("Ghana's High Commissioner to Canada", "High Commissioner to Canada", "Ghana"),
    # "federal" is part of a minister's title only
    ("Austrian Federal Interior Minister", "Federal Minister of the Interior", "Austria"),
    ("federal judge", "Judge", None),
])
def test_posts_as_the_text_writes_them(phrase, role, country):
    read = parse_title(phrase)
    assert read is not None and (read.role, read.country) == (role, country)


@pytest.mark.parametrize(("text", "expected"), [
    ("The deal was announced by Kenya's Deputy Prime Minister and Minister of Foreign Affairs, Peter Mwangi, on Monday.",
     ("Peter Mwangi", "Deputy Prime Minister and Minister of Foreign Affairs", "Kenya")),
    ("It was signed by the Trade Minister and Polish Deputy Prime Minister and Defence Minister Marek Nowicki in Rome.",
     ("Marek Nowicki", "Deputy Prime Minister and Minister of Defence", "Poland")),
    # two people: the first title has its own determiner
    ("The Prime Minister and President Jean Dupont agreed new measures at today's summit.",
     ("Jean Dupont", "President", None)),
    # two people: a name stands between the titles
    ("German Chancellor Olaf Scholz and Interior Minister Karl Weber met in Berlin.",
     ("Karl Weber", "Minister of the Interior", "Germany")),
])
def test_one_holder_of_two_joined_posts(nlp, text, expected):
    assert expected in posts(nlp, text)


@pytest.mark.parametrize(("phrase", "role"), [
    # posts named by their own head words
    ("Judge President", "Judge President"),
    ("Ombudsperson", "Ombudsperson"),
    ("Special Plenipotentiary for Labour Migration", "Special Plenipotentiary for Labour Migration"),
    # "premier" of a state is its Prime Minister; a province's stays its premier
    ("Dutch premier", "Prime Minister"),
    ("Ontario Premier", "Premier of Ontario"),
    # a head of a field named before the chief word
    ("intelligence chief", "Head of Intelligence"),
    # a field before a commander or an adviser stays in the text's order
    ("Border Security Commander", "Border Security Commander"),
    ("Coast Guard Security Adviser", "Coast Guard Security Adviser"),
])
def test_heads_of_other_governments(phrase, role):
    read = parse_title(phrase)
    assert read is not None and read.role == role


@pytest.mark.parametrize(("text", "expected"), [
    ("The meeting in Athens was attended by the Secretary General for Migration Policy of Greece, Nikos Pappas.",
     ("Nikos Pappas", "Secretary-General for Migration Policy", "Greece")),
    ("Portugal's Ombudsperson Rita Sousa questioned the plan.", ("Rita Sousa", "Ombudsperson", "Portugal")),
    ("The talks in Ankara included Defence Minister Ali Kaya and intelligence chief Mehmet Demir.",
     ("Mehmet Demir", "Head of Intelligence", "Turkey")),
])
def test_posts_of_a_field_of_government(nlp, text, expected):
    assert expected in posts(nlp, text)


def test_a_body_named_with_a_portfolio_word_is_no_field(nlp):
    text = "Ana Ruiz, director of the Foundation for Justice and Peace, criticised the deal with Mexico."
    assert not any(name == "Ana Ruiz" for name, _, _ in posts(nlp, text))


@pytest.mark.parametrize(("text", "expected"), [
    # fields listed before the head keep their commas
    ("Norway's Trade, Industry and Fisheries Minister Ola Berg said the plan was sound.",
     ("Ola Berg", "Minister of Trade, Industry and Fisheries", "Norway")),
    ("Labor and Employment Secretary Maria Santos signed the MOU in Manila.",
     ("Maria Santos", "Secretary of Labor and Employment", None)),
])
def test_fields_listed_before_the_head(nlp, text, expected):
    assert expected in posts(nlp, text)


def test_a_title_before_the_next_name_in_a_list_is_not_the_apposition(nlp):
    text = ("The Iraqi minister came to Athens for talks with Dendias, Defence Minister Nikos Karas "
            "and intelligence chief Petros Lamb.")
    found = posts(nlp, text)
    assert not any(name == "Dendias" for name, _, _ in found)
    assert any(name == "Nikos Karas" and role == "Minister of Defence" for name, role, _ in found)


def test_a_field_before_an_adviser_names_the_post_not_the_body(nlp):
    text = "The plan was announced after the White House homeland security adviser, Jane Porter, met officials in Mexico City."
    assert ("Jane Porter", "Homeland Security Adviser", "United States") in posts(nlp, text)


def test_a_ministrys_spokesperson_takes_no_demonym_in_the_post(nlp):
    text = "Asked about the pact on Friday, Russian foreign ministry spokesperson Irina Volkova said islands should not choose."
    assert ("Irina Volkova", "Foreign Ministry Spokesperson", "Russia") in posts(nlp, text)
    text = "Rosa Quintero, a spokeswoman for the Nicaraguan Migration Institute, said the flights resumed."
    assert ("Rosa Quintero", "Spokesperson for the Nicaraguan Migration Institute", "Nicaragua") in posts(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a plural's possessive inside a field is the field's, and the word after it is no name
    ("Expatriates' Welfare and Overseas Employment Minister Rahim Uddin signed the deal in Kuala Lumpur.",
     ("Rahim Uddin", "Minister of Expatriates' Welfare and Overseas Employment", None)),
    ("The deal was signed by Nepal's Minister of Expatriates' Welfare and Overseas Employment, Mr Rahim Uddin.",
     ("Rahim Uddin", "Minister of Expatriates' Welfare and Overseas Employment", "Nepal")),
    # a state's possessive before the post still owns it
    ("Honduras' security minister Julio Paz spoke.", ("Julio Paz", "Minister of Security", "Honduras")),
])
def test_possessives_in_and_before_a_post(nlp, text, expected):
    found = posts(nlp, text)
    assert expected in found
    assert not any(name == "Welfare" for name, _, _ in found)


def test_a_demonym_after_a_fields_preposition_is_the_fields():
    read = parse_title("Minister of Protection of Filipino Migrant Workers")
    assert read is not None and read.role == "Minister of Protection of Filipino Migrant Workers"


@pytest.mark.parametrize(("text", "expected"), [
    ("Bounmy Vong, minister of labor, invalids and social affairs, signed the MOU in Seoul.",
     ("Bounmy Vong", "Minister of Labor, Invalids and Social Affairs", None)),
    ("Ana Costa, minister of health, families and social welfare, opened the centre in Lisbon.",
     ("Ana Costa", "Minister of Health, Families and Social Welfare", None)),
    # a list of people is no list of fields
    ("Amina Bello, minister of labour, and Kofi Mensah, minister of health, signed the plan.",
     ("Amina Bello", "Minister of Labour", None)),
])
def test_a_lower_case_list_of_fields_in_an_apposition(nlp, text, expected):
    assert expected in posts(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a legislature's committee named before its chair's head; "chair" stays as written
    ("Justice portfolio committee chairperson Thandi Mokoena said the committee would call the minister.",
     ("Thandi Mokoena", "Chairperson of Justice Portfolio Committee", None)),
    ("Home Affairs committee chair Anna Hill said the figures were poor.",
     ("Anna Hill", "Chair of Home Affairs Committee", None)),
])
def test_committee_chairs_named_before_the_name(nlp, text, expected):
    assert expected in posts(nlp, text)


def test_a_committee_of_no_government_field_is_no_post(nlp):
    assert posts(nlp, "The organising committee chairman Tom Reed welcomed the guests.") == set()


@pytest.mark.parametrize(("phrase", "role"), [
    ("President of the Republic", "President"),
    ("Vice President of the Republic", "Vice President"),
    ("Minister of Security of the Nation", "Minister of Security"),
])
def test_of_the_republic_names_the_state_the_context_gives(phrase, role):
    parsed = parse_title(phrase)
    assert parsed is not None and (parsed.role, parsed.country) == (role, None)


@pytest.mark.parametrize(("text", "expected"), [
    ("Honduras closed its border on Monday. The President of the Republic, Marta Quiroga, said the "
     "closure would last a week.", ("Marta Quiroga", "President", "Honduras")),
    ("Paraguay will take part. The Minister of Security of the Nation, Pedro Arrieta, said the plan "
     "was ready.", ("Pedro Arrieta", "Minister of Security", "Paraguay")),
])
def test_a_post_of_the_republic_is_an_official_of_the_state_in_context(nlp, text, expected):
    assert expected in posts(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("The deal was signed by the Tajik minister of labour and social affairs, Rustam Nazarov.",
     ("Rustam Nazarov", "Minister of Labour and Social Affairs", "Tajikistan")),
    ("Chile signed it. The minister of health and social protection, Ana Ruiz, welcomed the deal.",
     ("Ana Ruiz", "Minister of Health and Social Protection", "Chile")),
])
def test_a_lower_case_portfolio_of_joined_fields_is_read_whole(nlp, text, expected):
    assert expected in posts(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Kenya's ambassador and special envoy for Somalia, Peter Mwangi, attended the ceremony.",
     ("Peter Mwangi", "Ambassador and Special Envoy for Somalia", "Kenya")),
    ("Qatar's Special Envoy for Sudan, Ali Nasser, met the minister.", ("Ali Nasser", "Special Envoy for Sudan", "Qatar")),
])
def test_the_state_after_an_envoys_for_is_the_remit_not_the_state_served(nlp, text, expected):
    assert expected in posts(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Later, the minister met Eritrea's chargé d'affaires in Nairobi, Tesfaye Berhane, at the ministry.",
     ("Tesfaye Berhane", "Chargé d'Affaires to Kenya", "Eritrea")),
    ("Ghana recalled Togo's chargé d'affaires in Accra, Koffi Amegah, on Monday.",
     ("Koffi Amegah", "Chargé d'Affaires to Ghana", "Togo")),
])
def test_a_charge_daffaires_in_a_capital_is_a_title_before_the_name(nlp, text, expected):
    assert expected in posts(nlp, text)



@pytest.mark.parametrize(("role", "state", "settled"), [
    ("Commissioner of Migration", "European Union", "Commissioner for Migration"),
    ("Commissioner of Home Affairs", "African Union", "Commissioner for Home Affairs"),
    ("President of the Commission", "European Union", "President of the Commission"),
    ("Minister of Home Affairs", "India", "Minister of Home Affairs"),
])
def test_an_igos_office_read_from_context_is_for_its_field(role, state, settled):
    from kg.extract.roles import settle_head_by_state

    assert settle_head_by_state(role, state) == settled


def test_a_secretary_of_state_with_a_field_is_no_us_official(nlp):
    # a junior minister of a European government: the state is the text's, never the US by default
    text = "In Lisbon, Portugal's Secretary of State for Tourism, Marta Vieira, opened the fair on Monday."
    assert ("Marta Vieira", "Secretary of State for Tourism", "Portugal") in posts(nlp, text)
    text = "The Secretary of State for Asylum, Joren Claes, said the returns would start in May."
    assert ("Joren Claes", "Secretary of State for Asylum", None) in posts(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    # a day before the title is no portfolio
    ("Only on Friday Interior Minister Anke Vos had visited the camp.", ("Anke Vos", "Minister of the Interior")),
    # the party named before the conjunction is no part of the title after it
    ("Justice Minister Clare Heydon flew out. A meeting between Heydon and Home Secretary Paul Ashby that had "
     "been set for London was postponed.", ("Paul Ashby", "Home Secretary")),
    # a portfolio of two fields stays whole
    ("Immigration and Integration Minister Sofie Lund met the press.",
     ("Sofie Lund", "Minister of Immigration and Integration")),
    ("University and Research Minister Carla Neri met the press.",
     ("Carla Neri", "Minister of University and Research")),
    ("Labour and Foreign Employment Minister Ravi Perera met the press.",
     ("Ravi Perera", "Minister of Labour and Foreign Employment")),
])
def test_words_before_a_title_that_are_not_of_it(nlp, text, expected):
    assert expected in {(name, role) for name, role, _ in posts(nlp, text)}


@pytest.mark.parametrize("text", [
    "Updated Friday, March 6, 2020, 11:05 PM ET\n\nThe ministers met in Tegucigalpa.",
    "4:52 p.m. ET, March 6, 2020\nThe acting secretary said the deal was signed.",
])
def test_the_time_of_a_live_blogs_entry_is_no_title(nlp, text):
    assert posts(nlp, text) == set()


def test_the_head_of_a_body_named_by_its_acronym_takes_the_name_the_article_spells_out(nlp):
    text = ("Mexico's National Migration Institute (INM) will hire 500 agents.\n\n"
            "The first casualty was the commissioner of the INM, Rafael Ortiz, who resigned on Friday.")
    assert ("Rafael Ortiz", "Commissioner of National Migration Institute", "Mexico") in posts(nlp, text)


def test_stacked_titles_give_the_post_written_right_before_the_name(nlp) -> None:
    found = official_posts_in(nlp, "Committee chairwoman Senator Agnes Wambui said the House had received reports.",
                              "2023-05-02")
    assert ("Agnes Wambui", "Senator", None) in found


def test_a_post_serving_the_president_keeps_its_field_after_the_name(nlp) -> None:
    found = official_posts_in(nlp, "Grace Adeyemi, Senior Special Assistant to the President on Youth and Sports, "
                                   "opened the centre.", "2023-05-02")
    assert ("Grace Adeyemi", "Senior Special Assistant to the President on Youth and Sports", None) in found


def test_an_assistant_to_an_ngos_chairman_holds_no_post(nlp) -> None:
    found = official_posts_in(nlp, "Grace Adeyemi, assistant to the chairman of Oxfam, opened the centre.", "2023-05-02")
    assert not any(name == "Grace Adeyemi" and role for name, role, _ in found)
