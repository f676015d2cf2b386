import { smsHref, telHref } from './contact-hrefs';
import { HOTLINE_DIRECTORY } from './hotline-directory';

const allEntries = Object.values(HOTLINE_DIRECTORY).flatMap((data) => data.hotlines);

describe('telHref', () => {
  it.each([
    ['988', 'tel:988'],
    ['1-866-488-7386', 'tel:18664887386'],
    ['13 11 14', 'tel:131114'],
    ['0800 543 354', 'tel:0800543354'],
    ['116 123', 'tel:116123'],
    [' +1 (800) 668-6868 ', 'tel:+18006686868'],
    ['000', 'tel:000'],
  ])('dials %p as %p', (number, href) => {
    expect(telHref({ number })).toBe(href);
  });

  it('is null when there is nothing to dial', () => {
    expect(telHref({})).toBeNull();
    expect(telHref({ number: ' - ' })).toBeNull();
  });
});

describe('smsHref', () => {
  it('puts the keyword in the body form both iOS and Android read', () => {
    expect(smsHref({ sms: { number: '741741', keyword: 'HOME' } })).toBe('sms:741741?&body=HOME');
    expect(smsHref({ sms: { number: '678-678', keyword: 'START' } })).toBe('sms:678678?&body=START');
  });

  it('leaves the body out when any message works', () => {
    expect(smsHref({ sms: { number: '0477 13 11 14' } })).toBe('sms:0477131114');
    expect(smsHref({ sms: { number: '1737', keyword: '  ' } })).toBe('sms:1737');
  });

  it('encodes keywords that are not plain words', () => {
    expect(smsHref({ sms: { number: '123', keyword: 'HI THERE&x' } })).toBe('sms:123?&body=HI%20THERE%26x');
  });

  it('is null without a text line', () => {
    expect(smsHref({})).toBeNull();
    expect(smsHref({ sms: { number: '' } })).toBeNull();
  });
});

describe('hrefs for the whole directory', () => {
  it.each(allEntries.map((entry) => [entry.id, entry] as const))('%s has well-formed hrefs', (_id, entry) => {
    const tel = telHref(entry);
    const sms = smsHref(entry);
    if (entry.number !== undefined) expect(tel).toMatch(/^tel:\+?\d+$/);
    else expect(tel).toBeNull();
    if (entry.sms !== undefined) expect(sms).toMatch(/^sms:\+?\d+(\?&body=[A-Z0-9]+)?$/);
    else expect(sms).toBeNull();
  });
});
