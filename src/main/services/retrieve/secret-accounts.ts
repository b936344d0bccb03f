/**
 * Keychain accounts for an order's secrets. Both are typed once on the platform and needed
 * years later (revoking, re-importing), so they live in the OS keychain, never in files:
 * 'revocation-code' (chosen at retrieval, needed to revoke) and 'pkcs12-password' (chosen
 * when the platform generated the key).
 */
export type OrderSecretKind = 'revocation-code' | 'pkcs12-password';

export const orderSecretAccount = (kind: OrderSecretKind, orderId: string): string => `${kind}-${orderId}`;
