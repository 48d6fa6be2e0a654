"""What the API and the CLI call: one article, a batch, and the sources they read."""
