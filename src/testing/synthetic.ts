// Entities generated on the fly from their index (option `extraEntities`): never materialised, so a
// facet can hold millions of them with flat memory.

import type { DatasetEntity, DatasetFacet } from "./dataset/types.js";
import { words } from "../internal/text.js";

/** Adds `count` generated entities to a facet (see `TestServerOptions.extraEntities`). */
export interface ExtraEntities {
  /** Facet name ("skills") or facet URN ("urn:li:adTargetingFacet:skills"). */
  facet: string;
  /** How many entities to generate (1 … 100,000,000). */
  count: number;
  /** First words of every generated name; default `Synthetic <facetName>`. Names are `${namePrefix} ${index}`, the index zero-padded. */
  namePrefix?: string;
}

/** Generated entities' ids start here (per `extraEntities` slot: + slot × 1e9), far above real LinkedIn ids. */
export const SYNTHETIC_ID_BASE = 900_000_000_000;
const SLOT_SPAN = 1_000_000_000;
const MAX_COUNT = 100_000_000;
/** Members of generated entity i: ⌊SYNTHETIC_TOP_MEMBERS / (i + 1)⌋, at least 1 (decreasing with the index). */
export const SYNTHETIC_TOP_MEMBERS = 1_000_000;

/** A range of generated indices, [lo, hi). */
export interface IndexRange {
  lo: number;
  hi: number;
}

export class SyntheticEntities {
  readonly facetUrn: string;
  readonly count: number;
  readonly namePrefix: string;
  /** Digits of the zero-padded index in names. */
  readonly width: number;
  private readonly idBase: number;
  private readonly namespace: string;
  private readonly prefixWords: string[];

  constructor(spec: ExtraEntities, facet: DatasetFacet, slot: number) {
    if (!Number.isSafeInteger(spec.count) || spec.count < 1 || spec.count > MAX_COUNT) {
      throw new RangeError(`extraEntities.count must be an integer in 1..${MAX_COUNT}, got ${spec.count}`);
    }
    this.facetUrn = facet.urn;
    this.count = spec.count;
    this.namePrefix = (spec.namePrefix ?? `Synthetic ${facet.facetName}`).trim();
    this.width = String(spec.count - 1).length;
    this.idBase = SYNTHETIC_ID_BASE + slot * SLOT_SPAN;
    const sample = facet.entities[0]?.urn;
    const m = sample === undefined ? null : /^urn:li:[A-Za-z][A-Za-z0-9_]*:/.exec(sample);
    this.namespace = m ? m[0] : `urn:li:${facet.facetName}:`;
    this.prefixWords = words(this.namePrefix);
  }

  name(index: number): string {
    const n = String(index).padStart(this.width, "0");
    return this.namePrefix === "" ? n : `${this.namePrefix} ${n}`;
  }

  urn(index: number): string {
    return `${this.namespace}${this.idBase + index}`;
  }

  members(index: number): number {
    return Math.max(1, Math.floor(SYNTHETIC_TOP_MEMBERS / (index + 1)));
  }

  entity(index: number): DatasetEntity {
    return { urn: this.urn(index), name: this.name(index), members: this.members(index) };
  }

  /** The index of a generated URN, or undefined. */
  indexOf(urn: string): number | undefined {
    if (!urn.startsWith(this.namespace)) return undefined;
    const id = urn.slice(this.namespace.length);
    if (!/^[1-9]\d*$/.test(id)) return undefined;
    const index = Number(id) - this.idBase;
    return Number.isSafeInteger(index) && index >= 0 && index < this.count ? index : undefined;
  }

  /**
   * The indices whose names match every query word (each a prefix of a name word). A word matching a
   * prefix word matches all; a digit word matches the indices whose padded number starts with it. The
   * result is always one contiguous range (possibly empty).
   */
  match(queryWords: readonly string[]): IndexRange {
    let lo = 0;
    let hi = this.count;
    for (const q of queryWords) {
      if (this.prefixWords.some((w) => w.startsWith(q))) continue;
      if (!/^\d+$/.test(q) || q.length > this.width) return { lo: 0, hi: 0 };
      const scale = 10 ** (this.width - q.length);
      lo = Math.max(lo, Number(q) * scale);
      hi = Math.min(hi, (Number(q) + 1) * scale);
    }
    return hi > lo ? { lo, hi } : { lo: 0, hi: 0 };
  }
}
