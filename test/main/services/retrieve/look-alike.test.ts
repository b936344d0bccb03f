import { coreWithOrder, fixtureHierarchy, issueForCsr, pem } from './retrieve-fixture.js';

const ctx = { origin: 'vigie://app' };
const bytesOf = (text: string) => new Uint8Array(Buffer.from(text));

// The fixture CA is named like the IGC-Santé TEST PKI but is not a pinned anchor: exactly
// a look-alike. Main must refuse to keep it unless the user said so explicitly.
describe('retrieve: a certificate not issued by the IGC-Santé', () => {
  it('analyze says genuine: false; confirm refuses without acceptLookAlike, keeps it with', async () => {
    const { core, order, csrPem } = await coreWithOrder();
    const { root, inter } = await fixtureHierarchy();
    const leaf = await issueForCsr(csrPem, inter);
    const file = bytesOf(pem(leaf.der) + pem(inter.der) + pem(root.der));

    const analysis = await core.services.retrieve.analyze({ bytes: file });
    if (!analysis.ok) throw new Error(analysis.error.message);
    const cert = analysis.value.certificates[0];
    expect(cert).toMatchObject({ matchedOrderId: order.id, product: 'ORG_AUTH_CLI', genuine: false });
    expect(analysis.value.certificates.every((c) => !c.genuine)).toBe(true);
    const sha = cert?.sha256 ?? '';

    const args = { fileName: 'cert.pem', data: Buffer.from(file).toString('base64'), certificateSha256: sha };
    for (const refused of [
      await core.handlers.retrieve.confirm(args, ctx),
      await core.handlers.retrieve.confirm({ ...args, acceptLookAlike: false }, ctx),
    ]) {
      expect(refused).toMatchObject({ ok: false, error: { code: 'look-alike-unconfirmed' } });
    }
    const still = await core.services.orders.get(order.id);
    expect(still.ok && still.value.state).toBe('csr-exported');

    const kept = await core.handlers.retrieve.confirm({ ...args, acceptLookAlike: true }, ctx);
    if (!kept.ok) throw new Error(kept.error.message);
    expect(kept.value).toMatchObject({ id: order.id, state: 'issued' });
    expect(kept.value.history.at(-1)?.note).toMatch(/not shown to be issued by the IGC-Santé/);
  });

  it('the contract refuses a non-boolean flag', async () => {
    const { contract } = await import('../../../../src/shared/ipc/contract.js');
    const base = { fileName: 'a.pem', data: '', certificateSha256: 'A'.repeat(64) };
    expect(contract.retrieve.confirm.args.safeParse({ ...base, acceptLookAlike: true }).success).toBe(true);
    expect(contract.retrieve.confirm.args.safeParse({ ...base, acceptLookAlike: 'yes' }).success).toBe(false);
    const install = { orderId: '00000000-0000-4000-8000-000000000000', targetIds: ['x'] };
    expect(contract.install.run.args.safeParse({ ...install, acceptLookAlike: true }).success).toBe(true);
    expect(contract.install.run.args.safeParse({ ...install, acceptLookAlike: 1 }).success).toBe(false);
  });
});
