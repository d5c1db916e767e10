// Order lists drawn from BG/NBD purchases and Gamma-Gamma order values with known parameters, for tests and the bench.
import { betaDraw, gammaDraw } from '../ui/template/gamma-draw';
import { mulberry32 } from '../ui/template/sample-data';

export interface SimulationParams {
  /** BG/NBD, with α in days. */
  readonly r: number;
  readonly alpha: number;
  readonly a: number;
  readonly b: number;
  /** Gamma-Gamma, in currency units. */
  readonly p: number;
  readonly q: number;
  readonly gamma: number;
}

export interface SimulatedOrders {
  readonly customers: string[];
  /** Serial day numbers (days since 1899-12-30), whole days. */
  readonly days: number[];
  readonly amounts: number[];
}

/**
 * `customers` customers, each first buying on a day spread evenly over `firstDays` from `startSerial`,
 * then buying at rate λ ~ Gamma(r, α) and dropping out after each repeat purchase with probability
 * p ~ Beta(a, b), until `endDay` days after the start; each order's amount ~ Gamma(p, ν), ν ~ Gamma(q, γ).
 */
export function simulateOrders(params: SimulationParams, customers: number, options: { seed?: number; startSerial?: number; firstDays?: number; endDay?: number } = {}): SimulatedOrders {
  const next = mulberry32(options.seed ?? 1);
  const start = options.startSerial ?? 45292; // 2024-01-01
  const firstDays = options.firstDays ?? 90;
  const endDay = options.endDay ?? 365;
  const out: SimulatedOrders = { customers: [], days: [], amounts: [] };
  for (let i = 0; i < customers; i++) {
    const name = `C${i + 1}`;
    const lambda = gammaDraw(next, params.r) / params.alpha;
    const dropout = betaDraw(next, params.a, params.b);
    const nu = gammaDraw(next, params.q) / params.gamma;
    let t = next() * firstDays;
    for (let purchase = 0; ; purchase++) {
      out.customers.push(name);
      out.days.push(start + Math.floor(t));
      out.amounts.push(Math.max(0.01, Math.round((gammaDraw(next, params.p) / nu) * 100) / 100));
      // BG/NBD: a customer may drop out after a repeat purchase, never right after the first.
      if (purchase > 0 && next() < dropout) break;
      t += -Math.log(1 - next()) / lambda;
      if (t >= endDay) break;
    }
  }
  return out;
}
