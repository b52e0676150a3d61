import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { typeormOptions } from './typeorm-options';

// Used by the typeorm CLI (`migration:generate`): needs a real PostgreSQL server in DATABASE_URL.
const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export default new DataSource(typeormOptions(url, false));
