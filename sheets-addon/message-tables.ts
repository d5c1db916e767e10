// Sheets: English messages in the script; the Persian and Greek tables in messages.html, read on first need.
import { EN, type MessageKey } from '../core/messages/en';
import type { Language } from '../core/translations';
import { jsonHtml, readJsonHtml } from '../ui/json-html';

/**
 * Apps Script parses every script file on every custom-function call; the two translated tables are
 * 16 KB, so they are an HTML file, read (HtmlService works in custom functions) only for a message in them.
 */
export const MESSAGES_FILE = 'messages';

type Table = Readonly<Record<MessageKey, string>>;
let translated: Readonly<Record<'fa' | 'el', Table>> | undefined;

/** The file's text as the build writes it. */
export function messagesHtml(tables: Readonly<Record<'fa' | 'el', Table>>): string {
  return jsonHtml(tables);
}

export function messageTable(language: Language): Table {
  if (language === 'en') return EN;
  if (!translated) {
    try {
      translated = readJsonHtml(HtmlService.createHtmlOutputFromFile(MESSAGES_FILE).getContent(), 'The messages file is damaged.');
    } catch {
      // A message in English is better than none.
      return EN;
    }
  }
  return translated![language];
}
