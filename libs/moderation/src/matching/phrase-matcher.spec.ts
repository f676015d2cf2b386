import { tokenise } from '../normalise/tokenise';
import { PatternError } from './pattern';
import { PhraseMatcher } from './phrase-matcher';

function find(patterns: string[], text: string, vocabulary: Record<string, string> = {}): string[] {
  const matcher = new PhraseMatcher(
    patterns.map((pattern) => ({ pattern, payload: pattern })),
    vocabulary,
  );
  const tokens = tokenise(text);
  return matcher.scan(tokens).map((m) => `${m.payload} => ${text.slice(tokens[m.first].start, tokens[m.last].end)}`);
}

describe('PhraseMatcher', () => {
  it('matches words in order, normalised like the text', () => {
    expect(find(['kill myself'], 'I want to KIIILL mys3lf')).toEqual(['kill myself => KIIILL mys3lf']);
    expect(find(['kill myself'], 'kill the bug myself')).toEqual([]);
  });

  it('matches one word out of several with "|"', () => {
    expect(find(['want|wanna die'], 'i wanna die')).toEqual(['want|wanna die => wanna die']);
  });

  it('matches phrase alternatives in brackets and optional parts', () => {
    const pattern = '(end it all|end my life) tonight?';
    expect(find([pattern], 'going to end my life tonight')).toEqual([`${pattern} => end my life tonight`]);
    expect(find([pattern], 'I will end it all')).toEqual([`${pattern} => end it all`]);
  });

  it('matches stems', () => {
    expect(find(['suicid*'], 'feeling suicidal')).toEqual(['suicid* => suicidal']);
    expect(find(['suicid*'], 'suicune')).toEqual([]);
  });

  it('matches numbers and links', () => {
    expect(find(['took #num pills'], 'took 40 pills')).toEqual(['took #num pills => took 40 pills']);
    expect(find(['click #url'], 'click https://x.example/y')).toEqual(['click #url => click https://x.example/y']);
  });

  it('allows a bounded gap within one phrase only', () => {
    expect(find(['want ~2 die'], 'want, to die')).toEqual([]);
    expect(find(['want ~2 die'], 'want to just die')).toEqual(['want ~2 die => want to just die']);
    expect(find(['want ~2 die'], 'want to really just die')).toEqual([]);
    expect(find(['want ~2 die'], 'I want. Die')).toEqual([]);
  });

  it('never matches across sentences or commas', () => {
    expect(find(['kill myself'], 'kill. Myself')).toEqual([]);
    expect(find(['kill myself'], 'kill, myself')).toEqual([]);
  });

  it('crosses a comma only where the pattern says one may stand, and never a sentence end', () => {
    const pattern = 'reading this , im gone $';
    expect(find([pattern], "if you're reading this, I'm gone")).toEqual([`${pattern} => reading this, I'm gone`]);
    expect(find([pattern], "if you're reading this I'm gone")).toEqual([`${pattern} => reading this I'm gone`]);
    expect(find([pattern], "if you're reading this. I'm gone")).toEqual([]);
    // After the comma the rest reads in the new phrase: "$" and gaps keep to it.
    expect(find(['reading this , ~1 gone $'], 'reading this, so gone, for a week')).toEqual(['reading this , ~1 gone $ => reading this, so gone']);
    expect(find(['reading this , im gone $'], "reading this, I'm gone for a week")).toEqual([]);
    expect(find(['going , its #num degrees'], "where I'm going, it's 30 degrees")).toEqual(["going , its #num degrees => going, it's 30 degrees"]);
  });

  it('anchors "^" to the start of a sentence or phrase', () => {
    expect(find(['^ kill yourself'], 'lol, kill yourself')).toEqual(['^ kill yourself => kill yourself']);
    expect(find(['^ kill yourself'], 'dont kill yourself')).toEqual([]);
  });

  it('lets "$" pass over trailing skippable words, and nothing else', () => {
    const matcher = new PhraseMatcher([{ pattern: 'want out $', payload: 'p' }], {}, new Set(['honestly', 'tbh']));
    const count = (text: string) => matcher.scan(tokenise(text)).length;
    expect(count('i want out honestly tbh')).toBe(1);
    expect(count('i want out honestly, ok')).toBe(1);
    expect(count('i want out of this meeting')).toBe(0);
  });

  it('expands shared vocabulary', () => {
    const vocabulary = { self: '(myself|my self|me)' };
    expect(find(['hurt @self'], 'i hurt my self', vocabulary)).toEqual(['hurt @self => hurt my self']);
  });

  it('finds phrases written without spaces in hashtags and spaced-out letters', () => {
    expect(find(['kill myself'], '#killmyself')).toEqual(['kill myself => killmyself']);
    expect(find(['kill myself'], 'k i l l m y s e l f')).toEqual(['kill myself => k i l l m y s e l f']);
    expect(find(['self harm'], 'selfharm again')).toEqual(['self harm => selfharm']);
  });

  it('reports each entry once per position', () => {
    expect(find(['suicid*|suicidal'], 'suicidal')).toHaveLength(1);
  });

  it('rejects broken patterns with a sentence naming the pattern', () => {
    expect(() => find(['(kill myself'], '')).toThrow(PatternError);
    expect(() => find(['~2 die'], '')).toThrow(/cannot begin with a gap/);
    expect(() => find(['(maybe)?'], '')).toThrow(/match nothing/);
    expect(() => find(['su*'], '')).toThrow(/at least 3 letters/);
    expect(() => find(['@missing'], '')).toThrow(/not in the vocabulary/);
    expect(() => find(['@loop'], '', { loop: 'a @loop' })).toThrow(/refers to itself/);
  });
});

describe('PhraseMatcher on long texts', () => {
  it('turns away rules whose words are absent, without affecting the next text', () => {
    const matcher = new PhraseMatcher([{ pattern: 'i want to die', payload: 'p' }]);
    const long = tokenise(`i ${'word '.repeat(60)}`);
    expect(matcher.scan(long)).toEqual([]);
    expect(matcher.scan(tokenise('i want to die'))).toHaveLength(1);
    const longWithPhrase = tokenise(`${'word '.repeat(60)} and i want to die`);
    expect(matcher.scan(longWithPhrase)).toHaveLength(1);
  });

  it('lets skippable words stand between the words of a phrase', () => {
    const matcher = new PhraseMatcher([{ pattern: 'want to die', payload: 'p' }], {}, new Set(['realy', 'fucking']));
    expect(matcher.scan(tokenise('want to really fucking die'))).toHaveLength(1);
    expect(matcher.scan(tokenise('want to never die'))).toHaveLength(0);
  });
});

describe('PhraseMatcher second-word check', () => {
  it('still matches when the second word of a phrase is itself a filler', () => {
    const matcher = new PhraseMatcher([{ pattern: 'i just want out', payload: 'p' }], {}, new Set(['just', 'realy']));
    expect(matcher.scan(tokenise('i just want out'))).toHaveLength(1);
    expect(matcher.scan(tokenise('i really just want out'))).toHaveLength(1);
    expect(matcher.scan(tokenise('i want out'))).toHaveLength(0);
  });
});
