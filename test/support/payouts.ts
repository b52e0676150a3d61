import { DataSource } from 'typeorm';
import { eventually } from './eventually';
import { Account, bearer, Tenant } from './factories';
import { TestApp } from './test-app';

export type Side = 'retailer' | 'manufacturer';
export type PayoutDriver = ReturnType<typeof payoutDriver>;

/** A statement period from 2020 to tomorrow, as a query string: everything the tests made. */
export const everything = () => `from=2020-01-01&to=${new Date(Date.now() + 86_400_000).toISOString().slice(0, 10)}`;

/** Payouts as the tests drive and read them with the test provider (no Stripe key): ops' runs, onboarding, transfers. */
export function payoutDriver(t: TestApp, ops: Account) {
  const db = t.app.get(DataSource);
  const runs = async () => (await t.http.get('/api/v1/ops/payout-runs').set(bearer(ops.token)).expect(200)).body;
  const transfers = (): Promise<{ account_id: string; currency: string; amount: number }[]> =>
    db.query(`SELECT account_id, currency, amount_minor::int AS amount FROM test_transfers ORDER BY created_at`);
  return {
    /** Payout runs as ops list them, newest first. */
    runs,
    /** `who`'s payouts of every period, newest first. */
    payoutsOf: async (who: Tenant, side: Side = 'retailer') =>
      (await t.http.get(`/api/v1/${side}/payouts?${everything()}`).set(bearer(who.admin.token)).expect(200)).body,
    /** Ops' "pay out now", waited for until the run has finished: the run as ops list it. */
    payOutNow: async () => {
      const before = (await runs()).length;
      await t.http.post('/api/v1/ops/payout-runs').set(bearer(ops.token)).expect(202);
      return eventually(async () => {
        const list = await runs();
        return list.length > before && list[0].finishedAt ? list[0] : undefined;
      }, 'the payout run');
    },
    /** Every transfer the test provider made, oldest first. */
    transfers,
    /** Transfers run as jobs after their run: waits until there are `count`. */
    transfersReach: (count: number) => eventually(async () => ((await transfers()).length === count ? transfers() : undefined), `${count} transfers`),
    /** An admin of `who` sets up payouts on the test provider's page and comes back: the account as the API reads it. */
    onboard: async (who: Tenant, side: Side = 'retailer') => {
      const link = await t.http.post(`/api/v1/${side}/payouts/account/onboarding`).set(bearer(who.admin.token)).expect(200);
      const path = new URL(link.body.url).pathname;
      const page = await t.http.get(path).expect(200);
      expect(page.text).toContain('TEST MODE');
      const done = await t.http.post(path).expect(303);
      expect(done.headers.location).toMatch(
        new RegExp(`/${side === 'retailer' ? 'retailer/settings/payouts' : 'manufacturer/payout-settings'}\\?returned=1$`),
      );
      // Spent: the link cannot be used twice.
      await t.http.post(path).expect(410);
      return (await t.http.post(`/api/v1/${side}/payouts/account/refresh`).set(bearer(who.admin.token)).expect(200)).body;
    },
  };
}
