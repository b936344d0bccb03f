/** The app's places, in the order the navigation shows them. */
export const PLACES = [
  'certificates',
  'add',
  'order',
  'orders',
  'retrieve',
  'tokens',
  'inspect',
  'sandbox',
  'help',
] as const;
export type Place = (typeof PLACES)[number];
