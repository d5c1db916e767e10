// The part of o-spreadsheet (the global `o_spreadsheet`, loaded from its own file) that the web workbook uses.
import type { ChartEngine } from './xlsx-funnel';

/** A value as o-spreadsheet hands a cell to a function: blank is null; errors are their code as text. */
export interface EngineCell {
  readonly value: string | number | boolean | null;
  readonly position?: { readonly sheetId: string; readonly col: number; readonly row: number };
  readonly type?: string;
}

/** An argument: one value, or a range as columns of cells (`matrix[col][row]`). */
export type EngineArg = EngineCell | readonly (readonly EngineCell[])[] | undefined;

export type EngineResult = { value: string | number; message?: string };

export interface EngineFunction {
  description: string;
  category?: string;
  args: { name: string; description: string; type: string[]; acceptMatrix?: boolean; optional?: boolean }[];
  compute: (...args: EngineArg[]) => number | string | EngineResult[][];
  /** Whether an .xlsx export keeps the formula (with its value cached) rather than the value alone. */
  isExported?: boolean;
}

export interface EvaluationErrorConstructor {
  new (message?: string, value?: string): Error & { value: string };
}

export interface Engine {
  readonly registries: {
    readonly functionRegistry: {
      add(name: string, description: EngineFunction): unknown;
      contains(name: string): boolean;
      get(name: string): { isExported?: boolean };
    };
    /** The texts the engine treats as error values. */
    readonly errorTypes: Set<string>;
  } & ChartEngine['registries'];
  readonly EvaluationError: EvaluationErrorConstructor;
}
