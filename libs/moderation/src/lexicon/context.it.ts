import { phrases, type LexiconEntry } from './lexicon-entry';

/** Italian context phrases; see context.en.ts for what each kind does. */
export const CONTEXT_IT: readonly LexiconEntry[] = [
  ...phrases('figurative', 1, [
    // "muoio dal ridere", "sto morendo di fame", "morta di sonno", "vuole morire dalla vergogna".
    '(muoio|muori|muore|moriamo|morire|morendo|morto|morta|morti|morte|moriro|morivo|morirei) (dal|dalla|dalle|di|dai|da) (ridere|risate|risata|vergogna|fame|sete|sonno|caldo|freddo|noia|paura|curiosita|stanchezza|invidia|gelosia|ansia|imbarazzo|crepacuore|voglia)',
    '(uccido|uccide|ammazzo|ammazza|uccidiamo) (dalle|dal|di|a) (risate|ridere|lavoro|lavorare|studio|studiare|palestra|allenamento|fatica)',
    // "questo caldo mi uccide", "mia madre mi ammazza se...".
    '(questo|questa|sto|sta|il|la|lo|quel|quella|questi|queste) ~2 mi (uccide|ammazza|sta uccidendo|sta ammazzando|uccidera|ammazzera|uccidono|ammazzano)',
    'mi (ammazza|uccide|ammazzera|uccidera|ammazzano) (se|quando)',
    // Binge-watching, jumping into water or onto the sofa.
    'mi (sparo|sparero|sparerei) (una|un|tutta|tutto|tutti|tutte|la|il|le|i|un paio di) ~1 (serie|film|maratona|partita|episodi|puntate|pizza|birra|caffe|stagione|album)',
    '(mi butto|buttarmi|ci buttiamo|buttiamo|mi sono buttato|mi sono buttata|mi tuffo|tuffarmi|buttare) ~4 (in piscina|in acqua|nel fiume|nel lago|in mare|nel mare|sul divano|sul letto|a letto|nella mischia)',
    // Ending a relationship, a habit.
    '(farla finita|finirla) con (questa|questo|quella|quello|quel|quei|quelle|lui|lei|te|me|noi|voi|loro|le|il|lo|i|gli|sto|sta|ste|sti|mio|mia|mie|miei|tuo|tua|suo|sua|la (scuola|dieta|storia|relazione|droga|palestra))',
    // A life somewhere, or with someone: "non voglio più vivere a Milano", "stanca di vivere con i miei".
    'vivere (a|ad|in|con|da|qui|li|nel|nella|dai|dalla|coi|insieme)',
    // Hair, nails, kitchen cuts and burns.
    'mi taglio (i|le|la|il) (capelli|unghie|frangia|punte|barba|baffi)',
    '(tagliato|tagliata|tagliat|bruciato|bruciata) ~4 (mentre (cucinavo|cucino|tagliavo|affettavo|mi radevo)|col coltello da cucina|con la carta|con un foglio|col forno|con il forno|col ferro|al sole|in cucina|facendo da mangiare)',
    // A farewell before the holidays, to colleagues; pills for blood pressure.
    'ultimo (messaggio|post) ~2 prima (delle|della|del|di) (vacanze|ferie|estate|esami|trasloco|partenza|matrimonio)',
    '(lettera|lettere|biglietto) (d addio|di addio|di saluto) (ai|alla|al|alle|agli|per i|per la|per il|per gli) (colleghi|colleghe|classe|compagni|ufficio|capo|squadra|team|alunni|studenti|clienti)',
    '(pillole|pastiglie|compresse|tachipirina|tachipirine) (per|contro) (la|il|lo|le|i)? (pressione|mal di testa|dolore|febbre|allergia|tiroide|colesterolo|ciclo|emicrania|raffreddore|influenza|mal di denti)',
    // Annoyance with a thing named: "nn ce la faccio più con sto caldo" (not "a vivere così").
    '(ce la faccio|ne posso) (piu)? (con|di) (sto|sta|ste|sti|questo|questa|questi|queste|quel|quella|quei|quelle|il|la|lo|i|le|gli|lui|lei|te|voi|loro|tu)',
    '(ce la faccio|ne posso) piu (dal ridere|dalle risate)',
    '(suicidio|morte) (di|del|della|dello|dei|delle)',
  ]),
  ...phrases('laughter', 1, ['(ahah*|ahaha*|ihih*|hihi*)']),
  ...phrases('hyperbole', 1, [
    '(mi licenzio|cambio lavoro|mi trasferisco|cambio casa|lascio il lavoro)',
    '(sto|sta|questo|questa|con sto|con sta) (caldo|freddo|traffico|afa|rumore|coda|fila|cantiere)',
  ]),
  ...phrases('negation_exception', 1, ['(non|nn) (lo)? so (perche|come|cosa|se|piu)?', '(non|nn) vedo l ora']),
  ...phrases('recent', 1, ['(oggi|stasera|stanotte|stamattina|di nuovo|ancora una volta|poco fa|proprio ora|un ora fa)']),
  ...phrases('earlier', 1, ['(ieri|ieri sera|ieri notte|l altro ieri|la settimana scorsa|il mese scorso|qualche giorno fa|giorni fa|settimane fa)', '#num giorni fa']),
  ...phrases('now', 1, ['(ora|adesso|ultimamente|in questo periodo|attualmente|in questi giorni|tuttora)']),
  ...phrases('past', 1, [
    '(anni fa|tempo fa|molto tempo fa|un anno fa|in passato|una volta|alle medie|al liceo)',
    '#num anni fa',
    '(da|quando ero) (piccolo|piccola|ragazzo|ragazza|ragazzino|ragazzina|bambino|bambina|adolescente|giovane)',
  ]),
  ...phrases('recovery', 1, [
    '(ora|adesso|oggi)? sto (molto|tanto|un po)? (meglio|bene)',
    '(pulito|pulita) da #num? (mesi|anni|giorni|settimane|mese|anno)',
    '(terapia|psicologo|psicologa|farmaci|percorso) (mi)? (ha|hanno)? (aiutato|aiutata|salvato|salvata)',
    'ne sono (uscito|uscita)',
    '(non|nn) mi taglio piu da',
    'ho una vita (bellissima|bella|felice|serena)',
  ]),
  ...phrases('news', 1, [
    '(secondo|stando a) (uno|un|una|il|la|i|le|gli) (studio|rapporto|ricerca|indagine|dati|istat|esperti)',
    '(tasso|tassi|numero) (di|dei)? suicidi',
    '(il|nel|un|la|nella|una) (film|serie|libro|romanzo|documentario|telegiornale|tg|giornale|articolo|personaggio|protagonista)',
  ]),
  ...phrases('supportive', 1, [
    '(non sei|nn sei) (solo|sola)',
    '(chiama|chiamate|chiamare) (il)? (telefono amico|112|118|telefono azzurro|samaritans|qualcuno|un medico)',
    '(siamo|sono) qui per te',
    '(sei|vali) (importante|tanto|molto)',
    '(non fare|nn fare|non farti|nn farti) (cazzate|sciocchezze|del male|niente)',
    'parlane con qualcuno',
  ]),
  ...phrases('concern', 1, ['cosa (faccio|posso fare|devo fare)', 'come (posso)? (aiutarla|aiutarlo|la aiuto|lo aiuto)', '(sono|sono molto) (preoccupato|preoccupata)', 'aiutatemi']),
  ...phrases('relation', 1, [
    '(mio|mia) (amico|amica|migliore amico|migliore amica|fratello|sorella|madre|padre|mamma|papa|figlio|figlia|ragazzo|ragazza|fidanzato|fidanzata|marito|moglie|cugino|cugina|compagno|compagna|zio|zia|nonno|nonna|coinquilino|coinquilina)',
  ]),
  ...phrases('reported_speech', 1, ['(mi ha detto|mi ha scritto|mi dice|mi scrive|mi ha mandato)']),
];
