import { Global, Module } from '@nestjs/common';
import { LimiterStore } from './limiter-store';
import { RequestLimits } from './request-limits';

/** Request counts per caller (RequestLimits, used by the auth guard) and the store they share with sign-in's. */
@Global()
@Module({ providers: [LimiterStore, RequestLimits], exports: [LimiterStore, RequestLimits] })
export class RateLimitsModule {}
