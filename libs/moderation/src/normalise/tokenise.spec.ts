import { hasBrokenLine, squeeze, tokenise } from './tokenise';
import { normalise } from './normalise';

const words = (text: string) => tokenise(text).map((t) => t.text);

describe('tokenise', () => {
  it('lower-cases and drops apostrophes so "Don\'t" and "dont" are one word', () => {
    expect(words("I DON'T know")).toEqual(['i', 'dont', 'know']);
    expect(words('I don’t know')).toEqual(['i', 'dont', 'know']);
  });

  it('reads past an age or gender tag as forums write them, keeping every offset into the text', () => {
    const text = 'my (24f) boyfriend [26M] hits me (nb) (see edit)';
    const tokens = tokenise(text);
    expect(tokens.map((t) => t.text)).toEqual(['my', 'boyfriend', 'hits', 'me', 'se', 'edit']);
    expect(new Set(tokens.slice(0, 4).map((t) => t.clause)).size).toBe(1);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['my', 'boyfriend', 'hits', 'me', 'see', 'edit']);
  });

  it('splits French elisions but keeps English contractions whole', () => {
    expect(words("j'ai envie de m'en aller")).toEqual(['j', 'ai', 'envie', 'de', 'm', 'en', 'aler']);
    expect(words("I'll can't you're")).toEqual(['il', 'cant', 'youre']);
  });

  it('squeezes repeated letters but not digits', () => {
    expect(words('sooo tiiired 100')).toEqual(['so', 'tired', '100']);
    expect(squeeze('killl')).toBe('kil');
    expect(words('kill')).toEqual(['kil']);
  });

  it('reads Brazilian laughter, four k or more, as lol; KKK stays a word', () => {
    expect(words('vou te matar kkkk')).toEqual(['vou', 'te', 'matar', 'lol']);
    expect(words('KKKKKKK')).toEqual(['lol']);
    expect(words('the kkk')).toEqual(['the', 'k']);
  });

  it('reads leetspeak inside words and leaves numbers alone', () => {
    expect(words('k1ll mys3lf')).toEqual(['kil', 'myself']);
    expect(words('ki11 $uicide')).toEqual(['kil', 'suicide']);
    expect(words('h@te 0verdose')).toEqual(['hate', 'overdose']);
    expect(words('took 10mg at 3am')).toEqual(['tok', '10', 'mg', 'at', '3', 'am']);
    expect(words('24/7')).toEqual(['24', '7']);
  });

  it('folds accents, full-width, mathematical and look-alike letters', () => {
    expect(words('suicidé Selbstmörder')).toEqual(['suicide', 'selbstmorder']);
    expect(words('ｋｉｌｌ 𝐦𝐲𝐬𝐞𝐥𝐟')).toEqual(['kil', 'myself']);
    expect(words('ѕuісіdе')).toEqual(['suicide']); // Cyrillic s, i, e
    expect(words('ᴋɪʟʟ')).toEqual(['kil']);
    expect(words('🅺🅸🅻🅻')).toEqual(['kil']);
  });

  it('ignores zero-width characters and combining marks inside a word', () => {
    expect(words('k\u200bi\u200dll')).toEqual(['kil']);
    expect(words('k̷i̷l̷l̷')).toEqual(['kil']);
  });

  it('hands a word with letters hidden behind asterisks to `unmask`, and drops the asterisks when it finds nothing', () => {
    const asked: string[] = [];
    const unmask = (masked: string) => {
      asked.push(masked);
      return masked === 'k*l' ? 'kil' : undefined;
    };
    expect(tokenise('k*ll s**cide f*ck', { unmask }).map((t) => t.text)).toEqual(['kil', 'scide', 'fck']);
    expect(asked).toEqual(['k*l', 's*cide', 'f*ck']);
    expect(words('k*ll *bold* **strong**')).toEqual(['kl', 'bold', 'strong']);
    expect(tokenise('k**ll')[0]).toMatchObject({ start: 0, end: 5 });
  });

  it('joins letters spaced out with spaces, dots or dashes', () => {
    const tokens = tokenise('i will k i l l myself');
    expect(tokens.map((t) => t.text)).toEqual(['i', 'wil', 'kil', 'myself']);
    expect(tokens[2].kind).toBe('joined');
    expect(words('k.i.l.l, m-y-s-e-l-f')).toEqual(['kil', 'myself']);
    // A fully spaced phrase becomes one token; the matcher knows phrases written without spaces.
    expect(words('k i l l m y s e l f')).toEqual(['kilmyself']);
    expect(tokenise('k.i.l.l myself').map((t) => t.clause)).toEqual([0, 0]);
  });

  it('does not join ordinary one-letter words', () => {
    expect(words('i am a cat')).toEqual(['i', 'am', 'a', 'cat']);
  });

  it('reads meaningful emoji as words and laughing faces as "lol"', () => {
    expect(words('tonight 💊💊')).toEqual(['tonight', 'pils', 'pils']);
    // 💀 is read "skull", which no phrase reads alone ("I want to 💀 myself" is read, "dead 💀" is not).
    expect(words('dead 💀😂')).toEqual(['dead', 'skul', 'lol']);
    expect(words('ok 😭 fine')).toEqual(['ok', 'fine']);
  });

  it('reads a line broken mid-sentence, as chat is typed, as one sentence when asked to; any other line break ends it', () => {
    const phrases = (text: string) => tokenise(text, { joinBrokenLines: true }).map((t) => t.phrase);
    // Not asked: every line break ends a sentence.
    expect(tokenise('i want to\nend').map((t) => t.phrase)).toEqual([0, 0, 0, 1]);
    expect([hasBrokenLine('i want to\nend'), hasBrokenLine('ok.\nthen'), hasBrokenLine('ok\nThen')]).toEqual([true, false, false]);
    expect(phrases('i want to\nend\nit\nall')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(phrases('i took\r\nlike\r\n15')).toEqual([0, 0, 0, 0]);
    // A capital, a mark ending the line, a blank line or a quoted line: a new sentence.
    expect(phrases('ok\nThen')).toEqual([0, 1]);
    expect(phrases('ok.\nthen')).toEqual([0, 1]);
    expect(phrases('ok\n\nthen')).toEqual([0, 1]);
    const quoted = tokenise('> i want to die\nplease stay', { joinBrokenLines: true });
    expect(quoted.map((t) => [t.text, t.quoted, t.phrase])).toEqual([
      ['i', true, 0],
      ['want', true, 0],
      ['to', true, 0],
      ['die', true, 0],
      ['please', false, 1],
      ['stay', false, 1],
    ]);
  });

  it('reads each line as a piece of one sentence when asked to, with the full stop that ends it; a full stop inside a line still ends a sentence', () => {
    const pieces = (text: string) => tokenise(text, { linesAsPieces: true }).map((t) => [t.text, t.clause, t.phrase]);
    expect(pieces("Thank you.\nI'm sorry.\r\nBye")).toEqual([
      ['thank', 0, 0],
      ['you', 0, 0],
      ['im', 0, 1],
      ['sory', 0, 1],
      ['bye', 0, 2],
    ]);
    expect(pieces('Ok. Then\nbye')).toEqual([
      ['ok', 0, 0],
      ['then', 1, 1],
      ['bye', 1, 2],
    ]);
    // Not asked: the same lines are three sentences.
    expect(tokenise("Thank you.\nI'm sorry!\r\nBye").map((t) => t.clause)).toEqual([0, 0, 1, 1, 2]);
  });

  it('reads a line ended with "!" as a sentence of its own even as pieces: "I\'m done!" is relief, not a piece of a goodbye', () => {
    const clauses = (text: string) => tokenise(text, { linesAsPieces: true }).map((t) => t.clause);
    expect(clauses("I'm done!\nThanks everyone.\nBye")).toEqual([0, 0, 1, 1, 1]);
  });

  it('finds where each line ends in one pass: a mark is not followed to its line end again from every mark before it', () => {
    // "Sorry⏎" and then tens of thousands of marks: rescanning from each one took seconds (quadratic);
    // one pass takes milliseconds. The bound is generous, far from either.
    const text = `Sorry\n${'.!'.repeat(40000)}\nBye`;
    const start = performance.now();
    const tokens = tokenise(text, { linesAsPieces: true });
    const elapsed = performance.now() - start;
    expect(tokens.map((t) => t.text)).toEqual(['sory', 'bye']);
    expect(elapsed).toBeLessThan(1500);
  });

  it('numbers sentences and comma-delimited phrases', () => {
    const tokens = tokenise('I am fine, really. Not sad!Ok');
    expect(tokens.map((t) => [t.text, t.clause, t.phrase])).toEqual([
      ['i', 0, 0],
      ['am', 0, 0],
      ['fine', 0, 0],
      ['realy', 0, 1],
      ['not', 1, 2],
      ['sad', 1, 2],
      ['ok', 2, 3],
    ]);
  });

  it('keeps "5,000" one number but breaks at a comma between words or a list of numbers', () => {
    expect(tokenise('one of 5,000 people').map((t) => [t.text, t.phrase])).toEqual([
      ['one', 0],
      ['of', 0],
      ['5000', 0],
      ['people', 0],
    ]);
    expect(tokenise('took 3,4 pills').map((t) => t.phrase)).toEqual([0, 0, 1, 1]);
    expect(tokenise('1,2345').map((t) => t.text)).toEqual(['1', '2345']);
  });

  it('marks the tokens of sentences that end with a question mark', () => {
    const tokens = tokenise('Are you ok? I am here.');
    expect(tokens.map((t) => t.question)).toEqual([true, true, true, false, false, false]);
  });

  it('starts a new sentence after a dot with no space, as scraped posts often have', () => {
    expect(tokenise('so much pain.It sucks').map((t) => t.clause)).toEqual([0, 0, 0, 1, 1]);
  });

  it('reads words joined by dots with no space as words of one sentence', () => {
    // "I.WANT.TO.DIE" used to be four one-word sentences, so no phrase could match it.
    expect(tokenise('I.WANT.TO.DIE.').map((t) => [t.text, t.clause])).toEqual([
      ['i', 0],
      ['want', 0],
      ['to', 0],
      ['die', 0],
    ]);
    expect(tokenise('i.want.2.die').map((t) => [t.text, t.kind, t.clause])).toEqual([
      ['i', 'word', 0],
      ['want', 'word', 0],
      ['2', 'number', 0],
      ['die', 'word', 0],
    ]);
    // One dot with no space after it still ends a sentence; links stay links.
    expect(tokenise('so much pain.It sucks').map((t) => t.clause)).toEqual([0, 0, 0, 1, 1]);
    expect(tokenise('see docs.example.com now').map((t) => [t.text, t.kind])).toEqual([
      ['se', 'word'],
      ['docs', 'word'],
      ['url', 'url'],
      ['now', 'word'],
    ]);
  });

  it('reads a euro sign inside a word as "e", and leaves money alone', () => {
    expect(words('I hate mys€lf')).toEqual(['i', 'hate', 'myself']);
    expect(words('di€ €nd')).toEqual(['die', 'end']);
    expect(words('it cost 5€, or €20, € 5')).toEqual(['it', 'cost', '5', 'or', '20', '5']);
    const text = 'kill mys€lf';
    expect(tokenise(text).map((t) => text.slice(t.start, t.end))).toEqual(['kill', 'mys€lf']);
  });

  it('reads an ellipsis as a pause, not a sentence end', () => {
    expect(tokenise('I want to die... of happiness').map((t) => t.clause)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(tokenise('fine… really').map((t) => t.phrase)).toEqual([0, 0]);
  });

  it('keeps a dot between digits inside the sentence', () => {
    expect(tokenise('took 2.5 grams').map((t) => t.clause)).toEqual([0, 0, 0, 0]);
  });

  it('turns links into a single url token', () => {
    const tokens = tokenise('visit https://spam.example/x?a=1 or bit.ly/abc now');
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ['visit', 'word'],
      ['url', 'url'],
      ['or', 'word'],
      ['url', 'url'],
      ['now', 'word'],
    ]);
  });

  it('marks hashtags and skips mentions', () => {
    const tokens = tokenise('@someone #wanttodie');
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([['wantodie', 'hashtag']]);
  });

  it('marks quoted lines as quoted, including Reddit "&gt;" quotes', () => {
    const tokens = tokenise('> I want to die\nPlease stay');
    expect(tokens.filter((t) => t.quoted).map((t) => t.text)).toEqual(['i', 'want', 'to', 'die']);
    const scraped = tokenise('&gt; I want to die. Please stay with us.');
    expect(scraped.filter((t) => t.quoted).map((t) => t.text)).toEqual(['i', 'want', 'to', 'die']);
    expect(tokenise('a > b').some((t) => t.quoted)).toBe(false);
  });

  it('treats markdown link titles as quoted and a slash between words as a space', () => {
    const tokens = tokenise('listen to [Wish I Was Dead](https://x.example) now');
    expect(tokens.filter((t) => t.quoted).map((t) => t.text)).toEqual(['wish', 'i', 'was', 'dead']);
    expect(tokenise('depressed/suicidal').map((t) => t.phrase)).toEqual([0, 0]);
  });

  it('keeps the original offsets of every token', () => {
    const text = 'Héllo  KIIILL  me';
    const tokens = tokenise(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Héllo', 'KIIILL', 'me']);
    const emoji = 'ok 💊 now';
    expect(tokenise(emoji).map((t) => emoji.slice(t.start, t.end))).toEqual(['ok', '💊', 'now']);
  });

  it('handles empty and whitespace-only text', () => {
    expect(tokenise('')).toEqual([]);
    expect(tokenise('  \n ')).toEqual([]);
  });
});

describe('normalise', () => {
  it('gives the normalised text and maps ranges of it back to the original', () => {
    const original = 'I will   K.I.L.L myself tonite!!';
    const n = normalise(original);
    expect(n.text).toBe('i wil kil myself tonite');
    const at = n.text.indexOf('kil myself');
    const span = n.toOriginal(at, at + 'kil myself'.length);
    expect(original.slice(span.start, span.end)).toBe('K.I.L.L myself');
  });

  it('separates sentences with " . "', () => {
    expect(normalise('Bye. See you').text).toBe('bye . se you');
  });
});
