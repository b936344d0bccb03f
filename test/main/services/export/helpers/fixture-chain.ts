import { webcrypto } from 'node:crypto';
import { issue, type FixtureCert } from '../../../../helpers/fixture-ca.js';

/** Root → intermediate → leaf, like ACR → ACI → an IGC-Santé end entity, with the leaf key as PKCS#8. */
export type FixtureChain = {
  root: FixtureCert;
  intermediate: FixtureCert;
  leaf: FixtureCert;
  leafKey: Uint8Array;
};

export const fixtureChain = async (cn = 'vigie-export.test'): Promise<FixtureChain> => {
  const root = await issue({ name: 'CN=TEST AC RACINE EXPORT,O=Vigie', ca: true });
  const intermediate = await issue({
    name: 'CN=TEST AC EXPORT ORGANISATIONS,O=Vigie',
    ca: true,
    issuer: root,
  });
  const leaf = await issue({ name: `CN=${cn},O=Vigie`, issuer: intermediate });
  const leafKey = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', leaf.keys.privateKey));
  return { root, intermediate, leaf, leafKey };
};

export const pem = (label: string, der: Uint8Array): string =>
  `-----BEGIN ${label}-----\n${(
    Buffer.from(der)
      .toString('base64')
      .match(/.{1,64}/g) ?? []
  ).join('\n')}\n-----END ${label}-----\n`;
