import { Button, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationSource } from '../../../shared/model/inventory.js';
import type { Family, ProductCode } from '../../../shared/model/igc-sante.js';
import { useFormat } from '../../format/use-format.js';
import { productLabel } from '../inspector/product-label.js';
import { hasFilters, NO_FILTERS, type Filters } from './inventory-rows.js';

export type Choices = {
  families: Family[];
  products: string[];
  structures: string[];
  sources: LocationSource[];
};

type DashboardFiltersProps = {
  filters: Filters;
  choices: Choices;
  onChange: (next: Filters) => void;
};

/** Search and the filters IT staff narrow 10,000 certificates with; choices come from the data. */
export const DashboardFilters = ({ filters, choices, onChange }: DashboardFiltersProps) => {
  const { t } = useTranslation();
  const format = useFormat();
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  const options = useMemo(
    () => ({
      families: choices.families.map((f) => ({ value: f, label: t(`certificates.families.${f}`) })),
      products: choices.products.map((p) => ({
        value: p,
        label: productLabel(p as ProductCode, format.language),
      })),
      sources: choices.sources.map((s) => ({ value: s, label: t(`certificates.sources.${s}`) })),
      environments: [
        { value: 'production', label: t('env.production') },
        { value: 'test', label: t('env.test') },
        { value: 'none', label: t('certificates.filters.noIgc') },
      ],
    }),
    [choices, t, format.language],
  );
  const common = { clearable: true, placeholder: t('certificates.filters.all'), size: 'sm' } as const;

  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="dashboard-filters">
      <TextInput
        label={t('certificates.search')}
        placeholder={t('certificates.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filters.query}
        onChange={(e) => set('query', e.currentTarget.value)}
        type="search"
        data-testid="certificates-search"
        style={{ flex: '2 1 260px' }}
      />
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm" style={{ flex: '5 1 560px' }}>
        <Select
          {...common}
          label={t('certificates.filters.family')}
          data={options.families}
          value={filters.family}
          onChange={(v) => set('family', v as Family | null)}
          data-testid="filter-family"
        />
        <Select
          {...common}
          label={t('certificates.filters.product')}
          data={options.products}
          value={filters.product}
          onChange={(v) => set('product', v)}
          searchable
          data-testid="filter-product"
        />
        <Select
          {...common}
          label={t('certificates.filters.structure')}
          data={choices.structures}
          value={filters.structure}
          onChange={(v) => set('structure', v)}
          searchable
          limit={100}
          data-testid="filter-structure"
        />
        <Select
          {...common}
          label={t('certificates.filters.source')}
          data={options.sources}
          value={filters.source}
          onChange={(v) => set('source', v as LocationSource | null)}
          data-testid="filter-source"
        />
        <Select
          {...common}
          label={t('certificates.filters.environment')}
          data={options.environments}
          value={filters.environment}
          onChange={(v) => set('environment', v as Filters['environment'])}
          data-testid="filter-environment"
        />
      </SimpleGrid>
      {hasFilters(filters) && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => onChange(NO_FILTERS)}
          data-testid="clear-filters"
        >
          {t('certificates.clearFilters')}
        </Button>
      )}
    </Group>
  );
};
