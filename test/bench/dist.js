'use strict';
/** The compiled API (npm run build:api writes dist/api/apps/api/src/**, CommonJS). */
const { existsSync } = require('node:fs');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..', '..');
const API_DIST = join(ROOT, 'dist', 'api', 'apps', 'api', 'src');

function api(modulePath) {
  const file = join(API_DIST, `${modulePath}.js`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build:api first (npm run bench does).`);
  return require(file);
}

module.exports = { api, ROOT };
