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
}
