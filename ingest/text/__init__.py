"""Article text: normalise it (HTML, Markdown, Unicode), detect its language, split sentences."""
