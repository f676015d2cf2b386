import { CONTEXT_DE } from './context.de';
import { CONTEXT_EN } from './context.en';
import { CONTEXT_ES } from './context.es';
import { CONTEXT_FR } from './context.fr';
import { CONTEXT_IT } from './context.it';
import { CONTEXT_NL } from './context.nl';
import { CONTEXT_PT } from './context.pt';
import { CRISIS_DE } from './crisis.de';
import { CRISIS_EN } from './crisis.en';
import { CRISIS_EN_EATING } from './crisis.en.eating';
import { CRISIS_ES } from './crisis.es';
import { CRISIS_FR } from './crisis.fr';
import { CRISIS_IT } from './crisis.it';
import { CRISIS_NL } from './crisis.nl';
import { CRISIS_PT } from './crisis.pt';
import { DANGER_EN } from './danger.en';
import { DANGER_MULTI } from './danger.multi';
import { HARM_DE } from './harm.de';
import { HARM_EN } from './harm.en';
import { HARM_ES } from './harm.es';
import { HARM_FR } from './harm.fr';
import { HARM_IT } from './harm.it';
import { HARM_NL } from './harm.nl';
import { HARM_PT } from './harm.pt';
import type { LexiconEntry } from './lexicon-entry';

/** The built-in lexicon: every language's crisis, harm and context phrases. */
export const LEXICON: readonly LexiconEntry[] = [
  ...CRISIS_EN,
  ...CRISIS_EN_EATING,
  ...CRISIS_ES,
  ...CRISIS_FR,
  ...CRISIS_DE,
  ...CRISIS_NL,
  ...CRISIS_IT,
  ...CRISIS_PT,
  ...DANGER_EN,
  ...DANGER_MULTI,
  ...HARM_EN,
  ...HARM_ES,
  ...HARM_FR,
  ...HARM_DE,
  ...HARM_NL,
  ...HARM_IT,
  ...HARM_PT,
  ...CONTEXT_EN,
  ...CONTEXT_ES,
  ...CONTEXT_FR,
  ...CONTEXT_DE,
  ...CONTEXT_NL,
  ...CONTEXT_IT,
  ...CONTEXT_PT,
];

export { VOCABULARY } from './vocabulary';
export { SKIPPABLE_WORDS } from './skippable-words';
export { SIGNALS, type Signal, type SignalDefinition } from './signals';
export { phrases, type LexiconEntry, type Person, type EntryOptions } from './lexicon-entry';
