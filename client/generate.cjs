// Writes client/schema.d.ts from the OpenAPI document of the built app (npm run client:generate), built in this
// process: no server is started. Without DATABASE_URL the app runs on a throwaway embedded database.
// `node client/generate.cjs --document openapi.json` prints the types of a saved document instead (the test's check).
const { mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const BANNER = '// Generated from the Nearfill OpenAPI document by `npm run client:generate`; do not edit.\n\n';

/** The TypeScript types of an OpenAPI document, as openapi-typescript writes them. */
async function schemaTypes(document) {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  return BANNER + astToString(await openapiTS(document));
}

async function builtAppDocument() {
  require('reflect-metadata');
  const dist = join(__dirname, '..', 'dist', 'src');
  const { loadConfig } = require(join(dist, 'config', 'app-config.js'));
  const { createApp, openApiDocument } = require(join(dist, 'app.factory.js'));
  const dataDir = mkdtempSync(join(tmpdir(), 'nearfill-openapi-'));
  const env = { NODE_ENV: 'development', LOG_LEVEL: 'warn', DATA_DIR: dataDir, PATH: process.env.PATH };
  if (process.env.DATABASE_URL) env.DATABASE_URL = process.env.DATABASE_URL;
  const app = await createApp(loadConfig(env));
  try {
    await app.init();
    return openApiDocument(app);
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const saved = process.argv.indexOf('--document');
  const printed = saved > 0;
  (printed ? Promise.resolve(JSON.parse(readFileSync(process.argv[saved + 1], 'utf8'))) : builtAppDocument())
    .then(schemaTypes)
    .then((types) => {
      if (printed) return process.stdout.write(types);
      writeFileSync(join(__dirname, 'schema.d.ts'), types);
      console.log('client/schema.d.ts written');
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
