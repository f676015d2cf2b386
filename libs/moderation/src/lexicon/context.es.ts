import { phrases, type LexiconEntry } from './lexicon-entry';

/** Spanish context phrases; see context.en.ts for what each kind does. */
export const CONTEXT_ES: readonly LexiconEntry[] = [
  ...phrases('figurative', 1, [
    '(me muero|muero|muerto|muerta|morir|morirme) de (risa|ganas|hambre|sueno|calor|frio|verguenza|amor|aburrimiento|cansancio)',
    '(me esta|me estan|me estas|me) (matando|mata|matan)',
    'me corto el (pelo|cabello)',
  ]),
  ...phrases('negation_exception', 1, ['no se', 'no se por que']),
  ...phrases('past', 1, ['(antes|hace (anos|mucho|tiempo|#num anos)|cuando era (nino|nina|joven|adolescente|pequeno|pequena))']),
  ...phrases('recovery', 1, ['llevo ~3 (limpio|limpia|sin)', '(limpio|limpia) (desde hace|hace)', 'ya no me (corto|autolesiono)']),
  ...phrases('news', 1, ['segun (el|un|la|una) (informe|estudio|encuesta)', 'problema de salud publica', '(tasa|tasas) de suicidio']),
  ...phrases('supportive', 1, ['(estamos|estoy) (aqui)? contigo', 'no estas solo', 'no estas sola', 'llama a (alguien|una linea)']),
  ...phrases('concern', 1, ['que (hago|puedo hacer|debo hacer)', 'como (la|lo|le) ayudo', 'estoy preocupad*']),
  ...phrases('relation', 1, ['mi (amigo|amiga|hermano|hermana|madre|padre|mama|papa|novio|novia|hijo|hija|pareja|esposo|esposa)']),
];
