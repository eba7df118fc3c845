import type { Input, Method, Output } from '../../../shared/api';
import type { ApiErrorShape, ErrorCode, Result } from '../../../shared/errors';

/** Carries a backend error into the UI with its code, so screens can react to CONFLICT etc. */
export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(error: ApiErrorShape, readonly method: string) {
    super(error.message);
    this.code = error.code;
    this.details = error.details;
  }
}

export type Transport = (method: string, input: unknown) => Promise<Result<unknown>>;

declare global {
  interface Window {
    /** Exposed by electron/preload.ts; absent in the browser build. */
    rekindle?: { invoke(method: string, input: unknown): Promise<unknown> };
  }
}

const TOKEN_KEY = 'rekindle.token';

/** The bridge token arrives once in the URL; keep it for reloads and take it out of the address bar. */
export function takeToken(location: Location, storage: Storage, history: History): string {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get('token');
  if (fromUrl) {
    storage.setItem(TOKEN_KEY, fromUrl);
    params.delete('token');
    const query = params.toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    return fromUrl;
  }
  return storage.getItem(TOKEN_KEY) ?? '';
}

export function httpTransport(token: string, fetchImpl: typeof fetch = fetch): Transport {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetchImpl(`/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'The Rekindle backend is not reachable. Is start:web still running?' } };
    }
    try {
      return (await response.json()) as Result<unknown>;
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: `The backend answered ${response.status} without a readable body.` } };
    }
  };
}

export function ipcTransport(bridge: NonNullable<Window['rekindle']>): Transport {
  return async (method, input) => (await bridge.invoke(method, input)) as Result<unknown>;
}

export interface ApiClient {
  call<M extends Method>(method: M, input?: Input<M>): Promise<Output<M>>;
}

export function createClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      const result = await transport(method, input ?? {});
      if (!result.ok) throw new ApiCallError(result.error, method);
      return result.value as never;
    },
  };
}

function defaultTransport(): Transport {
  if (typeof window === 'undefined') throw new Error('No window: pass a transport explicitly.');
  if (window.rekindle) return ipcTransport(window.rekindle);
  return httpTransport(takeToken(window.location, window.sessionStorage, window.history));
}

let client: ApiClient | null = null;

/** The app-wide client; tests replace it with one over a fake or in-process transport. */
export function api(): ApiClient {
  client ??= createClient(defaultTransport());
  return client;
}

export function setApiClient(next: ApiClient): void {
  client = next;
}
