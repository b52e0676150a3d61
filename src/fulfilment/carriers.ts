/**
 * The carriers a fulfiller picks from when it ships, each with the tracking page its own site documents for one
 * tracking number ({n} is the number as stored: letters and digits only, see tracking-number.ts). A carrier typed
 * in freely is still accepted; it just gets no link.
 */
export const CARRIERS: readonly { name: string; trackingUrl: string }[] = [
  { name: 'USPS', trackingUrl: 'https://tools.usps.com/go/TrackConfirmAction?tLabels={n}' },
  { name: 'UPS', trackingUrl: 'https://www.ups.com/track?tracknum={n}' },
  { name: 'FedEx', trackingUrl: 'https://www.fedex.com/fedextrack/?trknbr={n}' },
  { name: 'DHL', trackingUrl: 'https://www.dhl.com/global-en/home/tracking.html?tracking-id={n}&submit=1' },
  { name: 'OnTrac', trackingUrl: 'https://www.ontrac.com/tracking/?number={n}' },
  { name: 'Canada Post', trackingUrl: 'https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor={n}' },
  { name: 'Purolator', trackingUrl: 'https://www.purolator.com/en/shipping/tracker?pin={n}' },
  { name: 'Royal Mail', trackingUrl: 'https://www.royalmail.com/track-your-item#/tracking-results/{n}' },
  { name: 'Parcelforce', trackingUrl: 'https://www.parcelforce.com/track-trace?trackNumber={n}' },
  { name: 'Australia Post', trackingUrl: 'https://auspost.com.au/mypost/track/details/{n}' },
];

const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const BY_KEY = new Map(CARRIERS.map((carrier) => [key(carrier.name), carrier]));

/**
 * The carrier's own tracking page for a parcel, or null for a carrier not in CARRIERS. The carrier is matched
 * whatever its case and spacing ("fedex", "Canada post"); the number goes in URL-encoded.
 */
export function trackingUrlFor(carrier: string, trackingNumber: string): string | null {
  const known = BY_KEY.get(key(carrier));
  return known ? known.trackingUrl.replace('{n}', encodeURIComponent(trackingNumber)) : null;
}
