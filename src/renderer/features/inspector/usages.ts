import type { AlgorithmRef } from '../../../shared/model/certificate.js';
import { KEY_USAGE_BITS } from '../../../shared/asn1/key-usage-bits.js';

const EKU_KEYS = {
  '1.3.6.1.5.5.7.3.1': 'serverAuth',
  '1.3.6.1.5.5.7.3.2': 'clientAuth',
  '1.3.6.1.5.5.7.3.3': 'codeSigning',
  '1.3.6.1.5.5.7.3.4': 'emailProtection',
  '1.3.6.1.5.5.7.3.8': 'timeStamping',
  '1.3.6.1.5.5.7.3.9': 'ocspSigning',
  '2.5.29.37.0': 'anyExtendedKeyUsage',
  '1.3.6.1.4.1.311.20.2.2': 'smartcardLogon',
} as const;

export type EkuKey = (typeof EKU_KEYS)[keyof typeof EKU_KEYS];

export const KEY_USAGES = KEY_USAGE_BITS;
export type KeyUsageKey = (typeof KEY_USAGES)[number];

export const ekuKey = (oid: string): EkuKey | null =>
  Object.hasOwn(EKU_KEYS, oid) ? EKU_KEYS[oid as keyof typeof EKU_KEYS] : null;

export const isKeyUsageKey = (value: string): value is KeyUsageKey =>
  (KEY_USAGES as readonly string[]).includes(value);

export type Purpose =
  'tlsClient' | 'tlsServer' | 'signature' | 'encryption' | 'smartcardLogon' | 'certSign' | 'crlSign';

type UsageFacts = { keyUsage: readonly string[]; extendedKeyUsage: readonly AlgorithmRef[] };

/**
 * What the certificate is *for*, in the words of the IGC-Santé offers: AUTH = TLS client,
 * SSL = TLS server, SIGN = signature (nonRepudiation), CONF = others encrypt to the holder.
 * keyEncipherment on a TLS server key is part of TLS, not an encryption offer.
 */
export const purposesOf = ({ keyUsage, extendedKeyUsage }: UsageFacts): Purpose[] => {
  const eku = new Set(extendedKeyUsage.map((e) => ekuKey(e.oid)));
  const ku = new Set(keyUsage);
  const purposes: Purpose[] = [];
  if (eku.has('clientAuth')) purposes.push('tlsClient');
  if (eku.has('serverAuth')) purposes.push('tlsServer');
  if (ku.has('nonRepudiation')) purposes.push('signature');
  if ((ku.has('keyEncipherment') && !eku.has('serverAuth')) || ku.has('dataEncipherment')) {
    purposes.push('encryption');
  }
  if (eku.has('smartcardLogon')) purposes.push('smartcardLogon');
  if (ku.has('keyCertSign')) purposes.push('certSign');
  if (ku.has('cRLSign')) purposes.push('crlSign');
  return purposes;
};
