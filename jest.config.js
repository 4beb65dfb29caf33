/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // The build keeps import() (tsconfig module node16) so that ncc splits rarely used commands into chunks
    // of their own; Jest's module VM needs CommonJS require instead.
    '^.+\\.ts$': ['ts-jest', { tsconfig: { module: 'commonjs', moduleResolution: 'node' } }],
    '/node_modules/gaxios/.+\\.js$': '<rootDir>/test/helpers/gaxios-native-fetch.cjs',
  },
  transformIgnorePatterns: ['/node_modules/(?!gaxios/)'],
  // Relative imports written with the .js extension ESM resolution asks for name the .ts sources.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testTimeout: 60000,
};
