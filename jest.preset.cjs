// Shared jest settings: SWC transpiles TypeScript (with decorator metadata for Nest) and the
// @lantern/* aliases resolve to library sources, exactly as tsconfig.base.json maps them.
const path = require('node:path');
const root = __dirname;
const lib = (name, sub = 'index.ts') => path.join(root, 'libs', name, 'src', sub);
module.exports = {
  testEnvironment: 'node',
  // Integration tests start real processes and databases; nothing here is a timing assertion.
  testTimeout: 60000,
  transform: {
    '^.+\\.(t|j)sx?$': ['@swc/jest', { swcrc: false, jsc: { parser: { syntax: 'typescript', decorators: true, tsx: true }, transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } }, target: 'es2022', keepClassNames: true }, module: { type: 'commonjs' } }],
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  moduleNameMapper: {
    '^@lantern/db/testing$': lib('db', 'testing/index.ts'),
    '^@lantern/moderation/server$': lib('moderation', 'server.ts'),
    '^@lantern/(contracts|db|moderation|crisis|queue)$': path.join(root, 'libs/$1/src/index.ts'),
  },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx', '<rootDir>/test/**/*.spec.ts'],
};
