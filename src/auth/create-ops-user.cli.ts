import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { parseArgs } from 'node:util';
import { validateSync } from 'class-validator';
import { plainToInstance } from 'class-transformer';
import { AppModule } from '../app.module';
import { loadConfig } from '../config/app-config';
import { checkEmbeddedDatabaseFree } from '../database/embedded-postgres';
import { fieldMessages } from '../errors/validation';
import { NewUserDto } from './auth.dto';
import { Role } from './role';
import { UsersService } from './users.service';

const USAGE = 'Usage: npm run ops:create-user -- --email ops@example.com --name "Ops Person" [--password <12+ chars>]';

// `npm run ops:create-user`: creates an ops user (the first one, typically). Reads the password from
// --password or the OPS_PASSWORD variable so it need not appear in shell history.
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
  });
  if (!values.email) throw new Error(USAGE);
  const input = plainToInstance(NewUserDto, {
    email: values.email,
    name: values.name ?? values.email,
    password: values.password ?? process.env.OPS_PASSWORD,
    isAdmin: true,
  });
  const problems = fieldMessages(input, validateSync(input));
  if (problems.length) throw new Error(`${problems.join('\n')}\n${USAGE}`);

  const config = loadConfig();
  checkEmbeddedDatabaseFree(config);
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(config), { logger: ['error'] });
  try {
    const users = app.get(UsersService);
    const user = await app.get(DataSource).transaction((manager) => users.create(manager, { role: Role.Ops }, input));
    console.log(`Created ops user ${user.email} (${user.id})`);
  } finally {
    await app.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
