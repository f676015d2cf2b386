/**
 * Characters that look like Latin letters and are used to slip words past filters
 * ("ѕuісіdе" in Cyrillic, "ᴋɪʟʟ" in small capitals). Unicode NFKD already folds full-width,
 * mathematical and circled letters; this table covers what NFKD leaves alone.
 * Keys are lower-case: the tokeniser lower-cases before looking up.
 */
export const CONFUSABLE_LETTERS: Readonly<Record<string, string>> = {
  // Cyrillic
  а: 'a', в: 'b', е: 'e', ё: 'e', і: 'i', ї: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o',
  р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', һ: 'h', ԁ: 'd', ӏ: 'l', ԛ: 'q', ԝ: 'w',
  ь: 'b', ы: 'bi', г: 'r', п: 'n', и: 'u', л: 'n', д: 'd',
  // Greek
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', μ: 'u', ν: 'v', ο: 'o', ρ: 'p', τ: 't',
  υ: 'u', χ: 'x', ω: 'w', γ: 'y', ς: 's', σ: 'o',
  // Latin small capitals and other look-alikes
  ᴀ: 'a', ʙ: 'b', ᴄ: 'c', ᴅ: 'd', ᴇ: 'e', ғ: 'f', ɢ: 'g', ʜ: 'h', ɪ: 'i', ᴊ: 'j', ᴋ: 'k',
  ʟ: 'l', ᴍ: 'm', ɴ: 'n', ᴏ: 'o', ᴘ: 'p', ʀ: 'r', ꜱ: 's', ᴛ: 't', ᴜ: 'u', ᴠ: 'v', ᴡ: 'w',
  ʏ: 'y', ᴢ: 'z', ı: 'i', ℓ: 'l', ɑ: 'a', ɡ: 'g', ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd',
  ł: 'l', þ: 'th',
};

/**
 * Enclosed and regional-indicator letters (🅺🅸🅻🅻, 🇰🇮🇱🇱) that NFKD does not fold:
 * [first code point, last code point], mapped in order onto a..z.
 */
export const LETTER_BLOCKS: readonly (readonly [number, number])[] = [
  [0x1f1e6, 0x1f1ff], // regional indicators
  [0x1f130, 0x1f149], // squared Latin capitals
  [0x1f150, 0x1f169], // negative circled capitals
  [0x1f170, 0x1f189], // negative squared capitals
];
