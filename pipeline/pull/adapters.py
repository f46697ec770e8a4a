"""One adapter per committee-papers platform, behind one interface.

Each adapter subclasses ``adapter.Adapter`` (constructed with ``(council,
settings, client, store, report, today)``; ``run()`` walks the site) and writes
documents and sidecars through the shared ``DocumentWriter``, so every platform
gets the same corpus layout, politeness, conditional requests and resume (as
civic-scraper and City Scrapers keep one scraper class per platform).
"""

from __future__ import annotations


def adapter_for(platform: str):
    """The adapter class for a platform, or None ("no adapter for <platform>")."""
    if platform == "moderngov":
        from pipeline.pull.council import CouncilPull

        return CouncilPull
    if platform == "cmis":
        from pipeline.pull.cmis import CmisPull

        return CmisPull
    return None
