import { crisisPanelCopyFor, hotlinesFor, linesShownFor, SAFE_MESSAGING_COPY } from '@lantern/crisis';
import type { CrisisResources } from '@lantern/contracts';
import { localHotlines, noticeAsShownHere } from './local-hotlines';

/** A notice as the api sends it: lines for `region`, chosen by `basis`, and the message for them. */
function noticeFor(region: string, basis: CrisisResources['hotlines']['basis'], concern: CrisisResources['concern'] = 'self') {
  const hotlines = { ...hotlinesFor(region), basis };
  return { concern, hotlines, message: crisisPanelCopyFor(concern, hotlines.hotlines).message };
}

describe('hotlines chosen in the browser', () => {
  it("prefers the member's saved region, then the browser's language region", () => {
    expect(localHotlines('GB', ['en-US']).region).toBe('GB');
    expect(localHotlines(null, ['en-AU', 'en']).region).toBe('AU');
    expect(localHotlines(null, ['en-US']).hotlines.some((line) => line.number === '988')).toBe(true);
  });

  it('falls back to the international lines when nothing names a country we know', () => {
    expect(localHotlines(null, []).region).toBe('INTL');
    expect(localHotlines(null, ['ja-JP']).region).toBe('INTL');
  });

  it('gives a German, Swiss, French, Belgian or Mexican browser its own country’s lines', () => {
    expect(localHotlines(null, ['de-DE', 'de']).emergencyNumber).toBe('112');
    expect(localHotlines(null, ['de-DE']).hotlines.some((line) => line.number === '0800 111 0 111')).toBe(true);
    expect(localHotlines(null, ['de-CH']).region).toBe('CH');
    expect(localHotlines(null, ['fr-FR']).hotlines.some((line) => line.number === '3114')).toBe(true);
    expect(localHotlines(null, ['nl-BE']).region).toBe('BE');
    expect(localHotlines(null, ['es-MX']).emergencyNumber).toBe('911');
  });

  it('gives an Italian, Portuguese or Brazilian browser its own country’s lines', () => {
    expect(localHotlines(null, ['it-IT', 'it']).region).toBe('IT');
    expect(localHotlines(null, ['it-IT']).hotlines.some((line) => line.number === '02 2327 2327' && line.hours === 'Every day, 9:00 to 24:00')).toBe(true);
    expect(localHotlines(null, ['pt-PT']).hotlines.some((line) => line.number === '1411')).toBe(true);
    expect(localHotlines(null, ['pt-BR', 'pt']).emergencyNumber).toBe('192');
    expect(localHotlines(null, ['pt-BR']).hotlines.some((line) => line.number === '188')).toBe(true);
  });

  it('uses the region chosen on the help page in this tab before the browser languages, after a saved region', () => {
    expect(localHotlines(null, ['en-US'], 'GB').emergencyNumber).toBe('999');
    expect(localHotlines(null, ['en-US'], 'INTL').region).toBe('INTL');
    expect(localHotlines('AU', ['en-US'], 'GB').region).toBe('AU');
    expect(localHotlines(null, ['en-US'], null).region).toBe('US');
  });

  it("shows a crisis notice with the lines of the region chosen on /help in this tab, and a message that promises what they keep, unless the member saved a region", () => {
    // Chosen Italy, where the adult line keeps hours: the panel does not promise "any time of day or night".
    const italy = noticeAsShownHere(noticeFor('US', 'accept-language'), 'IT');
    expect(italy.hotlines.region).toBe('IT');
    expect(italy.hotlines.emergencyNumber).toBe('112');
    expect(italy.message).toBe(crisisPanelCopyFor('self', hotlinesFor('IT').hotlines).message);
    expect(italy.message).not.toBe(crisisPanelCopyFor('self', hotlinesFor('US').hotlines).message);
    expect(noticeAsShownHere(noticeFor('GB', 'default'), 'DE').hotlines.hotlines.some((line) => line.number === '0800 111 0 111')).toBe(true);
    expect(noticeAsShownHere(noticeFor('INTL', 'fallback'), 'AU').hotlines.region).toBe('AU');
    // The member's saved region is theirs to change in the account; no choice made in a tab, none at all, or the same region: as sent.
    const saved = noticeFor('US', 'member');
    expect(noticeAsShownHere(saved, 'IT')).toEqual({ hotlines: saved.hotlines, message: saved.message });
    expect(noticeAsShownHere(noticeFor('US', 'accept-language'), null).hotlines.region).toBe('US');
    const german = noticeFor('DE', 'accept-language');
    expect(noticeAsShownHere(german, 'DE')).toEqual({ hotlines: german.hotlines, message: german.message });
    // Someone in danger from another person is promised, too, only what the lines shown keep.
    const inDanger = noticeAsShownHere(noticeFor('US', 'accept-language', 'danger'), 'IT');
    expect(inDanger.message).toBe(crisisPanelCopyFor('danger', linesShownFor('danger', hotlinesFor('IT'))).message);
    expect(inDanger.hotlines.abuseLines.map((line) => line.number)).toEqual(['1522']);
    expect(inDanger.message).not.toBe(crisisPanelCopyFor('self', hotlinesFor('IT').hotlines).message);
    // Someone worried about a friend is told how to help, whatever the lines.
    const forOther = noticeAsShownHere(noticeFor('US', 'accept-language', 'concern_for_other'), 'FR');
    expect(forOther.hotlines.region).toBe('FR');
    expect(forOther.message).toBe(SAFE_MESSAGING_COPY.crisisPanel.concernForOther.message);
  });
});
