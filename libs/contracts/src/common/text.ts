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

/**
 * Every string and key of a parsed JSON value (a request body, a socket payload) made
 * well-formed in place, as `wellFormed` makes one string. A loop, not a JSON.parse reviver:
 * revivers recurse, and a body nested thousands deep would overflow the stack.
 */
export function mendSurrogates(root: unknown): unknown {
  if (typeof root === 'string') return wellFormed(root);
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object') continue;
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const value = record[key];
      if (typeof value === 'string') record[key] = wellFormed(value);
      else if (value !== null && typeof value === 'object') pending.push(value);
      const mended = wellFormed(key);
      if (mended !== key) {
        record[mended] = record[key];
        delete record[key];
      }
    }
  }
  return root;
}
