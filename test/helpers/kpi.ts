// Small helpers shared by the core tests: calling a KPI by id, checking its examples and its errors.
import { expect, it } from 'vitest';
import {
  findKpi, isKpiError, runKpi,
  type CallContext, type ErrorKind, type KpiDefinition, type KpiError, type RunResult,
} from '../../core';

export function kpi(id: string): KpiDefinition {
  const def = findKpi(id);
  if (!def) throw new Error(`no KPI ${id} in the registry`);
  return def;
}

/** Calls a KPI by id with host-shaped arguments. */
export function run(id: string, args: readonly unknown[], ctx?: Partial<CallContext>): RunResult {
  return runKpi(kpi(id), args, ctx);
}

/** Asserts a plain number result and returns it. */
export function num(result: RunResult): number {
  if (typeof result !== 'number') throw new Error(`expected a number, got ${show(result)}`);
  return result;
}

/**
 * Asserts a KpiError of `kind` whose message starts with `prefix` (function, argument and position)
 * and contains every one of `parts`.
 */
export function expectError(result: unknown, kind: ErrorKind, prefix: string, ...parts: string[]): KpiError {
  if (!isKpiError(result)) throw new Error(`expected a ${kind} KpiError, got ${show(result)}`);
  expect(result.kind, result.message).toBe(kind);
  expect(result.message.slice(0, prefix.length), `message: ${result.message}`).toBe(prefix);
  for (const part of parts) expect(result.message).toContain(part);
  return result;
}

/** Registers one test per example of the definition: the example's call gives the example's result. */
export function itHoldsEveryExample(id: string): void {
  const def = kpi(id);
  it('has at least one example', () => expect(def.examples.length).toBeGreaterThan(0));
  for (const example of def.examples) {
    it(`holds its example ${example.formula}`, () => {
      const actual = runKpi(def, example.args);
      const expected = example.result;
      if (typeof expected === 'number' || typeof expected === 'string') {
        expect(actual).toBe(expected);
      } else if ('error' in expected) {
        expectError(actual, expected.error, `${id}:`);
      } else {
        // A table example gives the first rows of the result.
        if (!Array.isArray(actual)) throw new Error(`expected rows, got ${show(actual)}`);
        expect(actual.length).toBeGreaterThanOrEqual(expected.length);
        expect(actual.slice(0, expected.length)).toEqual(expected);
      }
    });
  }
}

/** Asserts that the definition declares exactly these error kinds, so a new kind gets a test here too. */
export function itDeclaresErrorKinds(id: string, kinds: readonly ErrorKind[]): void {
  it(`declares the error kinds ${kinds.join(', ')}`, () => {
    expect(new Set(kpi(id).errors.map((e) => e.kind))).toEqual(new Set(kinds));
  });
}

/** A column range as hosts pass it: [[a], [b], ...]. */
export function col(...cells: unknown[]): unknown[][] {
  return cells.map((cell) => [cell]);
}

function show(value: unknown): string {
  if (isKpiError(value)) return `${value.kind} error "${value.message}"`;
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
