'use strict';
/**
 * Lets a child process of the fault tests run the API from its TypeScript sources, as Jest does
 * (the same @swc/core options as jest.config.js, and the same @ex-pulse/* aliases), so the tests
 * need no build: `node -r ./test/faults/support/register-ts.js test/faults/support/api-child.ts`.
 * Nest's ESM-only packages load through Node's own require(esm).
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const Module = require('node:module');
const { transformSync } = require('@swc/core');

const root = join(__dirname, '..', '..', '..');
const aliases = {
  '@ex-pulse/domain': join(root, 'libs/domain/src/index.ts'),
  '@ex-pulse/domain/sentiment': join(root, 'libs/domain/src/sentiment.ts'),
  '@ex-pulse/contracts': join(root, 'libs/contracts/src/index.ts'),
};

const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return resolve.call(this, aliases[request] ?? request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
