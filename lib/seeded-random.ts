/**
 * A seeded random source (mulberry32) for demo and benchmark data: the same seed gives the
 * same people on every machine.
 */
export function seededRandom(initial: number) {
  let seed = initial | 0;
  const rnd = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  return {
    rnd,
    int,
    chance: (p: number) => rnd() < p,
    pick: <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)],
    digits: (n: number) => Array.from({ length: n }, () => int(0, 9)).join(""),
  };
}
