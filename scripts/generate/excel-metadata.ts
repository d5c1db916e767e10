// Generates Excel's functions.json from the registry.
import type { KpiDefinition } from '../../core';

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
export function excelMetadata(registry: readonly KpiDefinition[]): { functions: ExcelFunctionMetadata[] } {
  return {
    functions: registry.map((def) => ({
      id: def.id,
      name: def.id,
      description: def.summary,
      parameters: def.params.map((p) => ({
        name: p.name,
        description: p.description,
        type: 'any' as const,
        dimensionality: 'matrix' as const,
        ...(p.optional ? { optional: true as const } : {}),
      })),
      result: { type: 'any', dimensionality: 'matrix' },
      options: { requiresParameterAddresses: true },
    })),
  };
}
