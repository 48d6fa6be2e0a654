"""Response models of the /v1 API: what the routers return and the OpenAPI schema shows."""
