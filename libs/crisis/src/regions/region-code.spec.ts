import fc from 'fast-check';
import { normaliseRegionCode as storedAs } from '@lantern/contracts';
import { normaliseRegionCode } from './region-code';

/*
 * The directory's reading of a region code is kept apart from the one the api stores regions by
 * (this library builds without the contracts' server schemas). A member's region and a line's
 * regions must compare here as they were stored, so the two readings must never drift apart.
 */
describe('the directory reads a region code as the api stores it', () => {
  it('agrees on the codes members and operators type', () => {
    for (const value of ['gb', 'UK', ' uk ', 'Us', 'de', 'INTL', '', '  ', 'u', 'USA', '12', 'g1', 'ñe', null, undefined]) {
      expect(normaliseRegionCode(value)).toBe(storedAs(value));
    }
    expect(normaliseRegionCode(' uk ')).toBe('GB');
    expect(normaliseRegionCode('jp')).toBe('JP');
    expect(normaliseRegionCode('USA')).toBeNull();
  });

  it('agrees on any short text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'B', 'u', 'K', 'k', ' ', '\t', '1', 'é', 'ß', '-'), maxLength: 5 });
    fc.assert(fc.property(fc.option(text, { nil: undefined }), (value) => normaliseRegionCode(value) === storedAs(value)), { numRuns: 2_000 });
  });
});
