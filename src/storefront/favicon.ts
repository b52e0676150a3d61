import { storeTheme } from '../common/money';
import { Store } from '../stores/store.entity';

const escape = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** A 32×32 SVG icon: the store's initial in its readable text colour on its primary colour. */
export function storeFavicon(store: Pick<Store, 'name' | 'primaryColor' | 'accentColor'>): string {
  const theme = storeTheme(store);
  const initial = escape((store.name.trim()[0] ?? 'N').toUpperCase());
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="${theme.primary}"/><text x="16" y="22.5" font-family="system-ui,sans-serif" font-size="19" font-weight="700" text-anchor="middle" fill="${theme.onPrimary}">${initial}</text></svg>`;
}
