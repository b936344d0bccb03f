import { useEffect, useState } from 'react';
import type { ChainReport } from '../../../shared/model/chain.js';
import type { Order } from '../../../shared/model/order.js';
import { useApi } from '../../api-context.js';
import { callMain } from '../../errors/call-main.js';

/** A look-alike to warn about, with the chain that tells how sure we are. */
export type LookAlike = { chain: ChainReport | null };

/**
 * Is the order's certificate shown to be issued by the IGC-Santé? Asked from main's
 * inspector (same trust store and anchors as the install), before the user installs, so
 * the consent box is there from the start. Null while unknown or genuine; main checks
 * again on install and refuses without the consent, and `mark` records that answer.
 */
export const useLookAlike = (order: Order) => {
  const api = useApi();
  const [lookAlike, setLookAlike] = useState<LookAlike | null>(null);
  const pem = order.certificate?.pem ?? null;
  const sha256 = order.certificate?.sha256.toUpperCase() ?? null;

  useEffect(() => {
    let live = true;
    if (pem === null) return;
    void (async () => {
      // PEM is ASCII: btoa is enough here.
      const inspected = await callMain(() =>
        api.inspector.inspect({ fileName: 'certificate.pem', data: btoa(pem) }),
      );
      if (!live || !inspected.ok) return;
      const items = inspected.value.items.flatMap((i) => (i.kind === 'certificate' ? [i] : []));
      const item = items.find((i) => i.certificate.sha256.toUpperCase() === sha256) ?? items[0];
      if (item && item.igcSante?.genuine !== true) setLookAlike({ chain: item.chain });
    })();
    return () => {
      live = false;
    };
  }, [api, pem, sha256]);

  return { lookAlike, mark: () => setLookAlike((known) => known ?? { chain: null }) };
};
