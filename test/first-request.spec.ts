import { NestFactory } from '@nestjs/core';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from '../src/app.module';
import { passwordDictionariesLoaded } from '../src/auth/password-strength';
import { compiledViewFiles } from '../src/common/eta-views';
import { mapDetailLevels } from '../src/workspace/workspace-map';
import { createTestDatabase, dropTestDatabase } from './support/test-database';
import { startTestApp, testConfig, TestApp } from './support/test-app';

// First in this file: the app started below loads what it preloads into the modules this file shares with it.
describe('a process that builds the app but serves no pages', () => {
  it('holds neither the password dictionaries nor the map detail, as the resolver CLI', async () => {
    // What `npm run resolve` builds: every module and provider of the app, started, without the HTTP app.
    const databaseName = await createTestDatabase();
    try {
      const context = await NestFactory.createApplicationContext(AppModule.forRoot(testConfig(databaseName, { REDIS_URL: '' })), {
        logger: ['error'],
      });
      await context.close();
    } finally {
      await dropTestDatabase(databaseName);
    }
    expect(passwordDictionariesLoaded()).toBe(false);
    expect(mapDetailLevels().built).toBe(0);
  });
});

// A page's first request must not wait for something being loaded: whatever it would load is loaded before the app
// listens. Checked on the mechanism (what is loaded once the app is up), not on timings a busy machine moves.
describe('a started app, before its first request', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(() => t?.close());

  it('has every page and e-mail view compiled', () => {
    const src = join(__dirname, '..', 'src');
    const views = readdirSync(src, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.eta'))
      .map((file) => join(src, file));
    expect(views.length).toBeGreaterThan(60);
    expect(views.filter((file) => !compiledViewFiles().has(file))).toEqual([]);
  });

  it("has the map's every detail level built", () => {
    const { built, all } = mapDetailLevels();
    expect(all).toBeGreaterThan(1);
    expect(built).toBe(all);
  });

  it('holds the password dictionaries, so the first new password is judged at once', () => {
    expect(passwordDictionariesLoaded()).toBe(true);
  });
});
