import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IgcSanteInfo } from '../../../shared/model/igc-sante.js';
import { Fact } from '../../components/fact-list.js';

type IdentifierProps = { label: string; value: string; valid: boolean };

/** "FINESS 0B0221636" plus whether the identifier's own rules (length, Luhn) hold. */
const Identifier = ({ label, value, valid }: IdentifierProps) => {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Text size="sm" ff="monospace">
        {label ? `${label} ${value}` : value}
      </Text>
      {valid ? (
        <Text size="xs" c="dimmed">
          ✓ {t('cert.structureValid')}
        </Text>
      ) : (
        <Badge color="orange" variant="light" size="sm">
          {t('cert.structureInvalid')}
        </Badge>
      )}
    </Group>
  );
};

/** The IGC-Santé identity of a certificate: family, structure, person, profession, place. */
export const IgcFacts = ({ info }: { info: IgcSanteInfo }) => {
  const { t } = useTranslation();
  const { structureId, personId, profession, departement } = info;
  return (
    <>
      <Fact label={t('cert.family')}>
        {t(`family.${info.family}`)}
        {info.medium && info.family !== 'CA' ? ` · ${t(`cert.medium.${info.medium}`)}` : ''}
        {info.cardType ? ` · ${info.cardType}` : ''}
      </Fact>
      {structureId && (
        <Fact label={t('cert.structure')} testId="structure-id">
          <Identifier
            label={structureId.type ?? ''}
            value={structureId.type ? structureId.value : structureId.raw}
            valid={structureId.valid}
          />
        </Fact>
      )}
      {personId && (
        <Fact label={t('cert.person')}>
          <Identifier
            label={t(`personIdType.${personId.type}`)}
            value={personId.value}
            valid={personId.valid}
          />
        </Fact>
      )}
      {profession && (
        <Fact label={t('cert.profession')}>
          {profession.label}
          {profession.code ? ` (${profession.code})` : ''}
        </Fact>
      )}
      {departement && (
        <Fact label={t('cert.departement')}>
          {departement.name} ({departement.code})
        </Fact>
      )}
    </>
  );
};
