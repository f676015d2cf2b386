// The committed model must be exactly what `npm run train:second-opinion` makes of the committed
// data. Anyone who changes libs/moderation/data, the featuriser or the training is told to retrain.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SECOND_OPINION_MODEL } from './model.generated';
import { renderModelModule, trainingDataDigest, trainingSetsFromFiles, trainSecondOpinion } from './train';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const dataDir = join(__dirname, '..', '..', 'data');
const sets = () =>
  trainingSetsFromFiles(readdirSync(dataDir).map((name) => ({ name, content: readFileSync(join(dataDir, name), 'utf8') })));
const retrain = 'libs/moderation/src/learned/model.generated.ts is out of date: run `npm run train:second-opinion`';

describe('the committed second-opinion model', () => {
  it('was trained on the current labelled data', () => {
    const digest = trainingDataDigest(sets(), sha256);
    if (digest !== SECOND_OPINION_MODEL.dataDigest) throw new Error(`${retrain} (the labelled data changed).`);
  });

  // Training takes about 8 s on one core; the file must come out byte for byte the same.
  it('is exactly what the training script produces', () => {
    const source = renderModelModule(trainSecondOpinion(sets(), sha256));
    if (source !== readFileSync(join(__dirname, 'model.generated.ts'), 'utf8')) throw new Error(`${retrain}.`);
  }, 120_000);
});
