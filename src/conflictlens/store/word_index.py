"""The word indexes of stored reports: names, content words, shingles, and how many reports use each.

Why apart: every weight the linking rules give a name or a word is read from these counts,
kept in step with the reports in the same transaction.
"""
from __future__ import annotations

from . import dedupe


class WordIndex:
    """Each report's names, content words and shingles, indexed, and the count of reports using each."""

    def _index_shingles(self, article_id: str, fp: str, fresh: bool = False) -> None:
        if not fresh:
            self._exec("DELETE FROM report_shingles WHERE article_id = ?", (article_id,))
        shingles = dedupe.shingles(fp)
        for i in range(0, len(shingles), 400):
            chunk = shingles[i:i + 400]
            self._exec("INSERT INTO report_shingles (shingle, article_id) VALUES " + ", ".join(
                "(?, ?)" for _ in chunk), tuple(x for sh in chunk for x in (sh, article_id)))

    def _index_names(self, article_id: str, names: list[str], fresh: bool = False) -> None:
        self._index_words("report_names", "name_counts", "name", article_id, names, fresh)

    def _index_terms(self, article_id: str, terms: list[str], fresh: bool = False) -> None:
        self._index_words("report_terms", "term_counts", "term", article_id, terms, fresh)

    def _index_words(self, table: str, counts: str, column: str, article_id: str, words: list[str],
                     fresh: bool) -> None:
        """A report's rows of a word index (report_names, report_terms; ``fresh``: a new report
        has none to replace), and the count of reports using each word (name_counts,
        term_counts) kept in step, so a word's weight is read by key, not counted. Counts
        are updated in word order (writers are serialised; the order keeps even concurrent
        ones from waiting on each other's rows in a cycle)."""
        self._counted = {}
        if not fresh:
            self._exec(f"UPDATE {counts} SET reports = reports - 1 WHERE {column} IN"
                       f" (SELECT {column} FROM {table} WHERE article_id = ?)", (article_id,))
            self._exec(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        for i in range(0, len(words), 400):
            chunk = words[i:i + 400]
            self._exec(f"INSERT INTO {table} (article_id, {column}) VALUES " + ", ".join("(?, ?)" for _ in chunk),
                       tuple(x for w in chunk for x in (article_id, w)))
        ordered = sorted(set(words))
        for i in range(0, len(ordered), 400):
            chunk = ordered[i:i + 400]
            self._exec(f"INSERT INTO {counts} ({column}, reports) VALUES " + ", ".join("(?, 1)" for _ in chunk)
                       + f" ON CONFLICT ({column}) DO UPDATE SET reports = {counts}.reports + 1", tuple(chunk))

    def _short_names(self, article_id: str) -> list[str]:
        """A stored report's names but its full names (dedupe.report_people: a name with a
        space), as the name overlaps count them (:meth:`_name_overlaps`)."""
        return [r["name"] for r in self._all("SELECT name FROM report_names WHERE article_id = ?", (article_id,))
                if " " not in r["name"]]

    def _word_counts(self, counts: str, column: str, words) -> dict[str, int]:
        """How many stored reports use each of these words (those some report uses). In a
        write transaction each word is read once (the report's own words are indexed first)."""
        known = self._counted.setdefault(counts, {}) if getattr(self, "_in_tx", False) else {}
        words = list(words)
        missing = [w for w in dict.fromkeys(words) if w not in known]
        for i in range(0, len(missing), 500):
            chunk = missing[i:i + 500]
            known.update(dict.fromkeys(chunk, 0))
            where, params = self._in(column, chunk)
            for r in self._all(f"SELECT {column} AS w, reports AS v FROM {counts} WHERE {where} AND reports > 0",
                               params):
                known[r["w"]] = r["v"]
        return {w: known[w] for w in words if known[w] > 0}

    def _term_counts(self, terms) -> dict[str, int]:
        """How many stored reports use each content word."""
        return self._word_counts("term_counts", "term", terms)

    def _name_counts(self, names) -> dict[str, int]:
        """How many stored reports use each name."""
        return self._word_counts("name_counts", "name", names)
