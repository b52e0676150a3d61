import { formatMoney, readableTextOn } from './money';

describe('storefront money and colours', () => {
  it('formats minor units with the currency decimals', () => {
    expect(formatMoney(129900, 'USD')).toBe('$1,299.00');
    expect(formatMoney(1299, 'JPY')).toBe('¥1,299');
    expect(formatMoney(1500, 'KWD').replace(/\s/g, ' ')).toBe('KWD 1.500');
  });

  it('picks the text colour that reads on the brand colour', () => {
    expect(readableTextOn('#0f766e')).toBe('#ffffff');
    expect(readableTextOn('#f59e0b')).toBe('#000000');
    expect(readableTextOn('#ffffff')).toBe('#000000');
  });
});
