/** A throw-away Vite dev server with one page that runs a benchmark module in Chromium (never built). */
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type Plugin, type ViteDevServer } from 'vite';

const root = join(import.meta.dirname, '..', '..');

function benchPagePlugin(path: string, script: string): Plugin {
  return {
    name: `bench-page:${path}`,
    configureServer(server) {
      server.middlewares.use(path, (_req, res) => {
        const html = `<!doctype html><html lang="en"><head><title>bench</title></head><body><div id="root"></div><script type="module" src="${script}"></script></body></html>`;
        void server.transformIndexHtml(path, html).then((page) => {
          res.setHeader('content-type', 'text/html');
          res.end(page);
        });
      });
    },
  };
}

/** Serves `path` on 127.0.0.1:`port`, loading `script`; `deps` are pre-bundled so the first load is quick. */
export async function startBenchServer(path: string, script: string, port: number, deps: string[]): Promise<ViteDevServer> {
  // React's production build and JSX runtime, as shipped (the React plugin reads NODE_ENV): the
  // development build's checks made rendering the tracker about twice as slow as what people get.
  process.env.NODE_ENV = 'production';
  const server = await createServer({
    root,
    configFile: false,
    mode: 'production',
    // Pre-bundled apart from the dev server's own development copies.
    cacheDir: 'node_modules/.vite-bench',
    plugins: [react(), benchPagePlugin(path, script)],
    server: { host: '127.0.0.1', port, strictPort: true },
    optimizeDeps: { include: deps },
    logLevel: 'silent',
  });
  await server.listen();
  return server;
}
