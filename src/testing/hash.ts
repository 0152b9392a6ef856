// Deterministic hashing for the test server: seeded, pure, platform-independent (no Math.random, no clock).

/** 32-bit hash of a string (murmur3-style mixing of UTF-16 code units), seeded. */
export function hashString(text: string, seed = 0): number {
  let h = (0x9e3779b9 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 0xcc9e2d51);
    h = ((h << 15) | (h >>> 17)) >>> 0;
    h = Math.imul(h, 0x1b873593);
  }
  return mix32(h ^ text.length);
}

/** Final avalanche of murmur3: spreads every input bit over the output. */
export function mix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A uniform number in [0, 1) derived from `key` and `seed`. */
export function unitHash(key: string, seed = 0): number {
  return hashString(key, seed) / 0x1_0000_0000;
}
