import { storeTheme } from '../common/money';
import { StoreSettings } from '../stores/store.dto';

/** The store form's fields as typed, by their API names ("warehouse.city"). */
export type StoreFormValues = Record<string, string>;

/** The saved settings as the form shows them. */
export function storeFormValues(store: StoreSettings): StoreFormValues {
  const text = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value));
  return {
    name: store.name,
    slug: store.slug,
    primaryColor: store.primaryColor,
    accentColor: store.accentColor,
    tagline: text(store.tagline),
    supportEmail: text(store.supportEmail),
    currency: store.currency,
    minBoardHours: text(store.minBoardHours),
    shipByDays: text(store.shipByDays),
    platformCredit: store.platformCredit ? 'yes' : '',
    'warehouse.line1': text(store.warehouse?.line1),
    'warehouse.city': text(store.warehouse?.city),
    'warehouse.region': text(store.warehouse?.region),
    'warehouse.postalCode': text(store.warehouse?.postalCode),
    'warehouse.country': text(store.warehouse?.country),
  };
}

const HEX = /^#[0-9a-fA-F]{6}$/;

/**
 * What the storefront's header and a product card would look like with these values (saved or only typed):
 * invalid colours fall back to the saved ones, so the preview never breaks.
 */
export function storePreview(values: StoreFormValues, saved: StoreSettings) {
  const theme = storeTheme({
    primaryColor: HEX.test(values.primaryColor ?? '') ? values.primaryColor : saved.primaryColor,
    accentColor: HEX.test(values.accentColor ?? '') ? values.accentColor : saved.accentColor,
  });
  return {
    theme,
    name: values.name || saved.name,
    tagline: values.tagline ?? '',
    logoUrl: saved.logoUrl,
    currency: values.currency || saved.currency,
  };
}

/** Whether saving would move the store to another address, breaking links to the old one. */
export const slugChanges = (values: StoreFormValues, saved: StoreSettings) => Boolean(values.slug) && values.slug !== saved.slug;
