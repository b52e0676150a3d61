import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// Every feature's entities, found in its own folder (src/<feature>/*.entity.ts) so this core folder imports no feature:
// the compiled .js files under dist/, the TypeScript sources under the tests.
const ENTITIES = [join(__dirname, '..', '**', '*.entity.{js,ts}')];

/** The one place that says how Nearfill talks to PostgreSQL, shared by the app, the CLIs and the tests. */
export function typeormOptions(url: string, embedded: boolean): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    extra: embedded
      ? // One connection to the single-session embedded database; fail instead of waiting forever on it.
        { max: 1, connectionTimeoutMillis: 30_000 }
      : { max: 10, connectionTimeoutMillis: 10_000 },
  };
}
