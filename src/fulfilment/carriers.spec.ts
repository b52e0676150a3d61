import { CARRIERS, trackingUrlFor } from './carriers';

describe('trackingUrlFor', () => {
  it("links a listed carrier's parcel to that carrier's own tracking page", () => {
    expect(trackingUrlFor('UPS', '1Z999AA10123456784')).toBe('https://www.ups.com/track?tracknum=1Z999AA10123456784');
    expect(trackingUrlFor('USPS', '9400111899223033005282')).toBe('https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111899223033005282');
    expect(trackingUrlFor('canada post', '1234567890123456')).toBe(
      'https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=1234567890123456',
    );
    expect(trackingUrlFor(' Fed-Ex ', '123456789012')).toBe('https://www.fedex.com/fedextrack/?trknbr=123456789012');
  });

  it('gives no link for a carrier typed in freely', () => {
    expect(trackingUrlFor('Bob’s courier', 'AB1234')).toBeNull();
  });

  it('has a tracking page with the number in it for every listed carrier', () => {
    for (const carrier of CARRIERS) expect(trackingUrlFor(carrier.name, 'AB1234')).toMatch(/^https:\/\/[^{}]+AB1234/);
  });
});
