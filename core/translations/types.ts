// The shape of one language's KPI texts: per function id, its summary and each argument's description.
export interface KpiText { readonly summary: string; readonly params: Readonly<Record<string, string>> }
export type KpiTexts = Readonly<Record<string, KpiText>>;

/** What only the function reference needs, per function id: when each error happens (in `errors` order), and each table column. */
export interface KpiDocText { readonly errors: readonly string[]; readonly columns?: readonly string[] }
export type KpiDocTexts = Readonly<Record<string, KpiDocText>>;
