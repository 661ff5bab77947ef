// A throwaway HTTP server on 127.0.0.1 for ingest tests: routes are plain handlers, no internet involved.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface LocalServer {
  readonly url: (path: string) => string;
  /** Requests received, by path, in order. */
  readonly hits: string[];
  close(): Promise<void>;
}

export async function startServer(routes: Readonly<Record<string, Handler>>): Promise<LocalServer> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    hits.push(path);
    const route = routes[path];
    if (route) return route(req, res);
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    hits,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler that answers with a fixed body and content type. */
export function send(body: string | Buffer, contentType = 'text/html; charset=utf-8', status = 200): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': contentType }).end(body);
  };
}

export function redirect(location: string, status = 302): Handler {
  return (_req, res) => {
    res.writeHead(status, { location }).end();
  };
}
