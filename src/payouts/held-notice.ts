/** A held payout's admins are reminded this long after their last e-mail about it (every fourth weekly run). */
export const HELD_REMINDER_DAYS = 28;

/** The "payout held" e-mail a payee and currency were last sent: the cutoff of the run that sent it, and the amount it named. */
export interface HeldNotice {
  cutoff: Date;
  amountMinor: number;
}

/**
 * Whether a run that holds `amountMinor` e-mails the payee's admins, and the notice the held payout carries: once when
 * a payout is first held (`previous` null: nothing was held for that payee and currency just before), then only
 * when new lines make the held amount larger than the last e-mail said, or HELD_REMINDER_DAYS after that e-mail.
 * Otherwise the new held payout carries the previous notice, and nothing is sent.
 */
export function heldNotice(previous: HeldNotice | null, amountMinor: number, cutoff: Date): HeldNotice & { tell: boolean } {
  const tell = !previous || amountMinor > previous.amountMinor || cutoff.getTime() - previous.cutoff.getTime() >= HELD_REMINDER_DAYS * 86_400_000;
  return tell ? { cutoff, amountMinor, tell } : { ...previous, tell };
}
