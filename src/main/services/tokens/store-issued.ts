import type { Order, OrderError } from '../../../shared/model/order.js';
import type { TokenError } from '../../../shared/model/token.js';
import { tokenOfKeyRef } from '../../../shared/orders/token-key-ref.js';
import { err, type Result } from '../../../shared/result.js';
import { scanPem } from '../../pki/pem/index.js';
import type { OrdersService } from '../orders/orders-service.js';
import type { TokenService } from './token-service.js';

const tokenFailure = (e: TokenError): OrderError => ({ code: 'token-failed', message: e.message, token: e });

/**
 * The last step of an order whose key was made on a card or token: its certificate goes
 * onto that token with the key's CKA_ID (what pairs them for every PKCS#11 client), is read
 * back and found paired, and only then is the order "installed". Storing it again is
 * harmless: the token keeps one copy.
 */
export const storeIssuedOnToken = async (
  deps: {
    orders: Pick<OrdersService, 'get' | 'markInstalled'>;
    tokens: Pick<TokenService, 'importCertificate' | 'contents'>;
  },
  orderId: string,
  pin: string,
): Promise<Result<Order, OrderError>> => {
  const found = await deps.orders.get(orderId);
  if (!found.ok) return found;
  const order = found.value;
  const ref = tokenOfKeyRef(order.keyRef);
  if (ref === null || order.keyRef === null)
    return err({ code: 'invalid-transition', message: "This order's key is not on a card or token" });
  if (order.certificate === null || (order.state !== 'issued' && order.state !== 'installed'))
    return err({ code: 'invalid-transition', message: 'No certificate retrieved for this order yet' });
  const [block] = scanPem(new TextEncoder().encode(order.certificate.pem));
  if (block?.kind !== 'block')
    return err({ code: 'io-error', message: "The order's certificate cannot be read" });
  const keyId = order.keyRef.keyId;
  const stored = await deps.tokens.importCertificate(ref, pin, {
    der: block.block.der,
    id: keyId,
    label: `${order.product} ${order.certificate.notAfter.slice(0, 10)}`,
  });
  if (!stored.ok) return err(tokenFailure(stored.error));
  // Read back, logged in: the certificate is there and pairs with its key by CKA_ID.
  const back = await deps.tokens.contents(ref, pin);
  if (!back.ok) return err(tokenFailure(back.error));
  const paired = back.value.certificates.some(
    (c) => c.sha256 === order.certificate?.sha256 && c.id === keyId && c.keyLabel !== null,
  );
  if (!paired)
    return err({
      code: 'io-error',
      message: 'The certificate was written on the token but is not found next to its key when read back',
    });
  return deps.orders.markInstalled(
    orderId,
    `Certificate stored on the token ${back.value.token.label} (${ref.serial}) next to its key`,
  );
};
