import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type {
  CertificateStatus,
  InventoryStore,
  Location,
  StatusChange,
} from '../../ports/inventory-store.js';
import { cell, date, ms, num, text, toCertificate, toLocation, type Row } from './inventory-rows.js';
import { expiryQueries } from './expiry-queries.js';
import { revocationQueries } from './revocation-records.js';
import { watchListQuery } from './watch-list-query.js';
import { endpointCheckQueries, scanCacheQueries } from './scan-cache-queries.js';
import { INVENTORY_MIGRATIONS, type Migration } from './inventory-schema.js';

/** The file was written by a newer Vigie: it is left as it is. */
export class InventoryTooNewError extends Error {
  constructor(
    readonly path: string,
    readonly version: number,
    readonly supported: number,
  ) {
    super(`The inventory ${path} has schema version ${version}; this Vigie reads up to ${supported}.`);
    this.name = 'InventoryTooNewError';
  }
}

export type OpenedInventory = {
  store: InventoryStore;
  /** A damaged file found at the path was moved here and a new inventory started. */
  setAside: string | null;
  /** The copy kept before this open migrated the schema, if it did. */
  backup: string | null;
};

/** node:sqlite is loaded here only: the CLI commands that never touch the inventory do not pay for it. */
const loadSqlite = (): typeof import('node:sqlite') =>
  process.getBuiltinModule('node:sqlite') as typeof import('node:sqlite');

const isDamaged = (e: unknown): boolean =>
  e instanceof Error && /file is not a database|database disk image is malformed/i.test(e.message);

const userVersion = (db: DatabaseSync): number =>
  num((db.prepare('PRAGMA user_version').get() as Row)['user_version']);

/**
 * Opens the database with the settings every connection needs. WAL: readers never wait for
 * the scanner's writes, and a commit is one append to the log, so a process killed mid-write
 * leaves the last committed state. synchronous=NORMAL is safe against a crash of the
 * process; only a power cut can lose the last commits, which the next scan finds again.
 */
const connect = (path: string): DatabaseSync => {
  const { DatabaseSync } = loadSqlite();
  const db = new DatabaseSync(path, { enableForeignKeyConstraints: true, timeout: 5000 });
  try {
    db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
    userVersion(db); // reads the header: a file that is not a database fails here
    return db;
  } catch (e) {
    db.close();
    throw e;
  }
};

/** Applies the pending migrations, each in its own transaction, after copying the file once. */
const migrate = (db: DatabaseSync, path: string, migrations: readonly Migration[]): string | null => {
  const current = userVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) throw new InventoryTooNewError(path, current, latest);
  const pending = migrations.filter((m) => m.version > current);
  if (pending.length === 0) return null;
  let backup: string | null = null;
  if (current > 0) {
    // A consistent copy (WAL content included) before the schema changes: a migration that
    // goes wrong on a user's data must not be the end of that data.
    backup = `${path}.before-v${latest}.bak`;
    rmSync(backup, { force: true });
    db.exec(`VACUUM INTO '${backup.replaceAll("'", "''")}'`);
  }
  for (const m of pending) {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(m.sql);
      db.exec(`PRAGMA user_version = ${m.version}`);
      db.exec('COMMIT');
    } catch (e) {
      db.exec('ROLLBACK');
      throw e;
    }
  }
  return backup;
};

/**
 * Opens (or creates) the inventory at `path`. A file that is not a readable database is
 * moved aside, never deleted, and a new inventory is started: everything in it can be
 * scanned again, the damaged file stays for whoever wants to look at it.
 */
export const openSqliteInventory = (
  path: string,
  options: { migrations?: readonly Migration[]; now?: () => Date } = {},
): OpenedInventory => {
  const migrations = options.migrations ?? INVENTORY_MIGRATIONS;
  mkdirSync(dirname(path), { recursive: true });
  let setAside: string | null = null;
  let db: DatabaseSync;
  try {
    db = connect(path);
  } catch (e) {
    if (!isDamaged(e) || !existsSync(path)) throw e;
    setAside = `${path}.damaged-${(options.now?.() ?? new Date()).getTime()}`;
    renameSync(path, setAside);
    for (const suffix of ['-wal', '-shm']) rmSync(`${path}${suffix}`, { force: true });
    db = connect(path);
  }
  try {
    const backup = migrate(db, path, migrations);
    return { store: sqliteStore(db), setAside, backup };
  } catch (e) {
    db.close();
    throw e;
  }
};

const sqliteStore = (db: DatabaseSync): InventoryStore => {
  const cache = new Map<string, StatementSync>();
  const sql = (source: string): StatementSync => {
    let statement = cache.get(source);
    if (!statement) {
      statement = db.prepare(source);
      cache.set(source, statement);
    }
    return statement;
  };

  let depth = 0;
  const store: Omit<InventoryStore, 'contentRevision'> = {
    transaction(fn) {
      // Nested calls join the outer transaction: one scan step may call another.
      if (depth > 0) return fn();
      db.exec('BEGIN IMMEDIATE');
      depth++;
      try {
        const result = fn();
        db.exec('COMMIT');
        return result;
      } catch (e) {
        db.exec('ROLLBACK');
        throw e;
      } finally {
        depth--;
      }
    },

    upsertCertificate(c, seenAt) {
      sql(
        `INSERT INTO certificates (sha256, der, subject, issuer, subject_fields, issuer_fields, serial,
           not_before, not_after, igc, first_seen, last_seen, names_crl)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (sha256) DO UPDATE SET last_seen = max(last_seen, excluded.last_seen),
           igc = coalesce(excluded.igc, igc)`,
      ).run(
        c.sha256,
        c.der,
        c.subject,
        c.issuer,
        JSON.stringify(c.subjectFields),
        JSON.stringify(c.issuerFields),
        c.serialNumber,
        ms(c.notBefore),
        ms(c.notAfter),
        c.igc === null ? null : JSON.stringify(c.igc),
        ms(seenAt),
        ms(seenAt),
        c.namesCrl === false ? 0 : 1,
      );
    },
    certificate(sha256) {
      const r = sql('SELECT * FROM certificates WHERE sha256 = ?').get(sha256) as Row | undefined;
      return r ? { ...toCertificate(r), der: new Uint8Array(cell(r['der']) as Uint8Array) } : null;
    },
    certificates() {
      const rows = sql(
        `SELECT sha256, subject, issuer, subject_fields, issuer_fields, serial, not_before, not_after, igc, first_seen, last_seen
         FROM certificates ORDER BY not_after, sha256`,
      ).all() as Row[];
      return rows.map(toCertificate);
    },
    forget(sha256) {
      sql('DELETE FROM certificates WHERE sha256 = ?').run(sha256);
    },

    recordLocation(sha256, at: Location, seenAt) {
      sql(
        `INSERT INTO locations (sha256, source, locator, first_seen, last_seen, gone_at)
         VALUES (?, ?, ?, ?, ?, NULL)
         ON CONFLICT (source, locator, sha256) DO UPDATE SET last_seen = excluded.last_seen, gone_at = NULL`,
      ).run(sha256, at.source, at.locator, ms(seenAt), ms(seenAt));
    },
    touchLocations(source, locators, seenAt) {
      if (locators.length === 0) return;
      sql(
        `UPDATE locations SET last_seen = max(last_seen, ?)
         WHERE source = ? AND gone_at IS NULL AND locator IN (SELECT value FROM json_each(?))`,
      ).run(ms(seenAt), source, JSON.stringify(locators));
    },
    markGone(place, present, at) {
      const keep = new Set(present);
      const here = sql(
        'SELECT sha256 FROM locations WHERE source = ? AND locator = ? AND gone_at IS NULL',
      ).all(place.source, place.locator) as Row[];
      let gone = 0;
      const mark = sql('UPDATE locations SET gone_at = ? WHERE source = ? AND locator = ? AND sha256 = ?');
      for (const r of here) {
        const sha256 = text(r['sha256']);
        if (keep.has(sha256)) continue;
        mark.run(ms(at), place.source, place.locator, sha256);
        gone++;
      }
      return gone;
    },

    locationsOf(sha256) {
      const rows = sql('SELECT * FROM locations WHERE sha256 = ? ORDER BY first_seen, id').all(
        sha256,
      ) as Row[];
      return rows.map(toLocation);
    },

    recordStatus(sha256, status: CertificateStatus, at) {
      const last = sql('SELECT status FROM status_history WHERE sha256 = ? ORDER BY id DESC LIMIT 1').get(
        sha256,
      ) as Row | undefined;
      if (last && last['status'] === status) return false;
      sql('INSERT INTO status_history (sha256, status, at) VALUES (?, ?, ?)').run(sha256, status, ms(at));
      return true;
    },
    statusHistory(sha256): StatusChange[] {
      const rows = sql('SELECT status, at FROM status_history WHERE sha256 = ? ORDER BY id').all(
        sha256,
      ) as Row[];
      return rows.map((r) => ({ status: text(r['status']) as CertificateStatus, at: date(r['at']) }));
    },

    recordNotified(sha256, thresholdDays, at) {
      sql(
        `INSERT INTO notifications (sha256, threshold_days, at) VALUES (?, ?, ?)
         ON CONFLICT (sha256, threshold_days) DO NOTHING`,
      ).run(sha256, thresholdDays, ms(at));
    },
    notifiedThresholds(sha256) {
      const rows = sql(
        'SELECT threshold_days FROM notifications WHERE sha256 = ? ORDER BY threshold_days DESC',
      ).all(sha256) as Row[];
      return rows.map((r) => num(r['threshold_days']));
    },
    acknowledge(sha256, thresholdDays, at) {
      sql(
        `INSERT INTO acknowledgements (sha256, threshold_days, at) VALUES (?, ?, ?)
         ON CONFLICT (sha256, threshold_days) DO UPDATE SET at = excluded.at`,
      ).run(sha256, thresholdDays, ms(at));
    },
    acknowledgedThresholds(sha256) {
      const rows = sql(
        'SELECT threshold_days FROM acknowledgements WHERE sha256 = ? ORDER BY threshold_days DESC',
      ).all(sha256) as Row[];
      return rows.map((r) => num(r['threshold_days']));
    },
    snooze(sha256, until) {
      if (until === null) sql('DELETE FROM snoozes WHERE sha256 = ?').run(sha256);
      else
        sql(
          'INSERT INTO snoozes (sha256, until) VALUES (?, ?) ON CONFLICT (sha256) DO UPDATE SET until = excluded.until',
        ).run(sha256, ms(until));
    },
    snoozedUntil(sha256) {
      const r = sql('SELECT until FROM snoozes WHERE sha256 = ?').get(sha256) as Row | undefined;
      return r ? date(r['until']) : null;
    },

    notifiedByCertificate() {
      const map = new Map<string, number[]>();
      const rows = sql(
        'SELECT sha256, threshold_days FROM notifications ORDER BY sha256, threshold_days DESC',
      ).all() as Row[];
      for (const r of rows) {
        const sha = text(r['sha256']);
        const list = map.get(sha);
        if (list) list.push(num(r['threshold_days']));
        else map.set(sha, [num(r['threshold_days'])]);
      }
      return map;
    },
    lastStatuses() {
      // The last row of each certificate's history (ids grow with time).
      const rows = sql(
        `SELECT h.sha256, h.status FROM status_history h
         JOIN (SELECT sha256, max(id) AS id FROM status_history GROUP BY sha256) last ON last.id = h.id`,
      ).all() as Row[];
      return new Map(rows.map((r) => [text(r['sha256']), text(r['status']) as CertificateStatus]));
    },

    ...watchListQuery(sql),
    ...expiryQueries(sql),
    ...revocationQueries(sql),

    ...scanCacheQueries(sql),
    ...endpointCheckQueries(sql),

    close() {
      if (db.isOpen) db.close();
    },
  };
  return withRevision(store);
};

/**
 * The store with its content revision: the writes that may change what the expiry watcher
 * reads count, those that only see things again (touches, the scan cache, endpoint checks)
 * or are the watcher's own (statuses, notifications) do not. Counted in memory: the
 * watcher lives in the process that writes (another process's scan does not tell it anyway).
 */
const withRevision = (store: Omit<InventoryStore, 'contentRevision'>): InventoryStore => {
  let revision = 0;
  const counted =
    <A extends unknown[], R>(write: (...args: A) => R) =>
    (...args: A): R => {
      revision++;
      return write(...args);
    };
  return {
    ...store,
    upsertCertificate: counted(store.upsertCertificate),
    recordLocation: counted(store.recordLocation),
    forget: counted(store.forget),
    setCertificateDeadlines: counted(store.setCertificateDeadlines),
    snooze: counted(store.snooze),
    acknowledge: counted(store.acknowledge),
    recordRevocations: counted(store.recordRevocations),
    markGone(place, present, at) {
      const gone = store.markGone(place, present, at);
      if (gone > 0) revision++;
      return gone;
    },
    contentRevision: () => revision,
  };
};
