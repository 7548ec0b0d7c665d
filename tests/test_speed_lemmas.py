"""The lemmatizer made quicker (nlp.parser._quicker_lemmas): the same lemmas as spaCy's own."""
import spacy

from conflictlens.nlp.parser import MODEL_NAME, load_nlp

SENTENCES = [
    "Gunmen stormed the village and killed eleven farmers, police said on Sunday.",
    "She saw the saw that the carpenters had left; the soldiers were seen leaving.",
    "Protesters rallied in Nairobi, and the rallies turned violent as police fired tear gas.",
    "The rebels retook the towns they had lost, the army's spokesman said.",
    "Better days: the best fighters fought harder than the worst.",
]


def test_same_lemmas_as_the_plain_model():
    plain = spacy.load(MODEL_NAME)
    nlp = load_nlp()
    for text in SENTENCES:
        ours = [(t.text, t.pos_, t.lemma_) for t in nlp(text)]
        theirs = [(t.text, t.pos_, t.lemma_) for t in plain(text)]
        assert ours == theirs, text


def test_a_word_is_lemmatized_by_its_part_of_speech_too():
    """The memory is keyed by the word's part of speech and morphology, not by the word alone."""
    doc = load_nlp()("She saw the saw. The saw was old.")
    saws = [t for t in doc if t.text == "saw"]
    assert {t.pos_ for t in saws} == {"VERB", "NOUN"}
    assert {(t.pos_, t.lemma_) for t in saws} == {("VERB", "see"), ("NOUN", "saw")}


def test_lemmas_are_remembered_and_word_lists_are_sets():
    nlp = load_nlp()
    lemmatizer = nlp.get_pipe("lemmatizer")
    doc = nlp("The farmer walked to the market.")
    farmer = doc[1]
    assert lemmatizer.lemmatize(farmer) is lemmatizer.lemmatize(farmer)  # worked out once
    index = lemmatizer.lookups.get_table("lemma_index")
    assert all(isinstance(words, frozenset) for words in index.values())
    assert "farmer" in index["noun"]


def test_the_memory_is_bounded(monkeypatch):
    """Past LEMMA_MEMORY entries the memory starts again: still the same lemmas."""
    from conflictlens.nlp import parser

    monkeypatch.setattr(parser, "LEMMA_MEMORY", 3)
    nlp = load_nlp()
    lemmatizer = nlp.get_pipe("lemmatizer")
    doc = nlp("The farmers walked to the markets and sold their goods.")
    kept = [lemmatizer.lemmatize(t) for t in doc]  # many more keys than three
    again = [lemmatizer.lemmatize(t) for t in doc]
    assert kept == again
    assert [t.lemma_ for t in doc][:3] == ["the", "farmer", "walk"]
    closure = lemmatizer.lemmatize.__closure__
    memory = next(c.cell_contents for c in closure if isinstance(c.cell_contents, dict))
    assert len(memory) <= 3
