import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../helpers/render-app.js';
import { next, pickProjects, type } from './wizard-driver.js';

describe('the wizard in English', () => {
  it('speaks English from the catalogue to the field errors', async () => {
    renderApp({}, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Order a certificate' }));
    expect(await screen.findByRole('heading', { name: 'Before your first order' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'I have what it takes, continue' }));

    expect(screen.getByRole('heading', { level: 2, name: 'For which service?' })).toBeTruthy();
    expect(screen.getByText('DMP (shared medical record)')).toBeTruthy();
    pickProjects('INSI');
    expect(screen.getByText('You are about to order 1 certificate')).toBeTruthy();
    expect(screen.getByText('Application authentication (ORG AUTH_CLI)')).toBeTruthy();
    expect(screen.getByText(/INSi needs a certificate of its own/)).toBeTruthy();
    next();
    expect(screen.getByText('Choose the environment.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('env-test'));
    next();

    expect(await screen.findByRole('heading', { level: 2, name: 'Holder' })).toBeTruthy();
    type('holder-structure-id', '690000014');
    expect(
      screen.getByText(/^FINESS: The last digit \(the check digit\) does not match the rest/),
    ).toBeTruthy();
  });

  it('switching language on the way keeps the step and translates it', async () => {
    renderApp();
    fireEvent.click(screen.getByTestId('nav-order'));
    fireEvent.click(await screen.findByTestId('prereq-continue'));
    expect(screen.getByText('Par certificat (avancé)')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'EN' }));
    expect(await screen.findByText('By certificate (advanced)')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Order a certificate' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });
});
