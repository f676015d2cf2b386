import { clipText, wellFormed } from './text';

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
});
