import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A path for a SQLite file in a fresh folder that does not exist yet, as on a first start. */
export function tempDbPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'nianbao-db-')), 'nested', 'nianbao.db');
}
