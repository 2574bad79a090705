"""A short record whose own words cannot tell its language (a channel's one-line post) takes the
language its file's other records share, and an article whose language is still not told is not
linked to another on the pieces of one place name and a function word (trial 47 F6: a short English
post linked to a French paragraph by "Saint, Aubin, des, Prés, site")."""

from __future__ import annotations

from core.linking.story import Story, _worded
from core.model import Article, Ref
from core.text import article_language, is_any_function_word

POST_RECALL = [
    "Recall: Brevon goat cheese 200 g withdrawn from shops in France and Belgium after salmonella was found in a "
    "batch tested by the regulator. Customers who bought it should not eat it and can return it for a refund."
]
POST_UPDATE = [
    "Update: the number of people who fell ill after eating the cheese has risen to eleven, and the regulator said "
    "it was checking the dairy's other products for the bacteria as well."
]
POST_SHORT = ["Regulator opens formal inquiry into Fromagerie Lunel. Toll: 11 cases. Mont-Sainte-Odile-des-Bois site closed since 3 May."]
FRENCH = [
    "L'autorité sanitaire a ouvert une enquête sur la Fromagerie Lunel, qui aurait tardé à signaler la contamination "
    "de ses fromages aux services de l'État.",
    "Le site de Mont-Sainte-Odile-des-Bois reste fermé depuis le 3 mai.",
]


def _article(key: str, path: str, outlet: str, body: list[str]) -> Article:
    return Article(key, path, outlet, body[0][:40], tuple(body))


def _channel(short_path: str = "channel.json:3") -> list[Article]:
    return [
        _article("recall", "channel.json:1", "Cheese Alerts", POST_RECALL),
        _article("update", "channel.json:2", "Cheese Alerts", POST_UPDATE),
        _article("short", short_path, "Cheese Alerts", POST_SHORT),
        _article("french", "hebdo.atom:1", "Hebdo Santé", FRENCH),
    ]


def test_the_short_post_alone_cannot_tell_its_language() -> None:
    assert article_language(POST_SHORT[0][:40], POST_SHORT) is None


def test_a_short_record_takes_the_language_its_files_other_records_share() -> None:
    story = Story.build(_channel())
    assert story.language("short") == "en"
    assert story.language("french") == "fr"


def test_an_article_of_a_file_of_its_own_gets_no_language_from_others() -> None:
    story = Story.build(_channel(short_path="post.txt"))
    assert story.language("short") is None


def test_records_of_one_file_in_two_languages_give_a_short_one_none() -> None:
    articles = [*_channel()[:3], _article("fr2", "channel.json:4", "Cheese Alerts", FRENCH)]
    assert Story.build(articles).language("short") is None


def test_a_short_english_post_is_not_linked_to_french_by_a_place_names_pieces() -> None:
    story = Story.build(_channel())
    assert story.matches(Ref("short", 0)) == ()
    assert "not compared" in story.unlinked(Ref("short", 0)) or "other languages" in story.unlinked(Ref("short", 0))


def test_an_article_of_unknown_language_is_not_linked_on_a_names_pieces_alone() -> None:
    articles = [_article("short", "post.txt", "Cheese Alerts", POST_SHORT), _article("french", "hebdo.atom:1", "Hebdo Santé", FRENCH)]
    story = Story.build(articles)
    assert story.language("short") is None and story.links == ()


def test_an_article_of_unknown_language_is_still_linked_on_shared_wording() -> None:
    english = ["The regulator opened a formal inquiry into Fromagerie Lunel on Friday, and its Mont-Sainte-Odile-des-Bois "
               "site has stayed closed since 3 May after eleven cases of salmonella."]
    articles = [_article("short", "post.txt", "Cheese Alerts", POST_SHORT), _article("english", "wire.html", "Wire", english)]
    story = Story.build(articles)
    assert story.language("short") is None
    assert [m.ref for m in story.matches(Ref("short", 0))] == [Ref("english", 0)]


def test_a_hyphenated_names_pieces_and_function_words_are_no_wording() -> None:
    text_a, text_b = POST_SHORT[0], FRENCH[1]
    assert not _worded(["Mont", "Sainte", "Odile", "des", "Bois", "site"], text_a, text_b)
    assert _worded(["inquiry", "closed", "site"], text_a, text_b)
    assert is_any_function_word("des") and is_any_function_word("the") and not is_any_function_word("site")


def test_a_short_record_beside_another_short_one_still_takes_its_files_language() -> None:
    other_short = _article("short2", "channel.json:5", "Cheese Alerts", ["Lunel: 11 cases, 2 batches."])
    story = Story.build([*_channel(), other_short])
    assert story.language("short") == "en" and story.language("short2") == "en"


def test_a_row_of_names_and_figures_tells_no_other_language_and_stays_linked() -> None:
    row = ["Fromagerie Lunel — Mont-Sainte-Odile-des-Bois: 11 cases, 3 batches"]
    report = ["The Fromagerie Lunel plant at Mont-Sainte-Odile-des-Bois is linked to 11 cases of salmonella in 3 batches of cheese."]
    story = Story.build([_article("row", "table.html", "Agency", row), _article("report", "wire.html", "Wire", report)])
    assert story.language("row") is None and story.language("report") == "en"
    assert [m.ref for m in story.matches(Ref("row", 0))] == [Ref("report", 0)]
