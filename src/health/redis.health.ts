import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '../config/app-config';
import { redisAnswers } from '../queue/redis-ping';

@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly config: AppConfig,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async check(key: string) {
    const session = this.indicator.check(key);
    if (!this.config.REDIS_URL) return session.up({ mode: 'in-process jobs (no REDIS_URL)' });
    const { up, error } = await redisAnswers(this.config.REDIS_URL);
    return up ? session.up() : session.down({ message: error });
  }
}
