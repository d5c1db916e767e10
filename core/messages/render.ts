// A message in any language the product speaks: the Persian and Greek tables come in with this module alone.
import type { Language } from '../translations';
import { EL } from './el';
import { EN, type MessageKey } from './en';
import { FA } from './fa';
import { fill, renderArg, type Message, type MessageArg } from './index';

const TABLES: Readonly<Record<Language, Readonly<Record<MessageKey, string>>>> = { en: EN, fa: FA, el: EL };

/** Every template of every language, by key: for the completeness tests and the docs. */
export const MESSAGE_TABLES = TABLES;

export function render(msg: Message, language: Language): string {
  return fill(msg, language, TABLES[language]);
}

export function renderValue(arg: MessageArg, language: Language): string {
  return renderArg(arg, language, TABLES[language]);
}
