import { phrases, type LexiconEntry } from './lexicon-entry';

/**
 * Spanish crisis language. Spanish drops the subject, so the verb form says who is meant:
 * "quiero morirme", "me voy a matar" are the writer (`about: 'self'`); "se quiere matar",
 * "quiere suicidarse" are someone else. Accents are optional: text is compared without them.
 */
export const CRISIS_ES: readonly LexiconEntry[] = [
  ...phrases('active_ideation', 0.9, [
    '(quiero|kiero|quisiera|deseo|tengo ganas de|me dan ganas de|necesito) (morir|morirme|matarme|suicidarme|quitarme la vida|acabar con mi vida|dejar de existir|desaparecer para siempre)',
    'me (quiero|kiero) (morir|matar|suicidar)',
    '(pienso|pensando|pense|he pensado|estoy pensando|pienso mucho|sigo pensando) en (suicidarme|matarme|quitarme la vida|el suicidio|morir|morirme|acabar con todo|acabar con mi vida)',
    '(pienso|pensando|pense|he pensado|estoy pensando|sigo pensando|quiero) (en)? (tirarme|lanzarme|aventarme) (de|del|desde|por|al|a las) ~2 (puente|edificio|balcon|ventana|azotea|tren|vias|metro|acantilado)',
    'ganas de (morir|morirme|matarme|suicidarme|desaparecer)',
  ], { about: 'self' }),
  ...phrases('intent', 0.95, [
    '(me voy a|voy a) (matar|suicidar|quitar la vida)',
    'voy a (matarme|suicidarme|quitarme la vida|acabar con mi vida|tirarme (de|del|por) ~2)',
    '(he decidido|decidi) (matarme|suicidarme|quitarme la vida|acabar con todo)',
  ], { about: 'self' }),
  ...phrases('suicidal_state', 0.9, ['(estoy|me siento|soy) suicida', '(tengo|tener|he tenido) (pensamientos|ideas) (suicidas|de muerte)'], { about: 'self' }),
  ...phrases('suicidal_state', 0.75, ['(pensamientos|ideas) suicidas', 'ideacion suicida'], { needsSubject: true }),
  ...phrases('passive_ideation', 0.8, [
    'no quiero (vivir|seguir viviendo|seguir|estar aqui|existir|despertar|despertarme)',
    'ojala (no despertar|no despertara|no despierte|me muriera|estuviera muerto|estuviera muerta|no existiera|no hubiera nacido)',
    'mejor (muerto|muerta)',
    'no vale la pena (vivir|seguir)',
    'no tengo (razon|razones|motivos|motivo) para (vivir|seguir)',
    'estoy (harto|harta|cansado|cansada) de (vivir|la vida|existir)',
    '(sin|no tengo|ya no tengo|perdi|perdí|pierdo|perdiendo|quedando sin|me quede sin|quedándome sin|quedandome sin) (las)? ganas de vivir',
  ], { about: 'self' }),
  ...phrases('hopelessness', 0.55, ['no (le)? veo (sentido|salida) (a la vida|a mi vida|a nada)?', '(ya)? no (puedo|aguanto) mas', 'no hay salida'], {
    about: 'self',
  }),
  ...phrases('hopelessness', 0.45, ['(sin|no tengo) esperanza', 'todo es (inutil|en vano)'], { about: 'self' }),
  ...phrases('burden', 0.75, ['(estarian|estaria|estarán) mejor sin mi'], { about: 'self' }),
  ...phrases('burden', 0.6, ['soy una carga', 'nadie me (extranaria|echaria de menos)'], { about: 'self' }),
  ...phrases('self_harm', 0.75, [
    '(me corto|cortarme|me cortaba|me lastimo|lastimarme|hacerme dano|me hago dano|autolesion|autolesiones|autolesionarme|me autolesiono|me autolesionaba|me quemo)',
  ], { about: 'self' }),
  ...phrases('means', 0.45, ['(pastillas|cuerda|pistola|puente|navaja|cuchillo|cuchilla|veneno|soga|edificio)']),
  ...phrases('means_access', 0.75, ['(tengo|he juntado|guardando|guardo|junte|compre) (las|unas|una)? (pastillas|cuerda|pistola|soga)']),
  ...phrases('plan', 0.8, ['(tomarme|tomarmelas|tomarlas|tomar) (todas|todas las pastillas|el frasco|todo el frasco|la caja)'], { about: 'self' }),
  ...phrases('timing_now', 0.6, ['(esta noche|hoy|ahora mismo|ahora)']),
  ...phrases('timing_soon', 0.5, ['(manana|este fin de semana)']),
  ...phrases('goodbye', 0.85, ['(esta es|este es) (mi)? (ultima|ultimo) (publicacion|mensaje|carta|post)', 'adios para siempre'], { about: 'self' }),
  ...phrases('goodbye', 0.6, ['adios a todos', '(mi)? ultimo mensaje', 'cuando (ya)? no este']),
  ...phrases('attempt', 0.75, ['(intente|intento de|trate de) (suicidarme|matarme|suicidio|quitarme la vida)'], { about: 'self' }),
  // Someone else.
  ...phrases('active_ideation', 0.85, [
    'se (quiere|va a) (matar|suicidar|morir)',
    '(quiere|piensa en) (suicidarse|matarse|morir|morirse|quitarse la vida)',
  ], { about: 'other' }),
  ...phrases('self_harm', 0.7, ['(se corta|se autolesiona|se lastima)'], { about: 'other' }),
];
