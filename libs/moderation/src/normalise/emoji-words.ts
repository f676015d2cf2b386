/**
 * Emoji read as words, so the lexicon can use them ("i want to 💊 tonight" reads as
 * "i want to pills tonight"). A lone emoji is never a signal by itself: the lexicon only
 * scores these words next to ideation or self-harm, so "dinner prep 🔪🥕" stays clean.
 * Laughing faces become "lol", which the classifier reads as a joke marker. 💀 is read "skull",
 * which no phrase reads alone: it means "I'm dead (laughing)" as often as it means death.
 */
export const EMOJI_WORDS: Readonly<Record<string, string>> = {
  '🔪': 'knife',
  '🗡': 'knife',
  '🔫': 'gun',
  '💊': 'pills',
  '💉': 'syringe',
  '🪦': 'grave',
  // "I want to 💀 myself": a skull is death beside a reflexive only (the lexicon's
  // "@want to skull myself"); alone it is "I'm dead" laughing, and reads as nothing.
  '💀': 'skull',
  '⚰': 'coffin',
  '🩸': 'blood',
  '🪢': 'rope',
  '🌉': 'bridge',
  '💣': 'bomb',
  '🧨': 'bomb',
  '🔌': 'plug',
  '🔞': 'nsfw',
  '😂': 'lol',
  '🤣': 'lol',
  '😆': 'lol',
  '😹': 'lol',
};
