import { useEffect } from 'react';
import type { PrintSubject } from '../../../shared/contract/accessChannels';
import { api } from '../../api';

/**
 * A print is a copy of a family's data leaving the vault on paper, so it goes in the access log.
 * Core cannot see the renderer print; the renderer reports it through `access:printed`.
 */

/** Set while a print started by our own button runs, so the `beforeprint` event does not log it twice. */
let printingFromButton = false;

/**
 * The print button: logs first, then opens the print dialog. If the log cannot be written (the
 * vault locked meanwhile, disk full) nothing is printed and the error goes to the caller to show.
 */
export async function printWithLog(familyId: string, what: PrintSubject): Promise<void> {
  await api.call('access:printed', { familyId, what });
  printingFromButton = true;
  try {
    window.print();
  } finally {
    printingFromButton = false;
  }
}

/**
 * While a printable view is on screen, a print the user starts another way (Ctrl+P, the browser
 * menu) is logged too. That print cannot be held back, so a failed log write is not reported here;
 * the print button is the path that guarantees the log comes first.
 */
export function usePrintLog(familyId: string, what: PrintSubject): void {
  useEffect(() => {
    const report = () => {
      if (printingFromButton) return;
      api.call('access:printed', { familyId, what }).catch(() => undefined);
    };
    window.addEventListener('beforeprint', report);
    return () => window.removeEventListener('beforeprint', report);
  }, [familyId, what]);
}
