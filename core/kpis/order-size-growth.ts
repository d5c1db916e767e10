// ORDER_SIZE_GROWTH: growth of the average order size between two periods.
import { defineKpi } from '../define';
import { fail } from '../errors';
import { message } from '../messages';

function mean(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

export const orderSizeGrowth = defineKpi({
  id: 'ORDER_SIZE_GROWTH',
  group: 'revenue',
  summary: 'How much the average order grew from one period to the next (e.g. year over year).',
  formula: 'mean(current_orders) ÷ mean(previous_orders) − 1',
  params: [
    { name: 'previous_orders', kind: 'numbers', description: 'Order amounts in the earlier period.' },
    { name: 'current_orders', kind: 'numbers', description: 'Order amounts in the later period.' },
  ],
  result: 'rate',
  errors: [{ kind: 'div0', when: 'a range has no orders, or the earlier average is 0' }],
  examples: [
    { formula: 'ORDER_SIZE_GROWTH({100;300}, {250;250;250})', args: [[[100], [300]], [[250], [250], [250]]], result: 0.25 },
  ],
  compute: (previous, current) => {
    if (previous.length === 0) return fail('div0', message('hasNoOrders'), { param: 'previous_orders' });
    if (current.length === 0) return fail('div0', message('hasNoOrders'), { param: 'current_orders' });
    const before = mean(previous);
    if (before === 0) return fail('div0', message('zeroAverageNoGrowth'), { param: 'previous_orders' });
    return mean(current) / before - 1;
  },
});
