// Compresses the web app's hashed assets once, at build time, into .br and .gz files beside
// them: the api (express-static-gzip) and nginx (gzip_static) send those to browsers that
// accept them instead of a megabyte of JavaScript, with no compression work per request.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
/** Text worth compressing; source maps are for developers and stay as they are. */
const COMPRESSIBLE = /\.(js|css|svg|json|txt|html)$/;

/** Writes `<file>.br` and `<file>.gz` for every compressible file in `dir`; answers how many files. */
export async function precompress(dir) {
  const names = (await readdir(dir)).filter((name) => COMPRESSIBLE.test(name));
  await Promise.all(
    names.map(async (name) => {
      const file = join(dir, name);
      const body = await readFile(file);
      const [br, gz] = await Promise.all([
        brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
        gzipped(body, { level: constants.Z_BEST_COMPRESSION }),
      ]);
      await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
    }),
  );
  return names.length;
}
