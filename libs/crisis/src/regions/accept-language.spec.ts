import { parseAcceptLanguage, regionFromAcceptLanguage, regionOfLanguageTag } from './accept-language';
import { isSupportedRegion } from './region-code';

describe('parseAcceptLanguage', () => {
  it('orders by q-value, keeping header order for ties', () => {
    expect(parseAcceptLanguage('fr;q=0.5, en-GB, de;q=0.9, en')).toEqual([
      { tag: 'en-GB', quality: 1 },
      { tag: 'en', quality: 1 },
      { tag: 'de', quality: 0.9 },
      { tag: 'fr', quality: 0.5 },
    ]);
  });

  it('drops entries marked unacceptable with q=0', () => {
    expect(parseAcceptLanguage('en-US;q=0, en-GB;q=0.1')).toEqual([{ tag: 'en-GB', quality: 0.1 }]);
  });

  it.each([
    ['en-GB;q=abc'],
    ['en-GB;q=1.5'],
    ['en-GB;q=0.1234'],
    ['en-GB;q='],
    ['en GB'],
    ['en-GB-toolongsubtag'],
    ['🙂'],
    [';;;'],
    [',,,'],
  ])('skips malformed entry %p', (header) => {
    expect(parseAcceptLanguage(header)).toEqual([]);
  });

  it('keeps good entries next to bad ones', () => {
    expect(parseAcceptLanguage('xx-??, en-AU;q=0.8, en-GB;q=nope')).toEqual([{ tag: 'en-AU', quality: 0.8 }]);
  });

  it('reads underscores as hyphens and ignores other parameters and whitespace', () => {
    expect(parseAcceptLanguage(' en_NZ ; level=1 ; Q = 0.7 ')).toEqual([{ tag: 'en-NZ', quality: 0.7 }]);
  });

  it('treats a missing header as no preferences', () => {
    expect(parseAcceptLanguage(undefined)).toEqual([]);
    expect(parseAcceptLanguage(null)).toEqual([]);
    expect(parseAcceptLanguage('')).toEqual([]);
  });

  it('stops reading an absurdly long header', () => {
    const header = `${'en;q=0.5,'.repeat(10_000)}en-CA`;
    expect(parseAcceptLanguage(header).every((entry) => entry.tag === 'en')).toBe(true);
  });
});

describe('regionOfLanguageTag', () => {
  it.each([
    ['en-GB', 'GB'],
    ['fr-CA', 'CA'],
    ['en-us', 'US'],
    ['zh-Hant-TW', 'TW'],
    ['zh-yue-HK', 'HK'],
    ['en', null],
    ['*', null],
    ['es-419', null],
    ['x-private', null],
    ['i-klingon', null],
    ['en-Latn', null],
    ['de-CH-1996', 'CH'],
  ])('%p → %p', (tag, region) => {
    expect(regionOfLanguageTag(tag)).toBe(region);
  });
});

describe('regionFromAcceptLanguage', () => {
  it.each([
    ['en-GB,en;q=0.9', 'GB'],
    ['fr-CA', 'CA'],
    ['en', null],
    ['en,en-AU;q=0.9', 'AU'],
    ['en-US;q=0.5,en-IE;q=0.9', 'IE'],
    ['de-DE,en-GB;q=0.8', 'DE'],
    ['garbage;;q=2,,', null],
  ])('%p → %p', (header, region) => {
    expect(regionFromAcceptLanguage(header)).toBe(region);
  });
});

describe('browsers in countries with checked lines', () => {
  it.each([
    ['de-DE', 'DE'],
    ['de-CH', 'CH'],
    ['fr-FR', 'FR'],
    ['nl-BE', 'BE'],
    ['es-MX', 'MX'],
    ['it-IT', 'IT'],
    ['pt-PT', 'PT'],
    ['pt-BR', 'BR'],
  ])('%p names %p, a region with checked lines', (header, region) => {
    const named = regionFromAcceptLanguage(header);
    expect(named).toBe(region);
    expect(isSupportedRegion(named ?? '')).toBe(true);
  });
});
