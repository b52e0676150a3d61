/** 129900 USD → "$1,299.00": minor units scaled by the currency's own number of decimals. */
export function formatMoney(minor: number, currency: string, locale = 'en-US'): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const decimals = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(minor / 10 ** decimals);
}

/** Black or white, whichever reads better on the brand colour (WCAG relative luminance). */
export function readableTextOn(hex: string): '#000000' | '#ffffff' {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  // Contrast with white is 1.05 / (L + 0.05); with black (L + 0.05) / 0.05: pick the larger.
  return 1.05 / (luminance + 0.05) >= (luminance + 0.05) / 0.05 ? '#ffffff' : '#000000';
}

/** A store's brand colours with the text colour that reads on each, for its pages and its e-mails. */
export function storeTheme(store: { primaryColor: string; accentColor: string }) {
  return {
    primary: store.primaryColor,
    onPrimary: readableTextOn(store.primaryColor),
    accent: store.accentColor,
    onAccent: readableTextOn(store.accentColor),
  };
}
