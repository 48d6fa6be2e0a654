"""Identities across articles and languages: canonical ids and matching to the graph's nodes."""
