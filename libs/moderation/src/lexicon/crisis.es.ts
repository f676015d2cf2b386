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
  // First-person verbs, so the writer's: "ya tengo las pastillas" ("ya" is also English "you").
  ...phrases('means_access', 0.75, ['(tengo|he juntado|guardando|guardo|junte|compre) (las|unas|una)? (pastillas|cuerda|pistola|soga)'], { about: 'self' }),
  ...phrases('plan', 0.8, ['(tomarme|tomarmelas|tomarlas|tomar) (todas|todas las pastillas|el frasco|todo el frasco|la caja)'], { about: 'self' }),
  ...phrases('timing_now', 0.6, ['(esta noche|hoy|ahora mismo|ahora)']),
  ...phrases('timing_soon', 0.5, ['(manana|este fin de semana)']),
  ...phrases('goodbye', 0.85, ['(esta es|este es) (mi)? (ultima|ultimo) (publicacion|mensaje|carta|post)', 'adios para siempre'], { about: 'self' }),
  ...phrases('goodbye', 0.6, ['adios a todos', '(mi)? ultimo mensaje']),
  ...phrases('goodbye', 0.6, ['cuando (ya)? no este'], { about: 'self', note: '"ya" is also English "you": the words say whose it is' }),
  ...phrases('attempt', 0.75, ['(intente|intento de|trate de) (suicidarme|matarme|suicidio|quitarme la vida)', 'me (intente|trate de) (suicidar|matar|quitar la vida)'], { about: 'self' }),
  // Wishing to be dead, said as people write it: "quisiera estar muerta", "dormir y no despertar".
  ...phrases('passive_ideation', 0.8, [
    '(quisiera|quiero|kiero|preferiria|prefiero|deseo|me gustaria) (estar)? (ya)? (muerto|muerta)',
    '(quiero|kiero|quisiera|me gustaria|ojala pudiera) (dormir|dormirme|acostarme) y (no)? (despertar|despertarme|volver a despertar) (nunca|jamas|mas)?',
    '(dormir|dormirme) para siempre',
    '(seria|estaria|estarian|estaria todo) mejor (si)? (me muriera|me muero|estuviera muerto|estuviera muerta|no existiera|no estuviera)',
    '(quisiera|ojala) no haber nacido',
    '(para que|pa que) seguir (viviendo|vivo|viva|aqui)',
    '(para que|pa que) vivir $',
    '(pienso|pensando|pienso mucho|he pensado) (mucho|todo el tiempo|constantemente|todos los dias|cada dia|a cada rato) en (la muerte|morir|morirme)',
    'en (la muerte|morir|morirme) (todo el tiempo|constantemente|todos los dias|cada dia|a cada rato)',
  ], { about: 'self' }),
  ...phrases('hopelessness', 0.55, [
    '(la|mi) vida (ya)? no tiene (sentido|ningun sentido)',
    'no le (encuentro|veo) (sentido|ningun sentido) a (la|mi) vida',
  ], { about: 'self' }),
  ...phrases('hopelessness', 0.5, ['nada (va a|nunca va a|jamas va a) (mejorar|cambiar|ir a mejor)', '(nunca|jamas) va a mejorar', 'no va a mejorar nunca'], { about: 'self' }),
  ...phrases('hopelessness', 0.45, ['no tengo (ningun)? futuro'], { about: 'self' }),
  ...phrases('burden', 0.6, ['(soy|solo soy|no soy mas que) un estorbo', 'solo estorbo'], { about: 'self' }),
  ...phrases('self_hate', 0.35, ['me odio', 'no valgo nada', 'soy (un|una) (inutil|fracaso|basura)'], { about: 'self' }),

  // Methods named with the clitic after ("quiero ahorcarme") or before ("me quiero ahorcar").
  ...phrases('active_ideation', 0.9, [
    '(quiero|kiero|quisiera|tengo ganas de|me dan ganas de|necesito|pienso en|estoy pensando en|he pensado en|sigo pensando en) (ahorcarme|colgarme|pegarme un tiro|darme un tiro|dispararme|envenenarme|cortarme las venas|abrirme las venas|ahogarme|tirarme (de|del|desde|por|al|a las|a la|a un|bajo) ~2 (puente|edificio|balcon|ventana|azotea|tren|vias|metro|acantilado|coche|carro|camion))',
    'me (quiero|kiero|dan ganas de) (ahorcar|pegar un tiro|dar un tiro|disparar|envenenar|cortar las venas|abrir las venas|quitar la vida|tirar (de|del|desde|por|al|a las|a la|a un|bajo) ~2 (puente|edificio|balcon|ventana|azotea|tren|vias|metro|acantilado|coche|carro|camion))',
    '(quiero|kiero|tengo ganas de|necesito) acabar con todo (esto)? (ya|de una vez)? $',
  ], { about: 'self' }),
  ...phrases('intent', 0.95, [
    'me voy a (ahorcar|pegar un tiro|dar un tiro|disparar|envenenar|cortar las venas|tirar (de|del|desde|por|al|a las|a la|a un|bajo) ~2 (puente|edificio|balcon|ventana|azotea|tren|vias|metro|acantilado|coche|carro|camion))',
    'voy a (ahorcarme|colgarme|pegarme un tiro|dispararme|envenenarme|cortarme las venas)',
    'me voy a colgar (esta noche|hoy|manana|ya|de una viga|del techo)? $',
    'voy a acabar con todo (esto)? (esta noche|hoy|manana|ya|de una vez)? $',
    '(esta noche|hoy|manana|ahora|ya) me (mato|suicido|quito la vida|ahorco|cuelgo)',
    'me (mato|suicido|quito la vida|ahorco) (esta noche|hoy|manana|ahora|ya)',
    'me suicido',
    '(he decidido|decidi|ya lo decidi) (quitarme la vida|ahorcarme|acabar con mi vida|morir|morirme)',
  ], { about: 'self' }),
  ...phrases('intent', 0.35, ['(lo voy a hacer|voy a hacerlo|lo hare) (esta noche|hoy|manana|ya)'], {
    about: 'self',
    note: 'a date or a job too: counts only beside the means or other signs',
  }),

  // Asking how, the lethal amount, a stash gathered.
  ...phrases('method_seeking', 0.9, [
    '(cuantas|cuantos) ~2 (pastillas|pastis|tabletas|capsulas|pildoras|somniferos|paracetamol|ibuprofeno|clonazepam|diazepam|alprazolam|rivotril) ~4 (para morir|para morirme|para matarme|para suicidarme|para no despertar|mortal|mortales|letal|letales)',
    'como (me puedo|puedo|se puede)? (matarme|suicidarme|suicidarse|matarse|ahorcarme|ahorcarse|quitarme la vida|quitarse la vida)',
    'como (me puedo|puedo|se puede)? (matar|suicidar|ahorcar) (sin dolor|rapido)',
    '(menos dolorosa|menos doloroso|indolora|indoloro|mas rapida|mas rapido|mas facil|mas segura|sin dolor) (de|para) (morir|morirme|matarme|suicidarme|suicidarse|matarse)',
  ], { about: 'self' }),
  ...phrases('method_seeking', 0.25, ['dosis (letal|mortal)'], {
    questionWeight: 0.9,
    note: 'asked, it is seeking; a pharmacology class names it too (kept under the decision floor)',
  }),
  ...phrases('plan', 0.8, [
    '(he juntado|junte|he acumulado|acumule|llevo juntando|estoy juntando|he ido juntando|voy juntando|he estado guardando|estoy guardando) ~2 (pastillas|pastis|medicamentos|tabletas|somniferos|pildoras)',
    'para (ahorcarme|matarme|suicidarme|colgarme|quitarme la vida|acabar con mi vida)',
  ], { about: 'self' }),
  ...phrases('means_access', 0.75, ['(he comprado|compre|consegui|he conseguido) (una|la|unas|las)? (cuerda|soga|pastillas|pistola|cuchillas|veneno)'], { about: 'self' }),

  // Goodbyes.
  ...phrases('goodbye', 0.85, [
    '(ya)? (estare|voy a estar) (muerto|muerta)',
    'me despido (para siempre|de este mundo|de la vida)',
    '(una|mi|la|mis|unas|les dejo una|les deje una) (carta|cartas|nota|notas) de (despedida|suicidio)',
  ], { about: 'self' }),
  ...phrases('goodbye', 0.7, ['(esta es|este es) mi (despedida|adios)'], { about: 'self' }),
  ...phrases('goodbye', 0.6, ['ya no (estare|voy a estar) (aqui|aca|vivo|viva|con ustedes|en este mundo|mas)?'], { about: 'self' }),
  ...phrases('goodbye', 0.4, ['cuando (leas|lean|leais|vean|veas) (esto|este mensaje)'], {
    about: 'self',
    note: 'a trip too: counts beside other signs',
  }),
  ...phrases('goodbye', 0.35, ['me despido de (todos|ustedes|vosotros)', '(perdonenme|perdonadme|perdon|lo siento) por todo'], { about: 'self' }),
  // Under the decision floor, so "gracias por todo, nos vemos mañana" is not a farewell with a date.
  ...phrases('goodbye', 0.25, ['gracias por todo'], { about: 'self' }),
  ...phrases('goodbye', 0.85, ['gracias por todo (y)? adios (para siempre)?'], { about: 'self' }),
  ...phrases('giving_away', 0.45, ['cuiden (a|de) (mi|mis) (perro|perra|gato|gata|hijos|hijas|plantas|mascotas|familia|mama|madre)'], { about: 'self' }),

  // An attempt under way.
  ...phrases('attempt_now', 0.85, [
    '(tome|trague|tomado|tragado) (todas|#num|muchas|demasiadas|un monton de) (las|mis)? (pastillas|pastis|tabletas|capsulas|somniferos|medicamentos|pildoras)',
    '(tome|trague|tomado|tragado) (toda la caja|todo el bote|todo el frasco|un bote entero|un frasco entero|una caja entera|la caja entera|el bote entero|el frasco entero)',
    'me (corte|he cortado|raje|he rajado|abri|he abierto) las venas',
    '(en|sobre) (el|la) (puente|azotea|tejado|cornisa|borde|barandilla) ~3 (saltar|me tiro|me voy a tirar)',
    'estoy (en|sobre|parado en|parada en|acostado en|acostada en|tirado en|tirada en) las vias',
  ], { about: 'self', minNumber: 10 }),
  ...phrases('attempt_now', 0.7, ['me estoy desangrando'], { about: 'self' }),
  ...phrases('attempt_now', 0.45, ['estoy (en|sobre) (el|la) (puente|azotea|tejado|cornisa)'], {
    about: 'self',
    note: 'also waiting for someone: counts beside other signs',
  }),
  ...phrases('attempt_now', 0.4, ['(no para de|no deja de) sangrar']),

  // Self-harm.
  ...phrases('self_harm', 0.8, [
    'me (corte|he cortado|raje|he rajado|hice cortes en) (los|el|las|la|mis) (brazos|brazo|munecas|muneca|piernas|pierna|muslos|muslo|panza|abdomen|piel)',
    '(me volvi a|he vuelto a|volvi a) (cortar|autolesionar|lastimar|quemar)',
    'me (he cortado|corte) (otra vez|de nuevo)',
    'me (hice|hago|he hecho) (cortes|heridas)',
    'me (autolesione|he autolesionado)',
    'me (queme|quemo|he quemado) ~3 (a proposito|aproposito|adrede|con (un|el|los)? (cigarro|cigarrillo|cigarros|cigarrillos|encendedor|mechero))',
    'me (golpeo|pego|lastimo|quemo) (a mi mismo|a mi misma|yo mismo|yo misma)',
  ], { about: 'self' }),

  // Someone else.
  ...phrases('active_ideation', 0.85, [
    'se (quiere|va a) (matar|suicidar|morir)',
    '(quiere|piensa en) (suicidarse|matarse|morir|morirse|quitarse la vida)',
  ], { about: 'other' }),
  ...phrases('self_harm', 0.7, ['(se corta|se autolesiona|se lastima)'], { about: 'other' }),

  // A probe of crisis as members write it in this language (labelled.probe-languages.jsonl),
  // each line beside its everyday twins in probe-languages.spec.ts.
  // Argentina and chat: "no doy mas", "tirarme abajo del tren".
  ...phrases('hopelessness', 0.45, ['(ya)? no doy (mas|para mas) $'], { about: 'self', note: 'also after a run: counts beside another sign' }),
  ...phrases('active_ideation', 0.9, ['(pienso|pensando|pense|he pensado|estoy pensando|sigo pensando|quiero|kiero) (en)? (tirarme|aventarme|lanzarme) (abajo|debajo) (del|de un|de una) (tren|metro|camion|colectivo|bondi|auto|coche|carro)'], { about: 'self' }),
  // A plan said in the present: "hoy en la noche me tomo todas las pastillas".
  ...phrases('plan', 0.45, ['(esta noche|hoy|hoy en la noche|en la noche|manana|ahora|ahorita) me (tomo|trago) (todas|todos) (las|los|mis)? (pastillas|pastis|tabletas|pildoras|medicamentos|remedios|somniferos)'], { about: 'self', note: 'also said of taking the day\'s medicines: counts beside another sign' }),
  ...phrases('means_access', 0.75, ['(ya)? (compre|he comprado|consegui|tengo) (el|un) (veneno|raticida|arma|revolver|cuchillo)'], { about: 'self' }),
  ...phrases('plan', 0.45, ['(lo|la) voy a (mezclar|tomar|echar) ~4 cuando (mis papas|mis padres|mi mama|mi papa|todos|mi familia) (se vayan|se duerman|no esten|esten dormidos)'], { about: 'self', note: 'a surprise cake too: counts beside the means' }),
  // Letters to each of the family, and an end with a day.
  ...phrases('goodbye', 0.4, ['(escribi|he escrito|deje|les deje) (las|unas|mis)? cartas (para|a) (mis|mi) (hermanos|hermanas|hijos|hijas|padres|papas|mama|papa|familia|amigos)'], { about: 'self', note: 'a birthday too: counts beside other signs' }),
  ...phrases('goodbye', 0.45, ['(manana|el lunes|el martes|el miercoles|el jueves|el viernes|el sabado|el domingo|esta noche|hoy) se (acaba|termina) todo $'], { about: 'self', note: 'an exam term too: counts beside other signs' }),
  // A rope kept, looked at each night (company for the means).
  ...phrases('plan', 0.45, ['(cada noche|todas las noches|cada dia|todos los dias) (la|lo) (miro|veo|toco)', '(ya)? se (donde|como|cuando) (lo voy a hacer|voy a hacerlo|lo hare)'], { about: 'self', note: 'counts beside the means' }),
  ...phrases('means_access', 0.75, ['tengo (una|la) (soga|cuerda|pistola) (en|debajo|bajo|guardada)'], { about: 'self' }),
  ...phrases('passive_ideation', 0.6, ['(la unica forma|la unica manera|lo unico) ~8 (es)? (desaparecer|morir|morirme) (para siempre)? $'], { about: 'self' }),
  // Ending one's life said in the present: "esta noche acabo con mi vida".
  ...phrases('intent', 0.95, ['acabo con mi vida (esta noche|hoy|manana|ya)? $'], { about: 'self' }),
];
