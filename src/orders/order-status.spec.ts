import { canTransition, OrderStatus, statesLeadingTo } from './order-status';

describe('the order lifecycle', () => {
  it('allows cancelling only before an award', () => {
    expect(statesLeadingTo(OrderStatus.Cancelled).sort()).toEqual([OrderStatus.Placed, OrderStatus.Posted].sort());
  });

  it('awards only posted orders, or re-routes awarded ones', () => {
    expect(statesLeadingTo(OrderStatus.AwardedManufacturer).sort()).toEqual([OrderStatus.AwardedRetailer, OrderStatus.Posted].sort());
    expect(canTransition(OrderStatus.Placed, OrderStatus.AwardedRetailer)).toBe(false);
  });

  it('ships only awarded orders and delivers only shipped ones', () => {
    expect(statesLeadingTo(OrderStatus.Shipped).sort()).toEqual([OrderStatus.AwardedManufacturer, OrderStatus.AwardedRetailer].sort());
    expect(statesLeadingTo(OrderStatus.Delivered)).toEqual([OrderStatus.Shipped]);
  });

  it('ends at delivered and cancelled', () => {
    for (const to of Object.values(OrderStatus)) {
      expect(canTransition(OrderStatus.Delivered, to)).toBe(false);
      expect(canTransition(OrderStatus.Cancelled, to)).toBe(false);
    }
  });
});
