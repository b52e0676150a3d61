import { currencyExponent, formatMoney, majorToMinor, readableTextOn } from './money';

describe('storefront money and colours', () => {
  it('formats minor units with the currency decimals', () => {
    expect(formatMoney(129900, 'USD')).toBe('$1,299.00');
    expect(formatMoney(1299, 'JPY')).toBe('¥1,299');
    expect(formatMoney(1500, 'KWD').replace(/\s/g, ' ')).toBe('KWD 1.500');
  });

  it('knows each currency’s ISO 4217 exponent and converts major units exactly', () => {
    expect([currencyExponent('USD'), currencyExponent('JPY'), currencyExponent('KWD'), currencyExponent('bhd')]).toEqual([2, 0, 3, 3]);
    expect(() => currencyExponent('XYZ')).toThrow(/XYZ is not an ISO 4217 currency code/);
    expect(majorToMinor('1.29', 'USD')).toBe(129);
    expect(majorToMinor('1.2', 'USD')).toBe(120);
    expect(majorToMinor('190', 'JPY')).toBe(190);
    expect(majorToMinor('0.4', 'KWD')).toBe(400);
    expect(majorToMinor('1.5', 'JPY')).toBeNull();
    expect(majorToMinor('1.299', 'USD')).toBeNull();
    expect(majorToMinor('1.29', 'JPY', true)).toBe(1);
    expect(majorToMinor('1.005', 'USD', true)).toBe(101);
    expect(majorToMinor('1.0049', 'USD', true)).toBe(100);
  });

  it('picks the text colour that reads on the brand colour', () => {
    expect(readableTextOn('#0f766e')).toBe('#ffffff');
    expect(readableTextOn('#f59e0b')).toBe('#000000');
    expect(readableTextOn('#ffffff')).toBe('#000000');
  });
});
