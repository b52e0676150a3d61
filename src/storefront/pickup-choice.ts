import { formatDistance } from '../common/locale-format';
import { DomainError } from '../errors/domain-error';
import { PickupService } from '../pickup/pickup.service';

export interface PickupChoice {
  zip: string;
  stores: { locationId: string; name: string; address: string; distance: string }[];
  error?: string;
}

/** The checkout's pick-up-in-store choice: the stores near the ZIP the customer searched, or why there are none. */
export async function pickupChoice(pickups: PickupService, slug: string, zip: string | undefined): Promise<PickupChoice | null> {
  const wanted = zip?.trim();
  if (!wanted) return null;
  if (!/^\d{5}(-\d{4})?$/.test(wanted)) return { zip: wanted, stores: [], error: 'Enter a 5-digit US ZIP code, such as 97201' };
  try {
    const { items } = await pickups.locationsNear(slug, { postalCode: wanted });
    return {
      zip: wanted,
      stores: items.map((l) => ({
        locationId: l.locationId,
        name: l.locationName === l.retailerName ? l.retailerName : `${l.retailerName} — ${l.locationName}`,
        address: l.address,
        distance: formatDistance(l.distanceKm, l.country),
      })),
      error: items.length ? undefined : 'No store near this ZIP code offers pickup; we can ship it to you instead',
    };
  } catch (error) {
    if (error instanceof DomainError) return { zip: wanted, stores: [], error: 'We could not find this ZIP code; please check it' };
    throw error;
  }
}
