export enum Role {
  Ops = 'ops',
  Manufacturer = 'manufacturer',
  Retailer = 'retailer',
}

/** Who is calling: a signed-in user, or a retailer's API key. Every access check starts from this. */
export interface Principal {
  kind: 'user' | 'api-key';
  userId?: string;
  apiKeyId?: string;
  role: Role;
  manufacturerId?: string;
  retailerId?: string;
  isAdmin: boolean;
}
