// Jest runs the TypeScript sources as native ESM (node --experimental-vm-modules).
// Two projects: `unit` (pure, no services) and `integration` (real PostgreSQL and Redis,
// a throwaway database and Redis key prefix per run, see test/setup/).
const tsJest = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }];

const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: {
    '^@hub/mapping$': '<rootDir>/libs/mapping/src/index.ts',
    '^@hub/connectors$': '<rootDir>/libs/connectors/src/index.ts',
    '^@hub/dunning$': '<rootDir>/libs/dunning/src/index.ts',
    '^@hub/config$': '<rootDir>/config/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
  rootDir: '.',
  modulePathIgnorePatterns: ['<rootDir>/dist/'],
};

export default {
  // A global option: Jest ignores testTimeout inside a project. Integration tests spawn processes
  // and share two cores with e2e syncs, so 5 s is too tight for them; unit tests rarely need it.
  testTimeout: 60000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/{apps,libs,config}/**/*.spec.ts'],
      testPathIgnorePatterns: ['\\.int\\.spec\\.ts$', '/node_modules/', '/dist/'],
      setupFilesAfterEnv: ['<rootDir>/test/setup/close-network.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,config}/**/*.int.spec.ts', '<rootDir>/test/**/*.e2e.spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/setup/close-network.ts', '<rootDir>/test/setup/migrate-test-database.ts'],
    },
  ],
};
