import { Foundation1795424823099 } from './1795424823099-Foundation';
import { Marketplace1795425623833 } from './1795425623833-Marketplace';
import { Resolution1795426217808 } from './1795426217808-Resolution';
import { BoardCoveringIndex1795427163466 } from './1795427163466-BoardCoveringIndex';
import { Notifications1795433024585 } from './1795433024585-Notifications';
import { BidOutcomeFromAward1795440000000 } from './1795440000000-BidOutcomeFromAward';
import { LeanerNightlyRun1795450000000 } from './1795450000000-LeanerNightlyRun';
import { BoardOfPostedOrders1795460000000 } from './1795460000000-BoardOfPostedOrders';
import { MoneyTotals64Bit1795510000000 } from './1795510000000-MoneyTotals64Bit';
import { AddressesThatTakeAnOrder1795510000001 } from './1795510000001-AddressesThatTakeAnOrder';
import { CoarseBoardDistances1795520000000 } from './1795520000000-CoarseBoardDistances';
import { ApiKeyOwnership1795520000001 } from './1795520000001-ApiKeyOwnership';
import { StorefrontCartAndImages1795540000000 } from './1795540000000-StorefrontCartAndImages';
import { RunRecovery1795550000000 } from './1795550000000-RunRecovery';
import { WindowClosures1795550000001 } from './1795550000001-WindowClosures';
import { Inventory1795560000000 } from './1795560000000-Inventory';
import { PickupReturnsRatings1795570000000 } from './1795570000000-PickupReturnsRatings';
import { ProductImages1795590000000 } from './1795590000000-ProductImages';
import { NearestFirstBoard1795600000000 } from './1795600000000-NearestFirstBoard';
import { ForeignKeyIndexes1795610000000 } from './1795610000000-ForeignKeyIndexes';
import { BoardSyncPerStatement1795620000000 } from './1795620000000-BoardSyncPerStatement';
import { CapacityAndChosenDealer1795630000000 } from './1795630000000-CapacityAndChosenDealer';
import { WhiteLabelCredit1795630000000 } from './1795630000000-WhiteLabelCredit';
import { SessionRevocation1795630000027 } from './1795630000027-SessionRevocation';
import { PaymentMovements1795700000000 } from './1795700000000-PaymentMovements';
import { TestPayments1795700000001 } from './1795700000001-TestPayments';
import { OrderPayments1795700000002 } from './1795700000002-OrderPayments';
import { Payouts1795710000000 } from './1795710000000-Payouts';
import { FulfilmentInsight1795800000000 } from './1795800000000-FulfilmentInsight';
import { Replays1795810000000 } from './1795810000000-Replays';
import { OpsOrderListIndex1795820000000 } from './1795820000000-OpsOrderListIndex';
import { StoreLaunchAndImages1795840000000 } from './1795840000000-StoreLaunchAndImages';
import { PendingRefunds1795860000000 } from './1795860000000-PendingRefunds';
import { DealerRecordIndexes1795870000000 } from './1795870000000-DealerRecordIndexes';
import { ManufacturerSharePayouts1795880000000 } from './1795880000000-ManufacturerSharePayouts';
import { ShipmentsByAward1795890000000 } from './1795890000000-ShipmentsByAward';
import { HeldPayoutNotices1795900000000 } from './1795900000000-HeldPayoutNotices';
import { InsightPeriodIndexes1795910000000 } from './1795910000000-InsightPeriodIndexes';
import { DealerRecordCounts1795920000000 } from './1795920000000-DealerRecordCounts';

/** Applied in this order; `npm run migration:generate` writes new files here, then add them to the list. */
export const MIGRATIONS = [
  Foundation1795424823099,
  Marketplace1795425623833,
  Resolution1795426217808,
  BoardCoveringIndex1795427163466,
  Notifications1795433024585,
  BidOutcomeFromAward1795440000000,
  LeanerNightlyRun1795450000000,
  BoardOfPostedOrders1795460000000,
  MoneyTotals64Bit1795510000000,
  AddressesThatTakeAnOrder1795510000001,
  CoarseBoardDistances1795520000000,
  ApiKeyOwnership1795520000001,
  StorefrontCartAndImages1795540000000,
  RunRecovery1795550000000,
  WindowClosures1795550000001,
  Inventory1795560000000,
  PickupReturnsRatings1795570000000,
  ProductImages1795590000000,
  NearestFirstBoard1795600000000,
  ForeignKeyIndexes1795610000000,
  BoardSyncPerStatement1795620000000,
  CapacityAndChosenDealer1795630000000,
  WhiteLabelCredit1795630000000,
  SessionRevocation1795630000027,
  PaymentMovements1795700000000,
  TestPayments1795700000001,
  OrderPayments1795700000002,
  Payouts1795710000000,
  FulfilmentInsight1795800000000,
  Replays1795810000000,
  OpsOrderListIndex1795820000000,
  StoreLaunchAndImages1795840000000,
  PendingRefunds1795860000000,
  DealerRecordIndexes1795870000000,
  ManufacturerSharePayouts1795880000000,
  ShipmentsByAward1795890000000,
  HeldPayoutNotices1795900000000,
  InsightPeriodIndexes1795910000000,
  DealerRecordCounts1795920000000,
];
