import { randomInt } from 'node:crypto';

/** Fisher–Yates with a cryptographic generator: the order it gives follows from nothing stored. */
export function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
