"""Language knowledge: the lexicon loader, the supported languages and their JSON files."""
