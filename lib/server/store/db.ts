import "server-only";
import Database from "better-sqlite3";
import { chmodSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { dataDirFromEnv } from "@/lib/server/config";
import { forgetProcessWide, processWide } from "@/lib/server/process-state";
import { MIGRATIONS } from "./migrations";

export type Db = Database.Database;

const FILE = "berth.sqlite";

/** The data directory, created if missing and made private (0700): it holds the key and the accounts. */
export function privateDataDir(dir: string = dataDirFromEnv()): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  return dir;
}

/** Brings `db` to the newest schema; returns the version it ended at. */
export function migrate(db: Db): number {
  const current = db.pragma("user_version", { simple: true }) as number;
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
  return MIGRATIONS.length;
}

export function openDb(path: string): Db {
  const db = new Database(path);
  // WAL: the server and the CLI (`npm run berth -- user add`) may both have it open.
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  db.pragma("foreign_keys = ON");
  migrate(db);
  chmodSync(path, 0o600);
  return db;
}

/** The process's one connection to the store in BERTH_DATA_DIR (reopened if the directory changed: tests). */
export function store(): Db {
  const dir = dataDirFromEnv();
  let entry = processWide("store", () => ({ dir, db: openDb(join(privateDataDir(dir), FILE)) }));
  if (entry.dir !== dir) {
    entry.db.close();
    forgetProcessWide("store");
    entry = processWide("store", () => ({ dir, db: openDb(join(privateDataDir(dir), FILE)) }));
  }
  return entry.db;
}
