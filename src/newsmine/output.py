"""Writing records (placeholder: replaced by the full writer)."""

from __future__ import annotations

from typing import Any


def to_frame(records: Any) -> Any:
    """Records as a pandas DataFrame."""
    raise NotImplementedError
