import type { WritableDb } from '../vault/connection';

export interface MigrationContext {
  /** ISO time of the migration run, for rows the migration seeds. */
  now: string;
}

/** One schema version. `up` runs inside a transaction together with the user_version bump. */
export interface Migration {
  version: number;
  name: string;
  up(db: WritableDb, context: MigrationContext): void;
}
