// Helpers shared by the dataset tables. Everything here is pure and deterministic:
// no randomness, no clock, no locale-dependent behaviour.

import type { DatasetEntity, PlaceLevel } from "./types.js";

/** 32-bit FNV-1a hash of a string (UTF-16 code units). */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * A synthetic numeric id in [min, min + span) derived from `key`, skipping ids already in `used`
 * (linear probing, wrapping around). The id is added to `used`.
 */
export function allocateId(key: string, min: number, span: number, used: Set<number>): number {
  let id = min + (hash32(key) % span);
  while (used.has(id)) id = id + 1 >= min + span ? min : id + 1;
  used.add(id);
  return id;
}

/**
 * Member estimate for the entry at `rank` (0-based) of a popularity-ordered list: `top` scaled by a
 * harmonic decay and a deterministic jitter from the name (±15 % unless `spread` says otherwise), rounded to
 * hundreds.
 */
export function rankedMembers(
  rank: number,
  top: number,
  key: string,
  decay = 0.05,
  floor = 2000,
  spread = 0.15,
): number {
  const jitter = 1 - spread + ((hash32(key) % 301) / 1000) * (spread / 0.15);
  const value = Math.round(((top / (1 + rank * decay)) * jitter) / 100) * 100;
  return Math.max(floor, value);
}

/** Splits a `|`-separated, newline-separated table into trimmed cells, dropping blank lines. */
export function table(text: string): string[][] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => line.split("|").map((cell) => cell.trim()));
}

/** Non-empty lines of a newline-separated list, trimmed. */
export function list(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/** Cell `i` of a table row; throws when missing so a malformed row fails at module load. */
export function cell(row: readonly string[], i: number): string {
  const value = row[i];
  if (value === undefined) throw new Error(`dataset row "${row.join("|")}" lacks column ${i}`);
  return value;
}

/** Cell `i` as a finite number. */
export function numCell(row: readonly string[], i: number): number {
  const value = Number(cell(row, i));
  if (!Number.isFinite(value)) throw new Error(`dataset row "${row.join("|")}": column ${i} is not a number`);
  return value;
}

/** Builds a frozen entity, leaving optional fields out when not given. */
export function entity(
  urn: string,
  name: string,
  members: number,
  extra: {
    parent?: string | undefined;
    entityType?: string | undefined;
    placeLevel?: PlaceLevel | undefined;
    industry?: string | undefined;
  } = {},
): DatasetEntity {
  const e: DatasetEntity = { urn, name, members: Math.round(members) };
  if (extra.parent !== undefined) e.parent = extra.parent;
  if (extra.entityType !== undefined) e.entityType = extra.entityType;
  if (extra.placeLevel !== undefined) e.placeLevel = extra.placeLevel;
  if (extra.industry !== undefined) e.industry = extra.industry;
  return Object.freeze(e);
}
