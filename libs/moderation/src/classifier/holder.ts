import type { LexiconEntry, Person } from '../lexicon/lexicon-entry';
import { SIGNALS } from '../lexicon/signals';
import type { Token } from '../normalise/token';
import type { TextContext } from './text-context';
import { CONTRASTS, HOLDER_BREAKERS, normalisedSet, OBJECT_ONLY, personOf, QUANTIFIERS, REFLEXIVES, REPORTING } from './word-classes';

/** Whom a matched phrase is about; `nobody` for general statements and subject-less noun phrases. */
export type Holder = Person | 'nobody';

const LOOK_BACK = 8;
/** "a thesis on self-harm", "a song about wanting to die": a topic, not a person. */
const TOPIC_MARKERS = new Set(['about', 'on', 'regarding', 'concerning']);
/** "keeps talking about wanting to die" is a person's, "a song about wanting to die" is not. */
const TALK_VERBS = new Set([
  'talk', 'talks', 'talking', 'talked', 'think', 'thinks', 'thinking', 'thought', 'worry', 'worried', 'worrying',
  'joke', 'jokes', 'joking', 'joked', 'dream', 'dreams', 'dreaming', 'obsess', 'obsessing', 'obsessed', 'rant',
  'ranting', 'posting', 'posted', 'posts', 'messaging', 'texting', 'texted', 'speaks', 'speaking', 'spoke', 'going',
]);
/** Object pronouns that stand for things inside a crisis phrase ("take them all", "sold them"). */
const THINGS_IN_A_PHRASE = new Set(['them']);
/**
 * English drops "I" after "and": "bf dumped me and just want to die". A person named before the
 * "and" is its subject only if the verb agrees: "she failed her exams and wants to die" is hers,
 * "my mum screamed at me and just want to die" is the writer's. These are the verbs whose base
 * form tells (a third person takes "wants", "needs", "feels"...; "am" is only ever "I").
 * Normalised as tokens are ("need" is read "ned").
 */
const AGREEING_VERBS = normalisedSet(['want', 'wanna', 'wana', 'need', 'wish', 'feel', 'hate', 'am']);
const THIRD_PERSON_FORMS = normalisedSet(['wants', 'needs', 'wishes', 'feels', 'hates', 'is']);
const COORDINATORS = normalisedSet(['and', 'n', 'nd']);
/** People named in the plural, who take "want" as "I" does: "my friends ignored me and want...". */
const PLURAL_PEOPLE = normalisedSet([
  'they', 'them', 'their', 'theirs', 'themselves', 'we', 'us', 'our', 'ourselves', 'friends', 'mates',
  'parents', 'kids', 'children', 'teens', 'teenagers', 'students', 'men', 'women', 'adolescents', 'veterans', 'patients',
]);
/**
 * The first half says how that person is, or what they said, so the second half is theirs too,
 * "-s" dropped or not: "my friend is being bullied and want to die", "she told me she's tired and
 * want to die", "a friend who is bullied and want to die".
 */
const THEIR_STATE_OR_WORDS = normalisedSet(['is', 'was', 'has', 'been', 'being', 'who', "he's", "she's", "they're", ...REPORTING]);
/** Between "me and" and the other person of a joint subject: "me and my friend". */
const POSSESSIVES_OF_OURS = normalisedSet(['my', 'our']);
/**
 * Counts and amounts before "of my": "6 of my sleeping pills", "all of my meds", "the rest of my
 * tablets". The "my" says whose the things are, not who took them.
 */
const AMOUNTS = normalisedSet([
  'all', 'rest', 'some', 'half', 'most', 'bunch', 'handful', 'lot', 'lots', 'load', 'loads', 'ton', 'tons', 'few',
  'couple', 'each', 'box', 'bottle', 'pack', 'packet', 'strip', 'stash', 'dozen', 'dozens', 'hundred', 'hundreds',
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen',
  'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty',
]);
/** "ten", which is also "teen" once doubled letters are read as one. */
const TEN = 'ten';
/** Words that may stand between a subject and its verb without making the subject someone else's. */
const BETWEEN_SUBJECT_AND_VERB = normalisedSet(['just', 'accidentally']);
/** "thank you", "love you": formulas that do not make "you" the subject. */
const FORMULAIC_YOU = new Set(['thank', 'love', 'miss', 'se', 'bless']);

/**
 * Works out whom a crisis phrase is about, the way a reader would:
 * 1. the lexicon entry says so ("matarme" is the writer);
 * 2. a reflexive in the phrase ("kill herself"), then the writer if named in it ("he'd be
 *    better off without me"), then the last person it names ("end her life"), not counting
 *    "everyone" and the like;
 * 3. a general frame before it ("it's normal to want to die") or a topic ("a thesis on
 *    self-harm") makes it nobody's;
 * 4. the nearest person word before it in the sentence ("my friend wants to die"), skipping
 *    object pronouns that are not right before the verb ("I miss her and want to die"), and
 *    reading "she told me 'I want to die'" as hers;
 * 5. nothing found: English drops "I" freely ("want to die tbh"), so the writer, unless the
 *    phrase is a noun phrase that needs a subject ("suicidal thoughts") or the text is a reply
 *    talking to "you" throughout.
 */
export function resolveHolder(entry: LexiconEntry, first: number, last: number, context: TextContext): Holder {
  const holder = readHolder(entry, first, last, context);
  // "My roommate posted 'goodbye world'": the words are quoted from someone else. But "he said he'll
  // kill me" reports a threat against the writer: the words are his, the danger the writer's.
  if (holder === 'self' && !threatToTheWriter(entry) && quotedFromSomeoneElse(first, context)) return 'other';
  return holder;
}

function readHolder(entry: LexiconEntry, first: number, last: number, context: TextContext): Holder {
  if (entry.about) return entry.about;
  if (entry.aboutWriterUnlessReply) return context.addressedToSomeone || context.supportive || sentenceSpeaksToYou(first, context) ? 'nobody' : 'self';
  const tokens = context.tokens;
  for (let i = first; i <= last; i++) {
    const word = tokens[i].text;
    if (REFLEXIVES.has(word)) return personOf(word) ?? 'self';
  }
  // Inside a phrase the writer wins ("I'm going to take them all", "he'd be better off without
  // me"), then the last person named ("she wants to end her life").
  let named: Person | undefined;
  let ownerOnly = false;
  for (let i = first; i <= last; i++) {
    const word = tokens[i].text;
    if (QUANTIFIERS.has(word)) continue;
    // "teen" is read "ten", as doubled letters are: inside a phrase, before what it counts ("took ten
    // pills", "ten of my tablets"), it is the number, not a teenager who took them.
    if (word === TEN && i < last) continue;
    // "I will take them all": inside a phrase "them" is what is taken or given away (pills, the
    // razors), never who does it; read as a person it made the writer's own plan someone else's.
    if (i > first && THINGS_IN_A_PHRASE.has(word)) continue;
    const person = personOf(word, context);
    // "thank you for everything" names nobody: the farewell is the speaker's.
    if (person === 'you' && i > 0 && FORMULAIC_YOU.has(tokens[i - 1].text)) continue;
    // "my toddler swallowed 6 of my sleeping pills": whose pills, not who swallowed them; the
    // doer is looked for before the phrase ("I just swallowed 8 of my sleeping pills" is still
    // the writer's). What follows belongs to the pills' owner too ("6 of my mum's tablets").
    if (word === 'my' && ownerOfAnAmount(i, first, tokens)) {
      ownerOnly = true;
      continue;
    }
    if (person === 'self') return 'self';
    if (person && !ownerOnly) named = person;
  }
  if (named) return named;
  // Whose pills says nothing of who took them: someone else did only as the verb's own subject
  // ("my toddler swallowed 6 of my pills"); a person named earlier in the sentence is not
  // ("kissed my son goodnight then took 50 of my tablets" is the writer's).
  if (ownerOnly) return subjectRightBefore(first, context) ?? 'self';
  if (context.isGeneric(first, last)) return 'nobody';
  if (first > 1 && TOPIC_MARKERS.has(tokens[first - 1].text) && !TALK_VERBS.has(tokens[first - 2].text)) return 'nobody';
  return readHolderBefore(entry, first, last, context);
}

/**
 * The person word right before the phrase's verb, in its sentence, with only "just" or
 * "accidentally" between: "my toddler swallowed", "he just took". Nothing when an "and", a
 * comma or another word stands between.
 */
function subjectRightBefore(first: number, context: TextContext): Person | undefined {
  const tokens = context.tokens;
  const phrase = tokens[first].phrase;
  let i = first - 1;
  while (i >= 0 && tokens[i].phrase === phrase && BETWEEN_SUBJECT_AND_VERB.has(tokens[i].text)) i--;
  if (i < 0 || tokens[i].phrase !== phrase) return undefined;
  return personOf(tokens[i].text, context);
}

/** "N of my", "all of my": "my" after "of" and a count or an amount, inside the phrase. */
function ownerOfAnAmount(at: number, first: number, tokens: readonly Token[]): boolean {
  if (at - 2 < first || tokens[at - 1].text !== 'of') return false;
  const amount = tokens[at - 2];
  return amount.kind === 'number' || AMOUNTS.has(amount.text);
}

/** Steps 4 and 5: the nearest person before the phrase in its sentence, else the writer. */
function readHolderBefore(entry: LexiconEntry, first: number, last: number, context: TextContext): Holder {
  const tokens = context.tokens;
  const phrase = tokens[first].phrase;
  let crossedAnd = false;
  // After the "and", looking back: the writer as the first half's object ("laughed at me"), and
  // words that make the first half the other person's state or report.
  let writerWasObject = false;
  let theirs = false;
  for (let i = first - 1; i >= 0 && first - i <= LOOK_BACK && tokens[i].phrase === phrase; i--) {
    const word = tokens[i].text;
    if (HOLDER_BREAKERS.has(word)) break;
    if (COORDINATORS.has(word)) crossedAnd = true;
    else if (crossedAnd && word === 'me') writerWasObject = true;
    if (crossedAnd && THEIR_STATE_OR_WORDS.has(word)) theirs = true;
    const person = personOf(word, context);
    if (!person) continue;
    if (person === 'other') {
      // The writer's "I" dropped after "and" (unless the text asks how to help that person).
      const droppedI = crossedAnd && !context.concern && (writerWasObject || (!theirs && !PLURAL_PEOPLE.has(word)));
      if (droppedI && verbIsBaseForm(first, last, context)) return 'self';
      // "Me and my friend want to die": the writer is one of them.
      if (writerJoinedBefore(i, context)) return 'self';
    }
    if (OBJECT_ONLY.has(word) && first - i > 1) continue;
    if (person === 'you' && i > 0 && FORMULAIC_YOU.has(tokens[i - 1].text)) continue;
    if (word === 'mine' && i > 0 && tokens[i - 1].text === 'of') continue; // "a friend of mine"
    if (person === 'self' && reportedBySomeoneElse(i, context)) return 'other';
    return person;
  }
  return entry.needsSubject || context.addressedToSomeone ? 'nobody' : 'self';
}

function threatToTheWriter(entry: LexiconEntry): boolean {
  return SIGNALS[entry.signal].category === 'danger_from_other' && entry.about === 'self';
}

/** "me and (my)? ___": the writer named first in a joint subject. */
function writerJoinedBefore(at: number, context: TextContext): boolean {
  const tokens = context.tokens;
  let i = at - 1;
  if (i >= 0 && POSSESSIVES_OF_OURS.has(tokens[i].text)) i--;
  return i >= 1 && COORDINATORS.has(tokens[i].text) && tokens[i - 1].text === 'me' && tokens[i - 1].clause === tokens[at].clause;
}

/** The phrase's first verb of wanting is in its base form ("want"), not the third person's ("wants"). */
function verbIsBaseForm(first: number, last: number, context: TextContext): boolean {
  for (let i = first; i <= last; i++) {
    const word = context.tokens[i].text;
    if (AGREEING_VERBS.has(word)) return true;
    if (THIRD_PERSON_FORMS.has(word)) return false;
  }
  return false;
}

/** A reporting verb earlier in the sentence whose subject is someone else. */
function quotedFromSomeoneElse(first: number, context: TextContext): boolean {
  const tokens = context.tokens;
  const clause = tokens[first].clause;
  for (let i = first - 1; i >= 0 && first - i <= 6 && tokens[i].clause === clause; i--) {
    // "everyone keeps saying reach out, but I'm done": the report ended at "but".
    if (CONTRASTS.has(tokens[i].text)) return false;
    if (personOf(tokens[i].text, context) === 'self') return false;
    if (REPORTING.has(tokens[i].text)) return reportedBySomeoneElse(i + 1, context);
  }
  return false;
}

/** "She texted me I want to die": a reporting verb with someone else as its subject. */
function reportedBySomeoneElse(selfAt: number, context: TextContext): boolean {
  const tokens = context.tokens;
  const clause = tokens[selfAt].clause;
  for (let i = selfAt - 1; i >= 0 && selfAt - i <= 4 && tokens[i].clause === clause; i--) {
    if (!REPORTING.has(tokens[i].text)) continue;
    for (let j = i - 1; j >= 0 && i - j <= 3 && tokens[j].clause === clause; j--) {
      const person = personOf(tokens[j].text, context);
      if (person) return person === 'other';
    }
    return false;
  }
  return false;
}

/** The match's sentence has a "you" in it, before or after the match. */
function sentenceSpeaksToYou(first: number, context: TextContext): boolean {
  const tokens = context.tokens;
  const clause = tokens[first].clause;
  const speaksToYou = (i: number) => personOf(tokens[i].text, context) === 'you';
  for (let i = first; i >= 0 && tokens[i].clause === clause; i--) if (speaksToYou(i)) return true;
  for (let i = first + 1; i < tokens.length && tokens[i].clause === clause; i++) if (speaksToYou(i)) return true;
  return false;
}
