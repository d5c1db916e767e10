// Messages as data: a catalogue key and its parameters, rendered in English, Persian or Greek by one renderer.
import type { Language } from '../translations';
import { EN, type MessageKey } from './en';

export type { MessageKey };

/**
 * A parameter of a message. Numbers are counts and positions, written in the reader's digits; `code`
 * is a function or argument name, an address or a formula, and `value` is a value quoted from the
 * sheet: both stay as they are, left to right even inside a Persian sentence. A nested message is
 * rendered in the same language.
 */
export type MessageArg = number | { readonly code: string } | { readonly value: string } | Message;

export interface Message {
  readonly key: MessageKey;
  readonly args?: Readonly<Record<string, MessageArg>>;
}

/** Shorthands for parameters. */
export const code = (text: string): MessageArg => ({ code: text });
export const quoted = (text: string): MessageArg => ({ value: text });
export const message = (key: MessageKey, args?: Record<string, MessageArg>): Message => (args ? { key, args } : { key });

/** Left-to-right isolation (U+2066 … U+2069): a name, address or sheet value keeps its order inside right-to-left text. */
const isolate = (text: string): string => `\u2066${text}\u2069`;
const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';

/** One parameter as it reads in `language`. */
export function renderArg(arg: MessageArg, language: Language, table: Readonly<Record<MessageKey, string>>): string {
  if (typeof arg === 'number') {
    const text = String(arg);
    return language === 'fa' ? isolate(text.replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)]).replace('-', '\u2212')) : text;
  }
  if ('key' in arg) return fill(arg, language, table);
  const text = 'code' in arg ? arg.code : arg.value;
  return language === 'fa' && text !== '' ? isolate(text) : text;
}

/** A message from `table`; a parameter the template does not use is ignored, one it uses but lacks is empty. */
export function fill(msg: Message, language: Language, table: Readonly<Record<MessageKey, string>>): string {
  return table[msg.key].replace(/\{(\w+)\}/g, (_, name: string) => {
    const arg = msg.args?.[name];
    return arg === undefined ? '' : renderArg(arg, language, table);
  });
}

/**
 * A message in English. Apart from `render` (in ./render.ts), so that a bundle that only ever shows
 * English carries no Persian or Greek table.
 */
export function renderEnglish(msg: Message): string {
  return fill(msg, 'en', EN);
}
