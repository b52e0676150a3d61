import { ApiKey } from '../auth/api-key.entity';
import { User } from '../auth/user.entity';
import { Manufacturer } from '../manufacturers/manufacturer.entity';
import { Retailer } from '../retailers/retailer.entity';

/** Every TypeORM entity; the data source and the migration check both read this list. */
export const ENTITIES = [Manufacturer, Retailer, User, ApiKey];
