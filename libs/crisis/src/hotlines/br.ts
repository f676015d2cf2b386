import type { RegionHotlineData } from './hotline-entry';

/**
 * Brazil. Checked on 2026-12-06 against stored copies of public pages (no live web); each entry
 * lists the pages that state what it says.
 *
 * Emergency: 192 is SAMU, the public ambulance service, free from fixed and mobile phones, 24 hours
 * a day (a state government's service page; Agência Brasil):
 * https://alagoasdigital.al.gov.br/servico/1132, https://24horasnoticias.com.br/samu-192-no-rio-esta-fora-do-ar-veja-para-quais-telefones-ligar
 * It comes first because a suicidal crisis is a medical emergency: a page on the CVV and a
 * Federal Council of Medicine psychiatrist both point there for immediate risk:
 * https://www.hercampus.com/school/casper-libero/escuta-que-transforma-como-o-cvv-salva-vidas/,
 * https://painelmt.com.br/setembro-amarelo-socorro-especializado-pode-ser-decisivo-para-evitar-suicidio/
 * 190 is the Military Police, free, 24 hours (a municipal service page), and 193 the fire brigade:
 * https://app.campoflorido.mg.gov.br/carta-de-servicos/c/2/i/14661/acionar-emergencia-policial-190,
 * https://storelatina.com/socorrista/glossario/quais-sao-os-tres-numeros-de-emergencia
 */
export const BR_HOTLINES: RegionHotlineData = {
  region: 'BR',
  emergencyNumber: '192',
  otherEmergencyNumbers: ['190', '193'],
  hotlines: [
    // 188, free from fixed and mobile phones anywhere in Brazil since 1 July 2018 (a line of the
    // Ministry of Health operated by the CVV):
    //   https://claudia.abril.com.br/noticias/suicidio-cvv-ligacao-gratuita/
    //   http://www.jd1noticias.com/geral/ligacao-para-centro-de-valorizacao-da-vida-passa-a-ser-gratuita/53507/
    //   http://www.osul.com.br/setembro-amarelo-oms-diz-que-e-possivel-prevenir-suicidio/
    // 24 hours a day, 7 days a week, free, confidential and anonymous, with chat and e-mail on
    // cvv.org.br:
    //   https://www.em.com.br/nacional/2026/03/7366817-centro-de-valorizacao-da-vida-completa-64-anos-e-celebra-a-escuta.html
    //   https://www.hercampus.com/school/casper-libero/escuta-que-transforma-como-o-cvv-salva-vidas/
    // No chatUrl: the government's stored page gives the chat shorter hours than the phone (and
    // no address for it), and later pages disagree, so this 24/7 entry links none:
    //   http://www.santaritafm.com/index.php?option=com_content&view=article&id=9087:-saiba-como-funciona-o-atendimento-do-centro-de-prevencao-ao-suicidio&catid=34:site
    // Portuguese: the language of every stored page about it.
    {
      id: 'br-cvv-188',
      name: 'CVV Centro de Valorização da Vida (188)',
      kind: 'call',
      number: '188',
      source: 'https://www.cvv.org.br/',
      checkedOn: '2026-12-06',
      hours: '24/7',
      languages: ['pt'],
      free: true,
      notes: 'Chat and e-mail at cvv.org.br.',
    },
  ],
  // Lines for abuse at home, shown first to a member someone else is hurting or threatening.
  abuseLines: [
    // Central de Atendimento à Mulher – Ligue 180 (Ministério das Mulheres): "A ligação é gratuita e
    // funciona 24 horas por dia em todo o território nacional"; WhatsApp (61) 9610-0180
    //   https://www.em.com.br/ (25 November 2025). The ministry's own page was not stored; the source is
    //   its site on gov.br.
    {
      id: 'br-ligue-180',
      name: 'Ligue 180 – Central de Atendimento à Mulher',
      kind: 'call',
      number: '180',
      source: 'https://www.gov.br/mulheres/',
      checkedOn: '2026-12-07',
      hours: '24/7',
      languages: ['pt'],
      free: true,
      audience: 'Women.',
      notes: 'WhatsApp (61) 9610-0180.',
    },
  ],
};
