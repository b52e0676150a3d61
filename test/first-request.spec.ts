import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { passwordDictionariesLoaded } from '../src/auth/password-strength';
import { compiledViewFiles } from '../src/common/eta-views';
import { mapDetailLevels } from '../src/workspace/workspace-map';
import { startTestApp, TestApp } from './support/test-app';

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

  it('holds the password dictionaries, so the first new password is judged at once', async () => {
    expect(passwordDictionariesLoaded()).toBe(true);
  });
});

describe('a process that never checks a password', () => {
  it('does not load the password dictionaries with the app', () => {
    // The resolver CLI loads the whole app module but never judges a password; the dictionaries stay out of its heap.
    const loaded = execFileSync(
      process.execPath,
      [
        '-e',
        "require('reflect-metadata'); require('./dist/src/app.module'); process.stdout.write(String(require('./dist/src/auth/password-strength').passwordDictionariesLoaded()))",
      ],
      { cwd: join(__dirname, '..'), encoding: 'utf8' },
    );
    expect(loaded).toBe('false');
  });
});
