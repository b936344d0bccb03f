import { useCallback, useRef, useState } from 'react';
import type { Order, OrderError } from '../../../shared/model/order.js';
import type { RetrieveAnalysis } from '../../../shared/model/retrieve.js';
import { useApi } from '../../api-context.js';
import { unexpectedError, type UiError } from '../../errors/ui-error.js';
import { readUserFile, type FilePayload } from '../inspector/read-file.js';

export type RetrieveState =
  | { status: 'idle' }
  | { status: 'reading'; fileName: string }
  | { status: 'failed'; fileName: string; payload: FilePayload | null; error: UiError }
  | {
      status: 'analyzed';
      fileName: string;
      payload: FilePayload;
      /** The PKCS#12 password once it opened the file: confirm needs it again for the key. */
      password: string | undefined;
      analysis: RetrieveAnalysis;
    }
  | { status: 'done'; order: Order; codeKept: boolean };

export type ConfirmChoice = {
  certificateSha256: string;
  revocationCode: string;
  /** The user ticked the look-alike consent (main refuses a non-genuine certificate without it). */
  acceptLookAlike?: boolean;
};

const asOrderError = (cause: unknown): OrderError => ({
  code: 'io-error',
  message: cause instanceof Error ? cause.message : String(cause),
});

/** A locked PKCS#12 may fail to read at all: the password form is the way forward. */
export const failedOnPassword = (error: UiError): boolean =>
  error.code === 'password-required' || error.code === 'wrong-password';

/**
 * The retrieval wizard's one file: read it, ask main what it holds, unlock it, keep the
 * chosen certificate. The password and the file stay in memory only until done or reset.
 */
export const useRetrieve = () => {
  const api = useApi();
  const [state, setState] = useState<RetrieveState>({ status: 'idle' });
  // A second file picked while the first is read wins; the late answer is dropped.
  const generation = useRef(0);

  const analyze = useCallback(
    async (payload: FilePayload, password?: string) => {
      try {
        return await api.retrieve.analyze(password === undefined ? payload : { ...payload, password });
      } catch (cause) {
        return { ok: false as const, error: unexpectedError(cause) };
      }
    },
    [api],
  );

  const open = useCallback(
    async (file: File) => {
      const mine = ++generation.current;
      setState({ status: 'reading', fileName: file.name });
      const read = await readUserFile(file);
      if (mine !== generation.current) return;
      if (!read.ok) {
        setState({ status: 'failed', fileName: file.name, payload: null, error: read.error });
        return;
      }
      const payload = read.value;
      const result = await analyze(payload);
      if (mine !== generation.current) return;
      setState(
        result.ok
          ? {
              status: 'analyzed',
              fileName: payload.fileName,
              payload,
              password: undefined,
              analysis: result.value,
            }
          : { status: 'failed', fileName: payload.fileName, payload, error: result.error },
      );
    },
    [analyze],
  );

  /** Resolves with the error for the password form, or null once the file opened. */
  const unlock = useCallback(
    async (password: string): Promise<UiError | null> => {
      if (state.status !== 'analyzed' && state.status !== 'failed') return null;
      const { payload } = state;
      if (!payload) return null;
      const mine = generation.current;
      const result = await analyze(payload, password);
      if (mine !== generation.current) return null;
      if (!result.ok) return result.error;
      setState({ status: 'analyzed', fileName: payload.fileName, payload, password, analysis: result.value });
      return null;
    },
    [analyze, state],
  );

  /** Resolves with main's refusal, or null once the certificate is kept. */
  const confirm = useCallback(
    async ({
      certificateSha256,
      revocationCode,
      acceptLookAlike,
    }: ConfirmChoice): Promise<OrderError | null> => {
      if (state.status !== 'analyzed') return null;
      const { payload, password } = state;
      const code = revocationCode.trim() === '' ? undefined : revocationCode;
      try {
        const result = await api.retrieve.confirm({
          ...payload,
          ...(password === undefined ? {} : { password }),
          certificateSha256,
          ...(code === undefined ? {} : { revocationCode: code }),
          ...(acceptLookAlike === true ? { acceptLookAlike: true } : {}),
        });
        if (!result.ok) return result.error;
        generation.current++;
        setState({ status: 'done', order: result.value, codeKept: code !== undefined });
        return null;
      } catch (cause) {
        return asOrderError(cause);
      }
    },
    [api, state],
  );

  const reset = useCallback(() => {
    generation.current++;
    setState({ status: 'idle' });
  }, []);

  return { state, open, unlock, confirm, reset };
};
