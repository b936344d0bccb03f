import { Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PRODUCTS, productDescription } from '../../../../shared/catalogue/products.js';
import { isProductCode } from '../../../../shared/catalogue/products.js';
import type { ProductCode } from '../../../../shared/model/igc-sante.js';
import { useLanguage } from '../../../i18n/use-language.js';
import { productLabel } from '../../inspector/product-label.js';

type ProductPickerProps = {
  value: ProductCode | null;
  onChange: (product: ProductCode | null) => void;
  error: string | null;
};

/** For people who already know the product code the platform will ask for. */
export const ProductPicker = ({ value, onChange, error }: ProductPickerProps) => {
  const { t } = useTranslation();
  const [language] = useLanguage();
  return (
    <Stack gap={4}>
      <Select
        label={t('wizard.service.productLabel')}
        placeholder={t('wizard.service.productPlaceholder')}
        data={PRODUCTS.map((p) => ({ value: p.code, label: productLabel(p.code, language) }))}
        value={value}
        onChange={(v) => onChange(isProductCode(v) ? v : null)}
        searchable
        nothingFoundMessage={t('wizard.nothingFound')}
        error={error}
        errorProps={{ 'data-testid': 'field-error' }}
        maw={520}
        data-testid="product-select"
      />
      {value && (
        <Text size="sm" c="dimmed" maw={640}>
          {productDescription(value, language)}
        </Text>
      )}
    </Stack>
  );
};
