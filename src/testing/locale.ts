// The `locale` query parameter: a Rest.li 2.0 record such as (language:en,country:US), sent raw or
// percent-encoded as a whole (%28language%3Aen%2Ccountry%3AUS%29). Checked, then unused: the dataset holds
// one (English) name per entity, so names are not localised; LinkedIn formats them for the locale.

import { decode, type RestliDecoded } from "../restli.js";
import { restErrors } from "./errors.js";
import type { QueryParams } from "./query.js";

/** A checked locale: a lower-case ISO 639 language and, optionally, an upper-case ISO 3166 country. */
export interface Locale {
  language: string;
  country?: string;
}

const EXAMPLE = "(language:en,country:US)";

function asRecord(text: string): RestliDecoded | undefined {
  try {
    return decode(text);
  } catch {
    return undefined;
  }
}

/** The request's locale (undefined when absent); a 400 naming the parameter when it is malformed. */
export function checkLocale(params: QueryParams): Locale | undefined {
  const raw = params.raw("locale");
  if (raw === undefined) return undefined;
  const once = params.get("locale") ?? raw;
  // Raw: the record's structure is literal. Encoded as a whole: it appears once the query is decoded.
  let value = asRecord(raw);
  if (typeof value === "string") value = asRecord(once);
  const bad = (why: string): never => {
    throw restErrors.illegalArgument(
      `Query parameter "locale" must be a Rest.li record such as ${EXAMPLE} (${why}), got ${JSON.stringify(once)}`,
    );
  };
  if (value === undefined || typeof value !== "object" || Array.isArray(value)) return bad("not a record");
  const record = value as Record<string, RestliDecoded>;
  for (const key of Object.keys(record)) {
    if (key !== "language" && key !== "country") bad(`unknown field ${JSON.stringify(key)}`);
  }
  const { language, country } = record;
  if (typeof language !== "string" || !/^[a-z]{2,3}$/.test(language)) bad("language: 2 or 3 lower-case letters");
  if (country !== undefined && (typeof country !== "string" || !/^[A-Z]{2}$/.test(country))) {
    bad("country: 2 upper-case letters");
  }
  return country === undefined
    ? { language: language as string }
    : { language: language as string, country: country as string };
}
