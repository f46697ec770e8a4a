"""Weakness themes: first version pending."""

from __future__ import annotations


def assign(text: str) -> list[str]:
    return []
