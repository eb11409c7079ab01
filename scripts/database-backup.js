#!/usr/bin/env node
// `npm run backup [-- file]` and `npm run restore -- file` (README, "Data kept and erased"):
// builds the API when stale, then runs its backup command against DATABASE_URL or the embedded PostgreSQL.
'use strict';
const { join } = require('node:path');
const { root, buildApiIfStale } = require('./build-if-stale');

process.chdir(root);
buildApiIfStale();
require(join(root, 'dist/api/apps/api/src/backup-cli.js'));
