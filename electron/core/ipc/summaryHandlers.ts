import { AppError } from '../../../shared/contract/errors';
import type { summaryChannels } from '../../../shared/contract/summaryChannels';
import type { VaultSession } from '../session/VaultSession';
import type { HandlerTable } from './handlerTable';
import type { HostServices } from './hostServices';

type SummaryHandlers = Pick<HandlerTable, keyof typeof summaryChannels>;

// LEAD: H1 replaces this file with the real implementation (electron/core/exports/).
export function createSummaryHandlers(session: VaultSession, now: () => Date, host: HostServices): SummaryHandlers {
  void now;
  void host;
  const notYet = (): never => {
    session.requireOperator();
    throw new AppError('invalid_request');
  };
  return {
    'summary:preview': notYet,
    'summary:chooseFolder': notYet,
    'summary:exportRecipient': notYet,
    'summary:letterPreview': notYet,
    'summary:exportLetter': notYet,
    'summary:exportCalendar': notYet,
  };
}
