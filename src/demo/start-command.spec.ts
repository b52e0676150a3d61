import { startCommand } from './start-command';

describe('startCommand', () => {
  it('is plain `npm start` on the defaults', () => {
    expect(startCommand({ HOME: '/home/a', PATH: '/usr/bin' })).toBe('npm start');
  });

  it('repeats the port and data settings the demo ran with, so the printed URLs are served', () => {
    expect(startCommand({ PORT: '3600' })).toBe('PORT=3600 npm start');
    expect(startCommand({ DATA_DIR: '/tmp/my demo', PORT: '3600', PUBLIC_BASE_URL: 'https://shop.example.com' })).toBe(
      "PORT=3600 PUBLIC_BASE_URL=https://shop.example.com DATA_DIR='/tmp/my demo' npm start",
    );
  });

  it('does not print a password from a database URL', () => {
    expect(startCommand({ DATABASE_URL: 'postgres://nearfill:s3cret@db:5432/nearfill' })).toBe(
      'DATABASE_URL=<the same URL as for the demo> npm start',
    );
    expect(startCommand({ DATABASE_URL: 'postgres://127.0.0.1:5432/demo' })).toBe('DATABASE_URL=postgres://127.0.0.1:5432/demo npm start');
  });
});
