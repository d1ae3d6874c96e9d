import { api } from '../../api';

/**
 * The exported picture must look right outside the app, where timeline.css does not apply: the
 * same colours as presentation rules inside the SVG itself.
 */
const EXPORT_STYLE = `
  text { font-family: system-ui, 'Segoe UI', Roboto, Arial, sans-serif; font-size: 13px; fill: #1b1b1b; }
  .tl-lane { fill: #ffffff; } .tl-lane--odd { fill: #f3f5f7; }
  .tl-tick { stroke: #c9d1d9; stroke-width: 1; } .tl-tick--year { stroke: #8a96a3; }
  .tl-tick-label { font-size: 12px; fill: #4a4a4a; }
  .tl-today { stroke: #b00020; stroke-dasharray: 4 3; } .tl-today-label { fill: #b00020; font-size: 12px; }
  .tl-dot { fill: #154273; stroke: #ffffff; stroke-width: 2; }
  .tl-event--derived .tl-dot { fill: #ffffff; stroke: #154273; }
  .tl-range { fill: #e5eef8; stroke: #154273; stroke-width: 1; }
  .tl-arrow { stroke: #01689b; stroke-width: 2.5; fill: none; }
  .tl-arrow--teruggelegd, .tl-arrow--afgewezen { stroke: #b00020; stroke-dasharray: 6 3; }
  .tl-arrowhead { fill: #01689b; }
  .tl-event--verwijzing .tl-dot { fill: #01689b; }
  .tl-event--stagnatie .tl-dot, .tl-event--niet_verschenen .tl-dot { fill: #b00020; }
  .tl-event--hulp_gestart .tl-dot { fill: #1f6d2b; }
`;

/** A standalone SVG document of the picture as shown (the current window, lanes and filters). */
export function timelineSvgDocument(svg: SVGSVGElement, title: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const [, , w, h] = (clone.getAttribute('viewBox') ?? '0 0 1000 400').split(' ');
  clone.setAttribute('width', w ?? '1000');
  clone.setAttribute('height', h ?? '400');
  // Interaction belongs to the app, not to the file.
  for (const el of clone.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = EXPORT_STYLE;
  const titleEl = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  titleEl.textContent = title;
  clone.insertBefore(style, clone.firstChild);
  clone.insertBefore(titleEl, clone.firstChild);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

/** Base64 in slices: one String.fromCharCode over megabytes would overflow the call stack. */
function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** PNG by drawing the SVG (as a data: image, which the CSP allows) onto a canvas. */
async function pngOf(svgText: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
  await image.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = width * scale;
  canvas.height = height * scale;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('png'))), 'image/png'));
}

async function bytesOf(svg: SVGSVGElement, format: 'svg' | 'png', title: string): Promise<Uint8Array> {
  const text = timelineSvgDocument(svg, title);
  if (format === 'svg') return new TextEncoder().encode(text);
  const [, , w, h] = (svg.getAttribute('viewBox') ?? '0 0 1000 400').split(' ').map(Number);
  return new Uint8Array(await (await pngOf(text, w ?? 1000, h ?? 400)).arrayBuffer());
}

/**
 * Draws the file, records the export in the vault's log, then has main ask where to save it (the
 * app never downloads: main cancels every download). Returns the name the user saved it under,
 * or null when they cancelled the dialog.
 */
export async function exportTimelineImage(svg: SVGSVGElement, familyId: string, format: 'svg' | 'png', eventCount: number, title: string): Promise<string | null> {
  const bytes = await bytesOf(svg, format, title);
  const { fileName } = await api.call('timeline:recordExport', { familyId, format, eventCount });
  const result = await api.call('export:saveFile', {
    suggestedName: fileName,
    mimeType: format === 'svg' ? 'image/svg+xml' : 'image/png',
    dataBase64: base64Of(bytes),
  });
  return result.saved ? result.fileName : null;
}
