// One jest run over every project, in band (2-core machines): see README "Tests".
module.exports = {
  // testTimeout is a global option: inside a project config jest ignores it. Integration tests start
  // real processes and databases; nothing here is a timing assertion.
  testTimeout: 60000,
  // --shard splits by time (npm test runs four shards in its lanes beside the browser tests), not by file count.
  testSequencer: '<rootDir>/tools/test/duration-sequencer.cjs',
  // Test databases are copies of one migrated template per run; this drops it at the end.
  globalTeardown: '<rootDir>/tools/test/drop-test-templates.cjs',
  projects: ['<rootDir>/libs/*/jest.config.cjs', '<rootDir>/apps/*/jest.config.cjs', '<rootDir>/tools/jest.config.cjs'],
};
