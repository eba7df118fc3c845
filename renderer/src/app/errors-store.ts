import { create } from 'zustand';
import type { FieldIssue } from '../../../shared/errors';
import { ApiCallError } from '../api/client';
import { issuesOf } from '../api/issues';

export interface ShownError {
  id: number;
  /** The backend's English message, shown when the failure is not a refusal with issues. */
  message: string;
  code?: string;
  /** A refusal's issues, which the list shows in the user's language. */
  issues?: FieldIssue[];
}

interface ErrorsState {
  errors: ShownError[];
  report(err: unknown): void;
  dismiss(id: number): void;
}

let nextId = 1;

/** Failed calls end up here and are shown in one visible place, never swallowed. */
export const useErrors = create<ErrorsState>((set) => ({
  errors: [],
  report(err) {
    const message = err instanceof Error ? err.message : String(err);
    const code = err instanceof ApiCallError ? err.code : undefined;
    const issues = issuesOf(err) ?? undefined;
    set((s) => ({ errors: [...s.errors.slice(-4), { id: nextId++, message, code, ...(issues ? { issues } : {}) }] }));
  },
  dismiss(id) {
    set((s) => ({ errors: s.errors.filter((e) => e.id !== id) }));
  },
}));

/** Runs a call and reports its failure; returns undefined when it failed. */
export async function attempt<T>(call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (err) {
    useErrors.getState().report(err);
    return undefined;
  }
}
