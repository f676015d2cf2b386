/**
 * Words that soften, stress or hedge without changing what a phrase says: "I (really) want to
 * (fucking) die", "ich will (einfach nur) sterben". The matcher lets them stand between two words
 * of any lexicon phrase, so phrases need not list every way of padding them. Negations are never
 * here, and neither is anything that can carry meaning on its own ("like", "all", "now").
 */
export const SKIPPABLE_WORDS: readonly string[] = [
  // en
  'really', 'just', 'even', 'so', 'literally', 'honestly', 'actually', 'fucking', 'fuckin', 'freaking', 'frickin',
  'kinda', 'sorta', 'lowkey', 'seriously', 'truly', 'basically', 'totally', 'completely', 'genuinely', 'simply',
  'legit', 'still', 'also', 'always', 'constantly', 'sometimes', 'often', 'usually', 'probably', 'definitely',
  'maybe', 'perhaps', 'almost', 'nearly', 'pretty', 'very', 'quite', 'ever', 'ngl', 'tbh', 'fr', 'deadass', 'badly',
  'desperately', 'secretly', 'quietly', 'finally', 'already', 'somehow', 'sort of', 'kind of', 'nonstop',
  'lately',
  // es
  'solo', 'realmente', 'simplemente', 'tan', 'muy', 'literalmente', 'sinceramente', 'ya',
  // fr
  'juste', 'vraiment', 'simplement', 'tellement', 'franchement', 'carrément', 'littéralement',
  // de
  'einfach', 'nur', 'echt', 'wirklich', 'halt', 'eigentlich', 'mal', 'gerade', 'total', 'irgendwie', 'doch',
  // nl ("echt" and "eigenlijk" are above)
  'gewoon', 'gwn', 'gewoonweg', 'zo', 'heel', 'serieus', 'letterlijk',
  // it ("solo" and "sinceramente" are above)
  'davvero', 'proprio', 'veramente', 'tanto', 'letteralmente',
  // pt ("so" is "só"; "realmente" and "literalmente" are above)
  'muito', 'mesmo', 'tao', 'simplesmente', 'ja',
];
