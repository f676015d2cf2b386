const LONE_SURROGATE = /\p{Surrogate}/u;
const LONE_SURROGATES = /\p{Surrogate}/gu;
const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/**
 * Text as Unicode allows it: half of a surrogate pair standing alone (a JSON "\ud800", an emoji
 * cut in two by a careless client) becomes U+FFFD, which is what a PostgreSQL text column would
 * store anyway. jsonb refuses such a string outright, so anything bound for one comes through here.
 */
export function wellFormed(text: string): string {
  return LONE_SURROGATE.test(text) ? text.replace(LONE_SURROGATES, '\uFFFD') : text;
}

/** The first `max` UTF-16 units of `text`, never ending on half an emoji. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, max > 0 && HIGH_SURROGATE.test(text[max - 1]) ? max - 1 : max);
}
