import { fireEvent, screen } from '@testing-library/react';
import { expect } from 'vitest';

/** Steps a person takes through the order wizard, written once for every test. */

export const type = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } });

export const blur = (testId: string) => fireEvent.blur(screen.getByTestId(testId));

export const next = () => fireEvent.click(screen.getByTestId('wizard-next'));

/** "Commander un certificat", past the prerequisites if they are shown. */
export const openWizard = async () => {
  fireEvent.click(screen.getByTestId('nav-order'));
  fireEvent.click(await screen.findByTestId('prereq-continue'));
};

export const pickProjects = (...codes: string[]) => {
  for (const code of codes) fireEvent.click(screen.getByTestId(`project-${code}`));
};

/** A searchable Mantine Select: type, then click the option (no portal in test mode). */
export const pickOption = async (testId: string, search: string, option: string) => {
  fireEvent.click(screen.getByTestId(testId));
  type(testId, search);
  fireEvent.click(await screen.findByRole('option', { name: option }));
};

/** The ANS TEST structure: FINESS 0B0221636 in the Rhône. */
export const fillStructure = async () => {
  type('holder-legal-name', 'CENTRE DE SANTE RPPS22163');
  type('holder-structure-id', '0B0221636');
  await pickOption('holder-departement', 'Rhô', '69 — Rhône');
};

/** Step 1 with DMP on TEST, step 2 filled, and on to the keys step. */
export const reachKeysStep = async () => {
  await openWizard();
  pickProjects('DMP');
  fireEvent.click(screen.getByTestId('env-test'));
  next();
  await fillStructure();
  type('holder-cn-ORG_AUTH_CLI', 'Logiciel de cabinet');
  type('holder-cn-ORG_SIGN', 'Logiciel de cabinet');
  next();
  expect(await screen.findByRole('heading', { level: 2, name: 'Clés' })).toBeTruthy();
};
