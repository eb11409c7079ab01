// One Jest run, four projects: pure domain rules, the API against a real PostgreSQL,
// the Angular components, and the browser end-to-end tests in real Chromium.
const swc = ['@swc/jest', {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
}];
const aliases = {
  '^@ex-pulse/domain$': '<rootDir>/libs/domain/src/index.ts',
  '^@ex-pulse/domain/sentiment$': '<rootDir>/libs/domain/src/sentiment.ts',
  '^@ex-pulse/contracts$': '<rootDir>/libs/contracts/src/index.ts',
};
const node = {
  testEnvironment: 'node',
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@nestjs|file-type|strtok3|token-types|uint8array-extras|@tokenizer|openid-client|oauth4webapi|jose|oidc-provider)/)'],
  moduleNameMapper: aliases,
  rootDir: __dirname,
};

module.exports = {
  projects: [
    { ...node, displayName: 'domain', testMatch: ['<rootDir>/libs/**/*.spec.ts'] },
    {
      ...node,
      displayName: 'api',
      testMatch: ['<rootDir>/apps/api/**/*.spec.ts', '<rootDir>/test/support/**/*.spec.ts', '<rootDir>/test/api/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/setup-timeout.ts'],
    },
    {
      displayName: 'web',
      rootDir: __dirname,
      preset: 'jest-preset-angular',
      setupFilesAfterEnv: ['<rootDir>/apps/web/src/test-setup.ts'],
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/apps/web/**/*.spec.ts'],
      moduleNameMapper: aliases,
      transform: { '^.+\\.(ts|js|mjs|html|svg)$': ['jest-preset-angular', { tsconfig: '<rootDir>/apps/web/tsconfig.spec.json', stringifyContentPathRegex: '\\.(html|svg)$' }] },
      // @jsverse/utils (under Transloco) ships ES modules in plain .js files.
      transformIgnorePatterns: ['node_modules/(?!(.*\\.mjs$|@jsverse/utils/))'],
    },
    {
      // The exact attacker over random organisations (npm run test:attack): opt-in, see README "Anonymity".
      ...node,
      displayName: 'attack',
      testMatch: ['<rootDir>/test/attack/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/setup-timeout.ts'],
    },
    {
      // Faults (README "Faults survived"): each file starts its own PostgreSQL and the API in child processes.
      ...node,
      displayName: 'faults',
      testMatch: ['<rootDir>/test/faults/**/*.e2e-spec.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/faults/support/setup-timeout.ts'],
    },
    {
      ...node,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/browser/setup-timeout.ts'],
    },
  ],
};
