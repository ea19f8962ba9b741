/** Unit, emulator and integration tests: everything that needs no browser. */
module.exports = {
  // Node's environment with console output held back per test: printed only for a failing test.
  testEnvironment: '<rootDir>/test/quiet-environment.js',
  roots: ['<rootDir>/test'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  globalSetup: '<rootDir>/test/global-setup.js',
};
