import { useCallback, useRef, useState } from 'react';
import type { InspectionReport } from '../../../shared/model/inspection.js';
import { useApi } from '../../api-context.js';
import { unexpectedError, type UiError } from '../../errors/ui-error.js';
import type { ReadError } from '../../../shared/model/errors.js';
import { err, ok } from '../../../shared/result.js';
import { readUserFile, type FilePayload } from './read-file.js';

/** A file main already read for us (the system dialog): bytes, or why it could not be read. */
export type PickedFile = { fileName: string; data: string | null; error: ReadError | null };
/** What can be opened: a File from a drop or the page's picker, or a picked file. */
export type FileSource = File | PickedFile;

const nameOf = (source: FileSource) => (source instanceof File ? source.name : source.fileName);

const payloadOf = async (source: FileSource) => {
  if (source instanceof File) return readUserFile(source);
  if (source.data !== null) return ok({ fileName: source.fileName, data: source.data });
  return err(source.error ?? { code: 'io-error' as const, message: `Cannot read ${source.fileName}` });
};

export type EntryState =
  | { status: 'reading' }
  | { status: 'ready'; report: InspectionReport; unlocked: boolean }
  | { status: 'failed'; error: UiError };

export type Entry = {
  key: string;
  fileName: string;
  /** Kept so a password can be tried without asking for the file again. */
  payload: FilePayload | null;
  state: EntryState;
};

/** Ask for a password again when the file says so, or when reading failed on it. */
export const needsPassword = (entry: Entry): boolean => {
  const { state } = entry;
  if (!entry.payload) return false;
  if (state.status === 'failed') {
    return state.error.code === 'password-required' || state.error.code === 'wrong-password';
  }
  if (state.status !== 'ready') return false;
  const { report } = state;
  return (
    report.pkcs12?.passwordRequired === true ||
    report.items.some((item) => item.kind === 'private-key' && item.key.encrypted)
  );
};

/**
 * The files the user opened and what main said about each. A new pick replaces the
 * list; answers for files no longer shown are dropped (keys are never reused).
 */
export const useInspections = () => {
  const api = useApi();
  const [entries, setEntries] = useState<readonly Entry[]>([]);
  const counter = useRef(0);

  const update = useCallback((key: string, change: Partial<Entry>) => {
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, ...change } : e)));
  }, []);

  const inspect = useCallback(
    async (payload: FilePayload, password?: string) => {
      try {
        return await api.inspector.inspect(password === undefined ? payload : { ...payload, password });
      } catch (cause) {
        return { ok: false as const, error: unexpectedError(cause) };
      }
    },
    [api],
  );

  const openFiles = useCallback(
    async (files: readonly FileSource[]) => {
      const fresh = files.map((file) => ({
        key: `file-${++counter.current}`,
        fileName: nameOf(file),
        payload: null,
        state: { status: 'reading' } as const,
      }));
      setEntries(fresh);
      // One file at a time: a handful of 10 MiB files must not all sit in memory at once.
      for (const [index, file] of files.entries()) {
        const key = fresh[index]?.key;
        if (!key) continue;
        const read = await payloadOf(file);
        if (!read.ok) {
          update(key, { state: { status: 'failed', error: read.error } });
          continue;
        }
        const result = await inspect(read.value);
        update(key, {
          payload: read.value,
          state: result.ok
            ? { status: 'ready', report: result.value, unlocked: false }
            : { status: 'failed', error: result.error },
        });
      }
    },
    [inspect, update],
  );

  /** Try a password; the error (if any) goes back to the form, the report stays shown. */
  const unlock = useCallback(
    async (entry: Entry, password: string): Promise<UiError | null> => {
      if (!entry.payload) return null;
      const result = await inspect(entry.payload, password);
      if (!result.ok) return result.error;
      update(entry.key, { state: { status: 'ready', report: result.value, unlocked: true } });
      return null;
    },
    [inspect, update],
  );

  const clear = useCallback(() => setEntries([]), []);

  return { entries, openFiles, unlock, clear };
};
