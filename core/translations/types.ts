// The shape of one language's KPI texts: per function id, its summary and each argument's description.
export interface KpiText { readonly summary: string; readonly params: Readonly<Record<string, string>> }
export type KpiTexts = Readonly<Record<string, KpiText>>;
