import { payoutRunCountsInWords } from './payout-run-words';

describe('a payout run in words for ops', () => {
  it('says why payouts are held, and what to do with failed ones, problems first', () => {
    expect(payoutRunCountsInWords({ paid: 3, held: 2, failed: 1 })).toBe(
      '1 transfer failed — retry under Failed transfers, 2 payouts on hold — onboarding not finished, 3 payouts paid',
    );
  });

  it('counts in the singular and the plural', () => {
    expect(payoutRunCountsInWords({ held: 1, pending: 2 })).toBe('1 payout on hold — onboarding not finished, 2 transfers on their way');
    expect(payoutRunCountsInWords({ pending: 1, carried: 2 })).toBe('1 transfer on its way, 2 nets of zero or less carried forward');
  });

  it('says nothing was due when the run made no payout', () => {
    expect(payoutRunCountsInWords({})).toBe('Nothing due');
    expect(payoutRunCountsInWords({ paid: 0 })).toBe('Nothing due');
  });
});
