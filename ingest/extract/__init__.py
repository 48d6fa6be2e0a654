"""Extraction: per-sentence analysis (context, mentions, people, dates), one module per fact type,
and the pipeline that runs them over an article."""
