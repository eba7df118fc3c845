import { useSyncExternalStore } from 'react';

export const SCREENS = ['today', 'reps', 'catalog', 'coaches', 'match', 'engagements', 'council', 'insights', 'conflicts', 'settings'] as const;
export type Screen = (typeof SCREENS)[number];

export interface Route {
  screen: Screen;
  /** e.g. the Rep id in #/reps/rep-001 */
  param: string | null;
}

export function parseHash(hash: string): Route {
  const [screen, param] = hash.replace(/^#\/?/, '').split('/');
  const known = SCREENS.find((s) => s === screen);
  return { screen: known ?? 'today', param: known && param ? decodeURIComponent(param) : null };
}

export function hrefFor(screen: Screen, param?: string): string {
  return `#/${screen}${param ? `/${encodeURIComponent(param)}` : ''}`;
}

export function navigate(screen: Screen, param?: string): void {
  window.location.hash = hrefFor(screen, param);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Hash routing keeps the screen across reloads and works both from file:// and over HTTP. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseHash(hash);
}
