"""Read access to the graph: one managed read transaction per method, pydantic models out."""
