// Data as the text of an HTML file that Apps Script's HtmlService can read: JSON in a data block, `<` escaped.

export function jsonHtml(value: unknown): string {
  return `<script type="application/json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>\n`;
}

/** The data back from such a file's text; `damaged` is the error's message when the text is not one. */
export function readJsonHtml<T>(html: string, damaged: string): T {
  const start = html.indexOf('>') + 1;
  const end = html.lastIndexOf('</script>');
  if (start <= 0 || end < start) throw new Error(damaged);
  return JSON.parse(html.slice(start, end)) as T;
}
