"""Minutes Miner: council committee papers about SEND inspections, turned into a research database."""

__version__ = "0.1.0"
