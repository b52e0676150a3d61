import { formatDate, formatDateTime } from '../common/locale-format';
import { timeZoneAt } from '../geo/time-zone';
import type { EmailContent, EmailFacts } from '../notifications/email-content';
import { rateInvitation } from '../ratings/rating-link';

type PickupEmailEvent = 'pickup.assigned' | 'pickup.accepted' | 'pickup.ship_to_store' | 'pickup.ready' | 'pickup.reminder' | 'pickup.picked_up';

// A pickup order's point is its store: dates read in the store's time zone.
const when = ({ order, refs }: EmailFacts, dateOnly = false) => {
  const at = new Date(refs.pickup!.by!);
  const zone = order.shipLat === null || order.shipLng === null ? 'UTC' : timeZoneAt(order.shipLat, order.shipLng);
  return dateOnly ? formatDate(at, zone) : formatDateTime(at, zone);
};

const place = ({ refs }: EmailFacts): [string, string][] => [
  ['Store', refs.pickup!.store],
  ['Address', refs.pickup!.address],
];

/** The customer's e-mails for each step of a pick-up-in-store order. */
export const PICKUP_EMAILS: Record<PickupEmailEvent, (facts: EmailFacts) => EmailContent> = {
  'pickup.assigned': (facts) => ({
    subject: `Order #${facts.order.number}: to pick up at ${facts.refs.pickup!.store}`,
    heading: `Thank you, ${facts.order.customerName}`,
    paragraphs: [
      `${facts.store.name} has your order #${facts.order.number}, to pick up at ${facts.refs.pickup!.store}.`,
      `The store confirms by ${when(facts)}; we e-mail you as soon as it is ready, with the code to show at the counter.`,
    ],
    details: place(facts),
    showLines: true,
  }),
  'pickup.accepted': (facts) => ({
    subject: `Order #${facts.order.number} is being prepared at ${facts.refs.pickup!.store}`,
    heading: 'The store has your order',
    paragraphs: [
      `${facts.refs.pickup!.store} accepted your order #${facts.order.number} and is getting it ready. We e-mail you your pickup code when it is.`,
    ],
    details: place(facts),
    showLines: false,
  }),
  'pickup.ship_to_store': (facts) => ({
    subject: `Order #${facts.order.number}: new estimate ${when(facts, true)}`,
    heading: 'Your order is being shipped to the store',
    paragraphs: [
      `${facts.refs.pickup!.store} could not prepare your order #${facts.order.number} from its own stock, so ${facts.store.name} ships it there.`,
      `It should be ready for pickup by ${when(facts, true)}. We e-mail you your pickup code when it is.`,
    ],
    details: place(facts),
    showLines: false,
  }),
  'pickup.ready': (facts) => ({
    subject: `Order #${facts.order.number} is ready for pickup`,
    heading: 'Ready for pickup',
    paragraphs: [
      `Your order #${facts.order.number} is waiting for you at ${facts.refs.pickup!.store}. Show this code at the counter.`,
      `Please collect it by ${when(facts, true)}; after that it is cancelled.`,
    ],
    details: [['Pickup code', facts.refs.pickup!.code!], ...place(facts), ['Collect by', when(facts, true)]],
    showLines: true,
  }),
  'pickup.reminder': (facts) => ({
    subject: `Reminder: collect order #${facts.order.number} by ${when(facts, true)}`,
    heading: 'Your order is still waiting for you',
    paragraphs: [
      `Your order #${facts.order.number} is ready at ${facts.refs.pickup!.store}. If it is not collected by ${when(facts, true)}, it is cancelled.`,
    ],
    details: [['Pickup code', facts.refs.pickup!.code!], ...place(facts)],
    showLines: false,
  }),
  'pickup.picked_up': (facts) => ({
    subject: `You picked up order #${facts.order.number}`,
    heading: 'Enjoy it',
    paragraphs: [
      `You collected your order #${facts.order.number} at ${facts.refs.pickup!.store}. Thank you for shopping with ${facts.store.name}.`,
      rateInvitation(facts.trackingUrl),
    ],
    details: [],
    showLines: false,
  }),
};
