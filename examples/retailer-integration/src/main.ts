import { createNearfillClient } from '../../../client/index.ts';
import { retailerIntegration } from './retailer-integration.ts';
import { startWebhookServer } from './webhook-server.ts';

/**
 * The shop's integration service: `node src/main.ts` (Node 24) with
 *   NEARFILL_URL             where Nearfill runs, e.g. https://nearfill.example
 *   NEARFILL_API_KEY         an API key of the retailer (X-Api-Key)
 *   NEARFILL_WEBHOOK_SECRET  the secret set with the webhook (PUT /api/v1/retailer/webhook)
 *   STOCK_FILE               the shop's stock file (default stock.json)
 *   PORT                     where webhooks are received (default 8787), at /nearfill/events
 *   SYNC_SECONDS             how often stock is pushed and the board read anyway (default 300)
 */
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Set ${name} (see the README)`);
  return value;
}

let parcels = 0;
const integration = retailerIntegration({
  nearfill: createNearfillClient({ baseUrl: required('NEARFILL_URL'), apiKey: required('NEARFILL_API_KEY') }),
  stockFile: process.env.STOCK_FILE ?? 'stock.json',
  // Replace with your carrier's API: this stands in for it with a made-up tracking number.
  bookParcel: async (order) => ({ carrier: 'Local courier', trackingNumber: `LC-${order.number}-${++parcels}` }),
});

const server = await startWebhookServer({
  secret: required('NEARFILL_WEBHOOK_SECRET'),
  onEvent: integration.handle,
  port: Number(process.env.PORT ?? 8787),
  host: '0.0.0.0',
});
console.log(`Receiving Nearfill webhooks on port ${new URL(server.url).port} at /nearfill/events`);

// Webhooks say when something changed; a periodic pass catches whatever a missed one would have said.
async function sync(): Promise<void> {
  await integration.pushStock();
  await integration.bidFromStock();
}
await sync();
setInterval(() => void sync().catch((error: unknown) => console.error((error as Error).message)), Number(process.env.SYNC_SECONDS ?? 300) * 1000);
