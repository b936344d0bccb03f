import { useCallback, useState } from 'react';
import type { Anchor } from '../../../shared/model/anchor.js';
import { useApi } from '../../api-context.js';
import { unexpectedError, type UiError } from '../../errors/ui-error.js';
import { readUserFile } from '../inspector/read-file.js';

export type ImportState =
  | { status: 'idle' }
  | { status: 'importing'; fileName: string }
  | { status: 'done'; added: readonly Anchor[]; alreadyKnown: number; ignored: number }
  | { status: 'failed'; fileName: string; error: UiError };

/** Send a chain file (p7b, PEM bundle, CA certificate, platform P12) to the trust store. */
export const useImportChain = (onImported: () => void) => {
  const api = useApi();
  const [state, setState] = useState<ImportState>({ status: 'idle' });

  const importFile = useCallback(
    async (file: File) => {
      setState({ status: 'importing', fileName: file.name });
      const read = await readUserFile(file);
      if (!read.ok) {
        setState({ status: 'failed', fileName: file.name, error: read.error });
        return;
      }
      try {
        const result = await api.trust.importChain(read.value);
        if (result.ok) {
          setState({ status: 'done', ...result.value });
          onImported();
        } else {
          setState({ status: 'failed', fileName: file.name, error: result.error });
        }
      } catch (cause) {
        setState({ status: 'failed', fileName: file.name, error: unexpectedError(cause) });
      }
    },
    [api, onImported],
  );

  return { state, importFile };
};
