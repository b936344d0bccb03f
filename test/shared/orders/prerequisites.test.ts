import { prerequisiteText, prerequisitesFor } from '../../../src/shared/orders/prerequisites.js';
import type { UserType } from '../../../src/shared/orders/prerequisites.js';

const USERS: UserType[] = ['doctor', 'structure', 'it-admin'];

describe('prerequisitesFor', () => {
  it.each([
    ['doctor', ['login-means', 'habilitation', 'test-card', 'key-custody', 'single-machine']],
    ['structure', ['habilitation', 'login-means', 'test-card', 'key-custody', 'single-machine']],
    ['it-admin', ['habilitation', 'login-means', 'test-card', 'key-custody', 'single-machine']],
  ] as const)('%s: every item, in order', (user, ids) => {
    expect(prerequisitesFor(user).map((p) => p.id)).toEqual(ids);
  });

  it('the test card (MIE, form F414) is only for the TEST platform', () => {
    for (const user of USERS) {
      expect(prerequisitesFor(user, 'production').map((p) => p.id)).not.toContain('test-card');
      expect(prerequisitesFor(user, 'test').map((p) => p.id)).toContain('test-card');
    }
    const card = prerequisitesFor('it-admin').find((p) => p.id === 'test-card');
    expect(card?.onlyFor).toBe('test');
    expect(card?.detail.fr).toMatch(/MIE.*F414/);
  });

  it('speaks to each user type about the habilitation', () => {
    const texts = USERS.map((u) => prerequisitesFor(u).find((p) => p.id === 'habilitation')?.detail.fr);
    expect(new Set(texts).size).toBe(3);
    for (const t of texts) expect(t).toMatch(/représentant légal/);
  });

  it('covers the login means, the vault and the one-machine rule', () => {
    const items = prerequisitesFor('structure');
    const fr = (id: string) => items.find((p) => p.id === id)?.detail.fr ?? '';
    expect(fr('login-means')).toMatch(/CPS.*CPE.*lecteur.*e-CPS.*Pro Santé Connect/);
    expect(fr('key-custody')).toMatch(/coffre/);
    expect(fr('single-machine')).toMatch(/plusieurs/);
  });

  it('has French and English for every item', () => {
    for (const user of USERS) {
      for (const p of prerequisitesFor(user)) {
        const fr = prerequisiteText(p, 'fr');
        const en = prerequisiteText(p, 'en');
        expect(fr.title).not.toBe(en.title);
        expect(fr.detail).not.toBe(en.detail);
        expect(en.detail.length).toBeGreaterThan(20);
      }
    }
  });
});
