import type { Page } from '@playwright/test';
import type { HandlerTable } from '../../../electron/core/ipc/handlerTable';
import { installBridge } from './installBridge';
import { serveRenderer } from './serveRenderer';

export interface BridgedPage {
  /** CSP violations and uncaught page errors seen so far, in order (the caller may splice it). */
  problems: string[];
}

/**
 * Wires a page to core the way Electron does, for the e2e fixtures and the bench alike: the built
 * renderer served at http://app.test/ with the production CSP, `window.casustafel` installed over
 * `dispatch` on the given handler table, and every CSP violation or page error collected.
 * Listeners come first, so nothing the first load reports is missed.
 */
export async function bridgePage(page: Page, handlers: HandlerTable, options: { rendererDir?: string } = {}): Promise<BridgedPage> {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy|Refused to/i.test(message.text())) {
      problems.push(`CSP: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`paginafout: ${error.message}`));

  await serveRenderer(page.context(), options.rendererDir);
  await installBridge(page, handlers);
  return { problems };
}
