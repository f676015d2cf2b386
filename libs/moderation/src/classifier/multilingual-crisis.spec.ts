import { classify } from './classify';

/**
 * German, French, Spanish, Dutch, Italian and Portuguese crisis language as members write it
 * (chat spellings, no accents, the "ne" dropped, "'k", "gwn", "nn", "xke", "vc", "tô", "mds"),
 * each group beside everyday words that share its vocabulary. Every group lists phrasings the lexicon missed before, so each
 * test fails without those entries.
 */
interface Group {
  readonly name: string;
  readonly crisis: readonly string[];
  readonly benign: readonly string[];
}

function check(group: Group): void {
  const missed = group.crisis.filter((text) => !classify(text).crisis);
  const flagged = group.benign.filter((text) => classify(text).crisis);
  expect({ missed, flagged }).toEqual({ missed: [], flagged: [] });
}

const GERMAN: readonly Group[] = [
  {
    name: 'passive ideation',
    crisis: [
      'ich will nicht mehr',
      'Ich wünschte, ich wäre tot.',
      'ich möchte einfach nicht mehr aufwachen',
      'ich will einschlafen und nie wieder aufwachen',
      'ich hab keinen bock mehr zu leben',
      'ich habe keine lust mehr zu leben',
      'am liebsten wäre ich tot',
      'ich bin lebensmüde',
      'ich habe mir ein seil gekauft und will nicht mehr leben',
    ],
    benign: [
      'ich will nicht mehr warten',
      'ich will nicht mehr rauchen',
      'ich habe keine lust mehr auf die arbeit',
      'ich will nicht mehr hier sein, ich kündige morgen',
      'ich sterbe vor lachen',
      'ich bin todmüde',
    ],
  },
  {
    name: 'active ideation and intent',
    crisis: [
      'ich bring mich um',
      'heute nacht bring ich mich um',
      'ich werd mich umbringen',
      'ich will mich aufhängen',
      'ich will mich vor einen zug werfen',
      'ich will von der brücke springen',
      'ich möchte mir etwas antun',
      'ich will meinem leben ein ende setzen',
      'ich will selbstmord begehen',
      'ich hab selbstmordgedanken',
      'ich bin gerade sehr suizidal',
      'ich nehme mir heute das leben',
    ],
    benign: [
      'das bringt mich noch um',
      'der abwasch bringt mich um',
      'ich bringe mich um den schlaf mit dieser serie',
      'ich könnte mich erschießen, ich hab den schlüssel vergessen',
      'wir springen im sommer von der brücke in den see',
      'ich springe vom dach in den pool',
      'hör auf, du bist nicht allein, tu dir nichts an',
    ],
  },
  {
    name: 'method seeking',
    crisis: [
      'wie viele tabletten braucht man um zu sterben',
      'wie bringe ich mich am schnellsten um',
      'wie kann man schmerzlos sterben',
      'wie hoch ist die tödliche dosis paracetamol?',
    ],
    benign: ['die tödliche dosis von paracetamol steht im lehrbuch', 'wie viele tabletten darf ich am tag nehmen'],
  },
  {
    name: 'goodbyes',
    crisis: [
      'wenn ihr das lest, bin ich schon tot',
      'wenn ihr das lest bin ich nicht mehr da',
      'ich habe einen abschiedsbrief geschrieben',
      'bitte kümmert euch um meine katze wenn ich nicht mehr da bin',
      'tschüss für immer',
      'ich wollte mich nur von euch verabschieden, danke für alles',
    ],
    benign: [
      'danke für alles, bis morgen',
      'ich verabschiede mich in den urlaub, bis in zwei wochen',
      'wenn ihr das lest, bin ich schon im flieger nach mallorca',
      'ich habe einen abschiedsbrief an meine kollegen geschrieben, ich wechsle den job',
    ],
  },
  {
    name: 'an attempt under way',
    crisis: [
      'hab die tabletten schon genommen',
      'ich habe alle tabletten genommen',
      'ich hab grad die ganze packung geschluckt',
      'ich habe 30 tabletten geschluckt',
      'ich stehe gerade auf dem dach und will springen',
      'ich hab mir die pulsadern aufgeschnitten',
    ],
    benign: [
      'ich habe meine tabletten heute schon genommen',
      'ich hab die tabletten gegen die kopfschmerzen schon genommen',
      'ich habe 2 tabletten geschluckt',
      'ich stehe auf der brücke und warte auf dich',
    ],
  },
  {
    name: 'self-harm',
    crisis: [
      'ich hab mich wieder geritzt',
      'ich habe mich gestern wieder geschnitten',
      'ich hab wieder svv gemacht',
      'ich hab ritzdruck',
      'ich habe den drang mich zu ritzen',
      'ich hab mich verbrannt mit absicht',
    ],
    benign: ['ich schneide mich immer beim rasieren', 'ich habe mich gestern beim kochen geschnitten', 'ich schneide mir die haare selbst'],
  },
  {
    name: 'hopelessness and burden',
    crisis: [
      'ich halte das nicht mehr aus',
      'ich sehe keinen ausweg mehr',
      'es wird nie besser',
      'ohne mich wären alle besser dran',
      'niemand würde mich vermissen',
      'ich bin nur eine belastung für alle',
    ],
    benign: ['ich kann nicht mehr vor lachen', 'ich halte diese hitze nicht mehr aus', 'ich bin total fertig nach dem marathon'],
  },
];

const FRENCH: readonly Group[] = [
  {
    name: 'passive ideation',
    crisis: [
      "j'veux mourir",
      'je veux plus vivre',
      "j'ai pas envie de me réveiller demain",
      "je voudrais m'endormir et ne jamais me réveiller",
      'je préférerais être mort',
      "j'en ai marre de vivre",
      'chui fatigué de vivre',
      "la vie n'a plus de sens",
    ],
    benign: [
      'je veux plus de gâteau',
      'je ne veux plus vivre à paris',
      "j'ai plus envie de vivre ici, je déménage",
      'je meurs de rire',
      'je suis mort de fatigue',
    ],
  },
  {
    name: 'active ideation and intent',
    crisis: [
      "j'ai envie d'en finir",
      "je veux me foutre en l'air",
      "je vais me foutre en l'air",
      'je pense de plus en plus au suicide',
      "j'pense à me suicider",
      'je veux me pendre',
      'je veux me jeter sous un train',
      'je pense à sauter du pont',
      "je veux m'ouvrir les veines",
      'jvais me suicider',
      'ce soir je me tue',
      "ce soir j'en finis",
      "j'ai décidé d'en finir",
      'je me sens suicidaire',
    ],
    benign: [
      'ce devoir me tue',
      'cette chaleur me tue',
      'ma mère va me tuer si elle voit ça',
      'ce soir je me tue au travail',
      "je vais en finir avec lui, c'est fini entre nous",
      'je veux en finir avec ce projet',
      "je saute du pont dans la rivière chaque été",
      "j'ai envie de crever l'abcès avec lui",
    ],
  },
  {
    name: 'method seeking',
    crisis: [
      'combien de cachets pour mourir',
      'combien de doliprane faut-il prendre pour mourir',
      'comment se suicider sans douleur',
      'quelle est la façon la moins douloureuse de mourir',
      'dose létale de doliprane ?',
    ],
    benign: ['la dose mortelle de paracetamol est dans le cours de pharmaco', 'combien de doliprane par jour maximum'],
  },
  {
    name: 'goodbyes',
    crisis: [
      'je vous dis adieu',
      'quand vous lirez ce message je serai mort',
      'quand vous lirez ça je ne serai plus là',
      'prenez soin de mon chat quand je ne serai plus là',
      'merci pour tout et adieu',
      'je voulais vous dire au revoir pour toujours',
    ],
    benign: ['merci pour tout, à demain', 'adieu la pluie, bonjour le soleil', "quand vous lirez ce message je serai dans l'avion"],
  },
  {
    name: 'an attempt under way',
    crisis: [
      "j'ai avalé toute la boîte",
      "j'ai pris 30 comprimés",
      'je suis sur le toit et je vais sauter',
      'je me suis ouvert les veines',
      "j'ai pris trop de cachets",
    ],
    benign: ["j'ai pris mes cachets ce matin", "j'ai pris 2 comprimés pour la migraine", 'je suis sur le pont, je t\'attends'],
  },
  {
    name: 'self-harm',
    crisis: [
      'je me suis scarifiée hier',
      'je me suis encore scarifié',
      'je me suis coupée les bras',
      'je me mutile',
      'je me brûle avec des cigarettes',
      'je me fais mal exprès',
    ],
    benign: ['je me coupe les ongles', 'je me suis coupée en cuisinant', 'je me suis brûlée avec le four'],
  },
  {
    name: 'hopelessness and burden',
    crisis: ["j'en peux plus", 'je peux plus continuer', 'je supporte plus rien', 'personne ne me regretterait', 'ça ne s\'arrangera jamais'],
    benign: ["j'en peux plus de ce froid", "j'en peux plus de rire"],
  },
];

const SPANISH: readonly Group[] = [
  {
    name: 'passive ideation',
    crisis: [
      'quisiera estar muerta',
      'quiero dormir y no despertar nunca',
      'preferiria estar muerto',
      'seria mejor si me muriera',
      'quisiera no haber nacido',
      'para que seguir viviendo',
      'la vida no tiene sentido',
      'pienso mucho en la muerte',
    ],
    benign: [
      'no quiero vivir en esta ciudad',
      'no quiero estar aqui en esta fiesta',
      'he pensado en la muerte de mi abuelo',
      'me muero de risa',
      'me muero de ganas de verte',
    ],
  },
  {
    name: 'active ideation and intent',
    crisis: [
      'quiero ahorcarme',
      'me quiero ahorcar',
      'me quiero tirar de un puente',
      'me quiero cortar las venas',
      'quiero acabar con todo esto',
      'me quiero quitar la vida',
      'quiero pegarme un tiro',
      'esta noche me mato',
      'hoy me quito la vida',
      'me voy a colgar esta noche',
      'voy a acabar con todo esta noche',
      'lo voy a hacer esta noche, ya tengo las pastillas',
    ],
    benign: [
      'quiero acabar con todo el trabajo hoy',
      'voy a acabar con el proyecto esta noche',
      'me voy a colgar la mochila',
      'me mato estudiando para el examen',
      'este examen me esta matando',
      'lo voy a hacer esta noche, la tarea de mates',
    ],
  },
  {
    name: 'method seeking',
    crisis: [
      'cuantas pastillas necesito para morir',
      'cuántas pastillas de paracetamol son mortales',
      'cual es la forma menos dolorosa de morir',
      'como matarme sin dolor',
      'cual es la dosis letal de paracetamol?',
      'he juntado pastillas',
    ],
    benign: ['la dosis letal de paracetamol sale en el libro de farmacologia', 'tengo las pastillas para la tension'],
  },
  {
    name: 'goodbyes',
    crisis: [
      'cuando leas esto ya estare muerto',
      'cuando lean esto ya no estare',
      'cuiden a mi perro cuando ya no este',
      'esta es mi despedida',
      'les dejo una carta de despedida',
      'gracias por todo y adios',
    ],
    benign: [
      'gracias por todo, nos vemos mañana',
      'adios, nos vemos mañana',
      'cuando leas esto ya estare en el avion',
      'me despido de todos, me voy de vacaciones',
      'les deje una carta de despedida a mis compañeros',
    ],
  },
  {
    name: 'an attempt under way',
    crisis: [
      'me tomé todas las pastillas',
      'me he tomado 30 pastillas',
      'me tome toda la caja de paracetamol',
      'estoy en la azotea y voy a saltar',
      'me corté las venas',
      'me estoy desangrando',
    ],
    benign: ['me tome mis pastillas para la tension', 'me tome una pastilla para el dolor de cabeza', 'estoy en el puente esperandote'],
  },
  {
    name: 'self-harm',
    crisis: [
      'me corte los brazos',
      'me he cortado otra vez',
      'me hice cortes en las piernas',
      'me autolesione ayer',
      'me queme con un cigarro a proposito',
      'recai, me volvi a cortar',
    ],
    benign: ['me corto las uñas', 'me corté con un papel', 'me he cortado otra vez cocinando', 'me quemo con el sol en la playa'],
  },
  {
    name: 'hopelessness and burden',
    crisis: ['nada va a mejorar', 'nunca va a mejorar', 'solo soy un estorbo', 'no le encuentro sentido a la vida'],
    benign: ['ya no aguanto mas este calor', 'no puedo mas de la risa'],
  },
];

const DUTCH: readonly Group[] = [
  {
    name: 'passive ideation',
    crisis: [
      'ik wil niet meer',
      'ff eerlijk, ik wil echt niet meer',
      'ik wil er niet meer zijn',
      'ik wil niet meer leven',
      'ik wou dat ik dood was',
      'ik wou dat ik er niet meer was',
      'ik wil slapen en nooit meer wakker worden',
      'ik ben het leven zo moe',
      'ik heb geen zin meer in het leven',
    ],
    benign: [
      'ik wil niet meer werken bij die supermarkt',
      'ff eerlijk, ik wil echt niet meer naar die les',
      'ik wil niet meer in rotterdam leven, ik ga verhuizen',
      'ik wou dat ik op vakantie was',
      'ik heb geen zin meer in die cursus',
      'ik ga dood van het lachen',
      'ik lach me dood om dat filmpje',
      'ik ben doodmoe na die training',
    ],
  },
  {
    name: 'active ideation and intent',
    crisis: [
      'ik wil dood',
      'k wil gwn dood echt',
      'ik denk er steeds aan om zelfmoord te plegen',
      'ik heb weer zelfmoordgedachten',
      'ik ga mezelf van kant maken',
      'vanavond maak ik er een eind aan',
      'ik wil voor de trein springen',
      'ik wil van de brug springen',
      'ik wil mezelf iets aandoen',
    ],
    benign: [
      'mijn moeder vermoordt me als ze dit ziet',
      'ik maak er een eind aan met mijn vriend, het is uit',
      'vanavond maak ik een eind aan die serie, laatste aflevering',
      'we springen van de brug in het water, lekker verkoelend',
      'ik wil mezelf een nieuwe fiets cadeau doen',
      'je bent niet alleen, bel 113 als je aan zelfmoord denkt',
      'ik wil niet dood, ik ben gewoon moe',
      'ik heb nooit zelfmoordgedachten gehad gelukkig',
    ],
  },
  {
    name: 'method seeking, goodbyes and an attempt under way',
    crisis: [
      'hoeveel paracetamol heb je nodig om dood te gaan?',
      'dit is mijn laatste bericht. vaarwel allemaal',
      'als jullie dit lezen ben ik er niet meer',
      'ik heb een afscheidsbrief geschreven voor mn ouders',
      'zorg goed voor mijn kat als ik er niet meer ben',
      'ik heb net al mijn pillen ingenomen',
      'heb 40 paracetamol geslikt',
      'ik sta op het dak van de flat en ik ga springen',
    ],
    benign: [
      'hoeveel paracetamol mag je per dag nemen?',
      'dit is mijn laatste bericht voor de vakantie, tot over twee weken!',
      'als jullie dit lezen zit ik al in het vliegtuig naar spanje',
      'ik heb een afscheidsbrief geschreven voor mijn collega\'s, ik ga met pensioen',
      'zorg goed voor mijn kat als ik op vakantie ben',
      'ik heb mijn pillen vanochtend al ingenomen',
      'heb 2 paracetamol geslikt tegen de hoofdpijn',
      'ik sta op het dak van de flat, mooi uitzicht hier',
    ],
  },
  {
    name: 'self-harm, hopelessness and burden',
    crisis: [
      'ik heb mezelf weer gesneden',
      'heb vannacht weer gekrast',
      'ik heb zo\'n drang om te krassen',
      'iedereen is beter af zonder mij',
      'ik ben alleen maar een last voor iedereen',
      'niemand zou me missen',
      'ik zie het echt niet meer zitten, alles is zinloos',
    ],
    benign: [
      'ik heb me gesneden bij het koken, au',
      'vroeger kraste ik, maar ik ben nu al 3 jaar clean',
      'ik zie het niet meer zitten met die verbouwing, het duurt eeuwen',
      'ik kan niet meer van het lachen',
      'ik hou het niet meer vol met deze hitte',
      'ik wilde vroeger dood, nu gaat het veel beter met me',
    ],
  },
];

const ITALIAN: readonly Group[] = [
  {
    name: 'passive ideation',
    crisis: [
      'vorrei essere morta',
      'vorrei addormentarmi e non svegliarmi piu',
      'non voglio piu vivere',
      'sono stanca di vivere',
      'raga io nn voglio piu svegliarmi la mattina',
    ],
    benign: [
      'non voglio piu vivere a milano, mi trasferisco',
      'sono stanca di vivere con i miei, voglio una casa mia',
      'raga io nn voglio piu svegliarmi alle 6 per andare a lavoro',
      'non voglio morire, sono solo stanca',
      'anni fa volevo morire, ora sto molto meglio',
    ],
  },
  {
    name: 'active ideation and intent',
    crisis: [
      'voglio morire',
      'voglio farla finita',
      'nn ce la faccio piu voglio farla finita',
      'mi voglio ammazzare',
      'stasera mi ammazzo',
      'ho deciso, domani mi uccido',
      'penso sempre al suicidio',
      'ho pensieri suicidi tutti i giorni',
      'mi voglio buttare sotto un treno',
      'voglio buttarmi dal ponte',
      'voglio togliermi la vita',
    ],
    benign: [
      'muoio dal ridere',
      'sto morendo dal ridere ahahah',
      'questo caldo mi uccide',
      'mia madre mi ammazza se vede il voto',
      'voglio farla finita con questa storia, lo lascio',
      'voglio farla finita con le sigarette',
      'mi ammazzo di lavoro questa settimana',
      'stasera mi sparo tutta la serie',
      'mi voglio buttare sul divano e dormire',
      "d'estate ci buttiamo dal ponte nel fiume",
      'penso spesso al suicidio di mio zio, e successo dieci anni fa',
      'non ho mai avuto pensieri suicidi per fortuna',
    ],
  },
  {
    name: 'method seeking, goodbyes and an attempt under way',
    crisis: [
      'quante pillole servono per morire',
      'questo e il mio ultimo messaggio, addio a tutti',
      'quando leggerete questo saro gia morto',
      "ho scritto una lettera d'addio per mia madre",
      'prendetevi cura del mio gatto quando non ci saro piu',
      'ho preso tutte le pillole',
      'ho ingoiato 30 pastiglie di tachipirina',
      'sono sul tetto e sto per saltare',
    ],
    benign: [
      'quante pillole di tachipirina posso prendere al giorno?',
      'questo e il mio ultimo messaggio prima delle vacanze, ci sentiamo a settembre',
      'quando leggerete questo saro gia in aereo',
      "ho scritto una lettera d'addio ai colleghi, vado in pensione",
      'prendetevi cura del mio gatto mentre sono in vacanza',
      'ho preso le pillole per la pressione stamattina',
      'ho preso 2 tachipirine per il mal di testa',
      "sono sul tetto a sistemare l'antenna",
    ],
  },
  {
    name: 'self-harm, hopelessness and burden',
    crisis: [
      'mi sono tagliata di nuovo',
      'mi taglio le braccia ogni sera',
      'ho troppa voglia di tagliarmi',
      'mi faccio del male apposta',
      'sono solo un peso per tutti',
      'starebbero tutti meglio senza di me',
      'a nessuno mancherei',
      'la mia vita non ha piu senso',
    ],
    benign: [
      'mi taglio i capelli da sola',
      'mi sono tagliata col coltello mentre cucinavo',
      'da ragazza mi tagliavo, ma sono pulita da 4 anni',
      'nn ce la faccio piu con sto caldo',
      'non ne posso piu di questo traffico',
      'il tuo non e un peso, sei importante per tutti noi',
    ],
  },
];

const PORTUGUESE: readonly Group[] = [
  {
    name: 'passive ideation',
    crisis: [
      'nao quero mais viver',
      'já não quero viver',
      'queria estar morta',
      'queria dormir e nao acordar nunca mais',
      'to cansada de viver',
      'quero sumir pra sempre',
    ],
    benign: [
      'nao quero mais viver em sao paulo, vou me mudar',
      'já não quero viver com os meus pais',
      'to cansada de esperar esse onibus',
      'quero sumir por uns dias, preciso de ferias',
      'nao quero morrer, so to cansada',
      'anos atras eu queria morrer, hoje to bem melhor',
    ],
  },
  {
    name: 'active ideation and intent',
    crisis: [
      'quero morrer',
      'eu so quero morrer mds',
      'quero me matar',
      'vou me matar hoje a noite',
      'vou-me matar, já decidi',
      'estou a pensar em matar-me',
      'to pensando em me matar, nao aguento mais',
      'penso em suicidio todo dia',
      'tenho pensamentos suicidas',
      'vou pular da ponte',
      'quero me jogar na frente do metro',
      'quero dar um fim em tudo',
      'vou acabar com a minha vida',
    ],
    benign: [
      'morrendo de rir kkkkk',
      'morri de rir com esse video',
      'me mata de vergonha quando minha mae canta no mercado',
      'esse calor ta me matando',
      'minha mae vai me matar quando ver a nota',
      'me mato de estudar pra esse concurso',
      'vou me jogar na piscina, ta muito quente',
      'hoje vou me jogar na balada',
      'to pensando em me matricular na academia',
      'quero dar um fim nessa bagunça do quarto',
      'vou acabar com o namoro hoje',
      'nunca pensei em suicidio, graças a deus',
      'vc nao ta sozinha, se pensar em se matar liga pro cvv 188',
    ],
  },
  {
    name: 'method seeking, goodbyes and an attempt under way',
    crisis: [
      'quantos comprimidos precisa pra morrer',
      'essa é minha ultima mensagem. adeus pra sempre',
      'quando vcs lerem isso eu ja vou estar morto',
      'escrevi uma carta de despedida pra minha mae',
      'cuidem do meu cachorro quando eu nao estiver mais aqui',
      'tomei todos os remedios da caixa',
      'tomei 40 comprimidos',
      'to na ponte e vou pular',
    ],
    benign: [
      'quantos comprimidos de dipirona posso tomar por dia?',
      'essa é minha ultima mensagem antes das ferias, ate agosto',
      'quando vcs lerem isso eu ja vou estar no aviao',
      'escrevi uma carta de despedida pros colegas, vou mudar de emprego',
      'cuidem do meu cachorro enquanto eu viajo',
      'tomei meus remedios de pressao agora',
      'tomei 2 comprimidos pra dor de cabeça',
      'to na ponte te esperando',
    ],
  },
  {
    name: 'self-harm, hopelessness and burden',
    crisis: [
      'me cortei de novo',
      'cortei-me outra vez nos braços',
      'to com vontade de me cortar',
      'sou um peso pra todo mundo',
      'todo mundo estaria melhor sem mim',
      'ninguem ia sentir minha falta',
      'nao aguento mais viver assim',
    ],
    benign: [
      'me cortei fazendo comida, mds que dor',
      'vou cortar o cabelo amanha',
      'eu me cortava na adolescencia mas to limpa ha 3 anos',
      'nao aguento mais esse calor',
      'nao aguento mais de tanto rir',
      'sou um peso morto na academia kkk',
    ],
  },
];

describe.each([
  ['German', GERMAN],
  ['French', FRENCH],
  ['Spanish', SPANISH],
  ['Dutch', DUTCH],
  ['Italian', ITALIAN],
  ['Portuguese', PORTUGUESE],
])('classify: %s crisis language beside its everyday twins', (_language, groups) => {
  it.each(groups.map((group) => [group.name, group] as const))('%s', (_name, group) => {
    check(group);
  });
});

describe('classify: who and when in German, French and Spanish', () => {
  it('reads a wish not to live without "ich" from its subject', () => {
    expect(classify('ich habe mir ein seil gekauft und will nicht mehr leben').crisis).toBe(true);
    const friend = classify('meine schwester sagt, sie will nicht mehr leben. was soll ich tun?');
    expect(friend.categories).toContain('concern_for_other');
  });

  it('grades an attempt under way as imminent in each language', () => {
    for (const text of ['ich habe alle tabletten genommen', "j'ai avalé toute la boîte", 'me tomé todas las pastillas']) {
      expect(classify(text).risk).toBe('imminent');
    }
  });

  it('reads German "was" (something, what) as no past tense, and the English "was" still as one', () => {
    expect(classify('ich will mir was antun').crisis).toBe(true);
    expect(classify('ich habe Angst, dass ich mir was antue').crisis).toBe(true);
    expect(classify('was ist der schmerzloseste Weg zu sterben').risk).toBe('high');
    expect(classify('I was suicidal years ago but therapy helped').crisis).toBe(false);
  });

  it('reads "Ich wünschte, ich wäre tot" whole, across its comma, as the wish it is', () => {
    expect(classify('Ich wünschte, ich wäre tot').scores.suicidal_ideation).toBeGreaterThanOrEqual(0.8);
    expect(classify('ich wünsche mir, ich wäre nie geboren').scores.suicidal_ideation).toBeGreaterThanOrEqual(0.8);
    expect(classify('Ich wünschte, ich wäre am Strand').flagged).toBe(false);
  });

  it('keeps a German self-harm history in the past', () => {
    expect(classify('früher habe ich mich oft geritzt, seit zwei jahren nicht mehr').crisis).toBe(false);
    expect(classify('ich hab mich heute wieder geritzt').crisis).toBe(true);
  });
});

describe('classify: risk and persons in Dutch', () => {
  it.each([
    ['ik wil niet meer', 'low'],
    ['ik wil dood', 'moderate'],
    ['ik ga mezelf van kant maken', 'high'],
    ['vanavond maak ik er een eind aan', 'imminent'],
    ['ik heb net al mijn pillen ingenomen', 'imminent'],
    ['als jullie dit lezen ben ik er niet meer', 'high'],
    ['ik heb mezelf weer gesneden', 'moderate'],
  ])('"%s" is a %s crisis', (text, risk) => {
    const result = classify(text);
    expect({ crisis: result.crisis, risk: result.risk }).toEqual({ crisis: true, risk });
  });

  it('reads a friend or a brother as someone else, and "je" in Dutch as "you"', () => {
    for (const text of [
      'mijn vriendin zegt dat ze dood wil, wat moet ik doen',
      'mn broer zei dat hij zichzelf van kant wil maken. hoe kan ik hem helpen?',
    ]) {
      expect(classify(text).categories).toContain('concern_for_other');
    }
    expect(classify('als je dood wilt, bel 113. je bent niet alleen').crisis).toBe(false);
  });

  it('keeps the past and recovery in the past', () => {
    expect(classify('ik wilde vroeger dood, nu gaat het veel beter met me').crisis).toBe(false);
    expect(classify('ik heb vandaag weer gekrast').crisis).toBe(true);
  });
});

describe('classify: risk and persons in Italian', () => {
  it.each([
    ['vorrei essere morta', 'low'],
    ['voglio farla finita', 'moderate'],
    ['ho deciso, domani mi uccido', 'high'],
    ['stasera mi ammazzo', 'imminent'],
    ['ho preso tutte le pillole', 'imminent'],
    ['quando leggerete questo saro gia morto', 'high'],
    ['mi sono tagliata di nuovo', 'moderate'],
  ])('"%s" is a %s crisis', (text, risk) => {
    const result = classify(text);
    expect({ crisis: result.crisis, risk: result.risk }).toEqual({ crisis: true, risk });
  });

  it('reads a friend or a brother as someone else', () => {
    for (const text of ['la mia migliore amica dice che vuole morire, cosa faccio?', 'mio fratello vuole uccidersi, aiutatemi vi prego']) {
      expect(classify(text).categories).toContain('concern_for_other');
    }
    expect(classify('la mia ragazza vuole farla finita con me').crisis).toBe(false);
  });

  it('reads chat "nn" as "non" in Italian, but not the French elided "n\'"', () => {
    expect(classify('nn voglio morire, sono solo stanca').crisis).toBe(false);
    expect(classify('voglio morire').crisis).toBe(true);
    expect(classify("je n'ai plus envie de vivre").crisis).toBe(true);
  });

  it('keeps the past and recovery in the past', () => {
    expect(classify('anni fa volevo morire, ora sto molto meglio').crisis).toBe(false);
    expect(classify('da ragazza mi tagliavo, ma sono pulita da 4 anni').crisis).toBe(false);
    expect(classify('mi sono tagliata di nuovo stanotte').crisis).toBe(true);
  });
});

describe('classify: risk and persons in Portuguese', () => {
  it.each([
    ['nao quero mais viver', 'low'],
    ['quero me matar', 'moderate'],
    ['vou-me matar, já decidi', 'high'],
    ['vou me matar hoje a noite', 'imminent'],
    ['tomei todos os remedios da caixa', 'imminent'],
    ['escrevi uma carta de despedida pra minha mae', 'high'],
    ['me cortei de novo', 'moderate'],
  ])('"%s" is a %s crisis', (text, risk) => {
    const result = classify(text);
    expect({ crisis: result.crisis, risk: result.risk }).toEqual({ crisis: true, risk });
  });

  it('reads a friend or a brother as someone else', () => {
    for (const text of ['minha amiga disse que quer se matar, o que eu faço', 'meu irmao ta falando em suicidio, to desesperada']) {
      expect(classify(text).categories).toContain('concern_for_other');
    }
  });

  it('reads Brazilian chat "n" as "não"', () => {
    expect(classify('eu n quero morrer, so to cansada').crisis).toBe(false);
    expect(classify('eu quero morrer, to cansada').crisis).toBe(true);
  });

  it('keeps the past and recovery in the past', () => {
    expect(classify('anos atras eu queria morrer, hoje to bem melhor').crisis).toBe(false);
    expect(classify('eu me cortava na adolescencia mas to limpa ha 3 anos').crisis).toBe(false);
    expect(classify('me cortei de novo hoje').crisis).toBe(true);
  });
});
