import { allocateCapacity, fromUuidArray, toUuidArray } from './award-rule';

const pairs = (rows: [string, string, string][]) => ({
  orderIds: rows.map((r) => r[0]),
  bidIds: rows.map((r) => r[1]),
  locationIds: rows.map((r) => r[2]),
});

describe('allocateCapacity', () => {
  it('gives a location its first pairs up to its capacity, in the order given', () => {
    const won = allocateCapacity(
      pairs([
        ['o1', 'b1', 'L'],
        ['o2', 'b2', 'L'],
        ['o3', 'b3', 'L'],
      ]),
      new Map([['L', 2]]),
    );
    expect(won).toEqual({ orderIds: ['o1', 'o2'], bidIds: ['b1', 'b2'] });
  });

  it('awards an order once: its later pairs use no capacity', () => {
    const won = allocateCapacity(
      pairs([
        ['o1', 'b1', 'A'],
        ['o1', 'b2', 'B'],
        ['o2', 'b3', 'B'],
      ]),
      new Map([
        ['A', 1],
        ['B', 1],
      ]),
    );
    expect(won).toEqual({ orderIds: ['o1', 'o2'], bidIds: ['b1', 'b3'] });
  });

  it('passes a full location by and takes the order next pair', () => {
    const won = allocateCapacity(
      pairs([
        ['o1', 'b1', 'A'],
        ['o2', 'b2', 'A'],
        ['o2', 'b3', 'B'],
      ]),
      new Map([
        ['A', 1],
        ['B', 5],
      ]),
    );
    expect(won).toEqual({ orderIds: ['o1', 'o2'], bidIds: ['b1', 'b3'] });
  });

  it('awards nothing at a location with no capacity left', () => {
    expect(allocateCapacity(pairs([['o1', 'b1', 'A']]), new Map([['A', 0]]))).toEqual({ orderIds: [], bidIds: [] });
  });
});

describe('uuid array literals', () => {
  it('read back what they wrote, the empty array included', () => {
    expect(fromUuidArray(toUuidArray(['a', 'b']))).toEqual(['a', 'b']);
    expect(fromUuidArray('{}')).toEqual([]);
  });
});
