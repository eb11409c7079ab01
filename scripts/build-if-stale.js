'use strict';
// Builds the API or the web app when its output is missing or older than its sources (npm start, npm run backup/restore).
const { execSync } = require('node:child_process');
const { existsSync, readdirSync, statSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');

function newest(paths) {
  let latest = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) for (const entry of readdirSync(p)) walk(join(p, entry));
    else latest = Math.max(latest, s.mtimeMs);
  };
  paths.map((p) => join(root, p)).forEach(walk);
  return latest;
}

function buildIfStale(name, output, sources, script) {
  const built = existsSync(join(root, output)) ? statSync(join(root, output)).mtimeMs : 0;
  if (built >= newest(sources)) return;
  console.log(`Building the ${name}…`);
  execSync(`npm run --silent ${script}`, { stdio: 'inherit', cwd: root });
}

const shared = ['libs', 'tsconfig.json', 'package-lock.json'];
const buildApiIfStale = () =>
  buildIfStale('API', 'dist/api/apps/api/src/main.js', ['apps/api/src', 'apps/api/tsconfig.app.json', ...shared], 'build:api');
const buildWebIfStale = () =>
  buildIfStale('web app', 'dist/web/browser/index.html', ['apps/web/src', 'angular.json', ...shared], 'build:web');

module.exports = { root, buildApiIfStale, buildWebIfStale };
