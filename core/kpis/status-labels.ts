// Matching deal statuses against won/lost labels: trimmed, case- and accent-insensitive, with the CRM defaults.
import { labelKey, labelKeyer } from '../cells';

export const DEFAULT_WON = ['won', 'closed won'];
export const DEFAULT_LOST = ['lost', 'closed lost'];

/** A test for one status label, cached per distinct text so long status columns normalise each spelling once. */
export function statusMatcher(label: string | undefined, defaults: readonly string[]): (status: string | null) => boolean {
  const wanted = new Set((label === undefined ? defaults : [label]).map(labelKey));
  const key = labelKeyer();
  return (status) => status !== null && wanted.has(key(status));
}
