/** Where the tests find the real PostgreSQL and Redis servers (started by `.ci/run` or by you). */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** The migrated template of this test run: named per run, so two runs at once never drop each other's. */
export const templateDatabase = () => process.env.NEARFILL_TEST_TEMPLATE ?? 'nearfill_test_template';

export function databaseUrl(name: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return url.toString();
}
