import { formatDistance } from '../common/locale-format';
import { OrderPlacementService } from '../orders/order-placement.service';
import { searchNearZip } from './zip-search';

export interface DealerChoice {
  zip: string;
  dealers: { retailerId: string; label: string }[];
  error?: string;
}

/** The checkout's "support a local dealer" choice: the dealers delivering near the ZIP the customer searched, nearest first. */
export async function dealerChoice(placement: OrderPlacementService, slug: string, zip: string | undefined): Promise<DealerChoice | null> {
  const search = await searchNearZip(
    zip,
    async (postalCode) => (await placement.dealersNear(slug, { postalCode })).items,
    'No dealer delivers near this ZIP code; the nearest one who has it in stock will ship it',
  );
  return (
    search && {
      zip: search.zip,
      error: search.error,
      dealers: search.found.map((d) => ({ retailerId: d.retailerId, label: `${d.name} (about ${formatDistance(d.distanceKm, 'US')})` })),
    }
  );
}
