// The toolpath webview's page: the server's SVG (gantry.plot) shown as an image, so nothing
// in it can run, under a policy that loads nothing from anywhere.

export const VIEWS = ['xy', 'xz', 'yz', 'iso'] as const;
export type ToolpathView = (typeof VIEWS)[number];

/** Arguments of gantry.plot for a document, a view and an optional suggestion preview. */
export function plotArgs(
  uri: string,
  view: ToolpathView,
  preview?: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string },
): unknown[] {
  return preview ? [uri, { view, preview }] : [uri, { view }];
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The webview's HTML: a strict Content-Security-Policy, the picture as a data: image. */
export function toolpathHtml(svg: string, title: string, note: string, nonce: string): string {
  const data = Buffer.from(svg, 'utf8').toString('base64');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style nonce="${nonce}">
  body { margin: 0; padding: 8px; background: #fff; color: #333; font: 12px sans-serif; }
  img { max-width: 100%; height: auto; display: block; }
  p { margin: 4px 0 8px; }
</style>
</head>
<body>
<p>${escapeHtml(note)}</p>
<img alt="${escapeHtml(title)}" src="data:image/svg+xml;base64,${data}">
</body>
</html>`;
}
