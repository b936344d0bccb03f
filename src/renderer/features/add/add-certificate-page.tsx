import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type AddCertificatePageProps = { active: boolean; onDone: (sha256: string | null) => void };

/** "Ajouter un certificat": any file → understood → kept → installed. */
export const AddCertificatePage = ({ active }: AddCertificatePageProps) => {
  const { t } = useTranslation();
  return <Title order={1}>{active ? t('nav.add') : null}</Title>;
};
