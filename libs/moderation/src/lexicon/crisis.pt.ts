import { phrases, type LexiconEntry } from './lexicon-entry';

/**
 * Portuguese crisis language, Brazilian and European. Brazil puts the pronoun first ("quero me
 * matar", "vou me matar"), Portugal after, with a hyphen that reads as a space ("vou matar-me",
 * "cortei-me"), so both are listed. Accents are optional ("não" = "nao"), doubled letters are
 * squeezed ("morrer" = "morer"), and chat spellings are listed: "vc", "to"/"tô" (estou), "hj",
 * "pra", "n" (não, read as a negator in Portuguese text: see negation.ts), "mds".
 */
// Each alternative's first word is where a match is looked for: none starts with "to" or "me", the commonest English words these share.
const WANT = '(quero|eu quero|querendo|tenho vontade de|com vontade de|preciso|gostaria de|desejo|so penso em)';
const PLACE = '(ponte|predio|janela|viaduto|sacada|varanda|telhado|penhasco|trem|metro|onibus|caminhao|carro|comboio|linha|trilhos|terraco)';
const ACT =
  `(morrer|me matar|matar me|me suicidar|suicidar me|me enforcar|enforcar me|me envenenar|tirar (a)? minha (propria)? vida|acabar com (a)? minha vida|dar um fim em tudo|dar um fim na minha vida|por fim a minha vida|sumir (pra|para) sempre|desaparecer (pra|para) sempre|deixar de existir|nao existir mais|cortar (os|meus) pulsos|(me jogar|jogar me|me atirar|atirar me) (da|de|do|na frente do|na frente da|para a|pra|embaixo do|debaixo do|no|na|sob o) ~2 ${PLACE}|pular (da|de|do) ~2 ${PLACE})`;
const PILLS = '(remedios|comprimidos|pilulas|cartelas|cartela|rivotril|clonazepam|dipirona|paracetamol|fluoxetina|diazepam|gotas|calmantes|antidepressivos)';

export const CRISIS_PT: readonly LexiconEntry[] = [
  ...phrases('active_ideation', 0.9, [
    `${WANT} ${ACT}`,
    // "acabar com tudo" said alone; "vou acabar com tudo nessa prova" is acing an exam.
    `${WANT} acabar com tudo (isso)? (hoje|hj|agora|de vez|logo)? $`,
    `(penso|pensando|pensei|ando pensando|fico pensando|vivo pensando|estou a pensar|tou a pensar) (em|no|na|muito em|tanto em|sempre em) (suicidio|me matar|matar me|me suicidar|suicidar me|acabar com tudo|tirar minha vida|morrer|me enforcar|me jogar ~3 ${PLACE}|pular ~3 ${PLACE})`,
  ], { about: 'self' }),
  // "vontade de morrer": whose is read from the subject ("tenho vontade de morrer", "ela tem vontade de...").
  ...phrases('active_ideation', 0.9, ['vontade de (morrer|me matar|me suicidar|sumir pra sempre|acabar com tudo)']),
  ...phrases('intent', 0.95, [
    `(vou|eu vou|vo|vou me) ${ACT}`,
    '(vou|eu vou|vo) matar me',
    '(vou|eu vou|vo) acabar com tudo (isso)? (hoje|hj|essa noite|esta noite|agora|de vez|logo)? $',
    '(hoje|hj|essa noite|esta noite|hoje a noite|amanha|agora) (eu)? (me mato|mato me|me suicido|me enforco|acabo com tudo)',
    '(me mato|mato me|me suicido|me enforco|acabo com tudo) (hoje|hj|essa noite|esta noite|hoje a noite|amanha|agora)',
    '(ja decidi|eu decidi|decidi|ja ta decidido|ta decidido|esta decidido) ~3 (me matar|matar me|morrer|acabar com tudo|me suicidar|tirar minha vida)',
  ], { about: 'self' }),
  // "eu me mato" alone: strong, but also "se eu reprovar eu me mato".
  ...phrases('intent', 0.7, ['^ (eu)? (me mato|me suicido) $'], { about: 'self' }),
  ...phrases('suicidal_state', 0.9, [
    '(sou|to|estou|me sinto|ando|tou) ~2 suicida',
    '(tenho|tive|to tendo|estou tendo|ando tendo|estou a ter) ~2 (pensamentos suicidas|ideias suicidas|ideacao suicida|pensamentos de morte)',
  ], { about: 'self' }),
  ...phrases('suicidal_state', 0.75, ['(pensamentos suicidas|ideias suicidas|ideacao suicida)'], { needsSubject: true }),

  // Wanting to be dead: "não quero mais viver", "queria estar morta", "dormir e não acordar".
  ...phrases('passive_ideation', 0.8, [
    '(nao|n) quero (mais)? viver',
    // Brazilian "queria" is a wish now ("queria morrer"), not a past.
    '(eu)? (queria|preferia) (tanto)? (morrer|estar morto|estar morta|nao ter nascido|nunca ter nascido|nao existir|deixar de existir)',
    '(quero|prefiro|gostaria de) estar (morto|morta)',
    '(queria|quero|gostaria de) (dormir|deitar|apagar) e (nao|n) (acordar|acordar mais) (nunca|nunca mais|mais)?',
    '(dormir|apagar) (pra|para) sempre',
    '(to|estou|ando|tou|tô) (cansado|cansada|exausto|exausta) de (viver|existir|lutar|estar vivo|estar viva)',
    '(cansei|desisti) de (viver|existir|lutar)',
    '(nao|n) (tenho|vejo) (mais)? (motivo|motivos|razao|razoes) (pra|para) (viver|continuar|continuar vivendo|seguir)',
  ], { about: 'self' }),
  ...phrases('passive_ideation', 0.4, ['(quero|queria) (so)? sumir $'], {
    about: 'self',
    note: 'also said of an awkward moment ("quero sumir do mapa"): counts beside other signs',
  }),

  // Hopelessness and being a burden.
  ...phrases('hopelessness', 0.55, [
    '(nao|n) aguento mais $',
    '(nao|n) aguento mais (viver|essa vida|minha vida|isso|nada|tudo|ficar viva|ficar vivo|continuar|existir)',
    'vida (nao|n) (tem|faz) (mais)? (sentido|nenhum sentido) $',
    '(nada|nd) (mais)? faz sentido',
    '(nao|n) vejo (mais)? (saida|sentido|futuro) (em nada|na vida|pra mim)?',
    '(nao|n) (tem|ha) (mais)? saida',
    '(nunca|nada) vai melhorar',
  ], { about: 'self' }),
  ...phrases('burden', 0.75, ['(todo mundo|toda a gente|todos|eles|minha familia|meus pais) (estaria|estariam|ficaria|ficariam|vai ficar|iam ficar|ia ficar|vao ficar) (bem|muito)? melhor sem mim'], { about: 'self' }),
  ...phrases('burden', 0.6, [
    '(sou|eu sou|so sou) (um|uma) (peso|fardo|estorvo) (pra|para|para a) (todo mundo|todos|minha familia|voces|vcs|meus pais|toda a gente|todas)? $',
    '(ninguem|ngm|nenhuma pessoa) (ia|iria|vai|vai sentir|sentiria) (sentir)? (minha|a minha) falta (se eu (morresse|sumisse|fosse embora|nao estivesse aqui|me matasse))? $',
  ], { about: 'self' }),
  ...phrases('self_hate', 0.35, ['(eu)? me odeio', '(nao|n) valho nada', 'sou (um|uma) (lixo|fracasso|inutil)'], { about: 'self' }),

  // Self-harm.
  ...phrases('self_harm', 0.75, [
    'me (cortei|cortando|corto|machuquei|machucando|machuco|queimei|queimo|mutilei|mutilo|arranhei|arranho) (de novo|outra vez|denovo|dnv|todo dia|todos os dias|toda noite|de proposito|nos bracos|no braco|nas pernas|na coxa|nas coxas|nos pulsos|no pulso|na barriga)',
    '(cortei|queimei|mutilei|machuquei) me (de novo|outra vez|nos bracos|no braco|nos pulsos|nas pernas|de proposito)',
    '(voltei a|recomecei a|comecei a|voltei a me) (me)? (cortar|machucar|queimar|mutilar|cortar me)',
    '(me automutilo|me automutilei|me autolesiono|me autolesionei)',
  ], { about: 'self' }),
  ...phrases('self_harm', 0.8, ['(automutilacao|autolesao|auto lesao|autoflagelacao)'], { needsSubject: true }),
  ...phrases('self_harm_urge', 0.8, ['(vontade|necessidade|impulso) ~2 de (me)? (cortar|machucar|queimar|ferir|mutilar) (me)?'], { about: 'self' }),

  // Means, timing, a stash.
  ...phrases('means', 0.45, [`(${PILLS}|corda|ponte|arma|revolver|faca|lamina|gilete|veneno|trilhos|trem|comboio)`]),
  ...phrases('means_access', 0.75, [`(comprei|consegui|tenho|juntei|guardei|escondi|ja tenho) (uma|a|as|os|uns|umas|meus|minhas)? (corda|${PILLS}|arma|revolver|veneno|laminas|giletes)`]),
  ...phrases('plan', 0.45, [`(juntando|guardando|acumulando|juntei|guardei|acumulei|escondendo|escondi) ~2 ${PILLS}`], {
    about: 'self',
    note: 'a stash; also a trip, so it needs company',
  }),
  ...phrases('timing_now', 0.6, ['(hoje a noite|essa noite|esta noite|hoje|hj|agora|agora mesmo|daqui a pouco)']),
  ...phrases('timing_soon', 0.5, ['(amanha|esse fim de semana|este fim de semana|semana que vem)']),

  // Asking how.
  ...phrases('method_seeking', 0.9, [
    `(quantos|quantas) ~2 ${PILLS} ~4 (pra morrer|para morrer|pra me matar|para me matar|mata|matam|letal|letais|fatal|pra nao acordar|para nao acordar|pra acabar com tudo)`,
    '(qual|qual e|qual a) (a)? (forma|maneira|jeito|metodo) (menos dolorosa|menos doloroso|mais rapida|mais rapido|mais facil|indolor|mais segura|sem dor) (de|pra|para) (morrer|se matar|me matar|suicidio|se suicidar|me suicidar|matar me)',
    'como (me|se)? (matar|suicidar|enforcar) (sem dor|rapido|sem sofrer)',
    'como (eu)? (posso|faco pra|faco para|consigo) (me matar|morrer|me suicidar|matar me)',
  ], { about: 'self' }),
  ...phrases('method_seeking', 0.25, ['dose (letal|fatal)'], {
    questionWeight: 0.9,
    note: 'asked, it is seeking; a pharmacology class names it too (kept under the decision floor)',
  }),

  // Goodbyes.
  ...phrases('goodbye', 0.85, [
    '(essa|esta) (e|eh)? (a)? minha ultima (mensagem|postagem|publicacao)',
    'adeus (pra sempre|para sempre|mundo|a vida)',
    '(quando|qdo|qnd) (vcs|voces|vc|voce|tu) (lerem|ler|verem|virem) (isso|isto|essa mensagem|esta mensagem)? ~2 (eu)? (ja)? (vou estar|estarei|estou|vou ta) (morto|morta)',
    '(escrevi|deixei|escrevendo|estou a escrever|ja escrevi) ~2 (uma|a|minha|umas|as|minhas)? (carta|cartas|bilhete|bilhetes) de (despedida|suicidio)',
    '(minha|uma) carta de suicidio',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.6, [
    '(quando|depois que|assim que) (eu)? (nao|n) (estiver|tiver) mais (aqui|viva|vivo|entre voces|nesse mundo)',
    '(nao|n) vou (mais)? estar (mais)? (aqui|viva|vivo) (amanha|por muito tempo)?',
  ], { about: 'self' }),
  // "adeus gente, vou dormir": a goodnight too, so each counts beside other signs.
  ...phrases('goodbye', 0.45, ['adeus (a todos|gente|pessoal|galera)'], { about: 'self' }),
  ...phrases('goodbye', 0.3, ['adeus'], { about: 'self' }),
  ...phrases('goodbye', 0.4, ['(quando|qdo|qnd) (vcs|voces|vc|voce|tu) (lerem|ler) (isso|isto|essa mensagem|esta mensagem)'], {
    about: 'self',
    note: 'a trip too ("já vou estar no avião"): counts beside other signs',
  }),
  ...phrases('goodbye', 0.35, ['(me perdoem|desculpa|desculpem|perdao) (por tudo)', 'me perdoem'], { about: 'self' }),
  // Under the decision floor, so "obrigada por tudo, até amanhã" is not a farewell with a date.
  ...phrases('goodbye', 0.25, ['(obrigado|obrigada|obg|brigado|brigada) por tudo', 'amo (vcs|voces|todos vcs|todos voces)'], { about: 'self' }),
  ...phrases('goodbye', 0.85, ['(obrigado|obrigada|obg|brigado|brigada) por tudo , (e)? adeus'], { about: 'self' }),
  ...phrases('giving_away', 0.45, ['(cuidem|cuida|cuidem bem|cuide|tomem conta|toma conta) (do meu|da minha|dos meus|das minhas|de meu|de minha) (cachorro|cachorra|gato|gata|gatos|cachorros|filhos|filho|filha|plantas|familia|mae|cao|peixe|dog)'], { about: 'self' }),

  // An attempt under way.
  ...phrases('attempt_now', 0.85, [
    `(tomei|engoli|tomei todos|tomei todas) (todos|todas|#num|um monte de|uma cartela|a cartela|a caixa|uma caixa|o frasco|um frasco|varios|varias|muitos|muitas) ~3 (${PILLS}|caixa|frasco)`,
    `(to|estou|tou) (na|em cima da|no|em cima do|no alto do|no topo do) ${PLACE} ~4 (pular|vou pular|me jogar|vou me jogar|saltar|atirar me|vou atirar me)`,
    '(cortei|abri) (os|meus) pulsos',
    '(to|estou|tou) (nos|em cima dos|deitado nos|deitada nos|na) (trilhos|linha do comboio|linha do trem)',
  ], { about: 'self', minNumber: 10 }),
  ...phrases('attempt_now', 0.45, ['(to|estou|tou) (na|em cima da|no|em cima do|no alto do) (ponte|predio|telhado|viaduto|sacada|penhasco)'], {
    about: 'self',
    note: 'also waiting for someone: counts beside other signs',
  }),
  ...phrases('attempt', 0.75, ['(tentei|ja tentei) (me matar|matar me|suicidio|me suicidar|suicidar me|tirar minha vida|acabar com (a)? minha vida|me enforcar)'], { about: 'self' }),
  ...phrases('attempt', 0.7, ['tentativa de suicidio'], { needsSubject: true }),

  // Someone else.
  ...phrases('active_ideation', 0.85, [
    '(quer|ta querendo|vai|pensa em|ta pensando em|ta falando em|fala em|falando em|falou em|fala de|falando de) (se matar|se suicidar|suicidio|morrer|tirar a propria vida|acabar com a vida (dela|dele))',
  ], { about: 'other' }),
  ...phrases('self_harm', 0.7, ['se (corta|machuca|mutila|automutila|cortando|machucando)'], { about: 'other' }),

  // A probe of crisis as members write it in this language (labelled.probe-languages.jsonl),
  // each line beside its everyday twins in probe-languages.spec.ts.
  ...phrases('passive_ideation', 0.8, ['(dormir|deitar) e (nunca mais|jamais) acordar', '(dormir|deitar) e (nao|não) acordar (mais)? $'], { about: 'self' }),
  ...phrases('active_ideation', 0.9, ['(penso|pensando|pensei) (todo dia|todos os dias|sempre|muito)? em me (jogar|atirar) (da|de uma|de um|do|na frente do|na frente de um|embaixo do) (ponte|predio|prédio|janela|viaduto|trem|metro|carro|onibus)'], { about: 'self' }),
  ...phrases('plan', 0.45, ['(hoje|hj|hoje a noite|hj a noite|essa noite|esta noite|amanha|amanhã|agora) (eu)? vou tomar (todos|todas) (os|as|meus|minhas)? (remedios|remédios|comprimidos|pilulas|pílulas|medicamentos|calmantes)'], { about: 'self', note: 'also said of taking the day\'s medicines: counts beside another sign' }),
  ...phrases('plan', 0.45, ['(ja)? sei (onde|quando|como) vou fazer'], { about: 'self', note: 'counts beside the means' }),
  ...phrases('goodbye', 0.4, ['(escrevi|deixei) cartas (para|pros|pras|aos|as) (os|as)? (meus|minhas)'], { about: 'self', note: 'a birthday too: counts beside other signs' }),
  ...phrases('goodbye', 0.45, ['(amanha|amanhã|hoje|logo) (ja)? (nao|não) (estarei|vou estar) (ca|cá|aqui)'], { about: 'self', note: 'a trip too: counts beside other signs' }),
  // Ending one's life said in the present: "hoje à noite eu acabo com a minha vida".
  ...phrases('intent', 0.95, ['(eu)? acabo com (a minha|minha) vida (hoje|hj|hoje a noite|essa noite|amanha|amanhã)? $'], { about: 'self' }),
];
