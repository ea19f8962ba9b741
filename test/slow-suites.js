/**
 * The slow suites: the fault sweeps and the hostile-input table, about 70 % of `npm test`'s time.
 * `npm test` and CI run everything; `npm run test:quick` leaves these out (jest.quick.config.js)
 * and `npm run test:slow` runs only these (jest.slow.config.js).
 */
module.exports = [
  '<rootDir>/test/integration/faults.test.ts',
  '<rootDir>/test/integration/hostile-input.test.ts',
];
