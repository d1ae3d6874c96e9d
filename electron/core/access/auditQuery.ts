import { auditCategory, CATEGORY_PATTERNS, type ActionPattern, type AuditCategory } from '../../../shared/access/auditCategory';
import type { AuditPage, AuditQuery } from '../../../shared/contract/accessChannels';
import { toAuditEntry, type AuditRow } from '../audit/auditChain';
import type { ReadableDb } from '../vault/connection';

type Params = Record<string, string | number>;

/**
 * One action pattern as SQL. GLOB rather than LIKE: it is case-sensitive like the TypeScript rule
 * and `_` is no wildcard there (action words such as `timeline_event.create` contain underscores).
 * Action words never contain GLOB's own `*?[`.
 */
function patternSql(pattern: ActionPattern, name: string, params: Params): string {
  if ('exact' in pattern) {
    params[name] = pattern.exact;
    return `a.action = @${name}`;
  }
  if ('prefix' in pattern) {
    params[name] = `${pattern.prefix}*`;
    return `a.action GLOB @${name}`;
  }
  params[name] = `*${pattern.suffix}`;
  return `a.action GLOB @${name}`;
}

/** The category rule of `shared/access/auditCategory` as a WHERE condition; same order, same result. */
function categorySql(category: AuditCategory, params: Params): string {
  const conditionOf = (index: number): string => {
    const [name, patterns] = CATEGORY_PATTERNS[index]!;
    return `(${patterns.map((p, i) => patternSql(p, `cat_${name}_${i}`, params)).join(' OR ')})`;
  };
  const index = CATEGORY_PATTERNS.findIndex(([name]) => name === category);
  // Earlier categories win (as in auditCategory), so exclude them; `gewijzigd` excludes them all.
  const until = index === -1 ? CATEGORY_PATTERNS.length : index;
  const excluded = Array.from({ length: until }, (_, i) => `NOT ${conditionOf(i)}`);
  const own = index === -1 ? [] : [conditionOf(index)];
  return [...excluded, ...own].join(' AND ');
}

/** `%`, `_` and the escape character itself lose their LIKE meaning. */
function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Normalises an instant to the `toISOString` form the log stores, so text comparison is time order. */
function instant(value: string): string {
  return new Date(value).toISOString();
}

/**
 * The log filtered, newest first, one page at a time. Runs as plain reads: looking at the log is
 * not a view of a family's content (it holds field names and family names, never the content), so
 * it is not logged itself.
 */
export function queryAudit(db: ReadableDb, query: AuditQuery): AuditPage {
  const params: Params = { limit: query.limit + 1 };
  const where: string[] = [];
  if (query.familyId !== null) {
    params.familyId = query.familyId;
    where.push('a.family_id = @familyId');
  }
  if (query.operator !== '') {
    params.operator = likeContains(query.operator);
    where.push(
      `(a.operator_name LIKE @operator ESCAPE '\\' OR a.operator_organisation LIKE @operator ESCAPE '\\'
        OR a.operator_role LIKE @operator ESCAPE '\\' OR a.on_behalf_of LIKE @operator ESCAPE '\\')`,
    );
  }
  if (query.category !== null) where.push(categorySql(query.category, params));
  if (query.from !== null) {
    params.from = instant(query.from);
    where.push('a.at >= @from');
  }
  if (query.to !== null) {
    params.to = instant(query.to);
    where.push('a.at < @to');
  }
  if (query.beforeSeq !== null) {
    params.beforeSeq = query.beforeSeq;
    where.push('a.seq < @beforeSeq');
  }
  const rows = db
    .prepare(
      `SELECT a.*, f.display_name AS family_name
       FROM audit_log a LEFT JOIN families f ON f.id = a.family_id
       ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`}
       ORDER BY a.seq DESC
       LIMIT @limit`,
    )
    .all(params) as (AuditRow & { family_name: string | null })[];
  const page = rows.slice(0, query.limit);
  return {
    entries: page.map((row) => ({ ...toAuditEntry(row), category: auditCategory(row.action), familyName: row.family_name })),
    hasMore: rows.length > query.limit,
  };
}
