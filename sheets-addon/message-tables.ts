// Sheets: every message table in messages.html, read on the first message; the script carries none.
import type { MessageKey } from '../core/messages/en';
import type { Language } from '../core/translations';
import { jsonHtml, readJsonHtml } from '../ui/json-html';

/**
 * Apps Script parses every script file on every custom-function call, and a call that succeeds shows
 * no message; the three tables (24 KB) are an HTML file, read once per call (HtmlService works in
 * custom functions) only when a call has a message to show.
 */
export const MESSAGES_FILE = 'messages';

type Table = Readonly<Record<MessageKey, string>>;
let tables: Readonly<Record<Language, Table>> | undefined;

/** The file's text as the build writes it. */
export function messagesHtml(all: Readonly<Record<Language, Table>>): string {
  return jsonHtml(all);
}

/** Where the file cannot be read: the function's name and the message's key, rather than no message. */
const UNREADABLE: Table = new Proxy({} as Table, {
  get: (_table, key) => (key === 'withFunction' ? '{fn}: {detail}' : String(key)),
});

function loaded(): Readonly<Record<Language, Table>> {
  if (!tables) {
    try {
      tables = readJsonHtml(HtmlService.createHtmlOutputFromFile(MESSAGES_FILE).getContent(), 'The messages file is damaged.');
    } catch {
      return { en: UNREADABLE, fa: UNREADABLE, el: UNREADABLE };
    }
  }
  return tables!;
}

export function messageTable(language: Language): Table {
  return loaded()[language] ?? loaded().en;
}

/** The English table, in the place of core/messages/en.ts: read from the file when a message is first rendered. */
export const EN: Table = new Proxy({} as Table, {
  get: (_table, key) => (loaded().en as Record<string | symbol, string>)[key] ?? String(key),
});
