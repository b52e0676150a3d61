import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageOf, PageQuery } from '../common/pagination.dto';

/** The payment step a new order waits on: send the customer to `checkoutUrl`. */
export class PaymentStep {
  @ApiProperty({ enum: ['awaiting_payment'], description: 'The order waits for this payment and is not on the board yet' })
  status: 'awaiting_payment';

  @ApiProperty({ enum: ['stripe', 'test'], description: "'test': the app's own TEST MODE page, where no money moves" })
  provider: 'stripe' | 'test';

  @ApiProperty({
    example: 'https://checkout.stripe.com/c/pay/cs_test_a1B2c3',
    description:
      "The provider's hosted payment page: redirect the customer there. The card is authorised there and charged only when " +
      "the order ships (or is handed over, for pickup). The customer comes back to the order's tracking page.",
  })
  checkoutUrl: string;

  @ApiProperty({ description: 'The page takes the payment until then; an order still unpaid expires and never reaches the board' })
  expiresAt: Date;
}

/** A refund of the order's payment, as the customer sees it. */
export class PaymentRefundView {
  @ApiProperty({ description: 'Minor units' }) amountMinor: number;
  @ApiProperty({ nullable: true, type: String, description: "The provider's refund id; null until the provider has made it" })
  refundId: string | null;
  @ApiProperty({
    enum: ['pending', 'processing', 'succeeded', 'failed'],
    description: 'processing: the provider accepted it and has not finished it yet',
  })
  state: 'pending' | 'processing' | 'succeeded' | 'failed';
  @ApiProperty() requestedAt: Date;
  @ApiProperty({ nullable: true, type: Date }) completedAt: Date | null;
}

/** The order's card payment: what was authorised, charged and refunded, on which card. */
export class OrderPaymentView {
  @ApiProperty({ enum: ['open', 'authorised', 'expired', 'captured', 'cancelled'] })
  state: 'open' | 'authorised' | 'expired' | 'captured' | 'cancelled';
  @ApiProperty({ example: 'Visa ending 4242', description: 'Card brand and last four digits; "your card" before one is known' })
  card: string;
  @ApiProperty({ nullable: true, type: String, example: 'visa' }) cardBrand: string | null;
  @ApiProperty({ nullable: true, type: String, example: '4242' }) cardLast4: string | null;
  @ApiProperty() currency: string;
  @ApiProperty({ description: 'Authorised at checkout, minor units' }) authorisedMinor: number;
  @ApiProperty({ description: 'Charged to the card, minor units' }) capturedMinor: number;
  @ApiProperty({ description: 'Refunded to the card, minor units' }) refundedMinor: number;
  @ApiProperty({ nullable: true, type: String, description: 'The payment page, while the order waits for its payment' })
  checkoutUrl: string | null;
  @ApiProperty({ nullable: true, type: Date }) authorisedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) capturedAt: Date | null;
  @ApiProperty({ type: [PaymentRefundView], maxItems: 100, description: 'One per return refunded, plus one for a cancellation after capture' })
  refunds: PaymentRefundView[];
}

/** A capture, cancel or refund asked of the provider, as ops follow it. */
export class PaymentOperationView {
  @ApiProperty() id: string;
  @ApiProperty() orderId: string;
  @ApiProperty({ example: '100042' }) orderNumber: string;
  @ApiProperty({ nullable: true, type: String }) returnId: string | null;
  @ApiProperty({ enum: ['capture', 'cancel', 'refund'] }) kind: 'capture' | 'cancel' | 'refund';
  @ApiProperty({ description: 'Minor units (0 for a cancel)' }) amountMinor: number;
  @ApiProperty() currency: string;
  @ApiProperty({
    enum: ['pending', 'processing', 'succeeded', 'failed'],
    description:
      'processing: a refund the provider accepted and has not finished; failed: the provider refused it (or the refund failed): retry once the cause is fixed',
  })
  state: 'pending' | 'processing' | 'succeeded' | 'failed';
  @ApiProperty() attempts: number;
  @ApiProperty({ nullable: true, type: String, description: "The provider's last answer, when it was an error" }) lastError: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The provider's payment or refund id once done" }) providerRef: string | null;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) completedAt: Date | null;
}

export class PaymentOperationPage extends PageOf(PaymentOperationView) {}

export class PaymentOperationQuery extends PageQuery {
  @ApiProperty({ required: false, enum: ['pending', 'processing', 'succeeded', 'failed'], description: 'Default: those not succeeded' })
  @IsOptional()
  @IsIn(['pending', 'processing', 'succeeded', 'failed'], { message: 'state must be pending, processing, succeeded or failed' })
  state?: 'pending' | 'processing' | 'succeeded' | 'failed';
}
