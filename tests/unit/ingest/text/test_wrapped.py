"""Text wrapped at a fixed width: sentences run across line breaks, words are hyphenated across
them; text that is not wrapped keeps every line break as a sentence end."""

from __future__ import annotations

from ingest.models import Document
from ingest.text.normalise import normalise
from ingest.text.sentences import split_sentences

WRAPPED = (
    "Ministers break the ice\n"
    "India and Pakistan on Wednesday took yet another\n"
    "step towards normalising their relations.\n"
    "External Affairs Minister I K Gujral\n"
    "and his Pakistani counterpart Gohar Ayub Khan said the two\n"
    "countries were committed to their dialogue.\n"
    "Khan said his meeting with Gujral had broken the ice\n"
    "in the relations between the two countries."
)


def _texts(text: str) -> list[str]:
    split = split_sentences(Document(text=text), language="en")
    return [" ".join(s.text.split()) for s in split.sentences]


def test_wrapped_lines_of_one_sentence_are_one_sentence() -> None:
    texts = _texts(WRAPPED)
    assert texts[0] == "Ministers break the ice"  # the headline stands alone
    assert (
        "External Affairs Minister I K Gujral and his Pakistani counterpart Gohar Ayub Khan "
        "said the two countries were committed to their dialogue."
    ) in texts
    assert len(texts) == 4


def test_a_first_line_running_on_in_lower_case_is_no_headline() -> None:
    text = (
        "President Anna Karsten of Suriname and her Guyanese counterpart Mohamed Farouk\n"
        "met on 13 September in Nickerie for bilateral talks. The two heads\n"
        "of state spoke about trade, energy and the bridge over\n"
        "the Corentyne river."
    )
    texts = _texts(text)
    assert texts[0] == (
        "President Anna Karsten of Suriname and her Guyanese counterpart Mohamed Farouk met on "
        "13 September in Nickerie for bilateral talks."
    )


def test_offsets_point_into_the_text() -> None:
    split = split_sentences(Document(text=WRAPPED), language="en")
    assert all(WRAPPED[s.start : s.end] == s.text for s in split.sentences)


def test_unwrapped_text_keeps_line_breaks_as_sentence_ends() -> None:
    text = "Rutte in Kyiv\nPremier Mark Rutte arrived in Kyiv on Monday\nHe met Zelensky"
    assert _texts(text) == [
        "Rutte in Kyiv", "Premier Mark Rutte arrived in Kyiv on Monday", "He met Zelensky"
    ]  # fmt: skip


def test_words_hyphenated_across_wrapped_lines_are_made_whole() -> None:
    raw = (
        "Gemäß der Vereinbarung, regelmäßige Kon-\n   ferenzen abzuhalten, hat der Ge-\n"
        "neralsekretär der So-\nwjetunion eingeladen.\nNord- und Südkorea"
    )
    text = normalise(raw, language="de").text
    assert "Konferenzen abzuhalten" in text
    assert "Generalsekretär der Sowjetunion" in text
    assert "Nord- und Südkorea" in text


def test_a_single_hyphen_at_a_line_end_is_kept() -> None:
    assert "Ost-\nund" in normalise("Die Ost-\nund Westdeutschen", language="de").text
