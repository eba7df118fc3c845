import { z } from 'zod';
import type { Role } from '../model';

export interface MethodSpec {
  input: z.ZodType;
  output: z.ZodType;
  /** Mutating methods run one at a time and are recorded in the audit log. */
  mutates: boolean;
  /** Workflow guard: roles allowed to call it (all when absent). Not a security boundary. */
  roles?: readonly Role[];
}

/** For methods that take nothing: `{}` or no input at all. */
export const NoInput = z.object({}).strict().default({});
