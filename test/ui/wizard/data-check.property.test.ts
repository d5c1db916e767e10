import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKpiError, REGISTRY, runKpi, type KpiDefinition, type ParamSpec, type RunResult } from '../../../core';
import { skippedRows } from '../../../ui/wizard/data-check';

if (process.env.CI) fc.configureGlobal({ seed: 20_261_203 });

// No slashed dates like 12/14/2024: their order is decided from every cell of the range, skipped rows
// included (a column is read one way), so dropping the row that decides it rightly changes the reading.
const date = fc.constantFrom('2024-01-01', '2024-01-11', '2024-02-05 09:30', '30.11.2024', '13.10.2024 09:39', 45_300, 45_310.5, '', null, 0);
const amount = fc.constantFrom(100, 250.5, '$17,150.00', '€ 17.100,00', '(1,200.00)', 0, '', null);
const status = fc.constantFrom('Won', 'Closed Won', 'Closed Lost', 'Closed-Lost to Competition', 'Appointment scheduled', 'موفق', 'جاری', 'Χαμένη', '', null);
const source = fc.constantFrom('web', 'Web', 'email', 'referral', '', null);
const count = fc.constantFrom(1000, 500, 250, 100, '', null);

function cellFor(def: KpiDefinition, spec: ParamSpec): fc.Arbitrary<unknown> {
  if (spec.kind === 'dates') return date;
  if (spec.name === 'statuses') return status;
  if (spec.name === 'sources' || spec.name === 'stage_labels') return source;
  if (def.id === 'FUNNEL') return count;
  return amount;
}

const LABEL_SETS = fc.constantFrom<unknown>(undefined, 'Won', [['Won'], ['Closed Won']], [['Closed Lost'], ['Closed-Lost to Competition']]);

/** Arguments with every paired range a column of one length; won and lost labels sometimes given. */
function argsFor(def: KpiDefinition): fc.Arbitrary<unknown[]> {
  return fc.integer({ min: 1, max: 8 }).chain((n) =>
    fc.tuple(
      ...def.params.map((spec) => {
        if (spec.kind === 'label-set') return LABEL_SETS;
        if (spec.kind === 'text') return fc.constantFrom(undefined, 'hours', 'days');
        const column = fc.array(cellFor(def, spec), { minLength: n, maxLength: n }).map((cells) => cells.map((cell) => [cell]));
        return spec.optional ? fc.oneof(column, fc.constant(undefined)) : column;
      }),
    ),
  );
}

function plain(result: RunResult): unknown {
  return isKpiError(result) ? { error: result.kind } : result;
}

const WITH_RULES = REGISTRY.filter((def) => def.skips !== undefined);

describe('the rows the data check calls skipped', () => {
  it('are declared for the KPIs that skip rows', () => {
    expect(WITH_RULES.map((def) => def.id).sort()).toEqual(['AVG_DEAL_SIZE', 'AVG_RESPONSE_TIME', 'BY_SOURCE', 'FUNNEL', 'SALES_CYCLE']);
  });

  describe.each(WITH_RULES.map((def) => [def.id, def] as const))('%s', (_id, def) => {
    it('never change the result when dropped', () => {
      fc.assert(
        fc.property(argsFor(def), (args) => {
          const before = plain(runKpi(def, args));
          const skipped = skippedRows(def, args);
          const paired = new Set(def.params.filter((spec) => spec.pairedWith).map((spec) => spec.name));
          const kept = args.map((arg, i) =>
            paired.has(def.params[i].name) && Array.isArray(arg) ? arg.filter((_row, r) => !skipped.has(r)) : arg,
          );
          // Every row skipped: the call has nothing left, as it had nothing to count.
          if (kept.some((arg, i) => paired.has(def.params[i].name) && Array.isArray(arg) && arg.length === 0)) {
            expect(isKpiError(runKpi(def, args)), JSON.stringify(args)).toBe(true);
            return;
          }
          const after = plain(runKpi(def, kept));
          // Error messages name rows, which move when rows are dropped: the kind is what must hold.
          expect(after, JSON.stringify({ args, skipped: [...skipped.keys()] })).toEqual(before);
        }),
        { numRuns: 300 },
      );
    });
  });
});
