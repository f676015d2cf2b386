import { hotlinesAnswerSchema } from '@lantern/contracts';
import { INTERNATIONAL_REGION, SUPPORTED_REGIONS } from '../regions/region-code';
import { HOTLINE_DIRECTORY, hotlinesFor, isInternationalFallback } from './hotline-directory';
import type { HotlineEntry } from './hotline-entry';
import { FIND_A_HELPLINE } from './international';

const allEntries: HotlineEntry[] = [...Object.values(HOTLINE_DIRECTORY).flatMap((data) => data.hotlines), FIND_A_HELPLINE];

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

  it('lists only round-the-clock services today', () => {
    expect(allEntries.filter((entry) => entry.hours !== '24/7').map((entry) => entry.id)).toEqual([]);
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
  });
});

describe('hotlinesFor', () => {
  it('reads region codes case-insensitively and UK as GB', () => {
    expect(hotlinesFor(' gb ').region).toBe('GB');
    expect(hotlinesFor('uk').region).toBe('GB');
  });

  it.each([['DE'], ['INTL'], [''], ['not a region'], [null], [undefined]])(
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
