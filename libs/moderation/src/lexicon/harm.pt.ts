import { phrases, type LexiconEntry } from './lexicon-entry';

/** Portuguese harm phrases; see harm.en.ts. "vai se matar" opening a phrase is an order; "ela vai se matar" is not. */
export const HARM_PT: readonly LexiconEntry[] = [
  ...phrases('incitement', 0.95, [
    '^ (vai|va) (se|te) (matar|enforcar|suicidar|jogar (da|de uma) ponte)',
    '(se mata|te mata|mata te|se enforca|se suicida) (logo|de uma vez|ja)',
    '(morre|morra) (logo|desgracado|desgracada|diabo|praga)',
    '(devia|deveria|devias) (se|te)? (matar|morrer|suicidar|enforcar)',
  ]),
  ...phrases('insult', 0.8, [
    '(vc|voce|tu) (e|eh|es)? (um|uma)? (lixo|idiota|imbecil|otario|otaria|burro|burra|retardado|retardada|arrombado|arrombada|vagabundo|vagabunda|puta|piranha|merda|babaca|escroto|escrota|fdp|filho da puta|corno|fracassado|fracassada|inutil|nojento|nojenta)',
    '(seu|sua) (idiota|lixo|imbecil|otario|otaria|burro|burra|merda|arrombado|arrombada|vagabundo|vagabunda|puta|piranha|babaca|escroto|escrota|nojento|nojenta|inutil|fracassado|fracassada)',
    '(cala a boca|cala boca|cale a boca|vai se foder|vai tomar no cu|vtnc|vsf)',
  ]),
  ...phrases('harassment', 0.8, ['(ninguem|ngm) gosta de (vc|voce|ti)', 'todo mundo te odeia', '(ninguem|ngm) te (ama|suporta|quer)']),
  ...phrases('threat', 0.9, ['(vou|eu vou|vo) te (matar|encher de porrada|quebrar|dar um tiro|furar|arrebentar)', '(vou|eu vou) matar (vc|voce|tu)', 'sei onde (vc|voce|tu) mora']),
];
