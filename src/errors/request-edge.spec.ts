import { findUnstorableText, jsonDepth } from './request-edge';

describe('reading a request before it is parsed', () => {
  it('measures how deep JSON nests, ignoring brackets inside strings', () => {
    expect(jsonDepth('{"a":[1,{"b":2}]}')).toBe(3);
    expect(jsonDepth('{"text":"[[[[{{{{ \\" ]]]"}')).toBe(1);
    expect(jsonDepth('['.repeat(5000))).toBe(5000);
    expect(jsonDepth('"plain"')).toBe(0);
  });

  it('finds the first field holding a NUL or a lone surrogate, by its path', () => {
    expect(findUnstorableText({ customer: { name: 'Ann\u0000Lee' } }, '')).toBe('customer.name');
    expect(findUnstorableText({ lines: [{ sku: 'ok' }, { sku: '\ud800' }] }, '')).toBe('lines[1].sku');
    expect(findUnstorableText({ ['bad\u0000key']: 1 }, '')).toBe('bad\u0000key');
    expect(findUnstorableText({ name: 'Zoë 😀', tags: ['a'] }, '')).toBeUndefined();
  });
});
