import { coreWithOrder } from '../retrieve/retrieve-fixture.js';

const ctx = { origin: 'vigie://app' };

describe('renewing a sandbox certificate (rehearsal of the real renewal)', () => {
  it('renews from the order that issued it: same product, environment and holder, a new key, linked to the old one', async () => {
    const { core, order } = await coreWithOrder();
    const issued = await core.services.sandbox.issue(order.id);
    if (!issued.ok) throw new Error(issued.error.message);
    const { sha256, pem } = issued.value.certificate;
    const kept = await core.services.retrieve.confirm({
      bytes: new Uint8Array(Buffer.from(pem)),
      certificateSha256: sha256,
    });
    expect(kept.ok).toBe(true);
    await core.services.inventory.syncLocal();

    const renewal = await core.handlers.orders.renew({ sha256 }, ctx);
    if (!renewal.ok) throw new Error(renewal.error.message);
    expect(renewal.value).toMatchObject({
      product: order.product,
      environment: 'test',
      holder: order.holder,
      state: 'draft',
      renews: sha256,
    });
    expect(renewal.value.id).not.toBe(order.id);
  });
});
