import { loggableError, loggableUrl } from './log-privacy';

describe('what logs show', () => {
  it.each([
    ['/api/v1/orders/track/AbC_dEf-123/export', '/api/v1/orders/track/[token]/export'],
    ['/s/cascade/confirmation/AbC_dEf-123?from=checkout', '/s/cascade/confirmation/[token]?from=checkout'],
    ['/api/v1/ops/emails?to=jamie%40example.com&limit=20', '/api/v1/ops/emails?to=[redacted]&limit=20'],
    ['/api/v1/ops/emails?orderNumber=100042&recipient=jamie@example.com', '/api/v1/ops/emails?orderNumber=100042&recipient=[redacted]'],
    ['/api/v1/retailer/statements?from=2026-11-01&to=2026-12-01', '/api/v1/retailer/statements?from=2026-11-01&to=[redacted]'],
    ['/api/v1/retailer/board?limit=50', '/api/v1/retailer/board?limit=50'],
  ])('logs %s as %s', (url, logged) => {
    expect(loggableUrl(url)).toBe(logged);
  });

  it("drops a database error's parameters and row detail, and replaces e-mail addresses in its message", () => {
    const driverError = Object.assign(new Error('new row for relation "orders" violates check constraint "x"'), {
      detail: 'Failing row contains (Jamie Rivera, jamie@example.com)',
      constraint: 'x',
    });
    const error = Object.assign(new Error('duplicate key for jamie@example.com'), {
      query: 'INSERT INTO orders VALUES ($1, $2)',
      parameters: ['Jamie Rivera', 'jamie@example.com'],
      driverError,
    });
    const logged = JSON.stringify(loggableError(error));
    expect(logged).not.toMatch(/Jamie|jamie@example\.com/);
    expect(logged).toContain('INSERT INTO orders VALUES ($1, $2)');
    expect(logged).toContain('"constraint":"x"');
    expect(logged).toContain('duplicate key for [email]');
  });
});
