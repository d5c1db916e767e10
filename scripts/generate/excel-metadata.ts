// Generates Excel's functions.json, in English and in each translated language, from the registry.
import type { KpiDefinition } from '../../core';
import { kpiText, type Language } from '../../core/translations';

export interface ExcelFunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string; type: 'any'; dimensionality: 'matrix'; optional?: true }[];
  result: { type: 'any'; dimensionality: 'matrix' };
  options: { requiresParameterAddresses: true };
}

/**
 * Every parameter is `any` so that text numbers, Persian digits and dates reach the core's one reader,
 * and `matrix` so that ranges arrive whole; results are matrices because reading parameter addresses
 * (for "cell B4" in messages and for telling blanks from zeros) requires it.
 */
export function excelMetadata(registry: readonly KpiDefinition[], language: Language = 'en'): { functions: ExcelFunctionMetadata[] } {
  return {
    functions: registry.map((def) => {
      const text = kpiText(def, language);
      return {
      // Ids, names and parameter names stay the same in every language, so shared workbooks keep working.
      id: def.id,
      name: def.id,
      description: text.summary,
      parameters: def.params.map((p) => ({
        name: p.name,
        description: text.params[p.name],
        type: 'any' as const,
        dimensionality: 'matrix' as const,
        ...(p.optional ? { optional: true as const } : {}),
      })),
      result: { type: 'any' as const, dimensionality: 'matrix' as const },
      options: { requiresParameterAddresses: true as const },
      };
    }),
  };
}
