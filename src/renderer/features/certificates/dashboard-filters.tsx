import { Badge, Button, CloseButton, Group, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconFilterOff, IconSearch } from '@tabler/icons-react';
import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocationSource } from '../../../shared/model/inventory.js';
import type { Family, ProductCode } from '../../../shared/model/igc-sante.js';
import { localeOf } from '../../format/format.js';
import { useFormat } from '../../format/use-format.js';
import { productLabel } from '../inspector/product-label.js';
import { hasFilters, NO_FILTERS, type Filters, type MonthRange } from './inventory-rows.js';

export type Choices = {
  families: Family[];
  products: string[];
  structures: string[];
  sources: LocationSource[];
};

/** A change to some filters; the page merges it into the current ones. */
export type FilterPatch = Partial<Filters>;

type DashboardFiltersProps = {
  filters: Filters;
  choices: Choices;
  onPatch: (patch: FilterPatch) => void;
};

/**
 * Search and the filters IT staff narrow 10,000 certificates with; choices come from the
 * data. A keystroke re-renders the search field only: the selects are memoised apart.
 */
export const DashboardFilters = ({ filters, choices, onPatch }: DashboardFiltersProps) => {
  const { t } = useTranslation();
  return (
    <Group gap="sm" align="flex-end" wrap="wrap" data-testid="dashboard-filters">
      <TextInput
        label={t('certificates.search')}
        placeholder={t('certificates.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={filters.query}
        onChange={(e) => onPatch({ query: e.currentTarget.value })}
        type="search"
        data-testid="certificates-search"
        style={{ flex: '2 1 260px' }}
      />
      <FilterSelects
        family={filters.family}
        product={filters.product}
        structure={filters.structure}
        source={filters.source}
        environment={filters.environment}
        choices={choices}
        onPatch={onPatch}
      />
      {filters.month && <MonthChip month={filters.month} onRemove={() => onPatch({ month: null })} />}
      {hasFilters(filters) && (
        <Button
          variant="subtle"
          leftSection={<IconFilterOff size={16} aria-hidden />}
          onClick={() => onPatch(NO_FILTERS)}
          data-testid="clear-filters"
        >
          {t('certificates.clearFilters')}
        </Button>
      )}
    </Group>
  );
};

/** The month picked on the chart, shown with the other filters and removable from here. */
const MonthChip = ({ month, onRemove }: { month: MonthRange; onRemove: () => void }) => {
  const { t } = useTranslation();
  const format = useFormat();
  const name = new Intl.DateTimeFormat(localeOf(format.language), { month: 'long', year: 'numeric' }).format(
    month.start,
  );
  // A Badge with its own close button: Mantine's Pill hides its remove button from the
  // keyboard and from screen readers.
  return (
    <Badge
      size="lg"
      variant="light"
      tt="none"
      style={{ alignSelf: 'center' }}
      data-testid="month-filter"
      rightSection={
        <CloseButton
          size="xs"
          variant="transparent"
          onClick={onRemove}
          aria-label={t('certificates.filters.removeMonth', { month: name })}
        />
      }
    >
      {t('certificates.filters.month', { month: name })}
    </Badge>
  );
};

type FilterSelectsProps = Pick<Filters, 'family' | 'product' | 'structure' | 'source' | 'environment'> & {
  choices: Choices;
  onPatch: (patch: FilterPatch) => void;
};

const FilterSelects = memo(
  ({ family, product, structure, source, environment, choices, onPatch }: FilterSelectsProps) => {
    const { t } = useTranslation();
    const format = useFormat();
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
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm" style={{ flex: '5 1 560px' }}>
        <Select
          {...common}
          label={t('certificates.filters.family')}
          data={options.families}
          value={family}
          onChange={(v) => onPatch({ family: v as Family | null })}
          data-testid="filter-family"
        />
        <Select
          {...common}
          label={t('certificates.filters.product')}
          data={options.products}
          value={product}
          onChange={(v) => onPatch({ product: v })}
          searchable
          data-testid="filter-product"
        />
        <Select
          {...common}
          label={t('certificates.filters.structure')}
          data={choices.structures}
          value={structure}
          onChange={(v) => onPatch({ structure: v })}
          searchable
          limit={100}
          data-testid="filter-structure"
        />
        <Select
          {...common}
          label={t('certificates.filters.source')}
          data={options.sources}
          value={source}
          onChange={(v) => onPatch({ source: v as LocationSource | null })}
          data-testid="filter-source"
        />
        <Select
          {...common}
          label={t('certificates.filters.environment')}
          data={options.environments}
          value={environment}
          onChange={(v) => onPatch({ environment: v as Filters['environment'] })}
          data-testid="filter-environment"
        />
      </SimpleGrid>
    );
  },
);
FilterSelects.displayName = 'FilterSelects';
