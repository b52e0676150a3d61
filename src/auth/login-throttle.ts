import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { LimiterStore } from '../rate-limits/limiter-store';

/** A sign-in refused before the password was checked; `retryAfterSeconds` goes out as Retry-After. */
export class LoginThrottled extends DomainError {
  constructor(
    readonly retryAfterSeconds: number,
    scope: 'account' | 'address',
  ) {
    super(
      ErrorCode.TooManyRequests,
      `Too many failed sign-in attempts ${scope === 'account' ? 'for this account' : 'from your network'}. Wait ${wait(retryAfterSeconds)}, then try again.`,
    );
  }
}

const wait = (seconds: number) => (seconds < 90 ? `${seconds} second${seconds === 1 ? '' : 's'}` : `${Math.ceil(seconds / 60)} minutes`);

/**
 * Failed sign-ins, counted per account (the e-mail, known or not) and per client address in a fixed window
 * (LOGIN_RATE_LIMIT, LOGIN_ADDRESS_RATE_LIMIT, LOGIN_RATE_WINDOW_SECONDS): one address cannot try a password
 * on many accounts, and many addresses cannot share the guesses on one. With REDIS_URL the counts live in
 * Redis, shared by every instance (a count in memory stands in while Redis is unreachable); on the embedded
 * default they are in memory.
 *
 * Every attempt takes a point from both counts before the password is checked, atomically, so parallel
 * guesses cannot slip past the limit; a successful sign-in gives its points back.
 */
@Injectable()
export class LoginThrottle {
  private readonly byAccount: RateLimiterAbstract;
  private readonly byAddress: RateLimiterAbstract;

  constructor(config: AppConfig, store: LimiterStore) {
    const duration = config.LOGIN_RATE_WINDOW_SECONDS;
    this.byAccount = store.limiter('login:account', config.LOGIN_RATE_LIMIT, duration);
    this.byAddress = store.limiter('login:address', config.LOGIN_ADDRESS_RATE_LIMIT, duration);
  }

  /** Runs `signIn` if neither count is spent (else LoginThrottled); its failure keeps the points taken. */
  async attempt<T>(email: string, address: string, signIn: () => Promise<T>): Promise<T> {
    const keys: [RateLimiterAbstract, string, 'account' | 'address'][] = [
      // Hashed: the counts need no e-mail addresses in Redis.
      [this.byAccount, createHash('sha256').update(email.trim().toLowerCase()).digest('hex'), 'account'],
      [this.byAddress, address, 'address'],
    ];
    const taken = await Promise.allSettled(keys.map(([limiter, key]) => limiter.consume(key)));
    const refusals = taken.flatMap((outcome, i) => (outcome.status === 'rejected' ? [[outcome.reason as unknown, keys[i][2]] as const] : []));
    if (refusals.length) {
      // A refused attempt was never judged: it costs neither count.
      await Promise.all(taken.flatMap((outcome, i) => (outcome.status === 'fulfilled' ? [keys[i][0].reward(keys[i][1])] : [])));
      const [reason, scope] = refusals[0];
      if (!(reason instanceof RateLimiterRes)) throw reason;
      throw new LoginThrottled(Math.max(1, Math.ceil(reason.msBeforeNext / 1000)), scope);
    }
    const result = await signIn();
    await Promise.all(keys.map(([limiter, key]) => limiter.reward(key)));
    return result;
  }
}
