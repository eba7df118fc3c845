/**
 * Hostile input at the boundary: every API method is called with random and malformed inputs
 * (fast-check). Whatever comes in, the backend must answer with a typed result, never crash or
 * leak a stack trace, and a refused call must leave the data exactly as it was.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../../shared/api';
import { ErrorCode } from '../../shared/errors';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { NOW, smallCommunity, tempDir } from '../support/fixtures';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
let dir: Awaited<ReturnType<typeof tempDir>>;
let backend: Backend;
let unexpected: unknown[] = [];

beforeAll(async () => {
  dir = await tempDir();
  backend = await openBackend({
    dataDir: dir.path,
    firstRun: 'demo',
    transport: 'http',
    now: () => NOW,
    loadDemo: async () => smallCommunity(),
    logError: (method, err) => unexpected.push({ method, err: String(err) }),
  });
});
afterAll(async () => {
  await backend.close();
  await dir.cleanup();
});

const state = () => JSON.stringify(backend.store.contents());

/** Inputs a confused or hostile caller might send: anything JSON can carry, and near-misses of objects. */
const hostile = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 2 })),
  fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.constant('../../etc/passwd')), expectedVersion: fc.oneof(fc.integer(), fc.string()) }, { requiredKeys: [] }),
  fc.constantFrom(null, undefined, '', 0, [], '{}', '<script>alert(1)</script>', { __proto__: { admin: true } }, { constructor: { prototype: {} } }),
);

describe('every API method under random and invalid input', () => {
  for (const method of Object.keys(api)) {
    it(`${method}: a typed answer, no crash, no change when refused`, async () => {
      unexpected = [];
      await fc.assert(
        fc.asyncProperty(hostile, async (input) => {
          const before = state();
          const result = await backend.dispatch(method, input);
          if (result.ok) return;
          expect(ErrorCode.options).toContain(result.error.code);
          expect(result.error.code, `${method} crashed on ${JSON.stringify(input)}: ${result.error.message}`).not.toBe('INTERNAL');
          expect(result.error.message.length).toBeGreaterThan(0);
          expect(JSON.stringify(result.error)).not.toMatch(/\n\s+at /);
          expect(state(), `${method} changed data while refusing ${JSON.stringify(input)}`).toBe(before);
        }),
        { numRuns: RUNS },
      );
      expect(unexpected).toEqual([]);
    });
  }

  it('rejects method names that are not in the contract, including prototype keys', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty')), async (name) => {
        fc.pre(!Object.prototype.hasOwnProperty.call(api, name));
        const result = await backend.dispatch(name, {});
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('UNKNOWN_METHOD');
      }),
      { numRuns: 100 },
    );
  });
});
