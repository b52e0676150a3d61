import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { createHash, timingSafeEqual } from 'node:crypto';
import { bearerToken } from '../auth/auth.decorators';
import { AppConfig } from '../config/app-config';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Lets a Prometheus scraper in with "Authorization: Bearer <METRICS_TOKEN>"; never when no token is configured. */
@Injectable()
export class ScrapeTokenGuard implements CanActivate {
  private readonly expected?: Buffer;

  constructor(config: AppConfig) {
    if (config.METRICS_TOKEN) this.expected = digest(config.METRICS_TOKEN);
  }

  canActivate(context: ExecutionContext): boolean {
    const token = bearerToken(context.switchToHttp().getRequest<{ headers: { authorization?: string } }>().headers);
    // Digests have one length, so the comparison takes the same time whatever was sent.
    return Boolean(this.expected && token && timingSafeEqual(digest(token), this.expected));
  }
}
