import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { Principal } from '../auth/role';
import { AppConfig } from '../config/app-config';
import { DomainError, ErrorCode } from '../errors/domain-error';
import { LimiterStore } from './limiter-store';

/** Whose requests share a count: an API key's, a signed-in user's, or (with no credentials) a client address's. */
export type LimitPolicy = 'api-key' | 'user' | 'address';

/** A request past its caller's limit (429); `retryAfterSeconds` goes out as Retry-After. */
export class RateLimited extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super(ErrorCode.TooManyRequests, `Too many requests. Wait ${retryAfterSeconds} second${retryAfterSeconds === 1 ? '' : 's'}, then try again.`);
  }
}

/**
 * How much one caller may ask (OWASP API4:2023): RATE_LIMIT_API_KEY requests per API key, RATE_LIMIT_USER per
 * signed-in user and RATE_LIMIT_ADDRESS per client address for callers without credentials (checkout,
 * tracking, store pages, sign-in), each per RATE_LIMIT_WINDOW_SECONDS fixed window, counted in LimiterStore
 * (Redis when configured). Every counted response says where its caller stands in the IETF RateLimit header
 * fields (draft-ietf-httpapi-ratelimit-headers-10), e.g. `RateLimit-Policy: "user";q=1200;w=60` and
 * `RateLimit: "user";r=1187;t=42`; a refused one is a 429 with Retry-After.
 */
@Injectable()
export class RequestLimits {
  private readonly window: number;
  private readonly limiters: Record<LimitPolicy, { limiter: RateLimiterAbstract; quota: number }>;

  constructor(config: AppConfig, store: LimiterStore) {
    this.window = config.RATE_LIMIT_WINDOW_SECONDS;
    const policy = (name: LimitPolicy, quota: number) => ({ limiter: store.limiter(`rate:${name}`, quota, this.window), quota });
    this.limiters = {
      'api-key': policy('api-key', config.RATE_LIMIT_API_KEY),
      user: policy('user', config.RATE_LIMIT_USER),
      address: policy('address', config.RATE_LIMIT_ADDRESS),
    };
  }

  /**
   * Counts one request of `principal` (none: the client's address), sets the RateLimit header fields on
   * `reply`, and throws RateLimited when the caller's quota for this window is spent.
   */
  async take(request: FastifyRequest, reply: FastifyReply, principal?: Principal): Promise<void> {
    const [name, key] =
      principal?.kind === 'api-key'
        ? (['api-key', principal.apiKeyId!] as const)
        : principal?.userId
          ? (['user', principal.userId] as const)
          : (['address', request.ip] as const);
    const { limiter, quota } = this.limiters[name];
    const outcome = await limiter.consume(key).then(
      (state) => ({ state, refused: false }),
      (reason: unknown) => {
        if (reason instanceof RateLimiterRes) return { state: reason, refused: true };
        throw reason;
      },
    );
    const resetSeconds = Math.max(1, Math.ceil(outcome.state.msBeforeNext / 1000));
    reply.header('RateLimit-Policy', `"${name}";q=${quota};w=${this.window}`);
    reply.header('RateLimit', `"${name}";r=${Math.max(0, outcome.state.remainingPoints)};t=${resetSeconds}`);
    if (outcome.refused) throw new RateLimited(resetSeconds);
  }
}
