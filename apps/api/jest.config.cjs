module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'api',
  rootDir: __dirname,
  // Integration tests spawn the built worker as a real process; build the server side first.
  globalSetup: '<rootDir>/../../tools/test/build-server.global-setup.cjs',
};
