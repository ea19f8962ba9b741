/** `npm run test:quick`: every suite of jest.config.js except the slow ones (test/slow-suites.js). */
const base = require('./jest.config');
const SLOW = require('./test/slow-suites');

module.exports = { ...base, testPathIgnorePatterns: [...base.testPathIgnorePatterns, ...SLOW] };
