import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The dev server injects inline scripts (React refresh) that the production CSP meta tag refuses,
 * so the tag is dropped only while serving; every build keeps it.
 */
function dropCspWhileServing(): Plugin {
  return {
    name: 'casustafel-drop-csp-while-serving',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(/<meta\s+http-equiv="Content-Security-Policy"[\s\S]*?\/>/, ''),
  };
}

/**
 * The renderer is built as plain static files that the Electron shell serves from its own
 * `app://casustafel/` protocol (and the e2e bridge from `http://app.test/`). `base: './'` keeps
 * every asset URL relative so both origins work. No inline script or style ends up in the
 * output: the production CSP forbids both.
 */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), dropCspWhileServing()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Inlined assets would become data: URLs for scripts/styles, which the CSP refuses.
    assetsInlineLimit: 0,
    sourcemap: false,
    target: 'chrome120',
  },
  server: { port: 5173, strictPort: true },
});
