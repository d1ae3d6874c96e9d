import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { PRODUCTION_CSP } from './contentSecurityPolicy';

export const APP_ORIGIN = 'http://app.test';
export const RENDERER_DIR = path.resolve(__dirname, '../../../dist/renderer');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Serves the built renderer at http://app.test/ with the production CSP header (a Vite build does
 * not load over file://), and refuses every other request: the app must work fully offline.
 * `rendererDir` is dist/renderer for e2e; the bench serves its own fresh build.
 */
export async function serveRenderer(context: BrowserContext, rendererDir: string = RENDERER_DIR): Promise<void> {
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`dist/renderer ontbreekt: bouw eerst de renderer (node build/build.mjs --renderer-only of npx vite build).`);
  }
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) return route.abort('blockedbyclient');
    const relative = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.resolve(rendererDir, `.${relative}`);
    if (!file.startsWith(path.resolve(rendererDir) + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      return route.fulfill({ status: 404, body: 'Niet gevonden', headers: { 'content-type': 'text/plain' } });
    }
    return route.fulfill({
      status: 200,
      body: fs.readFileSync(file),
      headers: {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'content-security-policy': PRODUCTION_CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-store',
      },
    });
  });
}
