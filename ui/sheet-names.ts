// How both hosts' add-ins name a new sheet whose name is taken: `Deals`, then `Deals (2)`, `Deals (3)`.

/** The `n`-th sheet of a name: the name itself for the first, then numbered. */
export function numberedSheetName(name: string, n: number): string {
  return n === 1 ? name : `${name} (${n})`;
}

/** `name`, or its first numbered form that no sheet in `taken` has, ignoring case as both hosts do. */
export function uniqueSheetName(name: string, taken: Iterable<string>): string {
  const names = new Set([...taken].map((t) => t.toLowerCase()));
  let n = 1;
  while (names.has(numberedSheetName(name, n).toLowerCase())) n++;
  return numberedSheetName(name, n);
}
