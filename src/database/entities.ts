import { ApiKey } from '../auth/api-key.entity';
import { RevokedSession } from '../auth/revoked-session.entity';
import { User } from '../auth/user.entity';
import { Bid } from '../board/bid.entity';
import { WindowClosure } from '../board/window-closure.entity';
import { CartLine } from '../cart/cart-line.entity';
import { Cart } from '../cart/cart.entity';
import { Product } from '../catalog/product.entity';
import { DealerApproval } from '../dealers/dealer-approval.entity';
import { Manufacturer } from '../manufacturers/manufacturer.entity';
import { IdempotencyKey } from '../orders/idempotency-key.entity';
import { OrderEvent } from '../orders/order-event.entity';
import { OrderLine } from '../orders/order-line.entity';
import { Order } from '../orders/order.entity';
import { Award } from '../resolution/award.entity';
import { PlannedAward } from '../resolution/planned-award.entity';
import { ResolutionCap } from '../resolution/resolution-cap.entity';
import { ResolutionPart } from '../resolution/resolution-part.entity';
import { ResolutionRun } from '../resolution/resolution-run.entity';
import { Shipment } from '../fulfilment/shipment.entity';
import { RetailerLocation } from '../retailers/retailer-location.entity';
import { Retailer } from '../retailers/retailer.entity';
import { Store } from '../stores/store.entity';
import { Notification } from '../notifications/notification.entity';
import { RetailerWebhook } from '../notifications/retailer-webhook.entity';
import { SentEmail } from '../notifications/sent-email.entity';
import { WebhookDelivery } from '../notifications/webhook-delivery.entity';
import { AutoBidDecision } from '../inventory/auto-bid-decision.entity';
import { AutoBidSetting } from '../inventory/auto-bid-setting.entity';
import { InventoryFeed } from '../inventory/inventory-feed.entity';
import { InventoryItem } from '../inventory/inventory-item.entity';
import { Pickup } from '../pickup/pickup.entity';
import { ProductImage } from '../product-images/product-image.entity';
import { Rating } from '../ratings/rating.entity';
import { ReturnEvent } from '../returns/return-event.entity';
import { ReturnLine } from '../returns/return-line.entity';
import { Return } from '../returns/return.entity';

/** Every TypeORM entity; the data source and the migration check both read this list. */
export const ENTITIES = [
  Manufacturer,
  Retailer,
  User,
  ApiKey,
  RevokedSession,
  Store,
  Product,
  Order,
  OrderLine,
  OrderEvent,
  IdempotencyKey,
  RetailerLocation,
  DealerApproval,
  Bid,
  Award,
  ResolutionRun,
  ResolutionPart,
  ResolutionCap,
  PlannedAward,
  Shipment,
  Notification,
  RetailerWebhook,
  WebhookDelivery,
  SentEmail,
  Cart,
  CartLine,
  InventoryFeed,
  InventoryItem,
  AutoBidSetting,
  AutoBidDecision,
  Pickup,
  Return,
  ReturnLine,
  ReturnEvent,
  Rating,
  WindowClosure,
  ProductImage,
];
