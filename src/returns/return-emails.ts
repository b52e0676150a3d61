import { formatMoney } from '../common/money';
import { asSentence } from '../common/sentence';
import type { EmailContent, EmailFacts } from '../notifications/email-content';

type ReturnEmailEvent = 'return.requested' | 'return.approved' | 'return.refused' | 'return.refunded';

/** The customer's e-mails for each decision on a return (RMA). */
export const RETURN_EMAILS: Record<ReturnEmailEvent, (facts: EmailFacts) => EmailContent> = {
  'return.requested': ({ order, store, refs }) => ({
    subject: `We have your return request for order #${order.number}`,
    heading: 'Return requested',
    paragraphs: [
      `${store.name} has your request to return items from order #${order.number}:`,
      ...refs.return!.lines!,
      'You will get an e-mail with how to send them back, or why they cannot be taken back. Please keep them until then.',
    ],
    details: [
      ['Return number', refs.return!.id.slice(0, 8).toUpperCase()],
      ['Refund once they are back', formatMoney(refs.return!.refundMinor!, order.currency)],
    ],
    showLines: false,
  }),
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
    paragraphs: [
      `Your return for order #${order.number} was refused: ${asSentence(refs.return!.reason!)}`,
      'Reply to this e-mail if you think this is wrong.',
    ],
    details: [],
    showLines: false,
  }),
  'return.refunded': ({ order, refs }) => ({
    subject: `Refund recorded for order #${order.number}`,
    heading: 'We received your return',
    paragraphs: [
      `The goods you returned from order #${order.number} arrived. A refund of ${formatMoney(refs.return!.refundMinor!, order.currency)} is on its way to the card you paid with; your bank may take 5 to 10 days to show it.`,
    ],
    details: [['Return number', refs.return!.id.slice(0, 8).toUpperCase()]],
    showLines: false,
  }),
};
