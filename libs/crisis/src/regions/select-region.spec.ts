import { selectRegion, selectRegionWithBasis } from './select-region';

describe('selectRegion', () => {
  it('prefers the member’s saved region over everything else', () => {
    expect(selectRegionWithBasis({ memberRegion: 'NZ', acceptLanguage: 'en-GB', defaultRegion: 'US' })).toEqual({
      region: 'NZ',
      basis: 'member',
    });
  });

  it('then uses the region in Accept-Language', () => {
    expect(selectRegionWithBasis({ acceptLanguage: 'en-GB,en;q=0.9', defaultRegion: 'US' })).toEqual({
      region: 'GB',
      basis: 'accept-language',
    });
    expect(selectRegion({ acceptLanguage: 'fr-CA', defaultRegion: 'US' })).toBe('CA');
  });

  it('then the deployment default', () => {
    expect(selectRegionWithBasis({ acceptLanguage: 'en', defaultRegion: 'AU' })).toEqual({ region: 'AU', basis: 'default' });
  });

  it('then the international fallback', () => {
    expect(selectRegionWithBasis({})).toEqual({ region: 'INTL', basis: 'fallback' });
    expect(selectRegion({ memberRegion: null, acceptLanguage: null, defaultRegion: null })).toBe('INTL');
  });

  it.each([[''], ['  '], ['United Kingdom'], ['1'], ['G']])('skips a member region that is no country code (%p)', (memberRegion) => {
    expect(selectRegionWithBasis({ memberRegion, acceptLanguage: 'en-IE', defaultRegion: 'US' })).toEqual({
      region: 'IE',
      basis: 'accept-language',
    });
  });

  it.each([
    ['en-GB;q=abc'],
    ['q=0.9'],
    [';;,,'],
    ['en-US;q=0'],
    ['es-419'],
    ['\u0000\u0001'],
    ['x'.repeat(5000)],
  ])('falls through a malformed or region-less header (%p) to the default', (acceptLanguage) => {
    expect(selectRegionWithBasis({ acceptLanguage, defaultRegion: 'CA' })).toEqual({ region: 'CA', basis: 'default' });
  });

  it('reads saved regions case-insensitively and UK as GB', () => {
    expect(selectRegion({ memberRegion: ' uk ' })).toBe('GB');
    expect(selectRegion({ memberRegion: 'au' })).toBe('AU');
  });

  it('shows the fallback, not another country’s lines, when a source names a country we have no lines for', () => {
    expect(selectRegionWithBasis({ memberRegion: 'JP', acceptLanguage: 'en-GB', defaultRegion: 'US' })).toEqual({
      region: 'INTL',
      basis: 'member',
    });
    expect(selectRegionWithBasis({ acceptLanguage: 'ja-JP,en-GB;q=0.8', defaultRegion: 'US' })).toEqual({
      region: 'INTL',
      basis: 'accept-language',
    });
    expect(selectRegionWithBasis({ defaultRegion: 'KR' })).toEqual({ region: 'INTL', basis: 'default' });
  });

  it.each([
    ['de-DE', 'DE'],
    ['de-DE,de;q=0.9,en;q=0.8', 'DE'],
    ['de-AT', 'AT'],
    ['de-CH', 'CH'],
    ['fr-CH,fr;q=0.9', 'CH'],
    ['fr-FR', 'FR'],
    ['nl-BE', 'BE'],
    ['fr-BE', 'BE'],
    ['es-ES', 'ES'],
    ['es-MX', 'MX'],
    ['nl-NL', 'NL'],
    ['it-IT', 'IT'],
    ['it-IT,it;q=0.9,en;q=0.8', 'IT'],
    ['pt-PT', 'PT'],
    ['pt-BR', 'BR'],
    ['pt-BR,pt;q=0.9,en-US;q=0.8', 'BR'],
  ])('gives a %p browser the lines for %p, not the fallback', (acceptLanguage, region) => {
    expect(selectRegionWithBasis({ acceptLanguage, defaultRegion: 'US' })).toEqual({ region, basis: 'accept-language' });
  });

  it('gives a member who saved one of the newer regions its lines, whatever their browser says', () => {
    expect(selectRegionWithBasis({ memberRegion: 'de', acceptLanguage: 'en-GB', defaultRegion: 'US' })).toEqual({ region: 'DE', basis: 'member' });
    expect(selectRegion({ memberRegion: 'MX', acceptLanguage: 'es-ES' })).toBe('MX');
    expect(selectRegionWithBasis({ defaultRegion: 'FR' })).toEqual({ region: 'FR', basis: 'default' });
    expect(selectRegionWithBasis({ memberRegion: 'pt', acceptLanguage: 'pt-BR', defaultRegion: 'US' })).toEqual({ region: 'PT', basis: 'member' });
    expect(selectRegion({ memberRegion: 'BR', acceptLanguage: 'pt-PT' })).toBe('BR');
    expect(selectRegionWithBasis({ defaultRegion: 'IT' })).toEqual({ region: 'IT', basis: 'default' });
  });

  it('honours a member who chose "my country is not listed"', () => {
    expect(selectRegionWithBasis({ memberRegion: 'intl', acceptLanguage: 'en-US' })).toEqual({ region: 'INTL', basis: 'member' });
  });
});
