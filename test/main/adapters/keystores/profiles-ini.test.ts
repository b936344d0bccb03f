import { parseProfilesIni } from '../../../../src/main/adapters/keystores/nss/profiles-ini.js';

describe('profiles.ini', () => {
  it('resolves relative and absolute profiles and takes the default from the Install section', () => {
    const ini = [
      '[Install4F96D1932A9F858E]',
      'Default=Profiles/abcd1234.default-release',
      'Locked=1',
      '',
      '[Profile1]',
      'Name=default',
      'IsRelative=1',
      'Path=Profiles/zzzz.default',
      'Default=1',
      '',
      '[Profile0]',
      'Name=default-release',
      'IsRelative=1',
      'Path=Profiles/abcd1234.default-release',
      '',
      '; a comment',
      '[Profile2]',
      'Name=Travail',
      'IsRelative=0',
      'Path=/data/ff/travail',
      '',
      '[General]',
      'StartWithLastProfile=1',
      'Version=2',
    ].join('\r\n');
    expect(parseProfilesIni(ini, '/home/u/.mozilla/firefox')).toEqual([
      { name: 'default', dir: '/home/u/.mozilla/firefox/Profiles/zzzz.default', isDefault: false },
      {
        name: 'default-release',
        dir: '/home/u/.mozilla/firefox/Profiles/abcd1234.default-release',
        isDefault: true,
      },
      { name: 'Travail', dir: '/data/ff/travail', isDefault: false },
    ]);
  });

  it('falls back to Default=1 without Install sections and skips profiles without a path', () => {
    const ini = '[Profile0]\nName=a\nIsRelative=1\nPath=a.default\nDefault=1\n[Profile1]\nName=b\n';
    expect(parseProfilesIni(ini, '/ff')).toEqual([{ name: 'a', dir: '/ff/a.default', isDefault: true }]);
  });
});
