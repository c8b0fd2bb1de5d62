/// <reference types="node" />
/**
 * Mounting the Fetch-standard handler in Node's own `http` server, and in Express or Fastify, which
 * hand over Node's request and response objects.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { RealityServer } from './handler.js';

/**
 * Node's request as a Fetch `Request` (the URL from the Host header; the body streamed). A framework
 * that has already read the body (Fastify, Express with a body parser) hands it over as `req.body`:
 * the stream is used up then, so that is what the `Request` carries. Throws when the client has
 * gone and the body can no longer be read.
 */
export function toRequest(req: IncomingMessage & { originalUrl?: string; body?: unknown }): Request {
  const protocol = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? 'GET';
  const hasBody = method !== 'GET' && method !== 'HEAD';
  const url = `${protocol}://${req.headers.host ?? 'localhost'}${req.originalUrl ?? req.url ?? '/'}`;
  if (hasBody && req.body !== undefined) {
    const body = typeof req.body === 'string' ? req.body : req.body instanceof Uint8Array ? new TextDecoder().decode(req.body) : JSON.stringify(req.body);
    headers.delete('content-length');
    return new Request(url, { method, headers, body });
  }
  return new Request(url, {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : null,
    // Node's fetch needs this for a streamed request body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit);
}

/** Writes a Fetch `Response` to Node's response (every `Set-Cookie` kept separate). */
export async function sendResponse(response: Response, res: ServerResponse): Promise<void> {
  res.statusCode = response.status;
  for (const [name, value] of response.headers) if (name !== 'set-cookie') res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader('Set-Cookie', cookies);
  res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
}

/**
 * A listener for `http.createServer`, or middleware for Express (`app.use(toNodeListener(server))`):
 * it answers the server's own routes and passes any other request to `next` (a 404 without one).
 * The network address for the rate limits is the socket's; behind a proxy, pass `address` to read
 * your proxy's header instead (only a header your own proxy sets can be trusted).
 */
export function toNodeListener(
  server: RealityServer,
  { address = (req: IncomingMessage) => req.socket.remoteAddress }: { address?: (req: IncomingMessage) => string | undefined } = {},
) {
  return (req: IncomingMessage & { originalUrl?: string; body?: unknown }, res: ServerResponse, next?: (error?: unknown) => void): void => {
    const pathname = new URL(req.originalUrl ?? req.url ?? '/', 'http://x').pathname;
    if (next && !server.owns(pathname)) return next();
    // A client that gave up (an aborted fetch, a closed tab) leaves a request whose body cannot be
    // read: there is no one to answer, and it must not take the server down with it.
    if (req.destroyed) return void res.destroy();
    let request: Request;
    try {
      request = toRequest(req);
    } catch {
      return void res.destroy();
    }
    server
      .handle(request, { address: address(req) })
      .then((response) => (res.destroyed ? undefined : sendResponse(response, res)))
      .catch((error: unknown) => (res.destroyed ? undefined : next ? next(error) : res.destroy(error as Error)));
  };
}
