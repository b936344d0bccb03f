import type { ProductCode } from '../model/igc-sante.js';
import type { Confidence } from '../catalogue/localized.js';
import type { OfferCode } from '../catalogue/offers.js';
import { EKU_OID } from '../catalogue/oids.js';
import type { EkuName, KeyUsageName } from '../catalogue/oids.js';
import { PRODUCT_PROFILES } from '../catalogue/product-profiles.js';
import type { SanRule, Usage } from '../catalogue/product-profiles.js';
import type { DnShape } from '../catalogue/dn-shapes.js';

export type RsaKeyBits = 2048 | 3072 | 4096;

/** Everything a CSR builder needs to ask for one product, with how sure we are of it. */
export type ExpectedProfile = {
  readonly product: ProductCode;
  readonly offer: OfferCode;
  readonly usage: Usage;
  readonly keyUsage: readonly KeyUsageName[];
  /** IGC-Santé marks keyUsage critical on every certificate seen (H). */
  readonly keyUsageCritical: true;
  readonly extKeyUsage: readonly { readonly oid: string; readonly name: EkuName | null }[];
  readonly san: SanRule;
  readonly subject: DnShape;
  readonly key: {
    readonly algorithm: 'RSA';
    /** Every end-entity certificate seen is RSA-2048 (H). */
    readonly defaultBits: 2048;
    readonly allowedBits: readonly RsaKeyBits[];
    /** Whether IGC-Santé accepts larger RSA keys or EC keys is not confirmed. */
    readonly largerSizesConfirmed: false;
  };
  readonly signatureAlgorithm: 'sha256WithRSAEncryption';
  /** End-entity certificates are issued for three years (H). */
  readonly validityYears: 3;
  readonly issuingCa: { readonly production: string; readonly test: string };
  readonly confidence: { readonly usages: Confidence; readonly subject: Confidence };
};

const EKU_NAME_BY_OID: ReadonlyMap<string, EkuName> = new Map(
  (Object.entries(EKU_OID) as [EkuName, string][]).map(([name, oid]) => [oid, name]),
);

export const expectedProfile = (product: ProductCode): ExpectedProfile => {
  const p = PRODUCT_PROFILES[product];
  return {
    product,
    offer: p.offer,
    usage: p.usage,
    keyUsage: p.keyUsage,
    keyUsageCritical: true,
    extKeyUsage: p.extKeyUsage.map((oid) => ({ oid, name: EKU_NAME_BY_OID.get(oid) ?? null })),
    san: p.san,
    subject: p.subject,
    key: {
      algorithm: 'RSA',
      defaultBits: 2048,
      allowedBits: [2048, 3072, 4096],
      largerSizesConfirmed: false,
    },
    signatureAlgorithm: 'sha256WithRSAEncryption',
    validityYears: 3,
    issuingCa: { production: p.issuingCa, test: `${p.issuingCa}-TEST` },
    confidence: { usages: p.confidence, subject: p.subject.confidence },
  };
};
