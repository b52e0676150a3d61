import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  Validate,
  ValidateIf,
  ValidationError,
  ValidatorConstraint,
  ValidatorConstraintInterface,
  validateSync,
} from 'class-validator';
import { CronExpressionParser } from 'cron-parser';
import { existsSync } from 'node:fs';
import { parseAmountsPerCurrency } from '../common/money';

const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : (typeof value === 'string' || typeof value === 'number') && /^-?\d+$/.test(String(value))
      ? Number(value)
      : value;
const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : value === 'true' ? true : value === 'false' ? false : value;
const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

@ValidatorConstraint({ name: 'cron' })
class IsCronExpression implements ValidatorConstraintInterface {
  validate(value: unknown) {
    if (typeof value !== 'string') return false;
    try {
      CronExpressionParser.parse(value);
      return true;
    } catch {
      return false;
    }
  }
  defaultMessage() {
    return '$property must be a cron expression such as "0 2 * * *"';
  }
}

@ValidatorConstraint({ name: 'fixedFeeTable' })
class IsFixedFeeTable implements ValidatorConstraintInterface {
  private problem = '';
  validate(value: unknown) {
    try {
      parseAmountsPerCurrency(String(value));
      return true;
    } catch (error) {
      this.problem = (error as Error).message;
      return false;
    }
  }
  defaultMessage() {
    return `$property: ${this.problem}`;
  }
}

@ValidatorConstraint({ name: 'timeZone' })
class IsTimeZone implements ValidatorConstraintInterface {
  validate(value: unknown) {
    if (typeof value !== 'string') return false;
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value });
      return true;
    } catch {
      return false;
    }
  }
  defaultMessage() {
    return '$property must be an IANA time zone such as "UTC" or "America/Chicago"';
  }
}

/** Every environment variable the app reads; `.env.example` documents each one. */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt({ message: 'PORT must be a whole number between 1 and 65535' })
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string = undefined;

  // A read replica of DATABASE_URL for replays' reads (src/replay); without it they read DATABASE_URL.
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'REPLICA_DATABASE_URL must be a postgres:// URL' })
  REPLICA_DATABASE_URL?: string = undefined;

  @IsString()
  DATA_DIR = '.nearfill-data';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL?: string = undefined;

  @IsString()
  @Matches(/^[a-zA-Z0-9_-]+$/, { message: 'QUEUE_PREFIX may contain only letters, digits, "_" and "-"' })
  QUEUE_PREFIX = 'nearfill';

  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters long' })
  JWT_SECRET?: string = undefined;

  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  JWT_TTL_SECONDS = 900;

  @Transform(toBool)
  @IsBoolean({ message: 'RUN_MIGRATIONS must be "true" or "false"' })
  RUN_MIGRATIONS = true;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(10 * 1024 * 1024)
  BODY_LIMIT_BYTES = 256 * 1024;

  // Failed sign-ins per account (e-mail) and per client address in a window; counted in Redis when configured.
  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_LIMIT = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_ADDRESS_RATE_LIMIT = 100;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  LOGIN_RATE_WINDOW_SECONDS = 900;

  // Requests per RATE_LIMIT_WINDOW_SECONDS per API key, per signed-in user, and per client address for callers
  // without credentials (store pages, checkout, tracking, sign-in); counted in Redis when configured.
  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_API_KEY must be a whole number of requests, at least 1' })
  @Min(1, { message: 'RATE_LIMIT_API_KEY must be a whole number of requests, at least 1' })
  RATE_LIMIT_API_KEY = 3000;

  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_USER must be a whole number of requests, at least 1' })
  @Min(1, { message: 'RATE_LIMIT_USER must be a whole number of requests, at least 1' })
  RATE_LIMIT_USER = 1200;

  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_ADDRESS must be a whole number of requests, at least 1' })
  @Min(1, { message: 'RATE_LIMIT_ADDRESS must be a whole number of requests, at least 1' })
  RATE_LIMIT_ADDRESS = 1200;

  @Transform(toInt)
  @IsInt({ message: 'RATE_LIMIT_WINDOW_SECONDS must be a whole number of seconds from 1 to 86400' })
  @Min(1, { message: 'RATE_LIMIT_WINDOW_SECONDS must be a whole number of seconds from 1 to 86400' })
  @Max(86_400, { message: 'RATE_LIMIT_WINDOW_SECONDS must be a whole number of seconds from 1 to 86400' })
  RATE_LIMIT_WINDOW_SECONDS = 60;

  /**
   * The proxies in front of the app, whose X-Forwarded-For names the client: `true` (any) or addresses and
   * CIDRs (`loopback`, `10.0.0.0/8`, comma-separated). Unset: the connection's address is the client's.
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^[\w.:/]+(\s*,\s*[\w.:/]+)*$/, { message: 'TRUST_PROXY must be "true" or comma-separated addresses or CIDRs' })
  TRUST_PROXY?: string = undefined;

  /** TRUST_PROXY in Fastify's terms. */
  get trustProxy(): boolean | string {
    return this.TRUST_PROXY === 'true' || (this.TRUST_PROXY ?? false);
  }

  @IsString()
  @Validate(IsCronExpression)
  RESOLVE_CRON = '0 2 * * *';

  @IsString()
  @Validate(IsTimeZone)
  RESOLVE_TZ = 'UTC';

  // When fulfillers are paid (their statements' net since the last payout, per currency), in RESOLVE_TZ; weekly by default.
  @IsString()
  @Validate(IsCronExpression)
  PAYOUT_CRON = '0 6 * * 1';

  // A payout's transfer is tried this many times through the queue, waiting PAYOUT_RETRY_MS, then twice as long each time;
  // after the last try it is shown to ops as failed, to retry.
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30)
  PAYOUT_ATTEMPTS = 8;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  PAYOUT_RETRY_MS = 30_000;

  // Orders awarded per transaction, and per job (a run is split into jobs of at most this many orders).
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  RESOLVE_BATCH_SIZE = 5000;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  RESOLVE_PART_SIZE = 100_000;

  // Platform fee per shipped order: this many hundredths of a percent of the fulfilment price, plus a fixed amount.
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10_000)
  PLATFORM_FEE_BASIS_POINTS = 950;

  // Its fixed part per currency in major units: "1.29, JPY 190, KWD 0.4" (a bare amount: every other currency).
  @IsString()
  @MaxLength(2000)
  @Validate(IsFixedFeeTable)
  PLATFORM_FEE_FIXED = '1.29, JPY 190';

  // Lets a Prometheus scraper read /metrics with "Authorization: Bearer <token>"; unset, only ops users can.
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'METRICS_TOKEN must be at least 32 characters long' })
  METRICS_TOKEN?: string = undefined;

  // Unset or empty: http://localhost:PORT (or http://HOST:PORT when HOST names one address), see loadConfig.
  @ValidateIf((config: AppConfig) => config.PUBLIC_BASE_URL !== '')
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'PUBLIC_BASE_URL must be an absolute http(s) URL' })
  @MaxLength(200)
  PUBLIC_BASE_URL = '';

  // Customer e-mails go out over this SMTP server (smtp:// or smtps://); unset, they are kept for ops to read.
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string = undefined;

  @IsEmail({}, { message: 'MAIL_FROM must be an e-mail address' })
  MAIL_FROM = 'orders@nearfill.example';

  // A notification is tried this many times, waiting NOTIFICATION_RETRY_MS, then twice as long each time.
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30)
  NOTIFICATION_ATTEMPTS = 10;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  NOTIFICATION_RETRY_MS = 5000;

  // How often the outbox is checked for notifications not yet handed to the queue.
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(60_000)
  OUTBOX_RELAY_INTERVAL_MS = 1000;

  // With Redis: how often unfinished resolution runs and payouts are checked for jobs the queue no longer has.
  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(600_000)
  RUN_WATCHDOG_INTERVAL_MS = 60_000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  // Whether retailer webhooks may point at loopback, private or link-local addresses (this network's own
  // hosts). Unset: only outside production, where a retailer's test receiver often runs on localhost.
  @Transform(toBool)
  @IsOptional()
  @IsBoolean({ message: 'WEBHOOK_PRIVATE_ADDRESSES must be "true" or "false"' })
  WEBHOOK_PRIVATE_ADDRESSES?: boolean = undefined;

  get webhooksMayReachPrivateAddresses(): boolean {
    return this.WEBHOOK_PRIVATE_ADDRESSES ?? this.NODE_ENV !== 'production';
  }

  // Card payments through Stripe (both set) or, with neither, the test provider's own hosted page (TEST MODE).
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^(sk|rk)_(test|live)_[A-Za-z0-9]+$/, {
    message: 'STRIPE_SECRET_KEY must be a Stripe secret key (sk_live_…, sk_test_… or a restricted rk_… key)',
  })
  STRIPE_SECRET_KEY?: string = undefined;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^whsec_[A-Za-z0-9]+$/, { message: 'STRIPE_WEBHOOK_SECRET must be the signing secret of your Stripe webhook endpoint (whsec_…)' })
  STRIPE_WEBHOOK_SECRET?: string = undefined;

  // Where the Stripe SDK sends its requests; unset: Stripe itself. Only for a local stand-in of Stripe's API.
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'STRIPE_API_URL must be an absolute http(s) URL' })
  STRIPE_API_URL?: string = undefined;

  // The test provider takes no money: in production it runs only when this says so.
  @Transform(toBool)
  @IsBoolean({ message: 'PAYMENTS_TEST_MODE must be "true" or "false"' })
  PAYMENTS_TEST_MODE = false;

  // How long the hosted payment page takes the payment before the unpaid order expires (Stripe: 30 to 1440).
  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(1440)
  PAYMENT_CHECKOUT_MINUTES = 60;

  get paymentProvider(): 'stripe' | 'test' {
    return this.STRIPE_SECRET_KEY ? 'stripe' : 'test';
  }

  get embeddedDatabase(): boolean {
    return !this.DATABASE_URL;
  }

  get inProcessJobs(): boolean {
    return !this.REDIS_URL;
  }
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

function describe(errors: ValidationError[], env: Record<string, string | undefined>): string[] {
  return errors.flatMap((error) =>
    Object.values(error.constraints ?? {}).map((message) => `${message} (got ${JSON.stringify(env[error.property])})`),
  );
}

/**
 * Reads and validates the environment (with no argument: process.env after reading `.env`); throws a
 * ConfigError naming every bad variable.
 */
export function loadConfig(given?: Record<string, string | undefined>): AppConfig {
  if (!given) readDotEnv();
  const env = given ?? process.env;
  const known = Object.keys(new AppConfig());
  const relevant = Object.fromEntries(known.filter((key) => env[key] !== undefined).map((key) => [key, env[key]]));
  const config = plainToInstance(AppConfig, relevant);
  const problems = describe(validateSync(config, { forbidUnknownValues: false }), env);
  if (config.NODE_ENV === 'production' && !config.JWT_SECRET) {
    problems.push('JWT_SECRET is required when NODE_ENV=production (at least 32 random characters)');
  }
  if (Boolean(config.STRIPE_SECRET_KEY) !== Boolean(config.STRIPE_WEBHOOK_SECRET)) {
    problems.push(
      'STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET go together: set both to take card payments through Stripe, or neither for the test provider',
    );
  }
  if (config.NODE_ENV === 'production' && !config.STRIPE_SECRET_KEY && !config.PAYMENTS_TEST_MODE) {
    problems.push(
      'No payment provider: set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET to take card payments, or PAYMENTS_TEST_MODE=true to run the test provider (no money moves) in production',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  config.PUBLIC_BASE_URL = (config.PUBLIC_BASE_URL || localBaseUrl(config.HOST, config.PORT)).replace(/\/+$/, '');
  return config;
}

/**
 * Where a browser on this machine reaches the app when PUBLIC_BASE_URL is unset: "http://localhost:3801" for
 * PORT=3801 on every interface, "http://192.168.1.5:3000" for HOST=192.168.1.5, IPv6 literals in brackets.
 */
export function localBaseUrl(host: string, port: number): string {
  const anyAddress = ['', '0.0.0.0', '::', '[::]'].includes(host);
  const name = anyAddress ? 'localhost' : host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/**
 * Reads `.env` in the working directory into process.env, if there is one. Variables already set in the
 * environment win (Node's own loader leaves them alone), so `PORT=3801 npm start` beats the file.
 */
export function readDotEnv(path = '.env'): boolean {
  if (!existsSync(path)) return false;
  process.loadEnvFile(path);
  return true;
}
