"""Persons, places and organisations of an article (``newsmine entities``)."""

from __future__ import annotations

from newsmine.entities.extract import extract_entities
from newsmine.entities.userdict import load_userdict

__all__ = ["extract_entities", "load_userdict"]
