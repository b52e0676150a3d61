// NestJS 12 ships ESM only: these packages are compiled to CommonJS for Jest along with our TypeScript.
const esmPackages = [
  '@nestjs',
  'file-type',
  'strtok3',
  'token-types',
  '@tokenizer',
  'uint8array-extras',
  '@borewit',
  'load-esm',
  'content-disposition',
  'cookie',
  'd3-geo',
  'd3-array',
  'internmap',
];

const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    },
    module: { type: 'commonjs' },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.(t|j|mj)s$': swc },
  transformIgnorePatterns: [`/node_modules/(?!(${esmPackages.join('|')})/)`],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'json'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
  // A spy (a frozen clock) never outlives its test, even one that failed halfway.
  restoreMocks: true,
  maxWorkers: 2,
  // Each test file starts the app, which loads the password dictionaries and the map's detail levels up front; a
  // worker that has grown past this after a file is replaced rather than carried into the next one.
  workerIdleMemoryLimit: '1500MB',
};
