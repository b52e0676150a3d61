export enum ReturnStatus {
  Requested = 'requested',
  Approved = 'approved',
  Refused = 'refused',
  Received = 'received',
  Refunded = 'refunded',
}

/**
 * The return (RMA) lifecycle, written once: the customer requests, the fulfiller approves (with
 * instructions) or refuses (with a reason), marks the goods received, and the refund is recorded.
 */
export const RETURN_TRANSITIONS: Record<ReturnStatus, readonly ReturnStatus[]> = {
  [ReturnStatus.Requested]: [ReturnStatus.Approved, ReturnStatus.Refused],
  [ReturnStatus.Approved]: [ReturnStatus.Received],
  [ReturnStatus.Refused]: [],
  [ReturnStatus.Received]: [ReturnStatus.Refunded],
  [ReturnStatus.Refunded]: [],
};

export function returnStatesLeadingTo(to: ReturnStatus): ReturnStatus[] {
  return (Object.keys(RETURN_TRANSITIONS) as ReturnStatus[]).filter((from) => RETURN_TRANSITIONS[from].includes(to));
}

const DESCRIPTIONS: Record<ReturnStatus, string> = {
  [ReturnStatus.Requested]: 'requested',
  [ReturnStatus.Approved]: 'approved',
  [ReturnStatus.Refused]: 'refused',
  [ReturnStatus.Received]: 'received',
  [ReturnStatus.Refunded]: 'refunded',
};

export const describeReturnStatus = (status: ReturnStatus) => DESCRIPTIONS[status];
