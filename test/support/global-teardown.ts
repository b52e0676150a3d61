import { undocumentedStatuses } from './status-log';
import { admin } from './test-database';
import { templateDatabase } from './test-env';

export default async function globalTeardown(): Promise<void> {
  await admin((client) => client.query(`DROP DATABASE IF EXISTS ${templateDatabase()} WITH (FORCE)`));
  // Every status the API sent in this run must be one its operation documents.
  const undocumented = undocumentedStatuses();
  if (undocumented.length) throw new Error(`Statuses sent but not documented in the OpenAPI responses:\n${undocumented.join('\n')}`);
}
