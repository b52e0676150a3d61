import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsEnum, IsOptional, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Role } from '../auth/role';
import { MAX_LINES, OrderLineInput } from '../orders/place-order.dto';
import { ReturnStatus } from './return-status';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** An order line to return, by its SKU, with the quantity (the same rules as ordering it) and why. */
export class ReturnLineInput extends OrderLineInput {
  @ApiProperty({ example: 'Wrong size', description: 'Why it goes back', minLength: 3, maxLength: 300 })
  @Transform(trim)
  @IsString()
  @MinLength(3, { message: 'reason must say in a few words why it goes back' })
  @MaxLength(300)
  reason: string;
}

export class RequestReturnDto {
  @ApiProperty({ type: [ReturnLineInput], minItems: 1, maxItems: MAX_LINES })
  @IsArray()
  @ArrayMinSize(1, { message: 'lines must name at least one product to return' })
  @ArrayMaxSize(MAX_LINES)
  @ValidateNested({ each: true })
  @Type(() => ReturnLineInput)
  lines: ReturnLineInput[];
}

export class ApproveReturnDto {
  @ApiProperty({
    example: 'Bring it to the store with the receipt, or ship it to 1 Main St, Portland OR 97201',
    description: 'Told to the customer',
    minLength: 5,
    maxLength: 1000,
  })
  @Transform(trim)
  @IsString()
  @MinLength(5, { message: 'instructions must tell the customer how to send the goods back' })
  @MaxLength(1000)
  instructions: string;
}

export class RefuseReturnDto {
  @ApiProperty({ example: 'The item was used', description: 'Told to the customer', minLength: 3, maxLength: 300 })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  reason: string;
}

export class ReturnLineView {
  @ApiProperty() sku: string;
  @ApiProperty() name: string;
  @ApiProperty() quantity: number;
  @ApiProperty() reason: string;
  @ApiProperty({ description: 'Price paid per unit, minor units' }) unitPriceMinor: number;
}

export class ReturnEventView {
  @ApiProperty() at: Date;
  @ApiProperty({ enum: ReturnStatus }) status: ReturnStatus;
  @ApiProperty() note: string;
}

export class ReturnView {
  @ApiProperty() id: string;
  @ApiProperty() orderId: string;
  @ApiProperty() orderNumber: string;
  @ApiProperty({ enum: ReturnStatus }) status: ReturnStatus;
  @ApiProperty({ description: 'Who handles it: the retailer that fulfilled the order, or the manufacturer' }) handledBy: string;
  @ApiProperty({ enum: ['retailer', 'manufacturer'], description: 'Whether a retailer or the manufacturer itself handles it' }) handler:
    Role.Retailer | Role.Manufacturer;
  @ApiProperty() currency: string;
  @ApiProperty({
    description: "Refund due for these lines at the prices paid, minor units; refunded to the customer's card when the goods are received",
  })
  refundMinor: number;
  @ApiProperty({ nullable: true, type: String }) instructions: string | null;
  @ApiProperty({ nullable: true, type: String }) refusalReason: string | null;
  @ApiProperty() requestedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) receivedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date, description: 'When the payment provider refunded the card (the return reads received until then)' })
  refundedAt: Date | null;
  @ApiProperty({ nullable: true, type: String, example: 're_3Pq1x2', description: "The payment provider's refund id" })
  providerRefundId: string | null;
  @ApiProperty({ type: [ReturnLineView], maxItems: MAX_LINES }) lines: ReturnLineView[];
  @ApiProperty({ type: [ReturnEventView] }) history: ReturnEventView[];
}

export class ReturnableLine {
  @ApiProperty() sku: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Units not yet in a return (refused returns give theirs back)' }) quantity: number;
}

export class CustomerReturns {
  @ApiProperty({ nullable: true, type: Date, description: 'Returns may be requested until then; null before delivery or pickup' })
  returnableUntil: Date | null;
  @ApiProperty({ type: [ReturnableLine], maxItems: MAX_LINES }) returnable: ReturnableLine[];
  @ApiProperty({ type: [ReturnView] }) returns: ReturnView[];
}

/** A fulfiller's returns queue: one state, or every state when left out. */
export class ReturnsQuery {
  @ApiProperty({ required: false, enum: ReturnStatus, description: 'Only returns in this state' })
  @IsOptional()
  @IsEnum(ReturnStatus, { message: `status must be one of: ${Object.values(ReturnStatus).join(', ')}` })
  status?: ReturnStatus;
}

export class ReturnQueue {
  @ApiProperty({ type: [ReturnView], description: 'Newest first, at most 500' }) items: ReturnView[];
  @ApiProperty({
    description: "How many of the caller's returns are in each state",
    example: { requested: 2, approved: 1, refused: 0, received: 0, refunded: 4 },
  })
  counts: Record<ReturnStatus, number>;
}
