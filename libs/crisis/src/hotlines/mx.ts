import type { RegionHotlineData } from './hotline-entry';

/**
 * Mexico. Checked on 2026-12-06 against stored copies of public pages (no live web); each entry
 * lists the pages that state what it says.
 *
 * Emergency: 911 is the single national emergency number (Government of Mexico):
 * https://www.gob.mx/policiafederal/articulos/088-911-responder-ante-cualquier-llamado?idiom=es,
 * https://elnacionalperiodico.mx/aprueban-el-911-para-mexico (free, from any phone, with or
 * without credit)
 */
export const MX_HOTLINES: RegionHotlineData = {
  region: 'MX',
  emergencyNumber: '911',
  otherEmergencyNumbers: [],
  hotlines: [
    // 800 911 2000, run by the Health Ministry's CONASAMA, 24 hours a day, 365 days a year, no
    // cost; for mental health, addictions and suicidal thoughts, for yourself or someone close:
    //   https://www.eluniversal.com.mx/nacion/promueven-la-linea-de-la-vida-tras-presentar-encuesta-sobre-consumo-de-drogas-asi-puedes-pedir-ayuda/
    //   https://almomento.mx/?p=1041280 (CONASAMA's head: "opera las 24 horas de los 365 días del año")
    //   https://www.meganoticias.mx/guaymas/noticia/mas-de-700-mil-personas-mueren-por-suicidio-al-ano/661861
    // Spanish: the language of every stored page about it.
    // The source is CONASAMA's page on gob.mx; that page itself is not among the stored pages.
    {
      id: 'mx-linea-de-la-vida',
      name: 'Línea de la Vida',
      kind: 'call',
      number: '800 911 2000',
      source: 'https://www.gob.mx/conasama',
      checkedOn: '2026-12-06',
      hours: '24/7',
      languages: ['es'],
      free: true,
      notes: 'For yourself or for someone close to you.',
    },
  ],
  // Lines for abuse at home, shown first to a member someone else is hurting or threatening.
  abuseLines: [
    // Línea de las Mujeres, the federal Secretaría de las Mujeres' line since 1 May 2025: "Línea de
    // las Mujeres 079 opción 1", "es un servicio gratuito que opera las 24 horas del día, los 365 días
    // del año" https://www.jornada.com.mx/ (5 November 2025). Only news pages were stored; the source is the
    // Secretaría's page on gob.mx, itself not among the stored pages.
    {
      id: 'mx-linea-de-las-mujeres',
      name: 'Línea de las Mujeres',
      kind: 'call',
      number: '079',
      pressAfterDialing: '1',
      source: 'https://www.gob.mx/mujeres',
      checkedOn: '2026-12-07',
      hours: '24/7',
      languages: ['es'],
      free: true,
      audience: 'Women.',
      notes: 'Dial 079, then press 1.',
    },
  ],
};
