import type { Operator } from '../../../shared/contract/schemas';
import { appendAudit } from '../audit/auditChain';
import type { ReadableDb, WritableDb } from '../vault/connection';

/** Where a family's content was shown; ends up in the entry's summary. */
export type FamilyViewVia = 'dossier' | 'gezin' | 'risicotaxatie' | 'tijdlijn' | 'besluiten' | 'vergadermodus' | 'privacy' | 'gezinsplan';

const VIA_WORDS: Record<FamilyViewVia, string> = {
  dossier: 'dossier',
  gezin: 'gezinsgegevens',
  risicotaxatie: 'risicotaxatie',
  tijdlijn: 'tijdlijn',
  besluiten: 'besluiten en opvolging',
  vergadermodus: 'vergadermodus',
  privacy: 'inzage en bewaren',
  gezinsplan: 'gezinsplan',
};

/**
 * One `view` entry per operator (including "namens") and family per this many minutes.
 *
 * Why deduplicate at all: the renderer fetches the dossier again after every change (and each tab
 * fetches its own part), so logging every fetch would put dozens of identical rows per minute in a
 * hash-chained log that can never be pruned, and drown the changes in noise. Why 15 minutes: a row
 * per quarter hour of continued viewing still shows who looked at a family, when, and for roughly
 * how long, which is what NEN 7513 asks of an access log.
 */
export const VIEW_WINDOW_MINUTES = 15;
const WINDOW_MS = VIEW_WINDOW_MINUTES * 60_000;

/**
 * When each operator last had a view of each family logged, per open connection. Kept in memory
 * only (it is a throttle, not a record). Keyed by the connection object, so it is gone — reset —
 * when the vault locks and the connection closes; a new unlock starts with a fresh connection and
 * logs the first view again.
 */
const lastLogged = new WeakMap<ReadableDb, Map<string, number>>();

function viewKey(operator: Operator, familyId: string): string {
  return JSON.stringify([operator.name, operator.organisation, operator.role, operator.onBehalfOf?.trim() ?? '', familyId]);
}

function seenFor(db: ReadableDb): Map<string, number> {
  let seen = lastLogged.get(db);
  if (seen === undefined) {
    seen = new Map();
    lastLogged.set(db, seen);
  }
  return seen;
}

/**
 * True when a view by this operator of this family now would be logged. A clock that went back
 * counts as a new view: logging once too often is better than missing one.
 */
export function isViewDue(db: ReadableDb, operator: Operator, familyId: string, at: Date): boolean {
  const last = seenFor(db).get(viewKey(operator, familyId));
  if (last === undefined) return true;
  const elapsed = at.getTime() - last;
  return elapsed < 0 || elapsed >= WINDOW_MS;
}

/**
 * Records that `operator` saw the content of family `familyId` (via a screen or feature), unless
 * the same operator's view of the same family was logged less than VIEW_WINDOW_MINUTES ago in this
 * session. Returns whether an entry was written.
 *
 * Writing a row makes a read need a write transaction; it is taken only when an entry is due, so
 * the repeated fetches within the window stay plain reads. Inside a caller's transaction the entry
 * joins it; otherwise it commits on its own (immediately, so a busy vault fails fast rather than
 * returning content whose view went unrecorded). Call this *before* handing the content out: if it
 * throws, the caller must not return the content. (A caller whose own transaction rolls back after
 * this returned should not hand out the content either; the throttle then errs on the quiet side
 * for the rest of the window, which is why the handlers call it outside any transaction.)
 */
export function logFamilyView(db: WritableDb, operator: Operator, familyId: string, via: FamilyViewVia, at: Date): boolean {
  if (!isViewDue(db, operator, familyId, at)) return false;
  const append = () =>
    appendAudit(db, operator, { action: 'view', entity: 'family', entityId: familyId, familyId, summary: `Dossier bekeken (${VIA_WORDS[via]})` }, at);
  if (db.inTransaction) append();
  else db.transaction(append).immediate();
  seenFor(db).set(viewKey(operator, familyId), at.getTime());
  return true;
}

