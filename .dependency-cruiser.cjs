// The folders' rules (docs/architecture.md, "Rules between folders"): `npm run depcruise`.
const CORE = '^src/(common|config|errors|queue|geo|database)/';
const PAGES = '^src/(storefront|retailer-workspace|manufacturer-workspace|ops-console|workspace)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment:
        'An import cycle ties features together so neither can change alone. Only an entity pair may refer to each other ' +
        '(TypeORM relations); anything else breaks the cycle, e.g. by letting the feature register itself (see notifications/customer-emails.ts).',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.entity\\.ts$' },
      to: { circular: true },
    },
    {
      name: 'core-imports-no-feature',
      comment: 'The shared core (common, config, errors, queue, geo, database) is imported by features and never imports one.',
      severity: 'error',
      from: { path: CORE, pathNot: '\\.spec\\.ts$' },
      to: { path: '^src/', pathNot: CORE },
    },
    {
      name: 'pages-call-services',
      comment:
        "Audience page folders call feature services (which check access once) and never a repository, an entity's query API, " +
        'SQL or the database connection.',
      severity: 'error',
      from: { path: PAGES },
      to: {
        path: ['\\.entity\\.ts$', '\\.sql\\.ts$', '^src/database/', 'node_modules/typeorm/', 'node_modules/@nestjs/typeorm/'],
        // An entity's type (what a service returns) is no query API; a value imported from it could be one.
        dependencyTypesNot: ['type-only', 'pre-compilation-only'],
      },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count, marked as such: a cycle of types still ties the two files' changes together.
    tsPreCompilationDeps: 'specify',
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: ['^dist/', '^node_modules/'] },
  },
};
