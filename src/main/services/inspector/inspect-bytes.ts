import { MAX_FILE_BYTES } from '../../../shared/limits.js';
import { recognizeCertificate, withChain } from '../../../shared/igc-sante/recognize.js';
import type { ReadError } from '../../../shared/model/errors.js';
import type { FileFormat, InspectedItem, InspectionReport } from '../../../shared/model/inspection.js';
import { err, ok, type Result } from '../../../shared/result.js';
import { buildChain, forgetFileCandidates, type ChainInput } from '../../pki/chain/index.js';
import { endOperation } from '../../pki/certificate/index.js';
import { describeCertificate, describeCrl, describeCsr } from '../../pki/describe/index.js';
import { readFile, type ReadObject } from '../../pki/reader/index.js';

/** Everything one inspection needs, as plain data (it may run in a worker thread). */
export type InspectBytesInput = {
  fileName: string;
  bytes: Uint8Array;
  password?: string;
  now: Date;
  /** DER of the local trust store's CA certificates (trust service). */
  storeCertificates: readonly Uint8Array[];
  /** Trust anchors; the pinned IGC-Santé CAs unless the composition root says otherwise. */
  findAnchor?: ChainInput['findAnchor'];
};

/**
 * Receives each item as soon as it is described, instead of the report keeping it: the CLI
 * turns a 30,000-certificate file into JSON rows one item at a time, so the described items
 * (their chains, names, fingerprints) never all live at once.
 */
export type OnInspectedItem = (item: InspectedItem, format: FileFormat) => void;

export const describeObject = async (
  object: ReadObject,
  context: {
    now: Date;
    fileCerts: Uint8Array[];
    storeCerts: readonly Uint8Array[];
    findAnchor?: ChainInput['findAnchor'];
  },
): Promise<Result<InspectedItem, ReadError>> => {
  switch (object.type) {
    case 'certificate': {
      const view = await describeCertificate(object.der, context.now);
      if (!view.ok) return view;
      const igcSante = recognizeCertificate(view.value);
      const chain = await buildChain({
        leaf: object.der,
        fileCertificates: context.fileCerts,
        storeCertificates: context.storeCerts,
        now: context.now,
        leafEnvironment: igcSante?.environment ?? null,
        ...(context.findAnchor ? { findAnchor: context.findAnchor } : {}),
      });
      return ok({
        kind: 'certificate',
        verified: object.verified,
        friendlyName: object.friendlyName,
        certificate: view.value,
        // Genuine only with a valid chain to a pinned anchor; a look-alike keeps its shape.
        igcSante: igcSante && withChain(igcSante, view.value.sha256, chain),
        chain,
      });
    }
    case 'csr': {
      const view = await describeCsr(object.der);
      return view.ok ? ok({ kind: 'csr', csr: view.value, igcSante: null }) : view;
    }
    case 'crl': {
      const view = await describeCrl(object.der);
      return view.ok ? ok({ kind: 'crl', crl: view.value }) : view;
    }
    case 'private-key':
      return ok({ kind: 'private-key', friendlyName: object.friendlyName, key: object.key });
  }
};

/**
 * Read a user's file (format from content), describe every object in it, recognise IGC-Santé
 * certificates and check their chain to the anchors: pure CPU work on plain data, so the app
 * can run it in a worker thread (inspection-runner port) and the CLI inline.
 * With `onItem`, items go to it in file order and the report's `items` stays empty.
 */
export const inspectBytes = async (
  input: InspectBytesInput,
  onItem?: OnInspectedItem,
): Promise<Result<InspectionReport, ReadError>> => {
  if (input.bytes.length > MAX_FILE_BYTES) {
    return err({
      code: 'file-too-large',
      message: `File is ${input.bytes.length} bytes; the limit is ${MAX_FILE_BYTES}`,
      detail: { limit: MAX_FILE_BYTES, size: input.bytes.length },
    });
  }
  const read = await readFile(input.bytes, input.password === undefined ? {} : { password: input.password });
  if (!read.ok) return read;
  const fileCerts = read.value.objects.flatMap((o) => (o.type === 'certificate' ? [o.der] : []));
  const items: InspectedItem[] = [];
  const warnings = [...read.value.warnings];
  try {
    for (const object of read.value.objects) {
      const item = await describeObject(object, {
        now: input.now,
        fileCerts,
        storeCerts: input.storeCertificates,
        ...(input.findAnchor ? { findAnchor: input.findAnchor } : {}),
      });
      if (item.ok) {
        if (onItem) onItem(item.value, read.value.format);
        else items.push(item.value);
      }
      // One unreadable object must not hide the others in the same file.
      else warnings.push({ code: item.error.code, message: item.error.message });
    }
  } finally {
    // The chain memos hold this file's certificates; the next file has its own. The parse
    // memos keep them one more operation (the same file again), then let them go.
    forgetFileCandidates();
    endOperation();
  }
  return ok({
    fileName: input.fileName,
    size: input.bytes.length,
    format: read.value.format,
    items,
    pkcs12: read.value.pkcs12,
    warnings,
  });
};
