import { dateTimeFormat, numberFormat, pluralRules } from './intl-formats';

describe('Intl formatters made once', () => {
  it('gives the same formatter for the same locale and options, and formats as a new one would', () => {
    const options = { style: 'currency', currency: 'EUR' } as const;
    expect(numberFormat('de-DE', options)).toBe(numberFormat('de-DE', { ...options }));
    expect(numberFormat('de-DE', options).format(1299.5)).toBe(new Intl.NumberFormat('de-DE', options).format(1299.5));
    expect(pluralRules('en-US')).toBe(pluralRules('en-US'));
  });

  it('keeps formatters for other options, locales or time zones apart', () => {
    const at = new Date('2026-12-01T10:00:00Z');
    expect(dateTimeFormat('en-US', { timeStyle: 'short', timeZone: 'America/Los_Angeles' }).format(at)).toBe('2:00 AM');
    expect(dateTimeFormat('en-US', { timeStyle: 'short', timeZone: 'Europe/Berlin' }).format(at)).toBe('11:00 AM');
    expect(numberFormat('en-US').format(1234.5)).toBe('1,234.5');
    expect(numberFormat('de-DE').format(1234.5)).toBe('1.234,5');
  });

  it('refuses an unknown time zone every time, as Intl does', () => {
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en-US', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
