/** A seeded pseudo-random generator (mulberry32 over a cyrb53-style string hash): same seed, same paper. */
export function seededRandom(seed: string): () => number {
  let h1 = 0xdeadbeef ^ seed.length;
  let h2 = 0x41c6ce57 ^ seed.length;
  for (let i = 0; i < seed.length; i++) {
    const ch = seed.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  let state = (Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A shuffled copy (Fisher–Yates) using the seeded generator. */
export function shuffle<T>(items: readonly T[], seed: string): T[] {
  const random = seededRandom(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Draws `count` items in a seeded random order (all of them when there are fewer). */
export function draw<T>(items: readonly T[], count: number, seed: string): T[] {
  return shuffle(items, seed).slice(0, Math.max(0, count));
}

/** Shuffles until the order differs from the original, so an ordering question never starts solved. */
export function shuffleUnsolved<T>(items: readonly T[], seed: string): T[] {
  for (let attempt = 0; attempt < 10; attempt++) {
    const out = shuffle(items, `${seed}:${attempt}`);
    if (out.some((item, i) => item !== items[i])) return out;
  }
  return [...items.slice(1), items[0]!];
}

/** A short paper code a teacher can read out (6 characters, no look-alikes). */
export function paperCode(random: () => number): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return Array.from({ length: 6 }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}
