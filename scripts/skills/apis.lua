-- scripts/skills/apis.lua: the skills of APIs and Microservices.
-- The format of a skill card is in scripts/README.md.

local skills = {}
local function skill(t) skills[t.id] = t end

skill{
  id = "rest_apis", name = "REST APIs", field = "apis", side = "developer",
  requires = { "http", "json" },
  card = "REST is a style for web APIs: resources have URLs, HTTP methods such as GET, POST, PUT and DELETE say what to do with them, and status codes report the result. Request and response bodies are usually JSON.",
}

skill{
  id = "api_design", name = "API design", field = "apis", side = "developer",
  requires = { "rest_apis" },
  card = "A good API is consistent and predictable: nouns for resources, the most specific status code (201, 204, 404, 409, 422), useful error bodies, pagination for long lists and a version such as /v1/ so clients do not break. PUT and DELETE should be idempotent, so clients can retry them.",
}

skill{
  id = "api_consuming", name = "Consuming APIs", field = "apis", side = "developer",
  requires = { "rest_apis" },
  optional = { "requests_lib" },
  card = "Calling someone else's API means never trusting the network. Set a timeout on every call, retry only what is safe with exponential backoff and jitter, and wait as long as a 429's Retry-After says. An Idempotency-Key makes a retried payment charge once.",
}

skill{
  id = "openapi", name = "OpenAPI", field = "apis", side = "developer",
  requires = { "rest_apis" },
  card = "OpenAPI is a standard, machine-readable format in YAML or JSON for describing HTTP APIs: paths, parameters, schemas and responses. Tools turn one spec into documentation, client code and tests, and FastAPI generates it for you.",
}

skill{
  id = "pydantic", name = "Pydantic", field = "apis", side = "developer",
  requires = { "python" },
  card = "Pydantic validates data with Python type hints: declare a model class, and input is parsed and checked against it, with clear errors when it does not fit. Version 2 renamed the API: Model.model_validate(data) and obj.model_dump() replace parse_obj() and .dict().",
}

skill{
  id = "fastapi", name = "FastAPI", field = "apis", side = "developer",
  requires = { "python", "rest_apis", "pydantic" },
  card = "FastAPI is a Python framework for building APIs, built on Starlette for the web parts and Pydantic 2 for data validation. Type hints declare each body, path and query parameter: bad input is answered 422 with the reasons, and the OpenAPI docs are generated at /docs. Endpoints can be async.",
}

skill{
  id = "api_auth", name = "API authentication", field = "apis", side = "developer",
  requires = { "rest_apis" },
  card = "An API must know who is calling (authentication: without it, 401) and what they may do (authorisation: refused, 403). API keys identify a program, bearer tokens a user, and OAuth 2 lets users grant an app limited access (the OAuth 2.1 draft requires PKCE). Credentials travel only over HTTPS.",
}

skill{
  id = "jwt", name = "JSON Web Tokens", field = "apis", side = "developer",
  requires = { "api_auth", "json" },
  optional = { "hmac", "digital_signatures" },
  card = "A JWT is a compact token of JSON claims, such as a user ID (sub), an expiry (exp) and an audience (aud), protected by a signature or MAC. Its payload is only encoded, not encrypted, so never put secrets in it. Verify with a fixed list of algorithms (never alg none), and check exp and aud.",
}

skill{
  id = "graphql", name = "GraphQL", field = "apis", side = "developer",
  requires = { "http", "json" },
  card = "GraphQL is a query language for APIs, created at Facebook and open-sourced in 2015. Clients ask one endpoint for exactly the fields they need, and a typed schema describes everything that can be queried.",
}

skill{
  id = "oauth2", name = "OAuth 2.0", field = "apis", side = "engineer",
  requires = { "api_auth", "tls" },
  card = "OAuth 2.0 is a framework for delegated authorisation: a user lets an app access their data at another service without giving it their password. OpenID Connect adds login on top of it and is behind many 'Sign in with' buttons.",
}

skill{
  id = "grpc", name = "gRPC", field = "apis", side = "engineer",
  requires = { "rest_apis" },
  card = "gRPC is an open-source RPC framework that uses HTTP/2 and Protocol Buffers, a compact binary format described by schema files. It is often used between internal services, where speed and generated client code matter more than browser support.",
}

skill{
  id = "api_versioning", name = "API versioning", field = "apis", side = "engineer",
  requires = { "api_design" },
  card = "Once clients depend on an API, breaking changes hurt them. Versions such as /v1/ in the path, adding fields instead of changing them and announcing deprecations early let an API evolve without breaking anyone.",
}

skill{
  id = "rate_limiting", name = "Rate limiting", field = "apis", side = "engineer",
  requires = { "api_design" },
  card = "Rate limiting caps how many requests a client may make in a time window, protecting a service from overload and abuse. Over the limit, an HTTP API answers 429 Too Many Requests, ideally with a Retry-After header.",
}

skill{
  id = "microservices", name = "Microservices", field = "apis", side = "engineer",
  requires = { "api_design" },
  optional = { "architecture" },
  one_of = { "flask", "fastapi", "django", "spring_boot", "expressjs" },
  card = "Microservices split an application into small services that each own their data and deploy on their own. Teams gain autonomy but pay with network failures and more to run, so many start with a modular monolith. Tracing (OpenTelemetry, W3C traceparent) follows a request across them.",
}

skill{
  id = "api_gateway", name = "API gateways", field = "apis", side = "engineer",
  requires = { "microservices" },
  optional = { "rate_limiting" },
  card = "An API gateway is a single entry point in front of many services. It routes requests and handles shared concerns such as authentication, rate limiting, TLS and logging, so each service does not have to.",
}

skill{
  id = "message_queues", name = "Message queues", field = "apis", side = "engineer",
  requires = { "rest_apis" },
  optional = { "microservices" },
  card = "Message brokers such as RabbitMQ, and event streaming platforms such as Apache Kafka, let services exchange messages without both being up at the same moment. Slow work moves to background workers, but delivery is usually at least once, so consumers must cope with duplicate or late messages.",
}

return skills
