/** Which decoder reads which extension. Unknown and IGC-Santé private ones get a raw summary. */
import {
  decodeCrlNumber,
  decodeDeltaCrlIndicator,
  decodeHoldInstruction,
  decodeInvalidityDate,
  decodeReasonCode,
} from './crl-fields.js';
import {
  decodeDistributionPoints,
  decodeInfoAccess,
  decodeIssuingDistributionPoint,
} from './distribution.js';
import {
  decodeMsTemplate,
  decodeNetscapeCertType,
  decodeNullExtension,
  decodeOidList,
  decodeSctList,
  decodeStringExtension,
  decodeTlsFeature,
} from './misc.js';
import { decodeGeneralNamesExtension, decodeNameConstraints, decodeSubjectAltName } from './names.js';
import { decodeCertificatePolicies } from './policies.js';
import { summarizeRaw } from './raw-summary.js';
import type { ExtensionDecoder } from './types.js';
import {
  decodeAuthorityKeyIdentifier,
  decodeBasicConstraints,
  decodeExtendedKeyUsage,
  decodeInhibitAnyPolicy,
  decodeKeyUsage,
  decodePolicyConstraints,
  decodePolicyMappings,
  decodePrivateKeyUsagePeriod,
  decodeSubjectKeyIdentifier,
} from './usage.js';

const DECODERS: Readonly<Record<string, ExtensionDecoder>> = {
  '2.5.29.9': decodeOidList('subjectDirectoryAttributes'),
  '2.5.29.14': decodeSubjectKeyIdentifier,
  '2.5.29.15': decodeKeyUsage,
  '2.5.29.16': decodePrivateKeyUsagePeriod,
  '2.5.29.17': decodeSubjectAltName,
  '2.5.29.18': decodeGeneralNamesExtension('issuerAltName'),
  '2.5.29.19': decodeBasicConstraints,
  '2.5.29.20': decodeCrlNumber,
  '2.5.29.21': decodeReasonCode,
  '2.5.29.23': decodeHoldInstruction,
  '2.5.29.24': decodeInvalidityDate,
  '2.5.29.27': decodeDeltaCrlIndicator,
  '2.5.29.28': decodeIssuingDistributionPoint,
  '2.5.29.29': decodeGeneralNamesExtension('certificateIssuer'),
  '2.5.29.30': decodeNameConstraints,
  '2.5.29.31': decodeDistributionPoints('cRLDistributionPoints'),
  '2.5.29.32': decodeCertificatePolicies,
  '2.5.29.33': decodePolicyMappings,
  '2.5.29.35': decodeAuthorityKeyIdentifier,
  '2.5.29.36': decodePolicyConstraints,
  '2.5.29.37': decodeExtendedKeyUsage,
  '2.5.29.46': decodeDistributionPoints('freshestCRL'),
  '2.5.29.54': decodeInhibitAnyPolicy,
  '1.3.6.1.5.5.7.1.1': decodeInfoAccess('authorityInfoAccess'),
  '1.3.6.1.5.5.7.1.3': decodeOidList('qcStatements'),
  '1.3.6.1.5.5.7.1.11': decodeInfoAccess('subjectInfoAccess'),
  '1.3.6.1.5.5.7.1.24': decodeTlsFeature,
  '1.3.6.1.5.5.7.48.1.5': decodeNullExtension('ocspNoCheck'),
  '1.3.6.1.4.1.11129.2.4.2': decodeSctList,
  '1.3.6.1.4.1.11129.2.4.3': decodeNullExtension('precertificate poison'),
  '2.16.840.1.113730.1.1': decodeNetscapeCertType,
  '2.16.840.1.113730.1.13': decodeStringExtension('netscapeComment'),
  '1.3.6.1.4.1.311.20.2': decodeStringExtension('msCertificateTemplateName'),
  '1.3.6.1.4.1.311.21.7': decodeMsTemplate,
};

export const decoderFor = (oid: string): ExtensionDecoder => DECODERS[oid] ?? summarizeRaw;
