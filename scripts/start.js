#!/usr/bin/env node
// `npm start`: builds the API and the web app when they are missing or older than their
// sources, then runs the server (which starts an embedded PostgreSQL when DATABASE_URL is unset).
'use strict';
const { join } = require('node:path');
const { root, buildApiIfStale, buildWebIfStale } = require('./build-if-stale');

process.chdir(root);
buildApiIfStale();
buildWebIfStale();

require(join(root, 'dist/api/apps/api/src/main.js'));
