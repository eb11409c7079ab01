#!/usr/bin/env node
// `npm start`: builds the API and the web app when they are missing or older than their
// sources, then runs the server (which starts an embedded PostgreSQL when DATABASE_URL is unset).
'use strict';
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
process.chdir(root);

function newest(paths) {
  let latest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const entry of readdirSync(p)) walk(join(p, entry));
    else latest = Math.max(latest, s.mtimeMs);
  };
  paths.forEach(walk);
  return latest;
}

function buildIfStale(name, output, sources, script) {
  const built = existsSync(output) ? statSync(output).mtimeMs : 0;
  if (built >= newest(sources)) return;
  console.log(`Building the ${name}…`);
  execSync(`npm run --silent ${script}`, { stdio: 'inherit' });
}

const shared = ['libs', 'tsconfig.json', 'package-lock.json'];
buildIfStale('API', 'dist/api/apps/api/src/main.js', ['apps/api/src', 'apps/api/tsconfig.app.json', ...shared], 'build:api');
buildIfStale('web app', 'dist/web/browser/index.html', ['apps/web/src', 'angular.json', ...shared], 'build:web');

require(join(root, 'dist/api/apps/api/src/main.js'));
