"""The read-only graph explorer at `/explore`: one HTML page, its script and style, and the
vendored graph library (cytoscape.js, `make vendor`), all shipped inside the package."""
