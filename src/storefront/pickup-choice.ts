import { formatDistance } from '../common/locale-format';
import { PickupService } from '../pickup/pickup.service';
import { searchNearZip } from './zip-search';

export interface PickupChoice {
  zip: string;
  stores: { locationId: string; name: string; address: string; distance: string }[];
  error?: string;
}

/** The checkout's pick-up-in-store choice: the stores near the ZIP the customer searched, or why there are none. */
export async function pickupChoice(pickups: PickupService, slug: string, zip: string | undefined): Promise<PickupChoice | null> {
  const search = await searchNearZip(zip, async (postalCode) => (await pickups.locationsNear(slug, { postalCode })).items, 'No store near this ZIP code offers pickup; we can ship it to you instead');
  return (
    search && {
      zip: search.zip,
      error: search.error,
      stores: search.found.map((l) => ({
        locationId: l.locationId,
        name: l.locationName === l.retailerName ? l.retailerName : `${l.retailerName} — ${l.locationName}`,
        address: l.address,
        distance: formatDistance(l.distanceKm, l.country),
      })),
    }
  );
}
