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

  it('never cuts a character in half', () => {
    expect(quoted(`${'a'.repeat(39)}😀😀`)).toBe(`"${'a'.repeat(39)}…" (43 characters)`);
  });
});
