import { storeName } from './pickup-choice';

describe('storeName', () => {
  it('names the shop and its location', () => {
    expect(storeName('Rose City Bikes', 'Pearl District')).toBe('Rose City Bikes — Pearl District');
  });

  it('does not repeat a shop its location already names', () => {
    expect(storeName('Rose City Bikes', 'Rose City Bikes store')).toBe('Rose City Bikes store');
    expect(storeName('Rose City Bikes', 'Rose City Bikes')).toBe('Rose City Bikes');
  });
});
