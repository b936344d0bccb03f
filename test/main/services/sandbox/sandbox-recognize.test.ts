import { coreWithOrder } from '../retrieve/retrieve-fixture.js';

const issuedBy = async () => {
  const made = await coreWithOrder();
  const result = await made.core.services.sandbox.issue(made.order.id);
  if (!result.ok) throw new Error(result.error.message);
  return { ...made, bytes: new Uint8Array(Buffer.from(result.value.certificate.pem)) };
};

describe('sandbox recognition: by signature against this data folder’s sandbox CA', () => {
  it('another sandbox’s certificate, with the very same BAC A SABLE names, is not ours: a look-alike', async () => {
    const ours = await coreWithOrder();
    // No sandbox CA yet here: nothing is the sandbox's, and asking does not make one.
    const theirs = await issuedBy();
    expect(await ours.core.services.sandbox.recognizes(theirs.bytes)).toBe(false);
    expect((await ours.core.services.sandbox.status()).created).toBe(false);
    expect(await theirs.core.services.sandbox.recognizes(theirs.bytes)).toBe(true);

    // Retrieved on the other computer, it matches no order and stays a plain unknown certificate.
    const analysis = await ours.core.services.retrieve.analyze({ bytes: theirs.bytes });
    if (!analysis.ok) throw new Error(analysis.error.message);
    expect(analysis.value.certificates.map((c) => c.sandbox)).toEqual([false, false, false]);

    // Once ours exists, theirs is still not ours.
    const mine = await ours.core.services.sandbox.issue(ours.order.id);
    expect(mine.ok).toBe(true);
    expect(await ours.core.services.sandbox.recognizes(theirs.bytes)).toBe(false);
    expect(await ours.core.services.sandbox.recognizes(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00]))).toBe(
      false,
    );
  });
});
