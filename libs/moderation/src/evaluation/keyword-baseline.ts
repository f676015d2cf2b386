import type { Category, HarmCategory } from '../categories';
import type { Prediction } from './metrics';

/**
 * The yardstick: a plain keyword list, matched as lower-case substrings, as a first moderation
 * filter would be. It flags "please don't kill yourself" and "this homework is killing me" alike;
 * the classifier has to beat it to be worth its rules.
 */
export const CRISIS_KEYWORDS: readonly string[] = [
  'suicid', 'kill myself', 'killing myself', 'kill my self', 'end my life', 'end it all', 'want to die', 'wanna die',
  'self harm', 'self-harm', 'selfharm', 'cut myself', 'cutting myself', 'overdose', 'hang myself', 'kms',
  'better off dead', 'no reason to live', 'take my own life', 'unalive', 'kill yourself', 'killing me',
  'quiero morir', 'matarme', 'suicidarme', 'me suicider', 'veux mourir', 'me tuer', 'umbringen', 'selbstmord',
  'suizid', 'sterben',
];

export const HARM_KEYWORDS: Readonly<Record<HarmCategory, readonly string[]>> = {
  harassment: ['idiot', 'stupid', 'loser', 'moron', 'shut up', 'fuck you', 'bitch', 'ugly', 'pathetic'],
  incitement: ['kys', 'kill yourself', 'kill urself', 'go die', 'hang yourself'],
  threat: ['kill you', 'shoot up', 'hurt you', 'watch your back', 'i know where you live'],
  hate: ['nigger', 'faggot', 'kike', 'tranny', 'subhuman', 'vermin'],
  sexual: ['nudes', 'porn', 'horny', 'sext', 'dick', 'onlyfans'],
  method_instructions: ['lethal dose', 'how to kill', 'hide your cuts', 'painless way'],
  spam: ['http', 'www.', 'click here', 'free', 'giveaway', 'buy now'],
  drug_selling: ['selling', 'for sale', 'xanax', 'oxy', 'plug', 'cashapp'],
};

export function keywordBaseline(text: string): Prediction {
  const lower = text.toLowerCase();
  const categories: Category[] = [];
  for (const [category, words] of Object.entries(HARM_KEYWORDS) as [HarmCategory, readonly string[]][]) {
    if (words.some((w) => lower.includes(w))) categories.push(category);
  }
  return { crisis: CRISIS_KEYWORDS.some((w) => lower.includes(w)), categories };
}
