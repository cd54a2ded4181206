// Bundles the web page with esbuild: src/main.js (+ its CSS and Leaflet's images) and index.html into
// one folder that `rasd serve --web` serves. Usage: node build.mjs [--outdir DIR] (default: dist/).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const at = args.indexOf('--outdir');
const outdir = resolve(at >= 0 ? args[at + 1] : join(here, 'dist'));

mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: { app: join(here, 'src/main.js') },
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'iife',
  target: ['es2020'],
  outdir,
  // Leaflet's CSS points at a few images; they become files beside the bundle (no inline data needed).
  loader: { '.png': 'file', '.svg': 'file' },
  assetNames: 'assets/[name]-[hash]',
  legalComments: 'linked',
  logLevel: 'warning',
});
copyFileSync(join(here, 'index.html'), join(outdir, 'index.html'));
console.log(`web page built in ${outdir}`);
