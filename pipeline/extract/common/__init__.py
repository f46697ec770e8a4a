"""Machinery every fact's reader shares: the structure of a document (blocks, lines, list
markers, headings), sentences and clauses, provenance spans, and the evidence that combines
weak cues into one decision per candidate."""
