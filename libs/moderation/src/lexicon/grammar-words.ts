/**
 * Small closed word classes the classifier needs to read who is speaking about whom, and whether
 * a phrase is negated or in the past. Written as people spell them; normalised on load like
 * lexicon patterns (so "I'm" is the token "im" and "I'll" is "il").
 */

/** Words that mean the writer. */
export const SELF_WORDS = [
  'i', "i'm", 'im', "i've", 'ive', "i'd", 'id', "i'll", 'me', 'my', 'mine', 'myself', 'meself', 'mself',
  // es
  'yo', 'mi', 'mis', 'conmigo', 'matarme', 'suicidarme', 'morirme',
  // fr (elided "j'" and "m'" become "j" and "m")
  'je', 'j', 'moi', 'mon', 'ma', 'mes',
  // de
  'ich', 'mich', 'mir', 'mein', 'meine', 'meinen', 'meinem', 'meiner',
  // nl ("'k" is "ik"; "m'n" is split like a French elision and its "m" is already here)
  'ik', 'k', 'mij', 'mijn', 'mn', 'mezelf', 'mijzelf',
  // it ("mi" and "me" are above)
  'io', 'mio', 'mia', 'miei', 'mie',
  // pt
  'eu', 'mim', 'meu', 'minha', 'meus', 'minhas', 'comigo',
] as const;

/** Words that mean the person the writer addresses. */
export const YOU_WORDS = [
  'you', 'u', 'ya', 'ye', "you're", 'youre', 'your', 'yours', 'yourself', 'yourselves', 'urself', 'ur',
  "you've", 'youve', "you'd", 'youd', "you'll", 'yall', "y'all",
  // es
  'tu', 'te', 'ti', 'contigo', 'usted', 'vos', 'matarte', 'suicidarte',
  // fr
  'toi', 'ton', 'ta', 'tes', 'vous', 'votre', 't',
  // de
  'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'euch',
  // nl ("je" is French "I" as well: see DUTCH_YOU_WORDS)
  'jij', 'jou', 'jouw', 'jullie', 'jezelf',
  // it ("tu", "ti", "te" are above)
  'tuo', 'tua', 'tuoi', 'tue', 'voi',
  // pt
  'voce', 'vc', 'vcs', 'voces', 'teu', 'teus', 'tuas',
] as const;

/** Dutch words for "you" that are another person in French ("je"): read as "you" in Dutch text only. */
export const DUTCH_YOU_WORDS = ['je', 'jij', 'jou', 'jouw', 'jullie', 'jezelf'] as const;

/** Words that mean someone else: third-person pronouns and people the writer might know. */
export const OTHER_WORDS = [
  'he', 'she', 'they', 'him', 'her', 'them', 'his', 'hers', 'their', 'theirs', "he's", 'hes', "she's", 'shes',
  "they're", 'theyre', "she'll", "they'll", "she'd", "they'd", 'himself', 'herself', 'themselves', 'themself',
  'we', 'us', 'our', 'ourselves', "we're",
  'someone', 'somebody', 'anyone', 'anybody', 'everyone', 'everybody', 'people', 'person', 'nobody', 'others',
  'friend', 'friends', 'bestfriend', 'bff', 'bf', 'gf', 'mate', 'mates', 'buddy', 'pal', 'boyfriend', 'girlfriend', 'brother', 'sister', 'mom', 'mum',
  'mother', 'dad', 'father', 'parent', 'parents', 'son', 'daughter', 'kid', 'kids', 'child', 'children', 'husband',
  'wife', 'partner', 'cousin', 'roommate', 'flatmate', 'classmate', 'coworker', 'colleague', 'uncle', 'aunt',
  'grandma', 'grandpa', 'teen', 'teenager', 'teenagers', 'teens', 'student', 'students', 'man', 'woman', 'men',
  'women', 'guy', 'girl', 'boy', 'character', 'soldier', 'celebrity', 'patient', 'patients', 'victim', 'op',
  'adolescents', 'youth', 'veterans', 'actor', 'singer', 'author',
  // Small children, who swallow what is in reach: "my toddler swallowed 6 of my sleeping pills".
  'toddler', 'toddlers', 'baby', 'infant', 'newborn', 'niece', 'nephew', 'grandson', 'granddaughter', 'grandchild',
  'grandkid', 'grandkids',
  // es
  'ella', 'ellos', 'ellas', 'se', 'amigo', 'amiga', 'hermano', 'hermana', 'madre', 'padre', 'hijo', 'hija', 'novio',
  'novia', 'matarse', 'suicidarse',
  // fr ("s'" becomes "s")
  'elle', 'ils', 'elles', 'lui', 's', 'ami', 'amie', 'frere', 'soeur', 'pere', 'mere', 'fils', 'fille', 'copain',
  'copine',
  // de
  'er', 'sie', 'ihn', 'ihm', 'sich', 'freund', 'freundin', 'bruder', 'schwester', 'mutter', 'vater', 'sohn',
  'tochter',
  // nl
  'hij', 'zij', 'ze', 'hem', 'haar', 'zich', 'zichzelf', 'iemand', 'niemand', 'iedereen', 'vriend', 'vriendin',
  'broer', 'broertje', 'zus', 'zusje', 'moeder', 'vader', 'mama', 'papa', 'zoon', 'dochter', 'opa', 'oma',
  // it
  'lei', 'loro', 'nessuno', 'qualcuno', 'amico', 'fratello', 'sorella', 'mamma', 'figlio', 'figlia', 'ragazzo',
  'ragazza', 'fidanzato', 'fidanzata', 'marito', 'moglie',
  // pt
  'ele', 'ela', 'eles', 'elas', 'dele', 'dela', 'ninguem', 'alguem', 'irmao', 'irma', 'mae', 'pai', 'filho', 'filha',
  'namorado', 'namorada', 'esposa',
] as const;

/** Reflexives decide the person before any other word in a match ("you make me kill myself"). */
export const REFLEXIVE_WORDS = [
  'myself', 'meself', 'mself', 'yourself', 'yourselves', 'urself', 'himself', 'herself', 'themselves', 'themself',
  'ourselves',
  'mezelf', 'mijzelf', 'jezelf', 'zichzelf',
] as const;

/** Negators; "can't" is left out on purpose: "I can't go on" is not a negated crisis. */
export const NEGATORS = [
  'not', 'never', "don't", 'dont', "doesn't", 'doesnt', "didn't", 'didnt', "won't", 'wont', "wouldn't", 'wouldnt',
  "isn't", 'isnt', "aren't", 'arent', "wasn't", 'wasnt', "weren't", 'werent', 'no', 'nor', "shouldn't",
  'shouldnt', "haven't", 'havent', "hasn't", 'hasnt', "hadn't", 'hadnt', 'neither', 'nope', 'dnt', 'wouldn',
  // es
  'nunca', 'jamas', 'tampoco', 'ni',
  // fr: "ne"/"n'" always comes with "pas", "plus", "jamais"; only those are read, so "je n'ai
  // plus envie de vivre" keeps its meaning
  'pas', 'jamais', 'aucun', 'aucune',
  // de
  'nicht', 'nie', 'niemals', 'kein', 'keine', 'keinen',
  // nl ("nie" and "ni", Flemish and chat, are above)
  'niet', 'nooit', 'geen',
  // it
  'non', 'mai', 'nemmeno', 'neanche', 'neppure',
  // pt
  'nao', 'naum', 'nem', 'nenhum', 'nenhuma',
] as const;

/**
 * Chat negators that are also the French elided "n'" once squeezed: Italian "nn" (non) and
 * Brazilian "n" and "ñ" (não). Read as negators only in text that looks Italian or Portuguese and
 * not French (classifier/negation.ts), so "je n'ai plus envie de vivre" and Dutch "m'n" keep theirs.
 */
export const CHAT_NEGATORS = ['nn', 'n', 'ñ'] as const;

/**
 * Words that end the reach of a negation or of a subject looking back from a phrase: "I'm not
 * sad but I want to die", "I don't know why I want to die".
 */
export const SCOPE_BREAKERS = [
  'but', 'though', 'although', 'however', 'because', 'cause', 'cuz', 'why', 'how', 'if', 'when', 'whether',
  'what', 'unless', 'until', 'so', 'and', 'or', 'except', 'than',
  'pero', 'porque', 'si', 'mais', 'parce', 'aber', 'weil', 'wenn', 'ob', 'denn',
  'maar', 'omdat', 'waarom', 'als', 'wanneer', 'tenzij', 'dus', 'en',
  'perche', 'xke', 'xche', 'quando', 'invece', 'tuttavia',
  'mas', 'pq', 'porem', 'contudo',
] as const;

/** Verbs that introduce someone else's words: "she told me she wants to die". */
export const REPORTING_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'telling', 'texted', 'texts', 'wrote', 'writes', 'posted', 'posts',
  'messaged', 'called', 'calls', 'calling', 'saying', 'screamed', 'yelled', 'mentioned', 'admitted', 'confessed',
  'dijo', 'dice', 'dit', 'sagt', 'sagte', 'schrieb',
  'zei', 'zegt', 'zeiden', 'schreef', 'appte', 'vertelde', 'detto', 'scritto', 'scrive', 'disse', 'diz', 'falou',
  'escreveu', 'mandou',
] as const;

/** Verbs in the past tense that put a crisis phrase in the past ("I wanted to die"). */
export const PAST_VERBS = [
  'wanted', 'wished', 'tried', 'attempted', 'thought', 'felt', 'was', 'were', 'had', 'used', 'considered',
  'planned', 'hated', 'struggled', 'did', 'survived', 'went', 'became', 'got', 'once',
  // nl (not "wou": "ik wou dat ik dood was" is a wish now; not "werd", German "ich werd" is the future)
  'wilde', 'wilden', 'probeerde', 'geprobeerd', 'dacht', 'voelde', 'deed', 'sneed', 'kraste',
  // it
  'volevo', 'pensavo', 'ero', 'avevo', 'stavo', 'tagliavo', 'facevo', 'sentivo', 'tentato', 'provato',
  // pt ("queria" is left out: "queria morrer" is a wish now)
  'quis', 'tentei', 'pensei', 'pensava', 'era', 'estava', 'tive', 'cortava', 'sentia', 'fazia',
] as const;
