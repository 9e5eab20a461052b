/** Two projects: fast unit tests (pure logic, aws-sdk-client-mock, in-process emulator)
 *  and end-to-end tests (the bundled dist/index.js run as a process against the emulator).
 *
 *  One timeout for every test and hook: the slowest legitimate test, the demo run end to end,
 *  bounds its child process at 100 s. Only the suites with real containers set a longer one, on
 *  their describe. */
const common = {
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
};
module.exports = {
  testTimeout: 120_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['/e2e/'],
    },
    { ...common, displayName: 'e2e', testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'] },
  ],
};
