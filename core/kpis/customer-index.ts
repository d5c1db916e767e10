// Numbers customers by their label key in one pass, a repeated spelling costing one map lookup.
import { labelKey } from '../cells';

export interface CustomerIndex {
  /** The customer's number, from 0 in order of first appearance. */
  id(label: string): number;
  /** The first spelling of each customer, by number. */
  readonly names: string[];
}

export function customerIndex(): CustomerIndex {
  const byKey = new Map<string, number>();
  const bySpelling = new Map<string, number>();
  const names: string[] = [];
  return {
    names,
    id(label) {
      let c = bySpelling.get(label);
      if (c === undefined) {
        const key = labelKey(label);
        c = byKey.get(key);
        if (c === undefined) {
          c = names.length;
          byKey.set(key, c);
          names.push(label);
        }
        bySpelling.set(label, c);
      }
      return c;
    },
  };
}
