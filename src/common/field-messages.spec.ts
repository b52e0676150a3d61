import { plainToInstance } from 'class-transformer';
import { IsEmail, IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength, validateSync } from 'class-validator';
import { fieldMessage, labelOf } from './field-messages';

class Sample {
  @IsString() @MaxLength(300) @MinLength(3) reason: string;
  @IsInt() @Min(0) @Max(100) priceMinor: number;
  @IsEmail() supportEmail: string;
  @IsIn(['a', 'b']) kind: string;
  // A DTO's own API words (the location's daily capacity).
  @IsOptional() @IsInt({ message: 'capacity must be a whole number of orders, or null for no cap' }) @Min(0) @Max(10000) capacity?: number;
  @IsString() @MinLength(5, { message: 'instructions must tell the customer how to send the goods back' }) instructions: string;
}

const messages = (input: object, labels: Record<string, string> = {}) =>
  Object.fromEntries(validateSync(plainToInstance(Sample, input)).map((e) => [e.property, fieldMessage(e, labelOf(labels[e.property], e.property))]));

describe("field messages in people's words", () => {
  it('asks for each empty field by its label, one message per field', () => {
    expect(messages({}, { reason: 'Reason', supportEmail: 'Support e-mail' })).toEqual({
      reason: 'Enter a reason',
      priceMinor: 'Enter a price',
      supportEmail: 'Enter a support e-mail',
      kind: 'Enter a kind',
      instructions: 'Enter instructions',
    });
  });

  it('says what fits for a wrong value, naming the label', () => {
    expect(
      messages(
        { reason: 'x'.repeat(301), priceMinor: 101, supportEmail: 'nope', kind: 'c', instructions: 'ship' },
        { supportEmail: 'Support e-mail' },
      ),
    ).toEqual({
      reason: 'Reason must be 300 characters or fewer',
      priceMinor: 'Price must be 100 or less',
      supportEmail: 'Enter a support e-mail in the right format, like name@example.com',
      kind: 'Choose a kind from the list',
      instructions: 'Instructions must tell the customer how to send the goods back',
    });
    expect(messages({ reason: 'ab', priceMinor: 1.5 }).reason).toBe('Reason must be at least 3 characters');
    expect(messages({ priceMinor: 1.5 }).priceMinor).toBe('Price must be a whole number');
    expect(messages({ priceMinor: -1 }).priceMinor).toBe('Price must be 0 or more');
  });

  it('says a number is wanted when a number field gets text, not that it is out of range', () => {
    expect(messages({ priceMinor: 'abc' }).priceMinor).toBe('Price must be a whole number');
    expect(messages({ priceMinor: '1e3' }).priceMinor).toBe('Price must be a whole number');
    expect(messages({ capacity: 2.5 }, { capacity: 'Orders a day' }).capacity).toBe('Orders a day must be a whole number');
    expect(messages({ capacity: 'abc' }, { capacity: 'Orders a day' }).capacity).toBe('Orders a day must be a whole number');
  });
});
