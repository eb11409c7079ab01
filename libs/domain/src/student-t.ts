import { DomainError } from './domain-error';

/*
 * Student's t and the standard normal distribution, for p-values and intervals of correlations.
 *
 * The t distribution function goes through the regularized incomplete beta function:
 *   for x = df / (df + t²), P(|T| > |t|) = I_x(df/2, 1/2)            (Abramowitz & Stegun 26.7.1, 26.5.27)
 * and I_x(a, b) is evaluated by its continued fraction with the modified Lentz method
 * (Numerical Recipes, 3rd ed., §6.4 "betacf"; Lentz 1976), switching to I_x(a, b) = 1 − I_{1−x}(b, a)
 * where the fraction converges slowly. log Γ is Lanczos' approximation (g = 7, 9 terms), good to
 * about 15 significant digits for x > 0. The normal distribution goes through the regularized
 * incomplete gamma function (erfc(x) = Q(1/2, x²), Numerical Recipes §6.2).
 *
 * Accuracy: about 1e-12 absolute or better for the t distribution function at any real df > 0.
 * Beyond df = 1e7 the normal distribution is used (the difference is below 1e-8, and log Γ of
 * such large arguments would lose more than that).
 */

/**
 * The two-sided 95% normal quantile Φ⁻¹(0.975) (R: qnorm(0.975) = 1.959963984540054), the one z of
 * every 95% interval and test in EX Pulse (PRODUCT.md's "1.96", unrounded). normalQuantile(0.975)
 * gives the same double (student-t.spec.ts).
 */
export const Z_95 = 1.959963984540054;

const EPS = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 20_000;
/** Beyond this many degrees of freedom Student's t is the standard normal to better than 1e-8. */
const NORMAL_ABOVE_DF = 1e7;

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** Natural logarithm of the gamma function, for x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new DomainError(`log Γ needs a finite number above 0, got ${x}.`);
  if (x < 0.5) {
    // Reflection: Γ(x)·Γ(1 − x) = π / sin(πx); keeps the Lanczos sum in its accurate range.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Continued fraction for I_x(a, b) (Numerical Recipes betacf), evaluated with the modified Lentz method. */
function betaContinuedFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= MAX_ITERATIONS; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) return h;
  }
  return h; // not reached for the arguments used here (df ≤ 1e7); the last value is still close
}

/** I_x(a, b) with y = 1 − x given separately, so that x close to 1 keeps its precision. */
function incompleteBeta(x: number, y: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (y <= 0) return 1;
  const logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(y);
  const front = Math.exp(logFront);
  if (x < (a + 1) / (a + b + 2)) return (front * betaContinuedFraction(x, a, b)) / a;
  return 1 - (front * betaContinuedFraction(y, b, a)) / b;
}

/** The regularized incomplete beta function I_x(a, b), for 0 ≤ x ≤ 1 and a, b > 0. */
export function regularizedIncompleteBeta(x: number, a: number, b: number): number {
  if (!(x >= 0 && x <= 1)) throw new DomainError(`The incomplete beta function needs x between 0 and 1, got ${x}.`);
  if (!(a > 0) || !(b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) {
    throw new DomainError(`The incomplete beta function needs a and b above 0, got a = ${a}, b = ${b}.`);
  }
  return incompleteBeta(x, 1 - x, a, b);
}

/** Regularized upper incomplete gamma Q(a, x) (Numerical Recipes gser / gcf). */
function upperIncompleteGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  const logFront = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let ap = a;
    let del = 1 / a;
    let sum = del;
    for (let n = 1; n <= MAX_ITERATIONS; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * EPS) break;
    }
    return 1 - sum * Math.exp(logFront);
  }
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i <= MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPS) break;
  }
  return Math.exp(logFront) * h;
}

function assertNumber(value: number, what: string): void {
  if (Number.isNaN(value)) throw new DomainError(`${what} must be a number, got NaN.`);
}

function assertDf(df: number): void {
  if (!(df > 0)) throw new DomainError(`Degrees of freedom must be above 0, got ${df}.`);
}

/** Standard normal distribution function Φ(z). */
export function normalCdf(z: number): number {
  assertNumber(z, 'z');
  if (z === Infinity) return 1;
  if (z === -Infinity) return 0;
  // Φ(z) = ½·erfc(−z/√2), erfc(u) = Q(½, u²) for u ≥ 0.
  const tail = 0.5 * upperIncompleteGamma(0.5, (z * z) / 2); // P(Z > |z|)
  return z >= 0 ? 1 - tail : tail;
}

// Acklam's rational approximation to the normal quantile (relative error < 1.2e-9), refined below.
const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

/** Standard normal quantile Φ⁻¹(p), for 0 < p < 1 (Acklam's approximation plus one Halley step). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new DomainError(`A probability strictly between 0 and 1 is needed, got ${p}.`);
  let x: number;
  if (p < 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  } else if (p <= 1 - 0.02425) {
    const q = p - 0.5;
    const r = q * q;
    x = ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
      (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -(((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }
  // One Halley step against the accurate distribution function.
  const e = normalCdf(x) - p;
  const u = e * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  return x - u / (1 + (x * u) / 2);
}

/** P(T > |t|) for Student's t with df degrees of freedom (one tail). */
function upperTail(t: number, df: number): number {
  const a = Math.abs(t);
  if (a === Infinity) return 0;
  if (df > NORMAL_ABOVE_DF) return normalCdf(-a);
  const t2 = a * a;
  // x = df/(df + t²) and 1 − x = t²/(df + t²), each computed directly.
  return 0.5 * incompleteBeta(df / (df + t2), t2 / (df + t2), df / 2, 0.5);
}

/** Distribution function of Student's t: P(T ≤ t), for any real df > 0 (Infinity gives the normal). */
export function studentTCdf(t: number, df: number): number {
  assertNumber(t, 't');
  assertDf(df);
  const tail = upperTail(t, df);
  return t >= 0 ? 1 - tail : tail;
}

/** Two-sided p-value of Student's t: P(|T| ≥ |t|). */
export function studentTTwoSidedP(t: number, df: number): number {
  assertNumber(t, 't');
  assertDf(df);
  return Math.min(1, 2 * upperTail(t, df));
}

/** Density of Student's t. */
function studentTDensity(t: number, df: number): number {
  if (df > NORMAL_ABOVE_DF) return Math.exp(-(t * t) / 2) / Math.sqrt(2 * Math.PI);
  return Math.exp(logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI) - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * Quantile of Student's t: the t with P(T ≤ t) = p, for 0 < p < 1 and any real df > 0 (R's qt).
 * Newton's method from the normal quantile, kept inside a bisection bracket (so it always converges).
 * The one t quantile of EX Pulse: mean intervals take studentTQuantile(0.975, n − 1).
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new DomainError(`A probability strictly between 0 and 1 is needed, got ${p}.`);
  assertDf(df);
  if (p === 0.5) return 0;
  if (p < 0.5) return -studentTQuantile(1 - p, df);
  if (df === 1) return Math.tan(Math.PI * (p - 0.5)); // Cauchy, exact
  // Solve on the upper tail q = 1 − p for precision with p close to 1.
  const q = 1 - p;
  let lo = 0;
  let hi = Math.max(1, normalQuantile(p));
  while (upperTail(hi, df) > q) {
    lo = hi;
    hi *= 2;
    if (hi > 1e300) return Infinity;
  }
  let t = Math.min(Math.max(normalQuantile(p), lo), hi);
  for (let i = 0; i < 200; i++) {
    const f = upperTail(t, df) - q; // decreasing in t
    if (f > 0) lo = t;
    else hi = t;
    if (Math.abs(f) <= 1e-15 * q || hi - lo <= 1e-13 * Math.max(1, hi)) break;
    const next = t + f / studentTDensity(t, df);
    t = next > lo && next < hi && Number.isFinite(next) ? next : (lo + hi) / 2;
  }
  return t;
}
