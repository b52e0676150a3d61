import { Injectable } from '@nestjs/common';

/** The time as the resolver and the ship-by SLA see it; tests move it instead of sleeping. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
