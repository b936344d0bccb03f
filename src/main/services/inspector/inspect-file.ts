import { MAX_FILE_BYTES } from '../../../shared/limits.js';
import { recognizeCertificate, withChain } from '../../../shared/igc-sante/recognize.js';
import type { ReadError } from '../../../shared/model/errors.js';
import type { InspectedItem, InspectionReport } from '../../../shared/model/inspection.js';
import { err, ok, type Result } from '../../../shared/result.js';
import type { Clock } from '../../ports/clock.js';
import { buildChain, type ChainInput } from '../../pki/chain/index.js';
import { describeCertificate, describeCrl, describeCsr } from '../../pki/describe/index.js';
import { readFile, type ReadObject } from '../../pki/reader/index.js';
import type { TrustService } from '../trust/trust-service.js';

export type InspectRequest = { fileName: string; bytes: Uint8Array; password?: string };

export type InspectorDeps = {
  clock: Clock;
  trust: Pick<TrustService, 'list'>;
  /** Trust anchors; the pinned IGC-Santé CAs unless the composition root says otherwise. */
  findAnchor?: ChainInput['findAnchor'];
};

const describeObject = async (
  object: ReadObject,
  context: {
    now: Date;
    fileCerts: Uint8Array[];
    storeCerts: Uint8Array[];
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
 * The inspector: read a user's file (format from content), describe every object in it,
 * recognise IGC-Santé certificates and check their chain to the pinned anchors. Shared by
 * the app (over IPC), the dev bridge and `vigie inspect`.
 */
export const createInspector = (deps: InspectorDeps) => ({
  async inspect(request: InspectRequest): Promise<Result<InspectionReport, ReadError>> {
    if (request.bytes.length > MAX_FILE_BYTES) {
      return err({
        code: 'file-too-large',
        message: `File is ${request.bytes.length} bytes; the limit is ${MAX_FILE_BYTES}`,
        detail: { limit: MAX_FILE_BYTES, size: request.bytes.length },
      });
    }
    const read = await readFile(
      request.bytes,
      request.password === undefined ? {} : { password: request.password },
    );
    if (!read.ok) return read;
    const now = deps.clock.now();
    const fileCerts = read.value.objects.flatMap((o) => (o.type === 'certificate' ? [o.der] : []));
    const storeCerts = (await deps.trust.list()).map((c) => c.der);
    const items: InspectedItem[] = [];
    const warnings = [...read.value.warnings];
    for (const object of read.value.objects) {
      const item = await describeObject(object, {
        now,
        fileCerts,
        storeCerts,
        ...(deps.findAnchor ? { findAnchor: deps.findAnchor } : {}),
      });
      if (item.ok) items.push(item.value);
      // One unreadable object must not hide the others in the same file.
      else warnings.push({ code: item.error.code, message: item.error.message });
    }
    return ok({
      fileName: request.fileName,
      size: request.bytes.length,
      format: read.value.format,
      items,
      pkcs12: read.value.pkcs12,
      warnings,
    });
  },
});

export type Inspector = ReturnType<typeof createInspector>;
