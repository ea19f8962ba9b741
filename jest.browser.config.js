/** Browser tests: the real sidebars in Debian's Chromium (playwright-core) against the preview server. */
module.exports = {
  // Node's environment with console output held back per test: printed only for a failing test.
  testEnvironment: '<rootDir>/test/quiet-environment.js',
  roots: ['<rootDir>/test/browser'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.browser.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  globalSetup: '<rootDir>/test/global-setup.js',
  testTimeout: 120000,
};
