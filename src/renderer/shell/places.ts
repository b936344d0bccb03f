/** The app's places, in the order the navigation shows them. */
export const PLACES = ['inspect', 'order', 'orders', 'retrieve'] as const;
export type Place = (typeof PLACES)[number];
