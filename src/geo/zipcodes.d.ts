declare module 'zipcodes' {
  export interface ZipCode {
    zip: string;
    latitude: number;
    longitude: number;
    city: string;
    state: string;
    country: string;
  }
  export function lookup(zip: string | number): ZipCode | undefined;
  /** US states (+ DC) and Canadian provinces: code → upper-case name. */
  export const states: { abbr: Record<string, string> };
  /** Every ZIP of a town; `state` is a two-letter code or a state's name. */
  export function lookupByName(city: string, state: string): ZipCode[];
  /** The whole data set by ZIP. */
  export const codes: Record<string, ZipCode>;
}
