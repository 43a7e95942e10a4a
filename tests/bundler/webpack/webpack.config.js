// webpack 5 with its defaults (asset modules for `new URL(..., import.meta.url)`, code splitting
// for `import()`), plus a few lines that copy index.html into the output, as
// html-webpack-plugin would.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));

export default {
  entry: './main.js',
  output: { path: here('./dist/'), clean: true },
  // The report parser's wasm (fetched only to chart another text) is larger than webpack's
  // default hint of 244 KiB for any asset: no hints for the wasm (npm run size reports them).
  performance: { assetFilter: (name) => !name.endsWith('.wasm') },
  plugins: [
    {
      apply(compiler) {
        compiler.hooks.thisCompilation.tap('CopyIndexHtml', (compilation) => {
          compilation.hooks.processAssets.tap('CopyIndexHtml', () => {
            const { RawSource } = compiler.webpack.sources;
            compilation.emitAsset('index.html', new RawSource(readFileSync(here('./index.html'))));
          });
        });
      },
    },
  ],
};
