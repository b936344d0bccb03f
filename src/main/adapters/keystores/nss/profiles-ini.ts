import { isAbsolute, join } from 'node:path';

export type FirefoxProfile = {
  name: string;
  /** Absolute profile folder. */
  dir: string;
  isDefault: boolean;
};

type Section = { name: string; values: Map<string, string> };

/** INI as Firefox writes it: `[Section]`, `Key=Value`, `;`/`#` comments, CRLF tolerated. */
const parseIni = (text: string): Section[] => {
  const sections: Section[] = [];
  let current: Section | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith(';') || line.startsWith('#')) continue;
    const header = /^\[(.+)\]$/.exec(line);
    if (header) {
      current = { name: header[1] ?? '', values: new Map() };
      sections.push(current);
      continue;
    }
    const eq = line.indexOf('=');
    if (current && eq > 0) current.values.set(line.slice(0, eq).trim(), line.slice(eq + 1).trim());
  }
  return sections;
};

/**
 * The profiles a profiles.ini lists. Paths are relative to the ini folder when
 * IsRelative=1 (Firefox writes '/' on every OS). The default is the one an [Install…]
 * section names (Firefox ≥ 67 keeps one default per installation), else `Default=1`.
 */
export const parseProfilesIni = (text: string, iniDir: string): FirefoxProfile[] => {
  const sections = parseIni(text);
  const installDefaults = new Set(
    sections
      .filter((s) => s.name.startsWith('Install'))
      .map((s) => s.values.get('Default'))
      .filter((path): path is string => path !== undefined && path !== ''),
  );
  const profiles: FirefoxProfile[] = [];
  for (const section of sections) {
    if (!/^Profile\d+$/.test(section.name)) continue;
    const path = section.values.get('Path');
    if (!path) continue;
    const relative = section.values.get('IsRelative') !== '0' && !isAbsolute(path);
    const dir = relative ? join(iniDir, ...path.split('/')) : path;
    const isDefault =
      installDefaults.size > 0 ? installDefaults.has(path) : section.values.get('Default') === '1';
    profiles.push({ name: section.values.get('Name') ?? path, dir, isDefault });
  }
  return profiles;
};
