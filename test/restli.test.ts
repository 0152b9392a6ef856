import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LinkedInError } from "../src/errors.js";
import {
  decode,
  encode,
  encodeString,
  MAX_ENCODE_DEPTH,
  restli,
  RestliError,
  type RestliDecoded,
  type RestliValue,
} from "../src/restli.js";

/** URN-like strings full of Rest.li's structural characters. */
const urnLike = fc
  .tuple(
    fc.constantFrom("geo", "ageRange", "sponsoredCreative", "adTargetingFacet"),
    fc.oneof(
      fc.nat().map(String),
      fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => `(${a},${b})`),
      fc.nat().map((n) => `(urn:li:sponsoredAccount:${n},${n + 1})`),
    ),
  )
  .map(([type, id]) => `urn:li:${type}:${id}`);

const tricky = fc.constantFrom(
  "",
  "''",
  "'",
  "List(",
  "List()",
  "()",
  "(a:b)",
  "a,b",
  ":",
  "%",
  "%25",
  "%3A",
  "+",
  " ",
  "é",
  "😀",
  "urn:li:sponsoredCreative:(urn:li:sponsoredAccount:1,2)",
);

const text = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" }), tricky, urnLike);

const key = fc.oneof(text, fc.constantFrom("", "List", "or", "__proto__", "urn:li:adTargetingFacet:locations"));

const { value } = fc.letrec<{ value: RestliDecoded; list: RestliDecoded[]; record: { [key: string]: RestliDecoded } }>(
  (tie) => ({
    value: fc.oneof({ depthSize: "small", withCrossShrink: true }, text, tie("list"), tie("record")),
    list: fc.array(tie("value"), { maxLength: 4 }),
    record: fc.dictionary(key, tie("value"), { maxKeys: 4, noNullPrototype: true }),
  }),
);

describe("encode/decode round trip", () => {
  it("decode(encode(x)) equals x for nested lists and records of strings", () => {
    fc.assert(
      fc.property(value, (x) => {
        expect(decode(encode(x))).toStrictEqual(x);
      }),
      { numRuns: 2000 },
    );
  });

  it("round-trips every single string, including the empty string and full Unicode", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), text), (s) => {
        const encoded = encodeString(s);
        expect(encoded).toMatch(/^(?:''|[A-Za-z0-9\-_.~%]+)$/);
        expect(decode(encoded)).toBe(s);
      }),
      { numRuns: 1000 },
    );
  });

  it("keeps structure characters out of encoded atoms", () => {
    fc.assert(
      fc.property(text, (s) => {
        if (s === "") expect(encodeString(s)).toBe("''");
        else expect(encodeString(s)).not.toMatch(/[(),:']/);
      }),
    );
  });

  it("round-trips empty containers", () => {
    for (const x of [[], {}, [[]], [{}], { a: [] }, { a: {} }, { "": "" }, [""], ["", ""]] as RestliDecoded[]) {
      expect(decode(encode(x))).toStrictEqual(x);
    }
    expect(encode([])).toBe("List()");
    expect(encode({})).toBe("()");
    expect(encode("")).toBe("''");
    expect(encode({ "": "" })).toBe("('':'')");
  });
});

describe("exact encodings from the notes", () => {
  it("encodes a list of URNs", () => {
    expect(encode(["urn:li:geo:103644278", "urn:li:geo:102095887"])).toBe(
      "List(urn%3Ali%3Ageo%3A103644278,urn%3Ali%3Ageo%3A102095887)",
    );
  });

  it("encodes a plain URN query parameter", () => {
    expect(encodeString("urn:li:adTargetingFacet:locations")).toBe("urn%3Ali%3AadTargetingFacet%3Alocations");
  });

  it("percent-encodes : , ( ) ' and leaves unreserved characters alone", () => {
    expect(encodeString("a:b,c(d)e'f")).toBe("a%3Ab%2Cc%28d%29e%27f");
    expect(encodeString("AZaz09-_.~")).toBe("AZaz09-_.~");
    expect(encodeString("!*")).toBe("%21%2A");
    expect(encodeString("a b")).toBe("a%20b");
  });

  it("encodes targetingCriteria as the notes show", () => {
    const criteria = {
      include: { and: [{ or: { "urn:li:adTargetingFacet:locations": ["urn:li:geo:103644278"] } }] },
    };
    expect(encode(criteria)).toBe(
      "(include:(and:List((or:(urn%3Ali%3AadTargetingFacet%3Alocations:List(urn%3Ali%3Ageo%3A103644278))))))",
    );
    expect(decode(encode(criteria))).toStrictEqual(criteria);
  });

  it("encodes numbers and booleans as text and decodes them as strings", () => {
    expect(encode({ start: 0, count: 10, totals: true })).toBe("(start:0,count:10,totals:true)");
    expect(decode("(start:0,count:10,totals:true)")).toStrictEqual({ start: "0", count: "10", totals: "true" });
    expect(encode(-1.5)).toBe("-1.5");
  });

  it("rejects values Rest.li cannot carry", () => {
    expect(() => encode(Number.NaN)).toThrow(RestliError);
    expect(() => encode(Number.POSITIVE_INFINITY)).toThrow(RestliError);
    expect(() => encode(null as never)).toThrow(RestliError);
  });

  it("is exposed as the restli namespace", () => {
    expect(restli.encode).toBe(encode);
    expect(restli.decode).toBe(decode);
    expect(restli.encodeString).toBe(encodeString);
  });
});

describe("malformed text", () => {
  const cases: [text: string, position: number][] = [
    ["List(a", 6], // '(' never closed
    ["(a:b", 4],
    ["List(a))", 7], // trailing ')'
    ["List(a)x", 7], // trailing garbage
    ["abc)", 3],
    ["(a:b)(c:d)", 5],
    ["List(a,)", 7],
    ["(a:b,)", 5],
    ["(a)", 1],
    ["(:b)", 1],
    ["(a:)", 3],
    ["(a:b,a:c)", 5], // duplicate key
    ["%E0%A4%A", 0], // truncated percent-encoding
    ["List(ok,%ZZ)", 8],
    ["%", 0],
    ["", 0],
    [",", 0],
  ];

  it.each(cases)("%j fails with a RestliError at position %i", (input, position) => {
    let error: unknown;
    try {
      decode(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(RestliError);
    expect(error).toBeInstanceOf(LinkedInError);
    const restliError = error as RestliError;
    expect(restliError.position).toBe(position);
    expect(restliError.message).toContain(`position ${position}`);
  });

  it("never throws anything but RestliError on arbitrary text", () => {
    const alphabet = fc.constantFrom("(", ")", ",", ":", "List(", "a", "''", "%", "%41", "%E0");
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(alphabet, { maxLength: 20 }).map((parts) => parts.join("")),
        ),
        (s) => {
          try {
            decode(s);
          } catch (e) {
            expect(e).toBeInstanceOf(RestliError);
            expect(typeof (e as RestliError).position).toBe("number");
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("rejects a non-string input", () => {
    expect(() => decode(42 as unknown as string)).toThrow(RestliError);
  });
});

describe("deep nesting", () => {
  const depth = 100_000;

  it(`decodes ${depth}-deep lists without recursion`, () => {
    let value: RestliDecoded = decode(`${"List(".repeat(depth)}x${")".repeat(depth)}`);
    for (let i = 0; i < depth; i++) {
      const list = value;
      if (!Array.isArray(list) || list.length !== 1) throw new Error(`level ${i} is not a one-item list`);
      value = list[0]!;
    }
    expect(value).toBe("x");
  });

  it(`decodes ${depth}-deep records without recursion`, () => {
    let value: RestliDecoded = decode(`${"(k:".repeat(depth)}v${")".repeat(depth)}`);
    for (let i = 0; i < depth; i++) value = (value as { [key: string]: RestliDecoded })["k"]!;
    expect(value).toBe("v");
  });

  it(`fails cleanly on ${depth}-deep unbalanced text`, () => {
    const open = `${"List(".repeat(depth)}x${")".repeat(depth - 1)}`;
    expect(() => decode(open)).toThrow(RestliError);
    const extra = `${"(k:".repeat(depth)}v${")".repeat(depth + 1)}`;
    expect(() => decode(extra)).toThrow(RestliError);
  });
});

describe("edge cases", () => {
  it("decode keeps a record key named __proto__ as data", () => {
    const input = JSON.parse('{"__proto__":{"a":"b"},"c":"d"}') as RestliDecoded;
    expect(decode(encode(input))).toStrictEqual(input);
  });

  it("encode reports a lone surrogate as a RestliError", () => {
    expect(() => encode("\uD800")).toThrow(RestliError);
  });
});

describe("encode: depth and cycles (issue 15, item 13)", () => {
  /** `leaf` inside `depth` containers, each a list or a record under `key`, chosen by `kinds`. */
  const nest = (leaf: RestliDecoded, depth: number, kinds: readonly boolean[], keys: readonly string[]) => {
    let v: RestliDecoded = leaf;
    for (let i = 0; i < depth; i++) v = kinds[i % kinds.length] ? [v] : { [keys[i % keys.length]!]: v };
    return v;
  };
  const shape = fc.tuple(fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), fc.array(key, { minLength: 1 }));

  it(`round-trips any value nested up to ${MAX_ENCODE_DEPTH} lists/records deep`, () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: MAX_ENCODE_DEPTH }), shape, (leaf, depth, [kinds, keys]) => {
        const x = nest(leaf, depth, kinds, keys);
        expect(decode(encode(x))).toStrictEqual(x);
      }),
      { numRuns: 300 },
    );
  });

  it(`refuses deeper nesting with a RestliError naming the limit (5,000 deep included), never a RangeError`, () => {
    fc.assert(
      fc.property(fc.integer({ min: MAX_ENCODE_DEPTH + 1, max: 5_000 }), shape, (depth, [kinds, keys]) => {
        expect(() => encode(nest("x", depth, kinds, keys))).toThrow(RestliError);
      }),
      { numRuns: 50 },
    );
    expect(() => encode(nest("x", 5_000, [true], ["k"]))).toThrow(new RegExp(`deeper than ${MAX_ENCODE_DEPTH}`));
    expect(() => encode(nest("x", 100_000, [false], ["k"]))).toThrow(RestliError);
  });

  it("refuses a cyclic value with a RestliError; a value shared by two siblings is not a cycle", () => {
    const list: RestliValue[] = ["a"];
    list.push(list);
    const record: { [k: string]: RestliValue } = { a: "b" };
    record.self = { inner: [record] };
    for (const cyclic of [list, record, { wrap: [list] }]) {
      const e = (() => {
        try {
          encode(cyclic);
        } catch (error) {
          return error;
        }
      })();
      expect(e).toBeInstanceOf(RestliError);
      expect((e as Error).message).toMatch(/cyclic/);
    }
    const shared = ["urn:li:geo:1"];
    expect(encode({ a: shared, b: shared })).toBe("(a:List(urn%3Ali%3Ageo%3A1),b:List(urn%3Ali%3Ageo%3A1))");
  });
});
