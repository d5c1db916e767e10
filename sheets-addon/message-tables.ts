// Sheets: English messages in the script; the Persian and Greek tables in messages.html, read on first need.
import { EN, type MessageKey } from '../core/messages/en';
import type { Language } from '../core/translations';

/**
 * Apps Script parses every script file on every custom-function call; the two translated tables are
 * 16 KB, so they are an HTML file, read (HtmlService works in custom functions) only for a message in them.
 */
export const MESSAGES_FILE = 'messages';

type Table = Readonly<Record<MessageKey, string>>;
let translated: Readonly<Record<'fa' | 'el', Table>> | undefined;

/** The file's text as the build writes it: the tables as JSON in a script element. */
export function messagesHtml(tables: Readonly<Record<'fa' | 'el', Table>>): string {
  return `<script type="application/json">${JSON.stringify(tables).replace(/</g, '\\u003c')}</script>\n`;
}

export function messageTable(language: Language): Table {
  if (language === 'en') return EN;
  if (!translated) {
    try {
      const html = HtmlService.createHtmlOutputFromFile(MESSAGES_FILE).getContent();
      translated = JSON.parse(html.slice(html.indexOf('>') + 1, html.lastIndexOf('</script>')));
    } catch {
      // A message in English is better than none.
      return EN;
    }
  }
  return translated![language];
}
