import { DataSource } from 'typeorm';
import { typeormOptions } from '../src/database/typeorm-options';
import { createTestDatabase, dropTestDatabase } from './support/test-database';
import { databaseUrl } from './support/test-env';

describe('migrations', () => {
  it('match the entities: generating a migration from the entities finds nothing to change', async () => {
    const name = await createTestDatabase(); // holds exactly what the migrations create
    const dataSource = await new DataSource(typeormOptions(databaseUrl(name), false)).initialize();
    try {
      const pending = await dataSource.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
      await dropTestDatabase(name);
    }
  });
});
