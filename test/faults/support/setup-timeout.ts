// A fault scenario starts PostgreSQL and the API, and waits through outages and restarts.
jest.setTimeout(180_000);
