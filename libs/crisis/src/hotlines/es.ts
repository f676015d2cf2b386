import type { RegionHotlineData } from './hotline-entry';

/**
 * Spain. Checked on 2026-12-06 against stored copies of public pages (no live web); each entry
 * lists the pages that state what it says.
 *
 * Emergency: 112, the number the 024 line itself hands urgent calls on to:
 * https://www.elnacional.cat/es/sociedad/telefono-024-detecta-585-suicidios-curso-primeros-meses-funcionamiento_852759_102.html,
 * https://feuerwehr-gronau.de/?p=5031 (112 in Spain among other EU countries)
 */
export const ES_HOTLINES: RegionHotlineData = {
  region: 'ES',
  emergencyNumber: '112',
  otherEmergencyNumbers: [],
  hotlines: [
    // 024, free, confidential, 24 hours a day, 7 days a week, 365 days a year; the Ministry of
    // Health says it has sign-language video interpreting and telephone interpreting for people
    // who speak another language:
    //   https://ondacero.es/noticias/sociedad/telefono-atencion-suicidio-recibio-15000-llamadas-primer-mes-funcionamiento_2022061062a36debdbf6f2000130de02.html
    //   https://www.rtve.es/noticias/20220509/sanidad-presenta-telefono-prevencion-suicidio/2347183.shtml
    //   https://www.laopinioncoruna.es/galicia/2025/10/11/medio-millar-gallegos-acude-mes-122505329.html
    {
      id: 'es-024',
      name: '024 Línea de atención a la conducta suicida',
      kind: 'call',
      number: '024',
      source: 'https://www.sanidad.gob.es/',
      checkedOn: '2026-12-06',
      hours: '24/7',
      languages: ['es'],
      free: true,
      notes: 'Interpreters for other languages and sign language.',
    },
    // 717 003 717 (and provincial numbers), 24 hours a day:
    //   https://pronto.es/noticias-del-corazon/noticias-emotivas/telefono-esperanza-mas-medio-siglo-luchando-soledad-51363_amp.html
    //   https://maldita.es/index.php/malditaciencia/20220510/024-numero-telefono-atencion-suicidio-espana-gratuito
    //   https://revistaperfiles.com/sociedad/enganchados-a-la-vida/
    // No "free to call" note: the service is free, but no stored page says the call to a 717
    // number costs nothing. Spanish: the language of every stored page about it.
    {
      id: 'es-telefono-esperanza',
      name: 'Teléfono de la Esperanza',
      kind: 'call',
      number: '717 003 717',
      source: 'https://telefonodelaesperanza.org/',
      checkedOn: '2026-12-06',
      hours: '24/7',
      languages: ['es'],
      notes: 'Listening for anyone in emotional crisis.',
    },
  ],
  // Lines for abuse at home, shown first to a member someone else is hurting or threatening.
  abuseLines: [
    // 016, the Ministry of Equality's line for every form of violence against women: "El 016 es un
    // número de teléfono gratuito y confidencial que no deja rastro en la factura y que atiende las
    // 24 horas del día en 53 idiomas" (Europa Press, 7 August 2025; elmirondesoria.es, 24 August
    // 2025); WhatsApp 600 000 016. No stored government page; both pages relay the Ministry. The source
    // is the Ministry's site on violence against women; that page itself is not among the stored pages.
    {
      id: 'es-016',
      name: '016',
      kind: 'call',
      number: '016',
      source: 'https://violenciagenero.igualdad.gob.es/',
      checkedOn: '2026-12-07',
      hours: '24/7',
      languages: ['es'],
      free: true,
      audience: 'Women facing violence.',
      notes: 'Leaves no trace on the phone bill. In 53 languages; WhatsApp 600 000 016.',
    },
  ],
};
