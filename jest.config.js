/** Jest in ESM mode (NestJS 12 ships as ES modules only). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: false }],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // A hang detector, not a speed target: tests wait for states, and a machine busy with other work
  // may take several times as long (tests with more work give themselves more).
  testTimeout: 120000,
  // Three on two cores: the tests wait on PostgreSQL, Chromium and timers much of the time, and a
  // third file keeps both cores busy (the whole suite in 13 minutes instead of 16 here). More would
  // need more database connections than PostgreSQL's default 100 on a bigger machine.
  maxWorkers: 3,
  // Fixed clock zone for date-based rules: the programs' default timezone.
  setupFiles: ['<rootDir>/test/support/env.ts'],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};
