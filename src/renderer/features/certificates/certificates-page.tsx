import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type CertificatesPageProps = {
  active: boolean;
  /** "Ajouter un certificat". */
  onAdd: () => void;
  /** A certificate to show (a notification was clicked); null: just the list. */
  focus: string | null;
};

/** "Mes certificats": the home. */
export const CertificatesPage = ({ active }: CertificatesPageProps) => {
  const { t } = useTranslation();
  return <Title order={1}>{active ? t('certificates.title') : null}</Title>;
};
