module.exports = { ...require('../../jest.preset.cjs'), displayName: 'crisis', rootDir: __dirname };
