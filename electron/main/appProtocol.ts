import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol, type Session } from 'electron';
import { APP_HOST, APP_SCHEME } from './appOrigin';
import { CONTENT_SECURITY_POLICY } from './securityPolicy';

/** Only the file types the Vite build emits; anything else is not served at all. */
const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Must run before `app` is ready. `standard` gives the scheme real origins and relative URL
 * resolution, `secure` makes it a secure context, `supportFetchAPI` lets the bundle fetch its own
 * assets. No `bypassCSP`, no `corsEnabled`, no `allowServiceWorkers`: the scheme gets nothing more.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/**
 * Maps an app:// URL to a file inside `rendererRoot`, or null when the URL is on another host,
 * escapes the folder (`..`, encoded separators, absolute paths, NUL) or has a type we don't serve.
 * A path without an extension is a route of the single-page app and maps to index.html.
 */
export function resolveAppFile(rendererRoot: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const segments = pathname.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  // Extensionless paths are client-side routes of the single-page app: they get index.html.
  const last = segments.at(-1);
  const relative = last === undefined || path.extname(last) === '' ? 'index.html' : segments.join('/');
  const root = path.resolve(rendererRoot);
  const candidate = path.resolve(root, relative);
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return null;
  if (!(path.extname(candidate).toLowerCase() in MIME_TYPES)) return null;
  return candidate;
}

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}

function refuse(status: number): Response {
  return new Response(null, { status, headers: securityHeaders() });
}

/**
 * Serves one request from `rendererRoot`. Containment is decided on the path alone (no realpath):
 * the folder is our own build output, and inside a packaged app.asar there are no symlinks.
 */
export async function serveAppRequest(rendererRoot: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405);
  const filePath = resolveAppFile(rendererRoot, request.url);
  if (filePath === null) return refuse(404);
  try {
    const body = await readFile(filePath);
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...securityHeaders(), 'Content-Type': mimeTypeFor(filePath) },
    });
  } catch {
    return refuse(404);
  }
}

/** Connects the scheme to the renderer build for one session (after `app` is ready). */
export function serveAppProtocol(target: Session, rendererRoot: string): void {
  target.protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererRoot, request));
}
