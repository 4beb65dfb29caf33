/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': 'ts-jest',
    '/node_modules/gaxios/.+\\.js$': '<rootDir>/test/helpers/gaxios-native-fetch.cjs',
  },
  transformIgnorePatterns: ['/node_modules/(?!gaxios/)'],
  testTimeout: 60000,
};
