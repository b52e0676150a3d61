import { formatDistance } from '../common/locale-format';
import { PickupService } from '../pickup/pickup.service';
import { searchNearZip } from './zip-search';

export interface PickupChoice {
  zip: string;
  stores: { locationId: string; name: string; address: string; distance: string }[];
  error?: string;
}

/**
 * A pickup store as the shopper reads it: the shop and which of its locations ("Rose City Bikes — Pearl District"),
 * or the location's name alone when it already names the shop ("Rose City Bikes store"), never the shop twice.
 */
export function storeName(retailerName: string, locationName: string): string {
  return locationName.toLowerCase().includes(retailerName.toLowerCase()) ? locationName : `${retailerName} — ${locationName}`;
}

/** The checkout's pick-up-in-store choice: the stores near the ZIP the customer searched, or why there are none. */
export async function pickupChoice(pickups: PickupService, slug: string, zip: string | undefined): Promise<PickupChoice | null> {
  const search = await searchNearZip(
    zip,
    async (postalCode) => (await pickups.locationsNear(slug, { postalCode })).items,
    'No store near this ZIP code offers pickup; we can ship it to you instead',
  );
  return (
    search && {
      zip: search.zip,
      error: search.error,
      stores: search.found.map((l) => ({
        locationId: l.locationId,
        name: storeName(l.retailerName, l.locationName),
        address: l.address,
        distance: formatDistance(l.distanceKm, l.country),
      })),
    }
  );
}
