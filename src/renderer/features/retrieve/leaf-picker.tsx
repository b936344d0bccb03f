import { Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RetrievedCertificate } from '../../../shared/model/retrieve.js';
import { useFormat } from '../../format/use-format.js';
import { productLabel } from '../inspector/product-label.js';

type LeafPickerProps = {
  leaves: readonly RetrievedCertificate[];
  selected: RetrievedCertificate;
  onPick: (sha256: string) => void;
};

/** Which certificate of a file to keep, when it holds several (retrieval and "Ajouter"). */
export const LeafPicker = ({ leaves, selected, onPick }: LeafPickerProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  if (leaves.length < 2) return null;
  return (
    <Radio.Group label={t('retrieve.pick')} value={selected.sha256} onChange={onPick}>
      <Stack gap={6} mt={6}>
        {leaves.map((c) => (
          <Radio
            key={c.sha256}
            value={c.sha256}
            label={`${c.product ? productLabel(c.product, format.language) : c.subject} · ${format.date(c.notAfter)}`}
          />
        ))}
      </Stack>
    </Radio.Group>
  );
};
