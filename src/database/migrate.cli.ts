import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config/app-config';
import { EmbeddedPostgres } from './embedded-postgres';
import { typeormOptions } from './typeorm-options';

// `npm run migration:run`: applies pending migrations to DATABASE_URL, or to the embedded default.
async function main(): Promise<void> {
  const config = loadConfig();
  const embedded = config.DATABASE_URL ? undefined : new EmbeddedPostgres(config.DATA_DIR);
  const url = config.DATABASE_URL ?? (await embedded!.start());
  const dataSource = await new DataSource(typeormOptions(url, !!embedded)).initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `Applied: ${applied.map((m) => m.name).join(', ')}` : 'Schema is up to date.');
  } finally {
    await dataSource.destroy();
    await embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
