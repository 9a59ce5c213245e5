"""Article analysis: document, mentions with spans, incident frames (docs/analysis.md)."""

from dateline.text.pipeline import DEFAULT_PIPELINE, Pipeline, analyze
from dateline.text.types import Analysis, Document, Frame, Link, Mention

__all__ = ["DEFAULT_PIPELINE", "Analysis", "Document", "Frame", "Link", "Mention", "Pipeline", "analyze"]
