// API end-to-end tests run many HTTP calls against a real PostgreSQL.
jest.setTimeout(30_000);
