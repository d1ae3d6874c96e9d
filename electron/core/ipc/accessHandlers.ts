import type { accessChannels } from '../../../shared/contract/accessChannels';
import { queryAudit } from '../access/auditQuery';
import { logFamilyView, type FamilyViewVia } from '../access/familyAccessLog';
import { recordPrint } from '../access/printLog';
import { readWrite, type HandlerDeps } from './handlerDeps';
import type { HandlerTable } from './handlerTable';

type AccessHandlers = Pick<HandlerTable, keyof typeof accessChannels>;

/** Handlers of the access log: the filtered log and the renderer's report of a print. */
export function createAccessHandlers(deps: HandlerDeps): AccessHandlers {
  const { read, write } = readWrite(deps);
  return {
    'audit:query': (query) => read((db) => queryAudit(db, query)),
    'access:printed': ({ familyId, what }) => write((ctx) => recordPrint(ctx.db, ctx.operator, familyId, what, ctx.at)),
  };
}

/**
 * Wraps the channels that hand out one family's content so that core logs the view itself — the
 * renderer is never trusted to report what it was shown. The view is logged after the content was
 * read and before it is returned: a failed read logs nothing, and a view that cannot be logged
 * (disk full, vault locked meanwhile) returns an error instead of the content.
 *
 * Not wrapped, on purpose: lists and search results (names only), signal summaries and required
 * topics (derived, shown next to content that is itself logged), and the log itself. The meeting
 * mode state and the summaries preview are wrapped for every family they carry.
 */
export function withFamilyViewLogging(table: HandlerTable, deps: HandlerDeps): HandlerTable {
  const { write } = readWrite(deps);
  const viewedAll =
    <Req, Res>(inner: (request: Req) => Res | Promise<Res>, via: FamilyViewVia, familiesOf: (request: Req, response: Res) => readonly string[]) =>
    (request: Req): Res | Promise<Res> => {
      const log = (response: Res): Res => {
        const families = [...new Set(familiesOf(request, response))];
        write((ctx) => {
          for (const familyId of families) logFamilyView(ctx.db, ctx.operator, familyId, via, ctx.at);
        });
        return response;
      };
      const response = inner(request);
      return response instanceof Promise ? response.then(log) : log(response);
    };
  const viewed = <Req, Res>(inner: (request: Req) => Res | Promise<Res>, via: FamilyViewVia, familyOf: (request: Req, response: Res) => string) =>
    viewedAll(inner, via, (request, response) => [familyOf(request, response)]);
  // Meeting mode and the summaries preview carry several families' content at once (minutes, JGZ
  // notes, item descriptions): each family on the agenda counts as viewed.
  return {
    ...table,
    'meetingMode:get': viewedAll(table['meetingMode:get'], 'vergadermodus', (_request, state) => state.cases.map((c) => c.familyId)),
    'summary:preview': viewedAll(table['summary:preview'], 'vergadermodus', (_request, preview) =>
      preview.recipients.flatMap((r) => r.families.map((f) => f.familyId)),
    ),
    'register:dossier': viewed(table['register:dossier'], 'dossier', ({ familyId }) => familyId),
    'families:get': viewed(table['families:get'], 'gezin', ({ id }) => id),
    'timeline:list': viewed(table['timeline:list'], 'tijdlijn', ({ familyId }) => familyId),
    'regie:overview': viewed(table['regie:overview'], 'besluiten', ({ familyId }) => familyId),
    'assessment:list': viewed(table['assessment:list'], 'risicotaxatie', ({ familyId }) => familyId),
    'assessment:concern': viewed(table['assessment:concern'], 'risicotaxatie', ({ familyId }) => familyId),
    'assessment:get': viewed(table['assessment:get'], 'risicotaxatie', (_request, detail) => detail.assessment.familyId),
    'privacy:family': viewed(table['privacy:family'], 'privacy', ({ familyId }) => familyId),
    'familyPlan:get': viewed(table['familyPlan:get'], 'gezinsplan', ({ familyId }) => familyId),
    'safetyAgreements:get': viewed(table['safetyAgreements:get'], 'dossier', ({ familyId }) => familyId),
    'meldcode:list': viewed(table['meldcode:list'], 'risicotaxatie', ({ familyId }) => familyId),
  };
}
