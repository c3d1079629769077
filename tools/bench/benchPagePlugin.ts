/** A Vite dev-server page that runs one benchmark module in Chromium (never part of the build). */
import type { Plugin } from 'vite';

export function benchPagePlugin(path: string, script: string): Plugin {
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
