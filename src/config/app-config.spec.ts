import { ConfigError, loadConfig, localBaseUrl } from './app-config';

describe('configuration', () => {
  it('starts with no environment at all on the embedded defaults', () => {
    const config = loadConfig({});
    expect(config.embeddedDatabase).toBe(true);
    expect(config.inProcessJobs).toBe(true);
    expect(config.PORT).toBe(3000);
    expect(config.RESOLVE_CRON).toBe('0 2 * * *');
    expect(config.PAYOUT_CRON).toBe('0 6 * * 1');
  });

  it.each([
    ['PORT', 'eighty', /PORT must be a whole number/],
    ['DATABASE_URL', 'mysql://db', /DATABASE_URL must be a postgres:\/\/ URL/],
    ['REDIS_URL', 'localhost:6379', /REDIS_URL must be a redis:\/\/ URL/],
    ['RESOLVE_CRON', 'every day at 2', /RESOLVE_CRON must be a cron expression/],
    ['PAYOUT_CRON', 'weekly', /PAYOUT_CRON must be a cron expression/],
    ['PAYOUT_ATTEMPTS', '0', /PAYOUT_ATTEMPTS must not be less than 1/],
    ['RESOLVE_TZ', 'Mars/Olympus', /RESOLVE_TZ must be an IANA time zone/],
    ['RUN_MIGRATIONS', 'yes', /RUN_MIGRATIONS must be "true" or "false"/],
    ['JWT_SECRET', 'short', /JWT_SECRET must be at least 32 characters/],
    ['METRICS_TOKEN', 'short', /METRICS_TOKEN must be at least 32 characters/],
    ['RATE_LIMIT_USER', '0', /RATE_LIMIT_USER must be a whole number of requests, at least 1/],
    ['RATE_LIMIT_ADDRESS', 'lots', /RATE_LIMIT_ADDRESS must be a whole number of requests, at least 1/],
    ['RATE_LIMIT_WINDOW_SECONDS', '90000', /RATE_LIMIT_WINDOW_SECONDS must be a whole number of seconds from 1 to 86400/],
    ['PLATFORM_FEE_FIXED', '1.29, JPY 1.5', /PLATFORM_FEE_FIXED: "JPY 1.5" must be an amount in major units/],
  ])('refuses a malformed %s with a message naming it', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
  });

  it('derives the public URL from PORT and HOST unless PUBLIC_BASE_URL is set', () => {
    expect(loadConfig({}).PUBLIC_BASE_URL).toBe('http://localhost:3000');
    expect(loadConfig({ PORT: '3801' }).PUBLIC_BASE_URL).toBe('http://localhost:3801');
    expect(loadConfig({ PORT: '3801', HOST: '192.168.1.5' }).PUBLIC_BASE_URL).toBe('http://192.168.1.5:3801');
    expect(loadConfig({ PORT: '3801', PUBLIC_BASE_URL: 'https://shop.example.com/' }).PUBLIC_BASE_URL).toBe('https://shop.example.com');
    expect(loadConfig({ PUBLIC_BASE_URL: '' }).PUBLIC_BASE_URL).toBe('http://localhost:3000');
    expect(localBaseUrl('::1', 3000)).toBe('http://[::1]:3000');
    expect(localBaseUrl('::', 3000)).toBe('http://localhost:3000');
  });

  it('lists every bad variable at once', () => {
    const attempt = () => loadConfig({ PORT: '0', LOG_LEVEL: 'chatty' });
    expect(attempt).toThrow(/PORT/);
    expect(attempt).toThrow(/LOG_LEVEL/);
  });

  it('requires a JWT secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required when NODE_ENV=production/);
  });
});
