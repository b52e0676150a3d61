import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OPS_CLI, runCli } from './support/built-app';
import { bearer, createOps, createRetailer, login, Tenant } from './support/factories';
import { startTestApp, TestApp } from './support/test-app';

const GUESSABLE = 'password is too easy to guess: ';

describe('choosing a password', () => {
  let t: TestApp;
  let shop: Tenant;
  let opsToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    const ops = await createOps(t);
    opsToken = ops.token;
    shop = await createRetailer(t, ops);
  });
  afterAll(() => t.close());

  const addUser = (email: string, password: string, name = 'Member') =>
    t.http.post('/api/v1/team/users').set(bearer(shop.admin.token)).send({ email, name, password });

  it('refuses common, guessable and blank passwords for a colleague, saying why, and creates nobody', async () => {
    const refusals: [string, string][] = [
      ['password1234', `${GUESSABLE}This is similar to a commonly used password.`],
      ['qwertyuiop123', `${GUESSABLE}This is similar to a commonly used password.`],
      ['            ', 'password must not be only spaces'],
      ['\t\t\t\t\t\t\t\t\t\t\t\t', 'password must not be only spaces'],
      ['aaaaaaaaaaaaaaaa', `${GUESSABLE}Repeated characters like "aaa" are easy to guess.`],
      ['Summer2024!!!', GUESSABLE],
    ];
    for (const [password, message] of refusals) {
      const response = await addUser(`weak-${refusals.findIndex(([p]) => p === password)}@shop.test`, password).expect(400);
      expect(response.body.message).toContain(message);
    }
    // A short one gets the length rule alone.
    expect((await addUser('short@shop.test', 'abc').expect(400)).body.message).toBe('password must be at least 12 characters long');
    const team = await t.http.get('/api/v1/team/users').set(bearer(shop.admin.token)).expect(200);
    expect(team.body.map((u: { email: string }) => u.email).filter((e: string) => e.startsWith('weak-') || e.startsWith('short'))).toEqual([]);
  });

  it("refuses a password made of the person's own e-mail or name", async () => {
    const response = await addUser('marguerite.okonkwo@shop.test', 'okonkwo.marguerite', 'Marguerite Okonkwo').expect(400);
    expect(response.body.message).toMatch(/^password is too easy to guess: /);
  });

  const OWN_EMAIL = 'jo.user@sec.example';
  const OWN_EMAIL_PASSWORDS = [OWN_EMAIL, `${OWN_EMAIL}!`, `${OWN_EMAIL}12`, 'Jo.User@Sec.Example', 'jo.user.sec.example', 'jo.user-jo.user'];
  const ABOUT_YOU = `${GUESSABLE}it contains your e-mail address or name`;

  it("refuses a colleague's own e-mail, with or without a suffix, its local part and its parts, and their name", async () => {
    for (const password of [...OWN_EMAIL_PASSWORDS, 'Jo User Jo User!']) {
      const response = await addUser(OWN_EMAIL, password, 'Jo User').expect(400);
      expect(response.body.message).toContain(ABOUT_YOU);
    }
  });

  it("refuses an organisation's first admin whose password is their e-mail", async () => {
    for (const password of OWN_EMAIL_PASSWORDS) {
      const response = await t.http
        .post('/api/v1/ops/retailers')
        .set(bearer(opsToken))
        .send({ name: 'Own Mail Cycles', admin: { email: OWN_EMAIL, name: 'Jo', password } })
        .expect(400);
      expect(response.body.message).toContain(`admin.${ABOUT_YOU}`);
    }
  });

  it('accepts a long, uncommon passphrase, which then signs in', async () => {
    await addUser('passphrase@shop.test', 'velvet-orbit-cactus-harbor').expect(201);
    await login(t, 'passphrase@shop.test', 'velvet-orbit-cactus-harbor');
  });

  it("refuses a guessable password for an organisation's first admin, naming the field", async () => {
    const response = await t.http
      .post('/api/v1/ops/retailers')
      .set(bearer(opsToken))
      .send({ name: 'Weak Link Cycles', admin: { email: 'admin@weak-link.test', name: 'Admin', password: 'Password123!' } })
      .expect(400);
    expect(response.body.message).toMatch(/^admin\.password is too easy to guess: /);
  });

  it('refuses a guessable password in ops:create-user before touching any database', () => {
    const workdir = mkdtempSync(join(tmpdir(), 'nearfill-passwords-'));
    try {
      const result = runCli(OPS_CLI, ['--email', 'ops@weak.test', '--password', 'letmein12345'], workdir);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(GUESSABLE);
      for (const password of OWN_EMAIL_PASSWORDS.slice(0, 3)) {
        const own = runCli(OPS_CLI, ['--email', OWN_EMAIL, '--password', password], workdir);
        expect(own.status).toBe(1);
        expect(own.stderr).toContain(ABOUT_YOU);
      }
      const blank = runCli(OPS_CLI, ['--email', 'ops@weak.test', '--password', ' '.repeat(14)], workdir);
      expect(blank.stderr).toContain('password must not be only spaces');
    } finally {
      rmSync(workdir, { recursive: true, force: true });
    }
  });
});
