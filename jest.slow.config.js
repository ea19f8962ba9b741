/** `npm run test:slow`: only the slow suites (test/slow-suites.js), which `npm test` also runs. */
const base = require('./jest.config');
const SLOW = require('./test/slow-suites');

module.exports = { ...base, testMatch: SLOW };
