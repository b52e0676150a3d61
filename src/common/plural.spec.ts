import { countOf } from './plural';

describe('countOf', () => {
  it('writes one thing in the singular and other counts in the plural', () => {
    expect(countOf(1, 'order', 'orders')).toBe('1 order');
    expect(countOf(0, 'order', 'orders')).toBe('0 orders');
    expect(countOf(2, 'run', 'runs')).toBe('2 runs');
  });

  it('groups the digits of large counts as the reader writes them', () => {
    expect(countOf(12500, 'order', 'orders')).toBe('12,500 orders');
  });
});
