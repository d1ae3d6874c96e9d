import type { Channel, ParsedRequestOf, ResponseOf } from '../../../shared/contract/channels';

/** One implementation per contract channel; the type makes a missing channel a compile error. */
export type HandlerTable = {
  [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};
