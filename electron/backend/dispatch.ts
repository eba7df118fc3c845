import { api, isMethod, type Method } from '../../shared/api';
import { ApiError, describeIssues, refuse, type Result } from '../../shared/errors';
import type { ServiceContext } from './context';
import type { Handler, Handlers } from './handlers';
import type { UnitOfWorkQueue } from './write-path/unit-of-work';

export interface DispatchOptions {
  /** The service context a call of `method` runs with. */
  contextFor: (method: Method) => ServiceContext;
  /** The current role, for the workflow guards of the contract. */
  role: () => string;
  /** Where unexpected failures are logged; they never cross the boundary as stack traces. */
  logError?: (method: string, err: unknown) => void;
  /** The one write path: every mutating call runs in it as a unit of work. */
  writes: UnitOfWorkQueue;
}

/**
 * The single entry point both transports call. It validates the method name and the input,
 * runs the one handler for the method, validates the output, and turns every failure into a
 * typed `{code, message, details}`. Mutating calls run one at a time, each as a unit of work, so a
 * change is validated and written before the next one looks at the data.
 */
export function createDispatcher(handlers: Handlers, opts: DispatchOptions) {
  const writes = opts.writes;

  async function run(method: Method, rawInput: unknown): Promise<Result<unknown>> {
    const spec = api[method];
    const parsed = spec.input.safeParse(rawInput ?? {});
    if (!parsed.success) {
      const issues = describeIssues(parsed.error.issues);
      return fail(refuse('BAD_INPUT', issues, { prefix: `Invalid input for ${method}` }));
    }
    const roles = (spec as { roles?: readonly string[] }).roles;
    if (roles && !roles.includes(opts.role())) {
      return fail(new ApiError('FORBIDDEN', `${method} is for the ${roles.join(' or ')} role; switch role in Settings.`));
    }
    let value: unknown;
    try {
      value = await (handlers[method] as Handler<Method>)(opts.contextFor(method), parsed.data as never);
    } catch (err) {
      if (err instanceof ApiError) return fail(err);
      opts.logError?.(method, err);
      return fail(new ApiError('INTERNAL', `${method} failed unexpectedly: ${err instanceof Error ? err.message : String(err)}`));
    }
    const checked = spec.output.safeParse(value);
    if (!checked.success) {
      opts.logError?.(method, checked.error);
      return fail(new ApiError('INTERNAL', `${method} produced a result that does not match the contract.`));
    }
    return { ok: true, value: checked.data };
  }

  return async function dispatch(method: unknown, input: unknown): Promise<Result<unknown>> {
    if (!isMethod(method)) {
      const shown = typeof method === 'string' ? `"${method.slice(0, 100)}"` : `a ${typeof method}`;
      return fail(new ApiError('UNKNOWN_METHOD', `Unknown API method ${shown}.`));
    }
    if (!api[method].mutates) return run(method, input);
    try {
      // A refused or failed call throws out of its unit of work, so what it wrote is rolled back.
      return await writes.run(method, async () => {
        const result = await run(method, input);
        if (!result.ok) throw new Refused(result);
        return result;
      });
    } catch (err) {
      if (err instanceof Refused) return err.result;
      opts.logError?.(method, err);
      return fail(new ApiError('INTERNAL', `${method} could not be saved: ${err instanceof Error ? err.message : String(err)}`));
    }
  };
}

/** Carries a refusal out of the unit of work that it rolls back. */
class Refused extends Error {
  constructor(readonly result: Result<never>) {
    super('refused');
  }
}

function fail(err: ApiError): Result<never> {
  return { ok: false, error: err.toJSON() };
}

export type Dispatch = ReturnType<typeof createDispatcher>;
