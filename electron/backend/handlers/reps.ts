import { redactFor } from '../../../shared/domain/confidential';
import type { activityApi, mentorsApi, remindersApi, repsApi } from '../../../shared/api';
import { beginImport, commitImport, discardImport, previewImport, stageChunk } from '../services/activity-import';
import { mentorAccountability, reassignMentees } from '../services/mentors';
import { exportReminders, listReminders, markSent, planReminders } from '../services/reminders';
import { createRep, importRoster, updateRep } from '../services/rep-roster';
import { recomputeStatuses } from '../services/status';
import { readerOf } from '../services/context';
import type { ContextFor, FeatureHandlers } from './types';

type Spec = Omit<typeof repsApi, 'reps.list' | 'reps.get'> & typeof activityApi & typeof mentorsApi & typeof remindersApi;

/** The roster, activity import, mentor accountability and reminders. */
export function repsHandlers(context: ContextFor): FeatureHandlers<Spec> {
  return {
    'reps.create': (fields) => createRep(context('reps.create'), fields),
    // The reply is read like reps.get: a coach who edits a Rep does not get the notes back.
    'reps.update': async ({ id, expectedVersion, changes }) => redactFor(readerOf(context('reps.update')), 'reps', await updateRep(context('reps.update'), id, expectedVersion, changes)),
    'reps.importRoster': ({ fileName, rows, dryRun }) => importRoster(context('reps.importRoster'), fileName, rows, dryRun),
    'reps.recomputeStatuses': async () => ({ changes: await recomputeStatuses(context('reps.recomputeStatuses')) }),
    'activity.importBegin': ({ fileName }) => beginImport(context('activity.importBegin'), fileName),
    'activity.importChunk': ({ importId, rows }) => stageChunk(context('activity.importChunk'), importId, rows),
    'activity.importPreview': ({ importId }) => previewImport(context('activity.importPreview'), importId),
    'activity.importCommit': ({ importId }) => commitImport(context('activity.importCommit'), importId),
    'activity.importDiscard': ({ importId }) => discardImport(importId),
    'mentors.accountability': () => mentorAccountability(context('mentors.accountability')),
    'mentors.reassign': ({ assignments, allowOverCapacity, note }) => reassignMentees(context('mentors.reassign'), assignments, allowOverCapacity, note),
    'reminders.list': (q) => listReminders(context('reminders.list'), q),
    'reminders.plan': () => planReminders(context('reminders.plan')),
    'reminders.deliver': () => context('reminders.deliver').outbox.deliverNow(),
    'reminders.export': ({ format }) => exportReminders(context('reminders.export'), format),
    'reminders.markSent': ({ ids }) => markSent(context('reminders.markSent'), ids),
  };
}
