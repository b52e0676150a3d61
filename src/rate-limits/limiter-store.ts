import { Injectable, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { AppConfig } from '../config/app-config';

const CONNECT_WAIT_MS = 5000;

/**
 * Where request counts live: in Redis when REDIS_URL is set, so every instance shares them, else in this
 * process's memory (the embedded default runs one process). A Redis that is down or not yet connected never
 * blocks a request: its limiter falls back to a count in memory until Redis answers again.
 */
@Injectable()
export class LimiterStore implements OnModuleInit, OnModuleDestroy {
  private readonly redis?: Redis;

  constructor(private readonly config: AppConfig) {
    // No offline queue: while Redis is unreachable a count fails at once and the in-memory stand-in answers.
    if (config.REDIS_URL) this.redis = new Redis(config.REDIS_URL, { maxRetriesPerRequest: 1, enableOfflineQueue: false });
    this.redis?.on('error', () => undefined);
  }

  /** Waits (at most CONNECT_WAIT_MS) for Redis, so the first requests are counted where every instance sees them. */
  async onModuleInit(): Promise<void> {
    const redis = this.redis;
    if (!redis || redis.status === 'ready') return;
    await new Promise<void>((settled) => {
      const timer = setTimeout(settled, CONNECT_WAIT_MS);
      const done = () => {
        clearTimeout(timer);
        settled();
      };
      redis.once('ready', done);
      redis.once('error', done);
    });
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
  }

  /** A limiter of `points` per `durationSeconds`, its counts kept under `name` (unique per deployment's prefix). */
  limiter(name: string, points: number, durationSeconds: number): RateLimiterAbstract {
    const memory = new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix: name });
    if (!this.redis) return memory;
    return new RateLimiterRedis({
      storeClient: this.redis,
      points,
      duration: durationSeconds,
      keyPrefix: `${this.config.QUEUE_PREFIX}:${name}`,
      rejectIfRedisNotReady: true,
      insuranceLimiter: memory,
    });
  }
}
