// Gamma and beta draws from a uniform source, for the sample data and the simulated order lists.

/** A standard normal draw (Box–Muller). */
function normal(next: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
}

/** A Gamma(shape, 1) draw (Marsaglia & Tsang 2000; a shape below 1 boosted by U^(1/shape)). */
export function gammaDraw(next: () => number, shape: number): number {
  if (shape < 1) return gammaDraw(next, shape + 1) * Math.pow(1 - next(), 1 / shape);
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
    if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
  }
}

/** A Beta(a, b) draw, as X ÷ (X + Y) of two gamma draws. */
export function betaDraw(next: () => number, a: number, b: number): number {
  const x = gammaDraw(next, a);
  return x / (x + gammaDraw(next, b));
}
