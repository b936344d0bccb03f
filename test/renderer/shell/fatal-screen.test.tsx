import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Providers } from '../../../src/renderer/app.js';
import { FatalScreen } from '../../../src/renderer/shell/fatal-screen.js';

describe('start-up failure', () => {
  it('explains in French and keeps the technical detail for support', () => {
    render(
      <Providers language="fr" env="test">
        <FatalScreen error={new Error('window.vigie is missing: the preload did not run')} />
      </Providers>,
    );
    expect(screen.getByRole('heading', { name: 'Vigie n’a pas pu démarrer' })).toBeTruthy();
    expect(screen.getByText('window.vigie is missing: the preload did not run')).toBeTruthy();
  });
});
