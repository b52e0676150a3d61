import { CANCELLABLE, canTransition, OrderStatus, statesLeadingTo } from './order-status';

describe('the order lifecycle', () => {
  it('allows cancelling by a person only before anyone fulfils it; an uncollected pickup is cancelled by its timer', () => {
    expect(CANCELLABLE.sort()).toEqual([OrderStatus.AwaitingPayment, OrderStatus.Placed, OrderStatus.Posted].sort());
    expect(statesLeadingTo(OrderStatus.Cancelled).sort()).toEqual([...CANCELLABLE, OrderStatus.PickupAssigned, OrderStatus.ReadyForPickup].sort());
  });

  it('awards only posted orders (military mail straight to the manufacturer), or re-routes awarded ones', () => {
    expect(statesLeadingTo(OrderStatus.AwardedManufacturer).sort()).toEqual(
      [OrderStatus.AwardedRetailer, OrderStatus.Placed, OrderStatus.Posted].sort(),
    );
    expect(canTransition(OrderStatus.Placed, OrderStatus.AwardedRetailer)).toBe(false);
  });

  it('ships only awarded orders and ship-to-store ones, and delivers only shipped ones', () => {
    expect(statesLeadingTo(OrderStatus.Shipped).sort()).toEqual(
      [OrderStatus.AwardedManufacturer, OrderStatus.AwardedRetailer, OrderStatus.ShipToStore].sort(),
    );
    expect(statesLeadingTo(OrderStatus.Delivered)).toEqual([OrderStatus.Shipped]);
  });

  it('takes a pickup order off the board: assigned, then accepted or shipped to the store, ready, picked up', () => {
    expect(canTransition(OrderStatus.Placed, OrderStatus.PickupAssigned)).toBe(true);
    expect(canTransition(OrderStatus.PickupAssigned, OrderStatus.Posted)).toBe(false);
    expect(statesLeadingTo(OrderStatus.ShipToStore)).toEqual([OrderStatus.PickupAssigned]);
    expect(statesLeadingTo(OrderStatus.ReadyForPickup).sort()).toEqual([OrderStatus.PickupAccepted, OrderStatus.Shipped].sort());
    expect(statesLeadingTo(OrderStatus.PickedUp)).toEqual([OrderStatus.ReadyForPickup]);
  });

  it('waits for its payment first: authorised it is placed, unpaid it expires, and an expired order goes nowhere', () => {
    expect(statesLeadingTo(OrderStatus.Placed)).toEqual([OrderStatus.AwaitingPayment]);
    expect(statesLeadingTo(OrderStatus.Expired)).toEqual([OrderStatus.AwaitingPayment]);
    expect(canTransition(OrderStatus.AwaitingPayment, OrderStatus.Posted)).toBe(false);
    for (const to of Object.values(OrderStatus)) expect(canTransition(OrderStatus.Expired, to)).toBe(false);
  });

  it('ends at delivered, picked up and cancelled', () => {
    for (const to of Object.values(OrderStatus)) {
      expect(canTransition(OrderStatus.Delivered, to)).toBe(false);
      expect(canTransition(OrderStatus.PickedUp, to)).toBe(false);
      expect(canTransition(OrderStatus.Cancelled, to)).toBe(false);
    }
  });
});
