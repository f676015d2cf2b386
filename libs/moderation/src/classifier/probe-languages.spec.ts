import { decide } from '../policy';
import { classify } from './classify';

const crisisOf = (text: string) => classify(text).crisis;

/**
 * A probe of crisis in the six other languages (libs/moderation/data/labelled.probe-languages.jsonl),
 * written fresh and scored before any fix: 47 of 78 crisis texts read, 7 of 78 twins flagged.
 * Dialect and chat spellings, plans said in the present, a rope or letters told sideways, the
 * threat with its condition first, and recovery stories. Each line stands beside everyday twins
 * that share its words.
 */
describe('probe set: crisis in six languages', () => {
  it.each<[string, string[]]>([
    // German, Austrian and Swiss
    ['Ich pack das alles nicht mehr. Hab heute die ganzen Tabletten von meiner Mutter eingesteckt und wenn alle schlafen nehm ich die.', [
      'Ich pack das nicht mehr mit dem Umzug allein, wer hilft mir?',
      'Hab die Tabletten für Oma eingesteckt, damit sie sie im Urlaub hat.',
      'wenn alle schlafen nehm ich die Playstation',
    ]],
    ['I hob ka Kraft mehr, i wü nimma leben. Morgen fahr i auf die Brücke.', ['i wü nimma warten, wann kommt der Bus', 'Ich hab keine Lust mehr zum Lernen']],
    ['Das ist mein Abschied. Danke an alle hier, ihr wart die einzigen die zugehört haben. Passt auf euch auf.', ['Das ist mein Abschied aus dem Team, ab Montag bin ich in Rente.']],
    ['Ich hab mir einen Strick besorgt und er liegt im Keller. Ich weiss nicht wie lange ich noch warte.', [
      'Ich hab mir einen Strick für die Hängematte besorgt.',
      'Ich weiß schon, wo ich es mache: im Studio am Bahnhof.',
    ]],
    ['ich denk jeden tag dran mich vorn zug zu schmeißen, an der haltestelle wärs so einfach', []],
    ['wollte nur sagen dass ich heute nacht schluss mache. kümmert euch bitte um meinen kater', ['Ich hab ihm gesagt, dass ich heute mit ihm schluss mache.']],
    // Spanish, Argentine and Mexican
    ['Tengo una soga en el closet desde hace una semana. Cada noche la miro.', ['Tengo una soga en el garaje para el columpio.', 'Cada noche la miro dormir y me siento afortunada.']],
    ['boludo no doy mas, estoy pensando en tirarme abajo del tren mañana', ['no doy mas de hambre, vamos a comer']],
    ['ya compre el veneno para ratas, lo voy a mezclar con el refresco cuando mis papas se vayan', [
      'compré el veneno para las cucarachas',
      'lo voy a mezclar con la harina cuando mis papas se vayan, es una sorpresa',
    ]],
    ['ya escribi las cartas para mis hermanos, el viernes se acaba todo', ['escribí las cartas para mis hermanos, el viernes es su cumpleaños', 'el viernes se acaba todo, por fin vacaciones']],
    ['no le veo salida a esto, siento que la unica forma de que pare el dolor es desaparecer para siempre', ['la única forma de ganar es morir en el intento']],
    // French and Québécois
    ["jpp de cette vie, ce soir jvais tout avaler ce qui reste dans l'armoire à pharmacie", ['jpp de ce prof', 'je vais prendre tous mes médicaments ce soir comme prévu']],
    ["Chu pu capable. J'ai le goût de mourir, sérieux.", ["j'ai le goût de mourir de rire avec ce film", 'Depuis ma formation, je suis plus capable']],
    ["J'ai acheté une corde. Je sais où je vais le faire.", ['Je sais où je vais le faire, ce tatouage.']],
    ['je veux plus me reveiller le matin, a quoi ca sert', ['je veux plus me réveiller à 6h pour ce boulot']],
    ["j'ai écrit des lettres pour ma mère et ma soeur, demain ça sera fini", ["j'ai écrit des lettres pour ma grand-mère", 'le bac, demain ça sera fini']],
    ["Tabarnak j'en peux pu, j'vas me tirer une balle avec le fusil à mon père", ["j'en peux plus de ce froid"]],
    ['plus aucun espoir, je vois pas d autre issue que de disparaitre', ["je vois pas d'autre issue que de partir de cette boîte"]],
    // Italian
    ["Ho comprato una corda, è nell'armadio. Ci penso ogni notte.", ['ho trovato una corda per la tenda']],
    ['penso sempre di buttarmi dal ponte quando torno a casa', ['penso sempre di buttarmi in piscina appena arrivo al mare']],
    ['ho trovato la pistola di mio padre e stanotte la faccio finita', ['stasera la faccio finita con questa serie']],
    // Dutch and Flemish
    ['Ik heb een touw gekocht en weet al waar. Ik wacht alleen nog tot iedereen weg is.', ['Ik wacht tot iedereen weg is en dan ga ik stofzuigen.']],
    ['Ik denk elke dag aan voor de trein springen, het station is vlak bij mijn huis.', ['ik dacht aan de trein van zes uur']],
    ['Ik heb brieven geschreven voor mijn ouders. Morgen is het voorbij.', ['Ik heb brieven geschreven voor mijn oma.', 'Morgen is het voorbij, de examens!']],
    ['Soms hoop ik dat ik gewoon niet meer wakker word.', ['Ik hoop dat ik niet meer wakker word van die buren om zes uur.']],
    // Portuguese, Brazilian and European
    ['queria dormir e nunca mais acordar', ['queria dormir e não acordar cedo amanhã']],
    ['Comprei uma corda e já sei onde vou fazer.', ['já sei onde vou fazer a festa']],
    ['penso todo dia em me jogar da ponte, mds', ['penso todo dia em me jogar na piscina do clube']],
    ['Escrevi cartas para os meus filhos. Amanhã já não estarei cá.', ['Escrevi cartas para os meus filhos no Natal.', 'Amanhã já não estarei cá, vou viajar para o Porto.']],
  ])('%s is a crisis; its twins are not', (crisis, twins) => {
    expect(crisisOf(crisis)).toBe(true);
    for (const twin of twins) expect(crisisOf(twin)).toBe(false);
  });

  it.each<[string, string]>([
    ['ya no aguanto mas, hoy en la noche me tomo todas las pastillas de mi abuela', 'me tomo todas las pastillas que me recetaron, como dice el médico'],
    ['nn ce la faccio piu, stasera prendo tutte le pastiglie di mia madre', 'prendo tutte le pastiglie che mi ha dato il medico'],
    ['nao aguento mais, hj a noite vou tomar todos os remedios da minha mae', 'vou tomar todos os remédios que o médico passou'],
  ])('all the pills tonight, said in the present, is imminent: %s (taken as prescribed is nothing)', (crisis, everyday) => {
    expect(classify(crisis).risk).toBe('imminent');
    expect(crisisOf(everyday)).toBe(false);
  });

  it('reads "vannacht neem ik al die pillen" as a plan for tonight ("vannacht" with a verb in the present after it is tonight, as labelled: imminent); the morning pills are nothing', () => {
    const result = classify('ik zie het echt niet meer zitten, vannacht neem ik al die pillen die ik gespaard heb');
    expect(result.categories).toContain('plan');
    expect(result.risk).toBe('imminent');
    // Told in the past, "vannacht" is last night: self-harm then is not a plan for tonight.
    expect(classify('heb vannacht weer gekrast').risk).toBe('moderate');
    expect(crisisOf("'s ochtends neem ik mijn pillen")).toBe(false);
  });

  it.each<[string, string]>([
    ['Mon copain me frappe et si je le quitte il me tue.', 'si je quitte la soirée maintenant elle me tue'],
    ['Il mio ragazzo mi picchia e se lo lascio mi ammazza.', 'se lo lascio solo il cane mi distrugge casa'],
    ['Mijn vriend slaat me en hij zegt dat hij me vermoordt als ik weg ga.', 'Morgen is het voorbij, de examens!'],
    ['Meu namorado me bate e se eu for embora ele me mata.', 'se eu for embora cedo ela me mata kkkk'],
    ['Mein Mann schlägt mich. Wenn ich ihn verlasse, bringt er mich um.', 'Wenn ich sie verlasse, bringt sie mich um den Verstand.'],
    ['Mi esposo me dijo que si lo dejo me mata, y anoche me agarró del cuello.', 'si lo dejo sin terminar mi jefe me mata'],
    ['Mein Freund hat mich gestern gewürgt bis ich keine Luft mehr bekam und gesagt beim nächsten Mal bringt er mich um.', 'Beim nächsten Mal bringt er mich um den Schlaf mit seinem Schnarchen.'],
  ])('a threat to kill with its condition first is danger, high: %s (not: %s)', (danger, everyday) => {
    const result = classify(danger);
    expect(result.categories).toContain('danger_from_other');
    expect(result.risk).toBe('high');
    expect(crisisOf(everyday)).toBe(false);
  });

  it('choking told without who is danger only beside another sign of it', () => {
    expect(crisisOf('Mi hermanito me agarró del cuello jugando a la lucha jaja')).toBe(false);
  });

  it.each([
    'Hace años intenté suicidarme. Hoy llevo cinco años bien y quería compartirlo.',
    "Il y a trois ans j'ai fait une tentative de suicide. Aujourd'hui je vais mieux et je suis maman.",
    'Tien jaar geleden heb ik een zelfmoordpoging gedaan. Nu gaat het goed met me.',
    'Há cinco anos tentei me matar. Hoje estou bem e sou feliz.',
    'Vor drei Jahren habe ich versucht mich umzubringen. Heute geht es mir gut.',
  ])('a recovery story, its years spelled out, is not a crisis: %s', (text) => {
    expect(crisisOf(text)).toBe(false);
  });

  it('a past attempt does not make a time said now a crisis of today, in any language; the means still at hand do', () => {
    // No word of recovery: the attempt counts, low, as history; "today" does not raise it.
    expect(classify('Years ago I tried to kill myself. Today is Tuesday.').risk).toBe('low');
    expect(classify('Hace años intenté suicidarme. Hoy es martes.').risk).toBe('low');
    expect(crisisOf('Hace dos años intenté suicidarme. Hoy estoy bien.')).toBe(false);
    // An attempt last week is recent, whatever "today" says: still high.
    expect(classify('Me intenté suicidar la semana pasada y hoy estoy bien, gracias.').risk).toBe('high');
    // A wish said now beside the same history still reads as now, and so do the means kept.
    expect(classify('Years ago I tried to kill myself. Today I want to die again.').risk).toBe('high');
    expect(classify('Years ago I tried to kill myself. I still have the pills in my drawer.').risk).toBe('high');
    expect(classify('Há cinco anos tentei me matar. Ainda tenho os comprimidos guardados.').risk).toBe('high');
  });

  it.each([
    ['Mein letzter Beitrag hier vor dem Urlaub, bin zwei Wochen in Kroatien!', 'Mein letzter Beitrag. Danke für alles und lebt wohl.'],
    ['Mein letzter Beitrag für dieses Jahr, frohe Weihnachten!', 'Mein letzter Beitrag. Danke für alles und lebt wohl.'],
    ['Este es mi último mensaje del año, ¡feliz año nuevo a todos!', 'Este es mi último mensaje. Adiós para siempre.'],
    ['Mi último mensaje antes de las vacaciones, nos vemos en enero.', 'Este es mi último mensaje. Adiós para siempre.'],
  ])('a last post before a holiday or at the year’s end is not a goodbye: %s', (everyday, goodbye) => {
    expect(crisisOf(everyday)).toBe(false);
    expect(crisisOf(goodbye)).toBe(true);
  });

  it.each<[string, string]>([
    ['Meine Schwester hat mir geschrieben, dass sie nicht mehr leben will. Was soll ich tun?', 'Ich habe ihr geschrieben, dass ich nicht mehr leben will.'],
    ["Mon frère m'a dit qu'il voulait mourir, je ne sais pas quoi faire.", "Je lui ai dit que j'ai envie de mourir."],
    ['Mon frère veut mourir, je ne sais pas quoi faire.', 'Je veux mourir, je ne sais pas quoi faire.'],
  ])('someone else’s wish, told in a clause of its own, is worry for them: %s; the writer’s own is theirs: %s', (concern, own) => {
    expect(classify(concern).categories).toContain('concern_for_other');
    const mine = classify(own);
    expect(mine.categories).toContain('suicidal_ideation');
    expect(mine.categories).not.toContain('concern_for_other');
  });

  it.each([
    'Ya cené, ahora me tomo todos mis remedios y a dormir.',
    'Hoje vou tomar todos os remédios.',
    'Oggi prendo tutti i farmaci a stomaco pieno.',
    'Vanavond neem ik al mijn medicijnen wat later in.',
    "Je vais avaler tous mes médicaments avec un grand verre d'eau.",
    'Ich glaube, dass ich jetzt Schluss mache, gute Nacht alle!',
    'Nach 30 Jahren im Verein: Das ist mein Abschied.',
    'Hoy corrí 20 km, no doy más',
    'Ich mag nümme.',
    'Chu pu capable!',
    "jpp de ma vie j'ai encore oublié mes clés",
  ])('the everyday side of the new phrases (the day’s medicines, calling it a night, a club left, a run, a full plate, lost keys) is nothing alone: %s', (text) => {
    expect(crisisOf(text)).toBe(false);
  });

  it.each([
    'Esta noche acabo con mi vida.',
    'Heute Nacht beende ich mein Leben.',
    'Ich will mein Leben beenden.',
    'Ce soir je mets fin à mes jours.',
    'Hoje à noite eu acabo com a minha vida.',
    'Vanavond maak ik een einde aan mijn leven.',
    'Ik ga vanavond een einde aan mijn leven maken.',
  ])('ending one’s life said in the present is a crisis: %s', (text) => {
    expect(crisisOf(text)).toBe(true);
  });

  it('a laugh discounts saying one will kill oneself, as in English, but does not erase it', () => {
    expect(classify('tô cansada de tudo, vou me matar kkkk').crisis).toBe(true);
    expect(classify('me voy a matar jajaja').crisis).toBe(true);
    expect(classify("I'm going to kill myself lol").crisis).toBe(true);
  });

  it.each<[string, string]>([
    ['Ich bring dich um, wenn du das Mama verrätst 😂', 'Ich bring dich um, wenn du das Mama verrätst.'],
    ['Vou te matar se contar pra mãe kkkk', 'Vou te matar se contar pra mãe.'],
  ])('a sibling’s joke with a laugh is not hidden: %s; said plainly it is a threat', (joke, threat) => {
    expect(decide(classify(joke)).action).not.toBe('hide');
    expect(classify(threat).categories).toContain('threat');
  });

  it('"bring dich um" told to someone is still incitement', () => {
    expect(classify('du Versager, bring dich doch endlich um').categories).toContain('incitement');
  });
});
