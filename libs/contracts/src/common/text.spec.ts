import { clipText, mendSurrogates, wellFormed } from './text';

describe('well-formed text', () => {
  it('replaces each lone surrogate with U+FFFD and keeps pairs (emoji) whole', () => {
    expect(wellFormed('dark\ud800')).toBe('dark\ufffd');
    expect(wellFormed('\udc00 moon \ud83c\udf19 \ud83c')).toBe('\ufffd moon 🌙 \ufffd');
    expect(wellFormed('\udf19\ud83c')).toBe('\ufffd\ufffd');
    const plain = 'nothing to mend 🌙';
    expect(wellFormed(plain)).toBe(plain);
    // What it returns, jsonb takes: JSON.stringify no longer needs a lone-surrogate escape.
    expect(JSON.stringify(wellFormed('a\ud800b'))).toBe('"a\ufffdb"');
  });

  it('clips to a length without leaving half an emoji at the end', () => {
    expect(clipText('ab🌙cd', 3)).toBe('ab');
    expect(clipText('ab🌙cd', 4)).toBe('ab🌙');
    expect(clipText('abc', 3)).toBe('abc');
    expect(clipText('abcdef', 2)).toBe('ab');
    expect(clipText('🌙', 1)).toBe('');
    expect(clipText('🌙', 0)).toBe('');
  });

  it('mends every string and key of a parsed value in place, however deep, and leaves the rest alone', () => {
    const body = JSON.parse('{"a":"x\\ud800","k\\udc00":[1,"\\udf19",{"deep":"\\ud83c\\udf19"}],"n":null,"t":true}');
    expect(mendSurrogates(body)).toBe(body);
    expect(body).toEqual({ a: 'x\ufffd', ['k\ufffd']: [1, '\ufffd', { deep: '🌙' }], n: null, t: true });
    expect(mendSurrogates('\ud800')).toBe('\ufffd');
    expect(mendSurrogates(7)).toBe(7);
    // Nested far deeper than a recursive walk could go.
    const deep = JSON.parse(`${'['.repeat(20_000)}"\\ud800"${']'.repeat(20_000)}`);
    mendSurrogates(deep);
    let inner: unknown = deep;
    while (Array.isArray(inner)) inner = inner[0];
    expect(inner).toBe('\ufffd');
  });
});
