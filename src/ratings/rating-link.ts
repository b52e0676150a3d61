/** The tracking page's rating form, which the e-mails after delivery or pickup link to. */
export const ratingUrl = (trackingUrl: string) => `${trackingUrl}#rate`;

export const rateInvitation = (trackingUrl: string) =>
  `How did it go? Rate how your order was fulfilled (it takes a few seconds): ${ratingUrl(trackingUrl)}`;
