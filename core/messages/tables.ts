// The message templates of every language by key. The Sheets build puts a lazy loader in this module's place.
import type { Language } from '../translations';
import { EL } from './el';
import { EN, type MessageKey } from './en';
import { FA } from './fa';

export const MESSAGE_TABLES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { en: EN, fa: FA, el: EL };

export function messageTable(language: Language): Readonly<Record<MessageKey, string>> {
  return MESSAGE_TABLES[language];
}
