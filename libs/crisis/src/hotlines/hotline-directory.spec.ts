import { hotlinesAnswerSchema } from '@lantern/contracts';
import { INTERNATIONAL_REGION, SUPPORTED_REGIONS } from '../regions/region-code';
import { HOTLINE_DIRECTORY, hotlinesFor, isInternationalFallback, linesShownFor } from './hotline-directory';
import type { HotlineEntry } from './hotline-entry';
import { FIND_A_HELPLINE } from './international';

const allEntries: HotlineEntry[] = [...Object.values(HOTLINE_DIRECTORY).flatMap((data) => [...data.hotlines, ...data.abuseLines]), FIND_A_HELPLINE];

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  // Round-tripping rejects dates the regex allows but the calendar does not (2026-02-30).
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === 'https:';
  } catch {
    return false;
  }
}

describe('hotline directory data', () => {
  it.each(allEntries.map((entry) => [entry.id, entry] as const))('%s has a way to reach it, a source and a check date', (_id, entry) => {
    expect(entry.name.trim()).not.toBe('');
    expect(entry.number !== undefined || entry.sms !== undefined || entry.chatUrl !== undefined || entry.url !== undefined).toBe(true);
    expect(isHttpsUrl(entry.source)).toBe(true);
    expect(isIsoDate(entry.checkedOn)).toBe(true);
    expect(entry.hours.trim()).not.toBe('');
    expect(entry.languages.length).toBeGreaterThan(0);
    for (const language of entry.languages) expect(language).toMatch(/^[a-z]{2,3}(-[A-Z]{2})?$/);
    if (entry.url !== undefined) expect(isHttpsUrl(entry.url)).toBe(true);
    if (entry.chatUrl !== undefined) expect(isHttpsUrl(entry.chatUrl)).toBe(true);
  });

  it.each(allEntries.map((entry) => [entry.id, entry] as const))('%s offers the channel its kind promises', (_id, entry) => {
    const channelFor: Record<HotlineEntry['kind'], unknown> = {
      call: entry.number,
      text: entry.sms,
      chat: entry.chatUrl,
      web: entry.url,
    };
    expect(channelFor[entry.kind]).toBeDefined();
  });

  it('lists round-the-clock services, and says when the few that are not answer', () => {
    // A line that keeps hours must say them, never '24/7'; each is listed here on purpose, so a
    // new one is a decision in review rather than a slip.
    expect(allEntries.filter((entry) => entry.hours !== '24/7').map((entry) => [entry.id, entry.hours])).toEqual([
      ['ca-sheltersafe', "Each shelter's own 24-hour line"],
      ['it-telefono-amico', 'Every day, 9:00 to 24:00'],
      ['pt-sos-voz-amiga', 'Every day, 15:30 to 00:30'],
    ]);
  });

  it('gives every entry a unique id', () => {
    const ids = allEntries.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects impossible dates in its own date check', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('22/11/2026')).toBe(false);
    expect(isIsoDate('2026-11-22')).toBe(true);
  });
});

describe('regions', () => {
  const expectedEmergency: Record<(typeof SUPPORTED_REGIONS)[number], readonly string[]> = {
    US: ['911'],
    CA: ['911'],
    GB: ['999'],
    IE: ['112', '999'],
    AU: ['000'],
    NZ: ['111'],
    DE: ['112'],
    AT: ['112', '144'],
    CH: ['144', '112'],
    FR: ['112', '15'],
    BE: ['112'],
    ES: ['112'],
    MX: ['911'],
    NL: ['112'],
    IT: ['112', '118'],
    PT: ['112'],
    BR: ['192', '190', '193'],
  };

  it.each(Object.entries(expectedEmergency))('%s is present with its emergency number', (region, numbers) => {
    const result = hotlinesFor(region);
    expect(result.region).toBe(region);
    expect([result.emergencyNumber, ...result.otherEmergencyNumbers]).toEqual(numbers);
    expect(result.hotlines.length).toBeGreaterThan(0);
    expect(result.fallback).toBe(FIND_A_HELPLINE);
    expect(isInternationalFallback(result)).toBe(false);
  });

  it('covers exactly the supported regions', () => {
    expect(Object.keys(HOTLINE_DIRECTORY).sort()).toEqual([...SUPPORTED_REGIONS].sort());
  });

  it('keeps the numbers as checked against their sources', () => {
    const contacts = (region: string) =>
      hotlinesFor(region).hotlines.map((entry) => ({
        name: entry.name,
        number: entry.number,
        press: entry.pressAfterDialing,
        sms: entry.sms,
        url: entry.url,
        chatUrl: entry.chatUrl,
      }));
    expect(contacts('US')).toEqual([
      { name: '988 Suicide & Crisis Lifeline', number: '988', sms: { number: '988' }, chatUrl: 'https://988lifeline.org/chat/' },
      { name: 'Crisis Text Line', sms: { number: '741741', keyword: 'HOME' } },
      { name: 'Veterans Crisis Line', number: '988', press: '1', sms: { number: '838255' } },
      { name: 'The Trevor Project', number: '1-866-488-7386', sms: { number: '678-678', keyword: 'START' } },
    ]);
    expect(contacts('CA')).toEqual([
      { name: '9-8-8 Suicide Crisis Helpline', number: '988', sms: { number: '988' } },
      { name: 'Kids Help Phone', number: '1-800-668-6868', sms: { number: '686868', keyword: 'CONNECT' } },
    ]);
    expect(contacts('GB')).toEqual([
      { name: 'Samaritans', number: '116 123' },
      { name: 'Shout', sms: { number: '85258', keyword: 'SHOUT' } },
    ]);
    expect(contacts('IE')).toEqual([
      { name: 'Samaritans Ireland', number: '116 123' },
      { name: '50808', sms: { number: '50808', keyword: 'HELLO' } },
    ]);
    expect(contacts('AU')).toEqual([
      { name: 'Lifeline', number: '13 11 14', sms: { number: '0477 13 11 14' } },
      { name: 'Kids Helpline', number: '1800 55 1800' },
    ]);
    expect(contacts('NZ')).toEqual([
      { name: '1737 Need to talk?', number: '1737', sms: { number: '1737' } },
      { name: 'Lifeline Aotearoa', number: '0800 543 354', sms: { number: '4357', keyword: 'HELP' } },
    ]);
    expect(contacts('DE')).toEqual([{ name: 'TelefonSeelsorge', number: '0800 111 0 111' }]);
    expect(contacts('AT')).toEqual([
      { name: 'TelefonSeelsorge', number: '142' },
      { name: 'Rat auf Draht', number: '147' },
    ]);
    expect(contacts('CH')).toEqual([
      { name: 'Die Dargebotene Hand / La Main Tendue (143)', number: '143' },
      { name: 'Pro Juventute 147', number: '147' },
    ]);
    expect(contacts('FR')).toEqual([
      { name: '3114 Numéro national de prévention du suicide', number: '3114' },
      { name: 'SOS Amitié', number: '09 72 39 40 50' },
    ]);
    expect(contacts('BE')).toEqual([
      { name: 'Centre de Prévention du Suicide', number: '0800 32 123' },
      { name: 'Zelfmoordlijn 1813', number: '1813' },
    ]);
    expect(contacts('ES')).toEqual([
      { name: '024 Línea de atención a la conducta suicida', number: '024' },
      { name: 'Teléfono de la Esperanza', number: '717 003 717' },
    ]);
    expect(contacts('MX')).toEqual([{ name: 'Línea de la Vida', number: '800 911 2000' }]);
    expect(contacts('NL')).toEqual([{ name: '113 Zelfmoordpreventie', number: '113', chatUrl: 'https://www.113.nl/' }]);
    expect(contacts('IT')).toEqual([
      { name: 'Telefono Amico Italia', number: '02 2327 2327' },
      { name: 'Telefono Azzurro 19696', number: '19696' },
    ]);
    expect(contacts('PT')).toEqual([
      { name: '1411 Linha Nacional de Prevenção do Suicídio', number: '1411' },
      { name: 'SNS 24 Aconselhamento Psicológico', number: '808 24 24 24', press: '4' },
      { name: 'SOS Voz Amiga', number: '213 544 545' },
    ]);
    expect(contacts('BR')).toEqual([{ name: 'CVV Centro de Valorização da Vida (188)', number: '188' }]);
  });

  it('keeps the lines for abuse at home as checked against their sources, and none where no national line was confirmed', () => {
    const abuse = (region: string) =>
      hotlinesFor(region).abuseLines.map((entry) => ({ number: entry.number, press: entry.pressAfterDialing, sms: entry.sms, url: entry.url, free: entry.free === true }));
    expect(abuse('US')).toEqual([{ number: '1-800-799-7233', sms: { number: '88788', keyword: 'START' }, free: true }]);
    expect(abuse('CA')).toEqual([{ url: 'https://sheltersafe.ca/', free: false }]);
    expect(abuse('GB')).toEqual([{ number: '0808 2000 247', free: true }]);
    expect(abuse('IE')).toEqual([{ number: '1800 341 900', free: true }]);
    // 1800RESPECT: no stored page says a call is free, so it is not said.
    expect(abuse('AU')).toEqual([{ number: '1800 737 732', sms: { number: '0458 737 732' }, free: false }]);
    expect(abuse('NZ')).toEqual([{ number: '0800 733 843', free: true }]);
    expect(abuse('DE')).toEqual([{ number: '116 016', free: true }]);
    expect(abuse('AT')).toEqual([{ number: '0800 222 555', free: true }]);
    expect(abuse('CH')).toEqual([]);
    expect(abuse('FR')).toEqual([{ number: '3919', free: true }]);
    expect(abuse('BE')).toEqual([{ number: '0800 30 030', free: true }]);
    expect(abuse('ES')).toEqual([{ number: '016', free: true }]);
    expect(abuse('MX')).toEqual([{ number: '079', press: '1', free: true }]);
    expect(abuse('NL')).toEqual([{ number: '0800-2000', free: true }]);
    expect(abuse('IT')).toEqual([{ number: '1522', free: true }]);
    expect(abuse('PT')).toEqual([{ number: '800 202 148', sms: { number: '3060' }, free: true }]);
    expect(abuse('BR')).toEqual([{ number: '180', free: true }]);
    expect(hotlinesFor('INTL').abuseLines).toEqual([]);
    // Never the same line as a crisis line: each is listed once wherever both are shown.
    for (const region of SUPPORTED_REGIONS) {
      const crisisIds = new Set(hotlinesFor(region).hotlines.map((entry) => entry.id));
      for (const line of hotlinesFor(region).abuseLines) expect(crisisIds.has(line.id)).toBe(false);
    }
  });

  it('shows a member in danger the lines for abuse at home first, then the crisis lines; everyone else the crisis lines', () => {
    const britain = hotlinesFor('GB');
    expect(linesShownFor('danger', britain).map((line) => line.id)).toEqual(['gb-national-domestic-abuse-helpline', 'gb-samaritans', 'gb-shout']);
    expect(linesShownFor('self', britain)).toEqual(britain.hotlines);
    expect(linesShownFor('concern_for_other', britain)).toEqual(britain.hotlines);
    expect(linesShownFor('danger', hotlinesFor('CH'))).toEqual(hotlinesFor('CH').hotlines);
  });

  it('marks a line free only where a checked page says reaching it costs nothing', () => {
    const free = (region: string) => hotlinesFor(region).hotlines.filter((entry) => entry.free !== true).map((entry) => entry.id);
    // Every other line in every region is marked free.
    expect([...SUPPORTED_REGIONS].flatMap(free)).toEqual([
      'us-crisis-text-line',
      'au-lifeline',
      'fr-sos-amitie',
      'es-telefono-esperanza',
      'it-telefono-amico',
      'pt-sns24-aconselhamento-psicologico',
      'pt-sos-voz-amiga',
    ]);
    expect(hotlinesFor('AU').hotlines.find((entry) => entry.id === 'au-lifeline')?.notes).toBe('Free from mobiles.');
    expect(hotlinesFor('INTL').hotlines[0].free).toBe(true);
  });

  it('says "free to call" for Italy, Portugal and Brazil only where a checked page says so', () => {
    const free = (region: string) => hotlinesFor(region).hotlines.map((entry) => [entry.id, entry.free === true]);
    expect(free('IT')).toEqual([
      ['it-telefono-amico', false],
      ['it-telefono-azzurro', true],
    ]);
    expect(free('PT')).toEqual([
      ['pt-1411', true],
      ['pt-sns24-aconselhamento-psicologico', false],
      ['pt-sos-voz-amiga', false],
    ]);
    expect(free('BR')).toEqual([['br-cvv-188', true]]);
  });

  it('answers each new region in the languages its lines were checked to answer in, and says who a youth line is for', () => {
    const languages = (region: string) => hotlinesFor(region).hotlines.map((entry) => [entry.id, entry.languages]);
    expect(languages('DE')).toEqual([['de-telefonseelsorge', ['de']]]);
    expect(languages('AT')).toEqual([
      ['at-telefonseelsorge', ['de']],
      ['at-rat-auf-draht', ['de']],
    ]);
    expect(languages('CH')).toEqual([
      ['ch-143-dargebotene-hand', ['de', 'fr', 'it']],
      ['ch-147-pro-juventute', ['de', 'fr', 'it']],
    ]);
    expect(languages('FR')).toEqual([
      ['fr-3114', ['fr']],
      ['fr-sos-amitie', ['fr']],
    ]);
    expect(languages('BE')).toEqual([
      ['be-centre-prevention-suicide', ['fr']],
      ['be-zelfmoordlijn-1813', ['nl']],
    ]);
    expect(languages('ES')).toEqual([
      ['es-024', ['es']],
      ['es-telefono-esperanza', ['es']],
    ]);
    expect(languages('MX')).toEqual([['mx-linea-de-la-vida', ['es']]]);
    expect(languages('NL')).toEqual([['nl-113', ['nl']]]);
    expect(languages('IT')).toEqual([
      ['it-telefono-amico', ['it']],
      ['it-telefono-azzurro', ['it']],
    ]);
    expect(languages('PT')).toEqual([
      ['pt-1411', ['pt']],
      ['pt-sns24-aconselhamento-psicologico', ['pt', 'en']],
      ['pt-sos-voz-amiga', ['pt']],
    ]);
    expect(languages('BR')).toEqual([['br-cvv-188', ['pt']]]);
    expect(hotlinesFor('AT').hotlines[1]?.audience).toBe('Children and young people, and the adults close to them.');
    expect(hotlinesFor('CH').hotlines[1]?.audience).toBe('Children and young people.');
    expect(hotlinesFor('IT').hotlines[1]?.audience).toBe('Children and young people, and adults worried about a child.');
  });

  it('dates every entry of the new regions to the day they were checked', () => {
    const newRegions = ['DE', 'AT', 'CH', 'FR', 'BE', 'ES', 'MX', 'NL', 'IT', 'PT', 'BR'];
    expect(newRegions.flatMap((region) => hotlinesFor(region).hotlines.map((entry) => entry.checkedOn))).toEqual(
      newRegions.flatMap((region) => hotlinesFor(region).hotlines.map(() => '2026-12-06')),
    );
  });
});

describe('hotlinesFor', () => {
  it('reads region codes case-insensitively and UK as GB', () => {
    expect(hotlinesFor(' gb ').region).toBe('GB');
    expect(hotlinesFor('uk').region).toBe('GB');
    expect(hotlinesFor('de').region).toBe('DE');
    expect(hotlinesFor('it').region).toBe('IT');
    expect(hotlinesFor(' br ').region).toBe('BR');
  });

  it.each([['JP'], ['INTL'], [''], ['not a region'], [null], [undefined]])(
    'answers %p with the international fallback, never with nothing',
    (region) => {
      const result = hotlinesFor(region);
      expect(result.region).toBe(INTERNATIONAL_REGION);
      expect(isInternationalFallback(result)).toBe(true);
      expect(result.emergencyNumber).toBeNull();
      expect(result.hotlines).toEqual([FIND_A_HELPLINE]);
      expect(result.fallback.url).toBe('https://findahelpline.com/');
    },
  );

  it('returns copies, so a caller cannot rewrite the directory', () => {
    const first = hotlinesFor('US');
    expect(first).not.toBe(HOTLINE_DIRECTORY.US);
    expect(first.hotlines).toBe(HOTLINE_DIRECTORY.US.hotlines);
  });

  it.each([...SUPPORTED_REGIONS, INTERNATIONAL_REGION])('answers %s in the shape the api documents (hotlinesAnswerSchema), field for field', (region) => {
    const sent: unknown = JSON.parse(JSON.stringify({ ...hotlinesFor(region), basis: 'query' }));
    const parsed = hotlinesAnswerSchema.safeParse(sent);
    expect(parsed.error?.issues ?? []).toEqual([]);
    // zod drops what the schema does not describe: an equal copy means nothing went undocumented.
    expect(parsed.data).toEqual(sent);
  });
});
