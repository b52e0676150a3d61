import { IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { BoardEntry } from '../board/board.dto';
import { DealerView } from '../dealers/dealer.dto';
import { DealerStatus } from '../dealers/dealer-status';
import { kmFromReaderUnit } from '../common/locale-format';
import { locate } from '../geo/locate';
import { LocationView } from '../retailers/location.dto';
import { MapArea, renderMap } from '../workspace/workspace-map';
import { Reader } from '../workspace/workspace-format';
import { RETAILER_PATHS } from './retailer-pages';
import { countOf } from '../common/plural';

/** Orders per board page: enough to scan, few enough to keep the page light. */
export const BOARD_PAGE_SIZE = 20;

/** The board's filters as the page's GET form sends them; the distance is in the reader's unit (mi or km). */
export class BoardFilterForm {
  @IsOptional() @IsUUID(undefined, { message: 'Choose a manufacturer from the list' }) manufacturerId?: string;
  @IsOptional() @IsString() @MaxLength(64, { message: 'SKU must be at most 64 characters' }) sku?: string;
  @IsOptional()
  @IsNumber({}, { message: 'Distance must be a number' })
  @Min(0, { message: 'Distance cannot be negative' })
  @Max(20000)
  maxDistance?: number;
  @IsOptional() @IsString() @MaxLength(200) cursor?: string;
}

/** The API's board query for these filters: the distance converted to km. */
export function boardQueryOf(filters: BoardFilterForm, reader: Reader) {
  return {
    manufacturerId: filters.manufacturerId,
    sku: filters.sku,
    maxDistanceKm: filters.maxDistance === undefined ? undefined : kmFromReaderUnit(filters.maxDistance, reader.country),
    cursor: filters.cursor,
    limit: BOARD_PAGE_SIZE,
  };
}

/** Orders by area for the map: one dot per postal code, placed at the code's centre, never the customer's street. */
export function ordersByArea(items: BoardEntry[]): MapArea[] {
  const areas = new Map<string, MapArea>();
  for (const item of items) {
    const key = `${item.shipTo.country}:${item.shipTo.postalCode}`;
    const known = areas.get(key);
    if (known) {
      known.count += 1;
      known.label = `${item.shipTo.city}, ${item.shipTo.region} ${item.shipTo.postalCode}: ${countOf(known.count, 'order', 'orders')}`;
      continue;
    }
    try {
      const at = locate({ postalCode: item.shipTo.postalCode, country: item.shipTo.country });
      areas.set(key, { lat: at.lat, lng: at.lng, count: 1, label: `${item.shipTo.city}, ${item.shipTo.region} ${item.shipTo.postalCode}: 1 order` });
    } catch {
      // An area the offline data cannot place stays in the list, just not on the map.
    }
  }
  return [...areas.values()];
}

/** The board page's view-model: the list, the filters as typed, the choices and the map. */
export function boardView(input: {
  items: BoardEntry[];
  nextCursor: string | null;
  filters: Record<string, string>;
  dealers: DealerView[];
  locations: LocationView[];
}) {
  const active = input.locations.filter((l) => l.active);
  const { cursor: _, ...kept } = input.filters;
  const query = (extra: Record<string, string>) => `${RETAILER_PATHS.board}?${new URLSearchParams({ ...kept, ...extra })}`;
  return {
    items: input.items,
    filters: input.filters,
    manufacturers: input.dealers.filter((d) => d.status === DealerStatus.Approved).map((d) => d.manufacturer),
    locations: active,
    pager: {
      previous: input.filters.cursor ? query({}) : undefined,
      next: input.nextCursor ? query({ cursor: input.nextCursor }) : undefined,
    },
    map: renderMap({
      title: 'Your locations, their service radius and the orders on this page by area',
      locations: active.map((l) => ({ lat: l.lat, lng: l.lng, radiusKm: l.serviceRadiusKm, label: l.name })),
      areas: ordersByArea(input.items),
      width: 480,
      height: 400,
    }),
  };
}
