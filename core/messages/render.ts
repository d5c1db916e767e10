// A message in any language the product speaks: the Persian and Greek tables come in with this module alone.
import type { Language } from '../translations';
import { fill, renderArg, type Message, type MessageArg } from './index';
import { messageTable } from './tables';

/**
 * A message in `language`. A Persian message is one right-to-left isolate (U+2067 … U+2069), so it reads
 * right to left wherever it is shown: Excel's error box, a Sheets hover, a tooltip in a left-to-right grid.
 */
export function render(msg: Message, language: Language): string {
  const text = fill(msg, language, messageTable(language));
  return language === 'fa' ? `\u2067${text}\u2069` : text;
}

export function renderValue(arg: MessageArg, language: Language): string {
  return renderArg(arg, language, messageTable(language));
}
