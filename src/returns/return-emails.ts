import { formatMoney } from '../common/money';
import type { EmailContent, EmailFacts } from '../notifications/email-content';

type ReturnEmailEvent = 'return.approved' | 'return.refused' | 'return.refunded';

/** The customer's e-mails for each decision on a return (RMA). */
export const RETURN_EMAILS: Record<ReturnEmailEvent, (facts: EmailFacts) => EmailContent> = {
  'return.approved': ({ order, refs }) => ({
    subject: `Your return for order #${order.number} is approved`,
    heading: 'Return approved',
    paragraphs: [`Your return for order #${order.number} is approved. How to send it back:`, refs.return!.instructions!],
    details: [['Return number', refs.return!.id.slice(0, 8).toUpperCase()]],
    showLines: false,
  }),
  'return.refused': ({ order, refs }) => ({
    subject: `Your return for order #${order.number} was refused`,
    heading: 'Return refused',
    paragraphs: [`Your return for order #${order.number} was refused: ${refs.return!.reason}.`, 'Reply to this e-mail if you think this is wrong.'],
    details: [],
    showLines: false,
  }),
  'return.refunded': ({ order, refs }) => ({
    subject: `Refund recorded for order #${order.number}`,
    heading: 'We received your return',
    paragraphs: [
      `The goods you returned from order #${order.number} arrived. A refund of ${formatMoney(refs.return!.refundMinor!, order.currency)} is recorded against your payment.`,
    ],
    details: [['Return number', refs.return!.id.slice(0, 8).toUpperCase()]],
    showLines: false,
  }),
};
