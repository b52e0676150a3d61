import { numberFormat } from '../common/intl-formats';
import { formatMoney } from '../common/money';
import { countOf } from '../common/plural';
import { bidWords, dealerWords, payoutWords, retailerOrderWords, returnWords } from './status-words';
import { formatDate, formatDateTime, formatDistance, formatTimeLeft, kmToReaderUnit, usesMiles, zoneName } from '../common/locale-format';

/** Whom a page is written for: the country decides miles or km, the IANA zone every date and time. */
export interface Reader {
  country: string;
  timeZone: string;
  locale?: string;
}

/** The formatting functions every workspace page gets as `it.format`, bound to its reader. */
export function readerFormat(reader: Reader) {
  const locale = reader.locale ?? 'en-US';
  return {
    /** Integer minor units in an ISO 4217 currency: 129900, "USD" → "$1,299.00". */
    money: (minor: number | string | bigint, currency: string) => formatMoney(Number(minor), currency, locale),
    /** A distance in km shown in mi or km for the reader's country. */
    distance: (km: number | null | undefined) => (km === null || km === undefined ? '—' : formatDistance(km, reader.country, locale)),
    distanceUnit: usesMiles(reader.country) ? 'mi' : 'km',
    /** A distance in km as a whole number in the reader's unit, for a form field's value: 80 km → 50 (mi) in the US. */
    inReaderUnit: (km: number) => Math.round(kmToReaderUnit(km, reader.country)),
    dateTime: (at: Date | string | null | undefined) => (at ? formatDateTime(new Date(at), reader.timeZone, locale) : '—'),
    date: (at: Date | string | null | undefined) => (at ? formatDate(new Date(at), reader.timeZone, locale) : '—'),
    timeLeft: (until: Date | string) => formatTimeLeft(new Date(until)),
    number: (value: number) => numberFormat(locale).format(value),
    /** A count with its noun in the right number: count(1, 'order', 'orders') → "1 order". */
    count: (value: number, one: string, other: string) => countOf(value, one, other, locale),
    /** The reader's time zone in words ("Pacific Time"), never its IANA id. */
    timeZone: zoneName(reader.timeZone, locale),
    /** Stored states in plain words (status-words.ts). */
    words: { retailerOrder: retailerOrderWords, bid: bidWords, dealer: dealerWords, return: returnWords, payout: payoutWords },
  };
}

export type ReaderFormat = ReturnType<typeof readerFormat>;

/** A reader with nothing known about them: UTC and km. */
export const UNKNOWN_READER: Reader = { country: 'ZZ', timeZone: 'UTC' };
