/** The app's three places, in the order the navigation shows them. */
export const PLACES = ['inspect', 'order', 'orders'] as const;
export type Place = (typeof PLACES)[number];
