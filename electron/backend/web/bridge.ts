import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { ApiErrorShape, ErrorCode, Result } from '../../../shared/errors';
import type { Dispatch } from '../dispatch';
import { SECURITY_HEADERS } from './security';
import { serveStatic } from './static-files';

export interface BridgeOptions {
  dispatch: Dispatch;
  /** Built renderer to serve; when absent only the API is served. */
  rendererDir?: string;
  port?: number;
  token?: string;
  /** Largest request body accepted, in bytes. */
  maxBody?: number;
}

export interface Bridge {
  server: Server;
  port: number;
  origin: string;
  token: string;
  /** What to open in a browser: the app with this run's token. */
  url: string;
  close(): Promise<void>;
}

const HTTP_STATUS: Record<ErrorCode, number> = {
  UNKNOWN_METHOD: 404,
  BAD_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  FORBIDDEN: 403,
  UNAUTHORIZED: 401,
  INTERNAL: 500,
};

/**
 * The browser transport for the same dispatcher Electron's IPC uses. It listens on 127.0.0.1
 * only, answers API calls only to POST with this run's token, and refuses other origins and
 * other Host names (which also defeats DNS rebinding).
 */
export async function startBridge(opts: BridgeOptions): Promise<Bridge> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  // Whole-database archives of a large community run to a few hundred MB; this is loopback only.
  const maxBody = opts.maxBody ?? 300 * 1024 * 1024;
  let origin = '';
  let host = '';

  const server = createServer((req, res) => {
    handle(req, res).catch((err) => {
      console.error('[rekindle] bridge error:', err);
      if (!res.headersSent) sendJson(res, 500, { code: 'INTERNAL', message: 'The bridge failed to answer.' });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.headers.host !== host) return sendJson(res, 421, errorOf('FORBIDDEN', `Requests must be addressed to ${host}.`));
    const url = new URL(req.url ?? '/', origin);
    const path = decodePath(url.pathname);
    if (path === null) return sendJson(res, 400, errorOf('BAD_INPUT', 'The address is not valid: a "%" in it is not followed by a valid character code.'));
    if (!path.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, errorOf('BAD_INPUT', 'Only GET is allowed for app files.'));
      if (!opts.rendererDir) return sendJson(res, 404, errorOf('NOT_FOUND', 'No renderer is served by this bridge.'));
      return serveStatic(opts.rendererDir, path, req, res);
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendJson(res, 405, errorOf('BAD_INPUT', 'API calls must use POST.'));
    }
    const requestOrigin = req.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) {
      return sendJson(res, 403, errorOf('FORBIDDEN', `Requests from ${requestOrigin} are not allowed.`));
    }
    if (!tokenMatches(req.headers.authorization, token)) {
      return sendJson(res, 401, errorOf('UNAUTHORIZED', 'Missing or wrong access token: open the URL that start:web printed.'));
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(res, 415, errorOf('BAD_INPUT', 'API calls must send Content-Type: application/json.'));
    }
    const body = await readBody(req, maxBody);
    if (body === null) return sendJson(res, 413, errorOf('BAD_INPUT', `The request is larger than ${Math.round(maxBody / 1024 / 1024)} MB.`));
    let input: unknown;
    try {
      input = body.length ? JSON.parse(body) : {};
    } catch {
      return sendJson(res, 400, errorOf('BAD_INPUT', 'The request body is not valid JSON.'));
    }
    const method = path.slice('/api/'.length);
    const result = await opts.dispatch(method, input);
    sendJson(res, result.ok ? 200 : HTTP_STATUS[result.error.code], result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  host = `127.0.0.1:${port}`;
  origin = `http://${host}`;
  return {
    server,
    port,
    origin,
    token,
    url: `${origin}/?token=${token}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The path with its percent-escapes decoded, or null when they are malformed (decodeURIComponent throws). */
function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const given = header?.startsWith('Bearer ') ? header.slice(7) : '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function errorOf(code: ErrorCode, message: string): Result<never> {
  const error: ApiErrorShape = { code, message };
  return { ok: false, error };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

function readBody(req: IncomingMessage, max: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) tooBig = true;
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(tooBig ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
