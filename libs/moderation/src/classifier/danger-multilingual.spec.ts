import { classify } from './classify';

/**
 * Danger from someone else in the other languages the classifier reads (lexicon/danger.multi.ts),
 * each beside an everyday twin that shares its words: a game won, or the hyperbole every language
 * has for a parent who will "kill" a child who is late.
 */
describe('danger from someone else, in Spanish, French, German, Dutch, Italian and Portuguese', () => {
  it.each<[string, string]>([
    ['Mi marido me pega cuando bebe y tengo miedo.', 'Mi marido me gana al ajedrez cuando bebe.'],
    ['Dice que me va a matar si lo dejo.', 'Mi madre me va a matar cuando vea las notas.'],
    ['Mon mari me frappe depuis des mois.', 'Mon père me bat aux échecs depuis des mois.'],
    ["Il a dit qu'il allait me tuer si je le quitte.", 'Ma mère va me tuer si je rentre tard.'],
    ['Mein Mann schlägt mich, wenn er getrunken hat.', 'Mein Vater schlägt mich beim Schach, wenn er getrunken hat.'],
    ['Er droht mich umzubringen, wenn ich ihn verlasse.', 'Meine Mutter bringt mich um, wenn ich zu spät komme.'],
    ['Mijn man slaat me als hij dronken is.', 'Mijn man verslaat me met schaken.'],
    ['Hij zei dat hij me gaat vermoorden, als ik hem verlaat.', 'Mijn moeder gaat me vermoorden als ik te laat ben.'],
    ['Mio marito mi picchia da anni.', 'Mio marito mi batte a carte da anni.'],
    ['Mi ammazza se lo lascio.', 'Mia madre mi ammazza se torno tardi.'],
    ['Meu marido me bate quando bebe.', 'Meu marido me ganha no xadrez quando bebe.'],
    ['Ele disse que vai me matar se eu o deixar.', 'Minha mãe vai me matar se eu chegar tarde.'],
  ])('%s is the writer\'s danger; its twin is nothing', (danger, twin) => {
    expect(classify(danger).categories).toEqual(['danger_from_other']);
    expect(classify(twin).flagged).toBe(false);
  });

  it.each([
    'Mi novio me pega su gripe',
    'Mi papá me pega una bronca',
    'Mi novio me pega en el FIFA',
    'Mon père me bat toujours aux cartes',
    'Mein Freund schlägt mich als Trauzeugen vor',
    'Er schlägt mich oft beim Tennis',
    'Mijn vader slaat me altijd met schaken',
    'Meu pai me bate no xadrez',
    'Elle va me tuer si je parle de la surprise',
    'Ele vai me matar se eu contar o final do filme',
    'Mia madre mi ammazza se lo lascio in disordine',
  ])('everyday "%s" is nothing', (text) => {
    expect(classify(text).flagged).toBe(false);
  });

  it('a threat told without its condition needs another sign, as in English', () => {
    expect(classify('Mon ex me menace de me tuer').flagged).toBe(false);
    expect(classify('Mi ex me dijo que me va a matar').flagged).toBe(false);
    expect(classify('Mi ex me dijo que me va a matar y mi novio me pega cuando bebe').categories).toEqual(['danger_from_other']);
    expect(classify('Mi ex me dijo que me va a matar y mi novio me pega cuando bebe').risk).toBe('high');
  });

  it.each(['Mein Mann hat gedroht, mich umzubringen', "Mon mari m'a frappée hier", 'Meu marido me bateu ontem', 'Mi marido me pegó anoche'])('"%s", told in the past, is the writer\'s danger', (text) => {
    expect(classify(text).categories).toEqual(['danger_from_other']);
  });
});
