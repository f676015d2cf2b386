import { phrases, type LexiconEntry } from './lexicon-entry';

/** Spanish context phrases; see context.en.ts for what each kind does. */
export const CONTEXT_ES: readonly LexiconEntry[] = [
  ...phrases('figurative', 1, [
    '(me muero|muero|muerto|muerta|morir|morirme) de (risa|ganas|hambre|sueno|calor|frio|verguenza|amor|aburrimiento|cansancio)',
    '(me esta|me estan|me estas|me) (matando|mata|matan)',
    'me corto el (pelo|cabello)',
    'me corto (las|mis|el|la) (unas|uñas|flequillo|barba|puntas)',
    // Cut or burnt by accident.
    '(corte|cortado|cortada|queme|quemo|quemado|quemada) ~3 (cocinando|afeitandome|en la cocina|al cocinar|con (un|el|una|la) (papel|hoja|cuchillo de cocina|vidrio|horno|sarten|plancha)|con el sol|al sol|en la playa)',
    '(me mato|matarme) (estudiando|trabajando|entrenando|corriendo|en el (gym|gimnasio|trabajo)|a (trabajar|estudiar|entrenar))',
    // A place or a party one wants to leave, a heat one cannot stand, a laugh.
    'vivir (en (esta|este|esa|ese|la|el|mi|una|un) (ciudad|pais|casa|piso|barrio|pueblo|departamento|apartamento|depa|calle|zona|lugar)|con (mis padres|mi madre|mi padre|ellos|el|ella|mi ex|mis suegros))',
    'estar aqui en (esta|este|la|el) (fiesta|clase|reunion|oficina|ciudad|casa|pueblo|boda|evento|cola|fila)',
    '(aguanto|soporto) mas (este|esta|el|la) (calor|frio|ruido|trafico|lluvia|clase|jefe|jefa|dolor de cabeza|vecino|vecinos|profe|profesor)',
    '(puedo|aguanto|soporto) mas con (este|esta|el|la|tanto|tanta) (calor|frio|ruido|trafico|lluvia|clase|jefe|jefa|obra|examen|examenes|resaca|dolor de cabeza|vecino|vecinos|profe|profesor)',
    '(puedo|aguanto) mas de (la)? (risa|risas)',
    '(saltar|salto|tiro|tirarme|tirar) ~3 (al agua|a la piscina|al rio|al mar|al lago)',
    '(ultimo|ultima) (mensaje|publicacion|post) (del ano|de este ano|del mes|de la semana|antes de (las vacaciones|navidad|ano nuevo|irme de viaje|mi viaje|los examenes|la mudanza))',
    '(carta|cartas|nota) de despedida (a|para) (mis|los|las|mi) (companeros|compañeros|colegas|alumnos|jefe|equipo)',
  ]),
  ...phrases('hyperbole', 1, ['(renuncio|voy a renunciar|dejo el trabajo|me mudo|me voy a mudar|cambio de trabajo)']),
  ...phrases('recent', 1, ['(hoy|esta noche|esta manana|otra vez|de nuevo|ahora mismo|hace un rato)']),
  ...phrases('earlier', 1, ['(ayer|anoche|la semana pasada|el mes pasado|hace #num dias|hace unos dias)']),
  ...phrases('now', 1, ['(ahora|ultimamente|todavia|aun)']),
  ...phrases('negation_exception', 1, ['no se', 'no se por que']),
  ...phrases('past', 1, ['(antes|hace (anos|mucho|tiempo|#num anos|dos anos|tres anos|cuatro anos|cinco anos|seis anos|siete anos|ocho anos|nueve anos|diez anos|varios anos|unos anos|muchos anos)|(#num|dos|tres|cuatro|cinco|varios|unos) anos atras|cuando era (nino|nina|joven|adolescente|pequeno|pequena))']),
  ...phrases('recovery', 1, ['llevo ~3 (limpio|limpia|sin|bien|mejor|estable)', '(limpio|limpia) (desde hace|hace)', 'ya no me (corto|autolesiono)', '(hoy|ahora|ya|hoy en dia) (estoy|me siento|me encuentro) (bien|mejor|feliz|estable)']),
  ...phrases('news', 1, ['segun (el|un|la|una) (informe|estudio|encuesta)', 'problema de salud publica', '(tasa|tasas) de suicidio']),
  ...phrases('supportive', 1, ['(estamos|estoy) (aqui)? contigo', 'no estas solo', 'no estas sola', 'llama a (alguien|una linea)']),
  ...phrases('concern', 1, ['que (hago|puedo hacer|debo hacer)', 'como (la|lo|le) ayudo', 'estoy preocupad*']),
  ...phrases('relation', 1, ['mi (amigo|amiga|hermano|hermana|madre|padre|mama|papa|novio|novia|hijo|hija|pareja|esposo|esposa)']),
];
