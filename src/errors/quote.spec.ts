import { excerpt, quoted } from './quote';

describe('quoting input in messages', () => {
  it('quotes a short value whole', () => {
    expect(quoted('BK-ROAD-54')).toBe('"BK-ROAD-54"');
  });

  it('cuts a long value to an excerpt with its length, whatever its size', () => {
    const cell = 'x'.repeat(5 * 1024 * 1024);
    expect(quoted(cell)).toBe(`"${'x'.repeat(40)}…" (5,242,880 characters)`);
    expect(excerpt(`Invalid Opening Quote: value is "${cell}"`, 60).length).toBeLessThan(100);
  });

  it('quotes a number as itself and a list or object sent in its place as its JSON', () => {
    expect(quoted(12)).toBe('"12"');
    expect(quoted({ sku: 'BK-ROAD-54' })).toBe('"{"sku":"BK-ROAD-54"}"');
    expect(quoted(null)).toBe('""');
  });

  it('never cuts a character in half', () => {
    expect(quoted(`${'a'.repeat(39)}😀😀`)).toBe(`"${'a'.repeat(39)}…" (43 characters)`);
  });
});
