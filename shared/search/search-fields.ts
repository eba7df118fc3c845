/** Ready-made field lists so the app searches tasks and coaches the same way everywhere. */
import type { Coach, Task } from '../model';
import type { SearchField } from './fuzzy-index';

/** The task fields the catalog search covers (see the search issue: title, summary, deliverable, skills, tags). */
export const TASK_SEARCH_FIELDS: readonly SearchField<Pick<Task, 'title' | 'summary' | 'deliverable' | 'skills' | 'tags'>>[] = [
  { name: 'title', get: (t) => t.title },
  { name: 'summary', get: (t) => t.summary },
  { name: 'deliverable', get: (t) => t.deliverable },
  { name: 'skills', get: (t) => t.skills },
  { name: 'tags', get: (t) => t.tags },
];

export const COACH_SEARCH_FIELDS: readonly SearchField<
  Pick<Coach, 'name' | 'skills' | 'areas' | 'languages' | 'teams' | 'availability'>
>[] = [
  { name: 'name', get: (c) => c.name },
  { name: 'skills', get: (c) => c.skills },
  { name: 'areas', get: (c) => c.areas },
  { name: 'languages', get: (c) => c.languages },
  { name: 'teams', get: (c) => c.teams },
  { name: 'availability', get: (c) => c.availability },
];
