import { z } from 'zod';
import { Id } from '../model';
import { NoInput, type MethodSpec } from './method';
import { RepRow } from './reps';

export const MentorReason = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('free-capacity'), free: z.number().int(), capacity: z.number().int() }),
  z.object({ kind: z.literal('over-capacity'), load: z.number().int(), capacity: z.number().int() }),
  z.object({ kind: z.literal('shared-language'), languages: z.array(z.string()) }),
  z.object({ kind: z.literal('no-shared-language') }),
  z.object({ kind: z.literal('same-region'), region: z.string() }),
  z.object({ kind: z.literal('same-country'), country: z.string() }),
]);

export const MentorSuggestionRow = z.object({
  mentorId: Id,
  mentorName: z.string(),
  score: z.number(),
  free: z.number().int(),
  overCapacity: z.boolean(),
  reasons: z.array(MentorReason),
});
export type MentorSuggestionRow = z.infer<typeof MentorSuggestionRow>;

export const MentorLoad = z.object({ mentor: RepRow, load: z.number().int(), capacity: z.number().int(), free: z.number().int() });

export const MentorAccountability = z.object({
  mentorInactiveDays: z.number().int(),
  inactive: z.array(
    z.object({
      mentor: RepRow,
      load: z.number().int(),
      mentees: z.array(z.object({ rep: RepRow, suggestions: z.array(MentorSuggestionRow) })),
    }),
  ),
  active: z.array(MentorLoad),
});
export type MentorAccountability = z.infer<typeof MentorAccountability>;

export const Reassignment = z.object({ repId: Id, toMentorId: Id }).strict();

export const mentorsApi = {
  'mentors.accountability': { input: NoInput, output: MentorAccountability, mutates: false },
  /**
   * Moves mentees to other mentors, all or none. A mentor pushed past their capacity is refused
   * unless allowOverCapacity says the Council chose it knowingly.
   */
  'mentors.reassign': {
    input: z
      .object({
        assignments: z.array(Reassignment).min(1).max(1000),
        allowOverCapacity: z.boolean().default(false),
        note: z.string().trim().max(500).default(''),
      })
      .strict(),
    output: z.object({
      changed: z.array(z.object({ repId: Id, fromMentorId: Id.nullable(), toMentorId: Id })),
      overCapacity: z.array(z.object({ mentorId: Id, load: z.number().int(), capacity: z.number().int() })),
    }),
    mutates: true,
    roles: ['council'],
  },
} as const satisfies Record<string, MethodSpec>;
