import type { WritableDb } from '../vault/connection';
import { migration0001 } from './0001_initial';
import { migration0002 } from './0002_register';
import { migration0003 } from './0003_assessment';
import { migration0004 } from './0004_timeline';
import { migration0005 } from './0005_regie';
import { migration0006 } from './0006_meeting_mode';
import { migration0007 } from './0007_access_log';
import { migration0008 } from './0008_retention';
import { migration0009 } from './0009_sharing_grounds';
import { migration0010 } from './0010_meldcode_decisions';
import { migration0011 } from './0011_family_plan';
import { migration0012 } from './0012_handover';
import { migration0013 } from './0013_reporting';
import { migration0014 } from './0014_region_scale';
import { migration0015 } from './0015_whole_family';
import { migration0016 } from './0016_safety_agreements';
import { migration0017 } from './0017_help_episodes';
import { migration0018 } from './0018_kindcheck_by_others';
import { migration0019 } from './0019_urgent_care';
import { migration0020 } from './0020_release_scope';
import { migration0021 } from './0021_medical_secrecy';
import { migration0022 } from './0022_consent_validity';
import { migration0023 } from './0023_follow_up_index';
import { migration0024 } from './0024_organisation_address';
import type { Migration } from './migration';

/** Every schema version in order. Add a file per version; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011, migration0012, migration0013, migration0014, migration0015, migration0016, migration0017, migration0018, migration0019, migration0020, migration0021, migration0022, migration0023, migration0024];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length === 0 ? 0 : MIGRATIONS[MIGRATIONS.length - 1]!.version;

export function schemaVersion(db: WritableDb): number {
  return Number(db.pragma('user_version', { simple: true }));
}

/**
 * Brings a vault up to the latest schema. Each migration and its user_version bump commit together,
 * so a crash leaves the vault at a whole version.
 */
export function runMigrations(db: WritableDb, now: () => Date, migrations: readonly Migration[] = MIGRATIONS): number {
  let current = schemaVersion(db);
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      migration.up(db, { now: now().toISOString() });
      db.pragma(`user_version=${migration.version}`);
    }).immediate();
    current = migration.version;
  }
  return current;
}
