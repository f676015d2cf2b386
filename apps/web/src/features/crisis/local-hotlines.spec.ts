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
});
