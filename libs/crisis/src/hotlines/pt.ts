import type { RegionHotlineData } from './hotline-entry';

/**
 * Portugal. Checked on 2026-12-06 against stored copies of public pages (no live web); each entry
 * lists the pages that state what it says.
 *
 * Emergency: 112, free from fixed and mobile phones, answered at once and passed to the medical
 * (INEM), police or fire services (the EU's Your Europe page; a fire brigade's page):
 * http://europa.eu/youreurope/citizens/travel/safety/emergency/index_pt.htm,
 * http://bvgouveia.pt/como-utilizar-o-numero-de-emergencia-112
 */
export const PT_HOTLINES: RegionHotlineData = {
  region: 'PT',
  emergencyNumber: '112',
  otherEmergencyNumbers: [],
  hotlines: [
    // 1411, the Linha Nacional de Prevenção do Suicídio, running since 10 September 2025: free
    // ("de forma gratuita"), 24 hours a day, 365 days a year (quoting the government's portaria),
    // answered by clinical psychologists and mental-health nurses, run within SNS 24 by the
    // Ministry of Health's shared services (SPMS):
    //   https://rr.pt/noticia/pais/2025/09/04/nova-linha-de-prevencao-do-suicidio-tera-o-numero-proprio-1411/438578/
    //   https://www.deco.proteste.pt/saude/saude-mental/noticias/linha-prevencao-suicidio-funciona-24-horas-por-dia
    //   https://24noticias.sapo.pt/atualidade/artigos/1411-linha-nacional-de-prevencao-do-suicidio-arranca-com-atendimento-24-horas
    // Portuguese: no stored page names another language for 1411.
    // The source is SNS 24's site; no stored page of its own describes 1411.
    {
      id: 'pt-1411',
      name: '1411 Linha Nacional de Prevenção do Suicídio',
      kind: 'call',
      number: '1411',
      source: 'https://www.sns24.gov.pt/',
      checkedOn: '2026-12-06',
      hours: '24/7',
      languages: ['pt'],
      free: true,
      notes: 'Answered by psychologists and mental-health nurses.',
    },
    // 808 24 24 24, then option 4; available 24/7; answered by clinical psychologists (SNS 24's
    // own page):
    //   https://www.sns24.gov.pt/en/servico/aconselhamento-psicologico-no-sns-24/
    // In English too since April 2022, every day of the year (the Ministry of Health's shared
    // services, SPMS):
    //   https://www.spms.min-saude.pt/?p=862047
    //   https://www.spms.min-saude.pt/2022/09/sns-24-linha-de-aconselhamento-psicologico-ja-atendeu-mais-de-173-mil-chamadas
    // No "Free to call" note: the SNS 24 line costs a local call:
    //   https://noticiasaominuto.com/pais/1428900/sns24-linha-de-triagem-para-o-covid-19-nao-esta-a-funcionar
    {
      id: 'pt-sns24-aconselhamento-psicologico',
      name: 'SNS 24 Aconselhamento Psicológico',
      kind: 'call',
      number: '808 24 24 24',
      pressAfterDialing: '4',
      source: 'https://www.sns24.gov.pt/en/servico/aconselhamento-psicologico-no-sns-24/',
      checkedOn: '2026-12-06',
      hours: '24/7',
      languages: ['pt', 'en'],
      notes: 'Call 808 24 24 24 then choose 4 to talk with a psychologist, in Portuguese or English.',
    },
    // Every day from 15:30 to 00:30 ("diariamente entre as 15:30 e as 00:30"), on 213 544 545,
    // 912 802 669, 963 524 660 and 930 712 500; emotional support for loneliness, anxiety,
    // depression or risk of suicide, by volunteers, anonymous and confidential:
    //   https://www.dn.pt/sociedade/linha-de-apoio-%C3%A0-preven%C3%A7%C3%A3o-do-suic%C3%ADdio-entrou-em-funcionamento-e-tem-o-n%C3%BAmero-1411
    //   https://www.rtp.pt/noticias/pais/sos-voz-amiga-associa-se-a-dia-mundial-da-prevencao-do-suicidio-com-jornada-continua-de-48-horas_n1682308
    //   https://saudeonline.pt/sos-voz-amiga-em-jornada-de-48-horas-para-assinalar-dia-mundial-da-prevencao-do-suicidio
    //   https://sosvozamiga.org/sobre-nós (its own page: who it is for)
    // Volunteers trained by mental-health professionals, under full anonymity:
    //   https://sosvozamiga.blogs.sapo.pt/tag/estat%C3%ADsticas
    // No "Free to call" note: no stored page says the calls cost nothing (the free 800 number of
    // 2017 and 2018 appears on no recent page). Portuguese: the language of every page about it.
    {
      id: 'pt-sos-voz-amiga',
      name: 'SOS Voz Amiga',
      kind: 'call',
      number: '213 544 545',
      source: 'https://sosvozamiga.org/',
      checkedOn: '2026-12-06',
      hours: 'Every day, 15:30 to 00:30',
      languages: ['pt'],
      notes: 'Anonymous listening by trained volunteers. Also on 912 802 669, 963 524 660 and 930 712 500.',
    },
  ],
  // Lines for abuse at home, shown first to a member someone else is hurting or threatening.
  abuseLines: [
    // Serviço de Informação às Vítimas de Violência Doméstica (CIG): "gratuito e funciona pelo
    // telefone, 24 horas por dia / 365 dias por ano … 800 202 148"
    //   https://www.cig.gov.pt/servicos/servico-de-informacao-as-vitimas-de-violencia-domestica/ (its own page)
    // "envie uma mensagem para a Linha SMS 3060 ou ligue 800 202 148" https://www.cig.gov.pt/?p=27436
    {
      id: 'pt-violencia-domestica',
      name: 'Serviço de Informação às Vítimas de Violência Doméstica',
      kind: 'call',
      number: '800 202 148',
      sms: { number: '3060' },
      source: 'https://www.cig.gov.pt/',
      checkedOn: '2026-12-07',
      hours: '24/7',
      languages: ['pt'],
      free: true,
    },
  ],
};
