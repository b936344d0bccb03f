import { describe, expect, it } from 'vitest';
import { commonNameOf } from '../../../../src/renderer/features/certificates/dn-text.js';

describe('the CN of a chain link’s RFC 4514 name', () => {
  it('reads the CN wherever it is', () => {
    expect(commonNameOf('CN=TEST AC IGC-SANTE,OU=IGC-SANTE TEST,O=ASIP-SANTE,C=FR')).toBe(
      'TEST AC IGC-SANTE',
    );
    expect(commonNameOf('C=FR,O=ASIP-SANTE,cn = ACR ')).toBe('ACR');
    expect(commonNameOf('O=X+CN=Serveur')).toBe('Serveur');
  });

  it('does not split an escaped comma and decodes escaped bytes', () => {
    expect(commonNameOf('C=FR,O=A\\, B,CN=Dupont\\, Jean')).toBe('Dupont, Jean');
    expect(commonNameOf('CN=R\\C3\\A9my,C=FR')).toBe('Rémy');
  });

  it('shows hidden characters instead of obeying them, and says when there is no CN', () => {
    expect(commonNameOf('CN=abc\u202Edef')).not.toContain('\u202E');
    expect(commonNameOf('O=Exemple,C=FR')).toBeNull();
    expect(commonNameOf('CN=,O=X')).toBeNull();
  });
});
