// Matching deal statuses against won/lost labels: the user's labels exactly (as labels match), the CRM defaults by their leading words.
import { labelKey, labelKeyer } from '../cells';

/** The catalog's default status labels, in English, Persian and Greek. */
export const DEFAULT_WON = ['won', 'closed won', 'closedwon', 'برنده', 'موفق', 'κερδισμένη', 'κερδήθηκε', 'κλειστή ως κερδισμένη'] as const;
export const DEFAULT_LOST = ['lost', 'closed lost', 'closedlost', 'بازنده', 'ناموفق', 'از دست رفته', 'ازدست‌رفته', 'χαμένη', 'χάθηκε', 'κλειστή ως χαμένη'] as const;

/** Default labels as argument help shows them: each quoted, joined by the language's list separator. */
export function quotedLabels(labels: readonly string[], separator = ', '): string {
  return labels.map((label) => `"${label}"`).join(separator);
}

/** Whether a label key is a default's words, or begins with them and goes on ("closed lost to competition"). */
function startsWithWords(key: string, defaults: readonly string[]): boolean {
  for (const word of defaults) if (key === word || key.startsWith(`${word} `)) return true;
  return false;
}

/**
 * A test for a status: against the given labels (any of which matches, as labels match), or, when none
 * is given, against the defaults by their leading words. Cached per distinct text, so long status
 * columns normalise each spelling once.
 */
export function statusMatcher(labels: readonly string[] | undefined, defaults: readonly string[]): (status: string | null) => boolean {
  const key = labelKeyer();
  const seen = new Map<string, boolean>();
  const test = labels === undefined
    ? ((k: string) => startsWithWords(k, defaultKeys(defaults)))
    : ((wanted: Set<string>) => (k: string) => wanted.has(k))(new Set(labels.map(labelKey)));
  return (status) => {
    if (status === null) return false;
    let matched = seen.get(status);
    if (matched === undefined) {
      matched = test(key(status));
      seen.set(status, matched);
    }
    return matched;
  };
}

const keyedDefaults = new WeakMap<readonly string[], readonly string[]>();

function defaultKeys(defaults: readonly string[]): readonly string[] {
  let keys = keyedDefaults.get(defaults);
  if (!keys) {
    keys = defaults.map(labelKey);
    keyedDefaults.set(defaults, keys);
  }
  return keys;
}

/** How a row's status reads: won, lost, or open (any other status, or none). */
export type DealOutcome = 'won' | 'lost' | 'open';

/** A deal's outcome by the call's won and lost labels, or the defaults; won is tested first. */
export function outcomeReader(wonLabels: readonly string[] | undefined, lostLabels: readonly string[] | undefined): (status: string | null) => DealOutcome {
  const isWon = statusMatcher(wonLabels, DEFAULT_WON);
  const isLost = statusMatcher(lostLabels, DEFAULT_LOST);
  return (status) => (isWon(status) ? 'won' : isLost(status) ? 'lost' : 'open');
}
