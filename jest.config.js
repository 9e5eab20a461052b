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
  // Most suites wait on timers, sockets and child processes rather than the CPU, and none shares a
  // fixed port or address with another (emulators listen on port 0, taken listener ports fall back
  // to free ones, task addresses are reserved per process, containers carry their emulator's
  // label): one worker per core instead of Jest's default of one fewer.
  maxWorkers: '100%',
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
