import { Code, Group } from '@mantine/core';
import { CopyValue } from '../../components/copy-value.js';
import { hexPairs } from '../../format/format.js';

type FingerprintProps = { hex: string; label: string };

/** Colon-separated pairs, as openssl and the IGC-Santé pages print them; copied the same way. */
export const Fingerprint = ({ hex, label }: FingerprintProps) => {
  const text = hexPairs(hex);
  return (
    <Group gap={4} wrap="nowrap" align="flex-start">
      <Code style={{ whiteSpace: 'normal', wordBreak: 'break-all' }} fz="xs">
        {text}
      </Code>
      <CopyValue value={text} what={label} />
    </Group>
  );
};
