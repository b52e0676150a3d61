import { admin } from './test-database';
import { templateDatabase } from './test-env';

export default async function globalTeardown(): Promise<void> {
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${templateDatabase()} WITH (FORCE)`));
}
