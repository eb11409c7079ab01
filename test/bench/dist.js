'use strict';
/** The compiled API (npm run build:api writes dist/api/apps/api/src/**, CommonJS). */
const { existsSync } = require('node:fs');
const { join, resolve } = require('node:path');

const ROOT = resolve(__dirname, '..', '..');
const API_DIST = join(ROOT, 'dist', 'api', 'apps', 'api', 'src');

/** The application secret the benchmarks run the API with (api-server.js), so they can make its answer links. */
const BENCH_APP_SECRET = 'ex-pulse benchmark application secret, never a real one';

/** The answer links of the API as the benchmarks run it (AnswerLinks of the compiled API). */
function benchAnswerLinks() {
  const { AnswerLinks } = api('responses/answer-token');
  const { AppSecret } = api('common/app-secret');
  return new AnswerLinks(new AppSecret(Buffer.from(BENCH_APP_SECRET, 'utf8')));
}

function api(modulePath) {
  const file = join(API_DIST, `${modulePath}.js`);
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build:api first (npm run bench does).`);
  return require(file);
}

module.exports = { api, benchAnswerLinks, BENCH_APP_SECRET, ROOT };
