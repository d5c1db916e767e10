// Matching deal statuses against won/lost labels: trimmed, case- and accent-insensitive, with the CRM defaults.
import { labelKey, labelKeyer } from '../cells';

/** The catalog's default status labels, in English, Persian and Greek. */
export const DEFAULT_WON = ['won', 'closed won', 'برنده', 'موفق', 'κερδισμένη', 'κερδήθηκε'] as const;
export const DEFAULT_LOST = ['lost', 'closed lost', 'بازنده', 'ناموفق', 'از دست رفته', 'ازدست‌رفته', 'χαμένη', 'χάθηκε'] as const;

/** Default labels as argument help shows them: each quoted, joined by the language's list separator. */
export function quotedLabels(labels: readonly string[], separator = ', '): string {
  return labels.map((label) => `"${label}"`).join(separator);
}

/** A test for one status label, cached per distinct text so long status columns normalise each spelling once. */
export function statusMatcher(label: string | undefined, defaults: readonly string[]): (status: string | null) => boolean {
  const wanted = new Set((label === undefined ? defaults : [label]).map(labelKey));
  const key = labelKeyer();
  return (status) => status !== null && wanted.has(key(status));
}
