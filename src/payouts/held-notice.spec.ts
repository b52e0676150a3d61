import { HELD_REMINDER_DAYS, heldNotice } from './held-notice';

const day = 86_400_000;
const first = new Date('2026-11-02T06:00:00Z');
const weeksLater = (weeks: number) => new Date(first.getTime() + weeks * 7 * day);

describe('heldNotice', () => {
  it('e-mails the first time a payout is held', () => {
    expect(heldNotice(null, 5_000, first)).toEqual({ cutoff: first, amountMinor: 5_000, tell: true });
  });

  it('stays quiet while the held amount is the same, carrying the first notice', () => {
    expect(heldNotice({ cutoff: first, amountMinor: 5_000 }, 5_000, weeksLater(1))).toEqual({ cutoff: first, amountMinor: 5_000, tell: false });
  });

  it('stays quiet when the held amount shrinks (a return received)', () => {
    expect(heldNotice({ cutoff: first, amountMinor: 5_000 }, 3_000, weeksLater(1))).toMatchObject({ tell: false });
  });

  it('e-mails again when new lines make the held amount grow', () => {
    expect(heldNotice({ cutoff: first, amountMinor: 5_000 }, 7_000, weeksLater(1))).toEqual({
      cutoff: weeksLater(1),
      amountMinor: 7_000,
      tell: true,
    });
  });

  it(`reminds ${HELD_REMINDER_DAYS} days after the last e-mail: the fourth weekly run`, () => {
    expect(heldNotice({ cutoff: first, amountMinor: 5_000 }, 5_000, weeksLater(3))).toMatchObject({ tell: false });
    expect(heldNotice({ cutoff: first, amountMinor: 5_000 }, 5_000, weeksLater(4))).toEqual({
      cutoff: weeksLater(4),
      amountMinor: 5_000,
      tell: true,
    });
  });
});
