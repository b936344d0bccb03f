import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCertificates } from './chain-certificates.js';

/**
 * A folder an IT admin could point Vigie at: `count` certificates of many structures, with
 * deadlines spread from already expired to a year away, a third of them under CAs named
 * like the IGC-Santé TEST organisations CA (so they read as IGC-Santé TEST). Their CAs are
 * not written: Vigie cannot chain them (not genuine) but nothing proves them fakes either,
 * so their dates give their status. For the dashboard's end-to-end test and benchmark
 * (thousands per second, no openssl).
 */

const DAY = 86_400_000;
const CITIES = ['LYON', 'NANTES', 'LILLE', 'RENNES', 'DIJON', 'BREST', 'NICE', 'METZ', 'PAU', 'TOURS'];

/** Days until expiry per batch, and the share of the certificates each gets. */
const BATCHES: readonly { days: number; share: number }[] = [
  { days: -20, share: 0.03 },
  { days: 4, share: 0.01 },
  { days: 12, share: 0.03 },
  { days: 26, share: 0.04 },
  { days: 45, share: 0.06 },
  { days: 75, share: 0.08 },
  { days: 120, share: 0.1 },
  { days: 160, share: 0.1 },
  { days: 200, share: 0.12 },
  { days: 250, share: 0.12 },
  { days: 300, share: 0.13 },
  { days: 340, share: 0.18 },
];

const pem = (der: Uint8Array): string =>
  `-----BEGIN CERTIFICATE-----\n${Buffer.from(der)
    .toString('base64')
    .replace(/.{64}/g, '$&\n')
    .replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;

export type InventoryFolder = {
  /** The CN of each leaf written, in the order generated; its deadline in days. */
  leaves: { cn: string; days: number }[];
  files: number;
};

/** Leaves only (their CAs are not written: a folder of server and client certificates). */
export const writeInventoryFolder = (
  dir: string,
  count: number,
  perFile = 100,
  now = new Date(),
): InventoryFolder => {
  const leaves: InventoryFolder['leaves'] = [];
  let files = 0;
  let made = 0;
  BATCHES.forEach((batch, b) => {
    const n = b === BATCHES.length - 1 ? count - made : Math.round(count * batch.share);
    if (n <= 0) return;
    const igc = b % 3 === 0;
    const start = made;
    const { leaves: ders } = makeCertificates(n, 1, new Date(now.getTime() + (batch.days - 365) * DAY), {
      ca: () =>
        igc
          ? {
              c: 'FR',
              o: 'ASIP-SANTE',
              ou: ['0002 187512751', 'IGC-SANTE TEST'],
              cn: 'TEST AC IGC-SANTE ELEMENTAIRE ORGANISATIONS',
            }
          : { c: 'FR', o: 'Vigie test PKI', cn: `Vigie test CA ${b + 1}` },
      leaf: (i) => {
        const k = start + i;
        const city = CITIES[k % CITIES.length] as string;
        return { c: 'FR', o: `CENTRE HOSPITALIER DE ${city}`, cn: `poste-${k}.ch-${city.toLowerCase()}.fr` };
      },
    });
    ders.forEach((_, i) =>
      leaves.push({
        cn: `poste-${start + i}.ch-${(CITIES[(start + i) % CITIES.length] as string).toLowerCase()}.fr`,
        days: batch.days,
      }),
    );
    for (let at = 0; at < ders.length; at += perFile) {
      writeFileSync(
        join(dir, `lot-${b}-${at / perFile}.pem`),
        ders
          .slice(at, at + perFile)
          .map(pem)
          .join(''),
      );
      files++;
    }
    made += n;
  });
  return { leaves, files };
};
