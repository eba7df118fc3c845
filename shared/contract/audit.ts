import { z } from 'zod';
import { AuditEntry } from '../model';
import type { MethodSpec } from './method';

export const auditApi = {
  'audit.list': {
    input: z.object({ offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) }).strict(),
    output: z.object({ total: z.number().int(), items: z.array(AuditEntry) }),
    mutates: false,
  },
} as const satisfies Record<string, MethodSpec>;
