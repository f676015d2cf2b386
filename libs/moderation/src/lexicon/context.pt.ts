import { phrases, type LexiconEntry } from './lexicon-entry';

/**
 * Portuguese context phrases; see context.en.ts for what each kind does. Brazilian laughter
 * "kkkk" is read as "lol" by the tokeniser (four k or more, before repeats are squeezed).
 */
export const CONTEXT_PT: readonly LexiconEntry[] = [
  ...phrases('figurative', 1, [
    // "morrendo de rir", "morta de cansaço", "morrer de vergonha".
    '(morrendo|morrer|morri|morro|morreu|morta|morto|mortinha|mortinho|morremos|morrendo) de (rir|fome|sede|sono|calor|frio|vergonha|saudade|saudades|tedio|medo|vontade|inveja|ciume|ciumes|cansaco|preguica|curiosidade|amor|dor|ansiedade|raiva|susto)',
    // "me mata de vergonha", "me mato de estudar", "ele se mata de rir".
    '(me|te|nos|se) (mata|matando|matou|matar|mato|matam) de (vergonha|rir|raiva|tedio|susto|medo|saudade|estudar|trabalhar|trabalho|estudo|ansiedade|treinar)',
    // "esse calor tá me matando", "minha mãe vai me matar quando ver a nota".
    '(ta|esta|vai|vao) me (matando|mata)',
    '(vai|vao|ia) me matar (quando|se|qnd|qdo)',
    // Brazilian "se jogar": going all out, at a party or onto the sofa.
    '(vou|vamos|vo|bora) (me|nos|se)? jogar (na|no|nas|nos) (piscina|sofa|cama|balada|festa|agua|mar|rio|praia|pista|night|role|carnaval|trabalho)',
    // A life somewhere, or with someone.
    'viver (em|no|na|nos|nas|com|aqui|la|sozinho|sozinha|junto|perto|longe)',
    // Hair and nails, kitchen cuts and burns.
    'cortar (o|meu|a|minha|as|minhas) (cabelo|franja|unha|unhas|barba)',
    '(cortei|queimei|machuquei|cortei me|queimei me) ~4 (fazendo comida|cozinhando|na cozinha|com a faca de cozinha|com papel|no forno|na panela|no ferro|fazendo a barba|picando)',
    // A farewell before the holidays, to colleagues; pills for blood pressure.
    'ultima mensagem ~2 (antes|ate) (das|da|do|de|o|a) (ferias|viagem|prova|provas|mudanca|casamento|natal|ano novo)',
    'carta de despedida (pros|pras|para os|para as|aos|as|pro|pra|para o|para a|ao) (colegas|turma|equipe|time|chefe|alunos|clientes|professores|pessoal|empresa)',
    '(remedios|comprimidos|pilulas|dipirona|paracetamol) (de|pra|para|contra) (a|o)? (pressao|dor|dor de cabeca|febre|gripe|alergia|colica|enxaqueca|tireoide|colesterol|dente)',
    // Ending a relationship or a game.
    'acabar com (o|a|esse|essa|este|esta|meu|minha|nosso|nossa|ele|ela|isso|voce|vc) (namoro|relacionamento|casamento|bagunca|festa|jogo|palhacada|brincadeira|amizade)?',
    '(nao|n) aguento mais (de)? (tanto)? (rir|risada)',
    'peso morto',
    // Not waking early: "queria dormir e não acordar cedo amanhã".
    '(nao|n) acordar (cedo|tarde|ate|antes|as|na hora|pra|para|amanha)',
    '(morrer|morrendo|morri|morro|morta|morto) de tanto',
    // Medicines taken as prescribed: "tomei todos os remédios que o médico passou".
    '(remedios|comprimidos|pilulas) (que o medico|que a medica|que o psiquiatra|que a psiquiatra|receitados|prescritos|certinho|direitinho|na hora certa)',
    '(suicidio|morte) (do|da|de) (meu|minha|um|uma)',
  ]),
  ...phrases('laughter', 1, ['(rsrs*|kakak*|ksks*|huehue*|hahah*)']),
  ...phrases('hyperbole', 1, [
    '(vou pedir demissao|pedi demissao|vou me mudar|vou mudar de emprego|mudar de cidade|vou largar o emprego)',
    '(esse|essa|com esse|com essa) (calor|frio|transito|fila|barulho|obra|chuva|trampo)',
  ]),
  ...phrases('negation_exception', 1, ['(nao|n) sei (porque|pq|por que|como|o que|oq|se|mais)?', '(nao|n) vejo a hora']),
  ...phrases('recent', 1, ['(hoje|hj|hoje a noite|essa noite|esta noite|hoje de manha|de novo|denovo|dnv|outra vez|agora ha pouco|agora pouco|mais uma vez)']),
  ...phrases('earlier', 1, ['(ontem|ontem a noite|anteontem|semana passada|mes passado|uns dias atras|alguns dias atras)', '(ha|faz) #num dias', '#num dias atras']),
  ...phrases('now', 1, ['(agora|atualmente|ultimamente|esses dias|ainda|hoje em dia|nesse momento|neste momento)']),
  ...phrases('past', 1, [
    '(anos atras|muito tempo atras|antigamente|no passado|uma vez|na adolescencia|no ensino medio|no colegio)',
    '#num anos atras',
    '(ha|faz) (muito tempo|anos|#num anos|uns anos|alguns anos|dois anos|tres anos|quatro anos|cinco anos|seis anos|sete anos|oito anos|nove anos|dez anos|muitos anos)',
    'quando (eu)? era (crianca|adolescente|mais novo|mais nova|pequeno|pequena|jovem|novinha|novinho)',
  ]),
  ...phrases('recovery', 1, [
    '(to|estou|tou) (bem melhor|melhor|otimo|otima|limpo|limpa|bem agora|bem $)',
    '(limpo|limpa) (ha|faz) #num',
    '(terapia|tratamento|psicologo|psicologa|remedios|psiquiatra) (me)? (ajudou|ajudaram|salvou|salvaram)',
    '(faco|fazendo|comecei) terapia',
    '(superei|sai dessa)',
    '(hoje|agora|hj) (eu)? (estou|to|tou) (bem|otimo|otima|feliz)',
    '(nao|n) me corto mais',
  ]),
  ...phrases('news', 1, [
    '(segundo|de acordo com) (um|uma|o|a|os|as) (estudo|pesquisa|relatorio|levantamento|dados|especialistas|oms|ibge)',
    '(taxa|taxas|numero|casos) de suicidio',
    '(o|um|uma|no|na|num|numa|do|da) (filme|serie|livro|novela|documentario|jornal|noticia|reportagem|personagem|protagonista)',
    'setembro amarelo',
  ]),
  ...phrases('supportive', 1, [
    '(vc|voce|tu) (nao|n) (ta|esta|estas) (sozinho|sozinha|so)',
    '(liga|ligue|ligar|chama|fala com|procura) (pro|para o|pra o|o|a)? (cvv|188|192|190|sns 24|112|samu|caps|um profissional|alguem|ajuda)',
    '(estamos|to|estou) aqui (pra|para|por) (vc|voce|ti)',
    '(vc|voce) (importa|e importante)',
  ]),
  ...phrases('concern', 1, [
    '(o que|oq|que) (eu)? (faco|fazer|devo fazer|posso fazer)',
    'como (eu)? (posso)? (ajudar|ajudo) (ela|ele)',
    '(to|estou|tou) (preocupado|preocupada|desesperado|desesperada|muito preocupado|muito preocupada|muito desesperada)',
  ]),
  ...phrases('relation', 1, [
    '(meu|minha) (amigo|amiga|melhor amigo|melhor amiga|irmao|irma|mae|pai|filho|filha|namorado|namorada|marido|esposa|mulher|primo|prima|tio|tia|avo|colega)',
  ]),
  ...phrases('reported_speech', 1, ['(me disse|me falou|me mandou|me escreveu)']),
];
