import { Type } from 'class-transformer';
import { IsOptional, IsUUID, Validate, ValidatorConstraint, ValidatorConstraintInterface } from 'class-validator';

export const PERIODS = [7, 14, 30, 90];
const MAX_DAYS = 365;

// One check with one message: separate integer/min/max checks would each repeat the complaint for "?days=week".
@ValidatorConstraint({ name: 'dayCount' })
class IsDayCount implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_DAYS;
  }

  defaultMessage(): string {
    return `days must be a whole number of days from 1 to ${MAX_DAYS}, e.g. ?days=30`;
  }
}

export class RunsQuery {
  @IsOptional()
  @Type(() => Number)
  @Validate(IsDayCount)
  days = 30;

  // The bidding-window closure just made, to confirm on the page.
  @IsOptional()
  @IsUUID()
  closed?: string;
}
