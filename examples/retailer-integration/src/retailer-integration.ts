import type { components, NearfillClient } from '../../../client/index.ts';
import { locationWithAll, readStockFile } from './stock-file.ts';

type BoardEntry = components['schemas']['BoardEntry'];
type WonOrder = components['schemas']['WonOrderView'];
type ApiError = components['schemas']['ErrorResponse'];

/** What the shop's carrier account gives back when a parcel is booked. */
export interface BookedParcel {
  carrier: string;
  trackingNumber: string;
}

export interface IntegrationOptions {
  nearfill: NearfillClient;
  /** Path of the shop's stock file (see stock-file.ts). */
  stockFile: string;
  /** Books a parcel for a won order with the shop's carrier: replace with your carrier's API or your warehouse system. */
  bookParcel: (order: WonOrder) => Promise<BookedParcel>;
  log?: (message: string) => void;
}

/** An event Nearfill posts to the webhook: `{ id, type, createdAt, data }`. */
export interface NearfillEvent {
  id: string;
  type: string;
  createdAt: string;
  data: { order?: { id: string }; orderUrl?: string } & Record<string, unknown>;
}

const failure = (what: string, error: ApiError | undefined, status: number) => new Error(`${what}: HTTP ${status}: ${error?.message ?? 'no answer'}`);

/**
 * A retailer's side of Nearfill: pushes the stock file's counts, bids on what it can ship from stock, and ships
 * what it wins. Every step is safe to repeat (a bid placed twice is one bid, counts are absolute, an order
 * already shipped is skipped), so a retried webhook or a restart does no harm.
 */
export function retailerIntegration({ nearfill, stockFile, bookParcel, log = console.log }: IntegrationOptions) {
  /** Sends each location's counts from the stock file (PUT replaces the location's whole count). */
  async function pushStock(): Promise<void> {
    const stock = await readStockFile(stockFile);
    for (const { locationId, items } of stock.locations) {
      const { error, response } = await nearfill.PUT('/api/v1/retailer/inventory/locations/{id}', {
        params: { path: { id: locationId } },
        body: { items: Object.entries(items).map(([sku, quantity]) => ({ sku, quantity })) },
      });
      if (error) throw failure(`Stock count of location ${locationId}`, error, response.status);
      log(`Stock pushed for location ${locationId}: ${Object.keys(items).length} SKUs`);
    }
  }

  /** Every order on the board, page by page (the cursor keeps its place as orders come and go). */
  async function readBoard(): Promise<BoardEntry[]> {
    const entries: BoardEntry[] = [];
    let cursor: string | undefined;
    do {
      const { data, error, response } = await nearfill.GET('/api/v1/retailer/board', { params: { query: { limit: 100, cursor } } });
      if (error) throw failure('Board', error, response.status);
      entries.push(...data.items);
      cursor = data.nextCursor ?? undefined;
    } while (cursor);
    return entries;
  }

  /** Bids on every board order not bid on yet whose lines one location has on hand; returns the order numbers bid on. */
  async function bidFromStock(): Promise<string[]> {
    const stock = await readStockFile(stockFile);
    const placed: string[] = [];
    for (const entry of await readBoard()) {
      if (entry.myBid?.status === 'open') continue;
      const locationId = locationWithAll(stock, entry.lines);
      if (!locationId) continue;
      const { error, response } = await nearfill.PUT('/api/v1/retailer/board/{orderId}/bid', {
        params: { path: { orderId: entry.orderId } },
        body: { locationId },
      });
      // 409: the window closed or Nearfill's count says the units are promised elsewhere; the board moves on.
      if (response.status === 409) log(`No bid on #${entry.number}: ${error?.message}`);
      else if (error) throw failure(`Bid on #${entry.number}`, error, response.status);
      else placed.push(entry.number);
    }
    if (placed.length) log(`Bid on ${placed.map((n) => `#${n}`).join(', ')}`);
    return placed;
  }

  /** Books a parcel for a won order and tells Nearfill its carrier and tracking number (skipped once shipped). */
  async function shipWonOrder(orderId: string): Promise<void> {
    const { data: order, error, response } = await nearfill.GET('/api/v1/retailer/orders/{id}', { params: { path: { id: orderId } } });
    if (error) throw failure(`Won order ${orderId}`, error, response.status);
    if (order.shipments.length) return;
    const parcel = await bookParcel(order);
    const shipped = await nearfill.POST('/api/v1/retailer/orders/{id}/shipments', { params: { path: { id: orderId } }, body: parcel });
    if (shipped.error) throw failure(`Shipping #${order.number}`, shipped.error, shipped.response.status);
    log(`Shipped #${order.number} to ${order.customer.name} with ${parcel.carrier} ${parcel.trackingNumber}`);
  }

  /** What each webhook event means for the shop. */
  async function handle(event: NearfillEvent): Promise<void> {
    if (event.type === 'order.posted') await bidFromStock();
    else if (event.type === 'order.awarded' && event.data.order) await shipWonOrder(event.data.order.id);
    else if (event.type === 'inventory.stale') await pushStock();
  }

  return { pushStock, readBoard, bidFromStock, shipWonOrder, handle };
}

export type RetailerIntegration = ReturnType<typeof retailerIntegration>;
