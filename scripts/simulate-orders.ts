// Order lists drawn from BG/NBD purchases and Gamma-Gamma order values with known parameters, for tests and the bench.

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

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A standard normal draw (Box–Muller). */
function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

/** A Gamma(shape, rate) draw (Marsaglia & Tsang 2000; shape < 1 boosted by U^(1/shape)). */
function gammaDraw(next: () => number, shape: number, rate: number): number {
  if (shape < 1) return gammaDraw(next, shape + 1, rate) * Math.pow(1 - next(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(next);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - next();
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return (d * v) / rate;
  }
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
    const lambda = gammaDraw(next, params.r, params.alpha);
    const x = gammaDraw(next, params.a, 1);
    const dropout = x / (x + gammaDraw(next, params.b, 1));
    const nu = gammaDraw(next, params.q, params.gamma);
    let t = next() * firstDays;
    for (let purchase = 0; ; purchase++) {
      out.customers.push(name);
      out.days.push(start + Math.floor(t));
      out.amounts.push(Math.max(0.01, Math.round(gammaDraw(next, params.p, nu) * 100) / 100));
      // BG/NBD: a customer may drop out after a repeat purchase, never right after the first.
      if (purchase > 0 && next() < dropout) break;
      t += -Math.log(1 - next()) / lambda;
      if (t >= endDay) break;
    }
  }
  return out;
}
