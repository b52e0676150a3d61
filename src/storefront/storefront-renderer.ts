import { Injectable } from '@nestjs/common';
import { join } from 'node:path';
import { Store } from '../stores/store.entity';
import { formatMoney, storeTheme } from '../common/money';
import { viewsRenderer } from '../common/eta-views';

/** Renders the server-side pages; every value is HTML-escaped unless a template says otherwise. */
@Injectable()
export class StorefrontRenderer {
  private readonly eta = viewsRenderer(join(__dirname, 'views'));

  page(template: string, store: Store | null, data: Record<string, unknown> = {}): string {
    const theme = store ? storeTheme(store) : { primary: '#374151', onPrimary: '#ffffff', accent: '#1d4ed8', onAccent: '#ffffff' };
    const money = (minor: number) => formatMoney(minor, store?.currency ?? 'USD');
    return this.eta.render(template, { ...data, store, theme, money });
  }
}
