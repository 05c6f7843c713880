// Bundles src/ into one script and copies the static files: `node build.mjs [OUTDIR]`
// (default dist/). Maven passes target/classes/geokg/web so the page ends up in the jar.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

const out = resolve(process.argv[2] ?? 'dist');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020'],
  outfile: `${out}/app.js`, // and app.css: the styles that YASGUI brings
  loader: { '.png': 'dataurl', '.svg': 'dataurl', '.gif': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl' },
  legalComments: 'linked', // the libraries' licence notices go to app.js.LEGAL.txt next to the bundle
  logLevel: 'warning',
});
for (const f of ['index.html', 'style.css']) {
  cpSync(`src/${f}`, `${out}/${f}`);
}
console.log(`geokg page built in ${out}`);
