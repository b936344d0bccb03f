import { Checkbox, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROJECTS, type ProjectCode } from '../../../../shared/catalogue/projects.js';
import { useLanguage } from '../../../i18n/use-language.js';

type ProjectPickerProps = {
  value: readonly ProjectCode[];
  onChange: (projects: ProjectCode[]) => void;
  error: string | null;
};

/** The national services, as checkboxes: several at once is the usual case (DMP + INSi…). */
export const ProjectPicker = ({ value, onChange, error }: ProjectPickerProps) => {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const toggle = (code: ProjectCode, on: boolean) =>
    // Keep the catalogue's order whatever the clicking order: the plan reads the same.
    onChange(PROJECTS.map((p) => p.code).filter((c) => (c === code ? on : value.includes(c))));
  return (
    <Checkbox.Group
      label={t('wizard.service.projectsLabel')}
      description={t('wizard.service.projectsHint')}
      error={error}
      errorProps={{ 'data-testid': 'field-error' }}
      value={[...value]}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
        {PROJECTS.map((project) => (
          <Checkbox
            key={project.code}
            value={project.code}
            checked={value.includes(project.code)}
            onChange={(e) => toggle(project.code, e.currentTarget.checked)}
            label={project.name[language]}
            description={
              project.confidence === 'H' ? undefined : (
                <Text span size="xs" c="dimmed">
                  {t('wizard.service.secondarySource')}
                </Text>
              )
            }
            data-testid={`project-${project.code}`}
          />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
};
