import { z } from 'zod';
import { Report, ReportRequest } from '../reporting/reportRecords';

const SaveResult = z.object({ saved: z.boolean(), fileName: z.string().nullable() });

export const reportChannels = {
  /** The report for a period (Rapportage screen): counts only, suppressed with the vault's threshold. */
  'report:build': { request: ReportRequest, response: Report },
  /** The same report as CSV or PDF through the host's save dialog; logged once saved. */
  'report:export': {
    request: z.object({ request: ReportRequest, format: z.enum(['csv', 'pdf']) }),
    response: SaveResult,
  },
} as const;
