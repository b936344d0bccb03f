import { useRef } from 'react';
import { openPicker } from '../../shell/open-picker.js';
import { DropZone } from './drop-zone.js';

type SingleFileZoneProps = {
  /** The drop zone is shown only while a file is wanted; the input stays for the tests and the picker. */
  visible: boolean;
  onFiles: (files: File[]) => void;
  label: string;
  /** `<prefix>-drop-zone` and `<prefix>-file-input`. */
  testIdPrefix: string;
};

/** A drop zone with its hidden file input (retrieval, "Ajouter un certificat"). */
export const SingleFileZone = ({ visible, onFiles, label, testIdPrefix }: SingleFileZoneProps) => {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      {visible && (
        <DropZone
          onFiles={onFiles}
          onBrowse={() => openPicker(input.current)}
          label={label}
          testId={`${testIdPrefix}-drop-zone`}
        />
      )}
      <input
        ref={input}
        type="file"
        hidden
        data-testid={`${testIdPrefix}-file-input`}
        aria-hidden
        tabIndex={-1}
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          // Reset so choosing the same file again still fires a change.
          event.currentTarget.value = '';
          onFiles(files);
        }}
      />
    </>
  );
};
