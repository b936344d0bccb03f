import {
  Badge,
  Button,
  Card,
  Group,
  List,
  SegmentedControl,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { prerequisitesFor, prerequisiteText, type UserType } from '../../../shared/orders/prerequisites.js';
import { useLanguage } from '../../i18n/use-language.js';

const USER_TYPES: readonly UserType[] = ['doctor', 'structure', 'it-admin'];

/** Before a first order: what the platform will ask for, worded for who is ordering. */
export const Prerequisites = ({ onContinue }: { onContinue: () => void }) => {
  const { t } = useTranslation();
  const [language] = useLanguage();
  const [userType, setUserType] = useState<UserType>('doctor');
  return (
    <Card withBorder radius="md" padding="lg" data-testid="prerequisites">
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('prereq.title')}
        </Title>
        <Text size="sm">{t('prereq.intro')}</Text>
        <Stack gap={6}>
          <Text size="sm" fw={500} id="prereq-user-type">
            {t('prereq.youAre')}
          </Text>
          <SegmentedControl
            value={userType}
            onChange={(v) => setUserType(USER_TYPES.find((u) => u === v) ?? 'doctor')}
            data={USER_TYPES.map((u) => ({ value: u, label: t(`prereq.userTypes.${u}`) }))}
            aria-labelledby="prereq-user-type"
            style={{ alignSelf: 'flex-start' }}
            data-testid="prereq-user-type"
          />
        </Stack>
        <List
          spacing="md"
          icon={
            <ThemeIcon color="teal" size={22} radius="xl" variant="light">
              <IconCheck size={14} aria-hidden />
            </ThemeIcon>
          }
        >
          {prerequisitesFor(userType).map((p) => {
            const text = prerequisiteText(p, language);
            return (
              <List.Item key={p.id} data-testid={`prereq-${p.id}`}>
                <Group gap={6}>
                  <Text size="sm" fw={600}>
                    {text.title}
                  </Text>
                  {p.onlyFor === 'test' && (
                    <Badge size="xs" color="orange" variant="light">
                      {t('prereq.testOnly')}
                    </Badge>
                  )}
                </Group>
                <Text size="sm" c="dimmed">
                  {text.detail}
                </Text>
              </List.Item>
            );
          })}
        </List>
        <Group>
          <Button onClick={onContinue} data-testid="prereq-continue">
            {t('prereq.continue')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
};
