// BFGS minimisation with a backtracking line search, for smooth functions of a few variables with their gradient.

/** How much flatter than `tolerance` a gradient may still be when rounding stops every step (sums over 10⁶ terms). */
const STALL_FACTOR = 1000;

/** The function's value at x, and its gradient written into `gradient`. */
export type Objective = (x: Float64Array, gradient: Float64Array) => number;

export interface Minimum {
  readonly x: Float64Array;
  readonly value: number;
  /** Whether the gradient vanished (to `tolerance`) rather than the iterations running out or the value failing. */
  readonly converged: boolean;
  readonly iterations: number;
}

export interface MinimizeOptions {
  /** Stop when every gradient component is below this, times (1 + |value|). */
  readonly tolerance?: number;
  readonly maxIterations?: number;
}

/**
 * A local minimum of `f` from `start` by BFGS (Nocedal & Wright, Algorithm 6.1) with an Armijo
 * backtracking line search; the inverse Hessian estimate is reset when a step fails to curve upward.
 */
export function minimize(f: Objective, start: ArrayLike<number>, options: MinimizeOptions = {}): Minimum {
  const tolerance = options.tolerance ?? 1e-8;
  const maxIterations = options.maxIterations ?? 500;
  const n = start.length;
  let x = Float64Array.from(start);
  let g = new Float64Array(n);
  let value = f(x, g);
  if (!Number.isFinite(value)) return { x, value, converged: false, iterations: 0 };
  const h = identity(n);
  const direction = new Float64Array(n);
  let nextX = new Float64Array(n);
  let nextG = new Float64Array(n);
  const s = new Float64Array(n);
  const y = new Float64Array(n);
  const hy = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    if (maxAbs(g) <= tolerance * (1 + Math.abs(value))) return { x, value, converged: true, iterations: iteration };
    for (let i = 0; i < n; i++) {
      let d = 0;
      for (let j = 0; j < n; j++) d -= h[i * n + j] * g[j];
      direction[i] = d;
    }
    let slope = dot(direction, g);
    if (!(slope < 0)) {
      // Not a descent direction: restart from steepest descent.
      resetToIdentity(h, n);
      for (let i = 0; i < n; i++) direction[i] = -g[i];
      slope = -dot(g, g);
    }
    let step = 1;
    let nextValue = NaN;
    for (let tries = 0; tries < 60; tries++) {
      for (let i = 0; i < n; i++) nextX[i] = x[i] + step * direction[i];
      nextValue = f(nextX, nextG);
      if (Number.isFinite(nextValue) && nextValue <= value + 1e-4 * step * slope) break;
      step *= 0.5;
      nextValue = NaN;
    }
    // No step lowers the value any more: a minimum to the precision of the arithmetic if the gradient is nearly flat.
    if (Number.isNaN(nextValue)) return { x, value, converged: maxAbs(g) <= STALL_FACTOR * tolerance * (1 + Math.abs(value)), iterations: iteration };
    for (let i = 0; i < n; i++) {
      s[i] = nextX[i] - x[i];
      y[i] = nextG[i] - g[i];
    }
    [x, nextX] = [nextX, x];
    [g, nextG] = [nextG, g];
    const previous = value;
    value = nextValue;
    const sy = dot(s, y);
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      // H ← (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ, ρ = 1 ÷ sᵀy.
      const rho = 1 / sy;
      for (let i = 0; i < n; i++) {
        let v = 0;
        for (let j = 0; j < n; j++) v += h[i * n + j] * y[j];
        hy[i] = v;
      }
      const yhy = dot(y, hy);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          h[i * n + j] += rho * ((1 + rho * yhy) * s[i] * s[j] - hy[i] * s[j] - s[i] * hy[j]);
        }
      }
    } else {
      resetToIdentity(h, n);
    }
    // A step that lowers the value by less than its rounding: as stalled as a failed line search.
    if (previous - value <= 1e-14 * Math.abs(value)) return { x, value, converged: maxAbs(g) <= STALL_FACTOR * tolerance * (1 + Math.abs(value)), iterations: iteration + 1 };
  }
  return { x, value, converged: maxAbs(g) <= tolerance * (1 + Math.abs(value)), iterations: maxIterations };
}

function identity(n: number): Float64Array {
  const m = new Float64Array(n * n);
  resetToIdentity(m, n);
  return m;
}

function resetToIdentity(m: Float64Array, n: number): void {
  m.fill(0);
  for (let i = 0; i < n; i++) m[i * n + i] = 1;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

function maxAbs(a: Float64Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) max = Math.max(max, Math.abs(a[i]));
  return max;
}
