// The shape shared by every "part ÷ whole" rate: conversions, new-business share and churn.
import { defineKpi, type KpiDefinition, type KpiExample, type KpiGroup } from '../define';
import { fail } from '../errors';
import { code, message, quoted } from '../messages';

interface Role {
  readonly name: string;
  readonly description: string;
}

interface PartOfWholeOptions {
  readonly id: string;
  readonly group: KpiGroup;
  readonly summary: string;
  readonly whole: Role;
  readonly part: Role;
  /** Whether the whole comes first in the argument list (conversions) or second (shares). */
  readonly wholeFirst: boolean;
  readonly examples: readonly KpiExample[];
}

/** A rate = part ÷ whole over counts or amounts that cannot be negative, the part never above the whole. */
export function partOfWholeKpi(o: PartOfWholeOptions): KpiDefinition {
  const whole = { name: o.whole.name, kind: 'number', description: o.whole.description, min: 0 } as const;
  const part = { name: o.part.name, kind: 'number', description: o.part.description, min: 0 } as const;
  const ratio = (w: number, p: number) => {
    if (w === 0) return fail('div0', message('zeroNothingToDivide'), { param: whole.name });
    if (p > w) return fail('num', message('moreThan', { value: quoted(String(p)), other: code(whole.name), limit: quoted(String(w)) }), { param: part.name });
    return p / w;
  };
  return defineKpi({
    id: o.id,
    group: o.group,
    summary: o.summary,
    formula: `${part.name} ÷ ${whole.name}`,
    params: o.wholeFirst ? [whole, part] : [part, whole],
    result: 'rate',
    errors: [
      { kind: 'div0', when: `${whole.name} is 0` },
      { kind: 'num', when: `${part.name} is more than ${whole.name}, or either is negative` },
      { kind: 'value', when: 'an argument is blank or not a number' },
    ],
    examples: o.examples,
    compute: (a: number, b: number) => (o.wholeFirst ? ratio(a, b) : ratio(b, a)),
  });
}
