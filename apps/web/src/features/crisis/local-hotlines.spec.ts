import { localHotlines } from './local-hotlines';

describe('hotlines chosen in the browser', () => {
  it("prefers the member's saved region, then the browser's language region", () => {
    expect(localHotlines('GB', ['en-US']).region).toBe('GB');
    expect(localHotlines(null, ['en-AU', 'en']).region).toBe('AU');
    expect(localHotlines(null, ['en-US']).hotlines.some((line) => line.number === '988')).toBe(true);
  });

  it('falls back to the international lines when nothing names a country we know', () => {
    expect(localHotlines(null, []).region).toBe('INTL');
    expect(localHotlines(null, ['de-DE']).region).toBe('INTL');
  });

  it('uses the region chosen on the help page in this tab before the browser languages, after a saved region', () => {
    expect(localHotlines(null, ['en-US'], 'GB').emergencyNumber).toBe('999');
    expect(localHotlines(null, ['en-US'], 'INTL').region).toBe('INTL');
    expect(localHotlines('AU', ['en-US'], 'GB').region).toBe('AU');
    expect(localHotlines(null, ['en-US'], null).region).toBe('US');
  });
});
