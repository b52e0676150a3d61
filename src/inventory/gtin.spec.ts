import { isValidGtin } from './gtin';

describe('GTIN check digits', () => {
  it('accepts real UPC-A, EAN-13, GTIN-8 and GTIN-14 codes', () => {
    for (const code of ['036000291452', '4006381333931', '96385074', '10012345678902']) expect(isValidGtin(code)).toBe(true);
  });

  it('refuses a wrong check digit, other lengths and non-digits', () => {
    for (const code of ['036000291453', '4006381333932', '12345', '03600029145A', ' 036000291452', '']) expect(isValidGtin(code)).toBe(false);
  });
});
