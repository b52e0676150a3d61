import { Injectable } from '@nestjs/common';
import { Eta } from 'eta';
import { join } from 'node:path';
import { formatMoney } from '../common/money';
import { describeStatus } from '../orders/order-status';
import { CONSOLE_PATHS } from './console-paths';

const km = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)} km`);
const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);
const seconds = (ms: number | null) => (ms === null ? '—' : `${(ms / 1000).toFixed(1)} s`);
const dateTime = (at: Date | string | null) => (at === null ? '—' : new Date(at).toISOString().slice(0, 16).replace('T', ' '));

/** Renders the ops console's pages; every value is HTML-escaped unless a template says otherwise. */
@Injectable()
export class OpsConsoleRenderer {
  private readonly eta = new Eta({ views: join(__dirname, 'views'), cache: true, autoEscape: true });

  page(template: string, data: Record<string, unknown> = {}): string {
    return this.eta.render(template, { signedIn: true, ...data, paths: CONSOLE_PATHS, format: { km, percent, seconds, dateTime, money: formatMoney, status: describeStatus } });
  }
}
