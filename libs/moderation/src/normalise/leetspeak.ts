/**
 * Digits and symbols read as letters when they sit inside a word ("k1ll", "su1c1d3", "$elf").
 * A digit at the start of a token stays a digit, so "10mg", "3am" and "2nd" keep their meaning.
 * '1' is read as 'l' after an 'i' or 'l' ("ki11"), otherwise as 'i' ("k1ll").
 */
export const LEET_DIGITS: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
};

/** The tokeniser keeps these inside a word only where they stand for a letter ("mys€lf", not "5€"). */
export const LEET_SYMBOLS: Readonly<Record<string, string>> = {
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
  '€': 'e',
};
