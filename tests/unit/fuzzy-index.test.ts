import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { createSearchIndex, TASK_SEARCH_FIELDS, type SearchResult } from '../../shared/search/fuzzy-index';
import { generateTasks, topOverlap, TYPO_QUERIES, type CorpusTask } from '../bench/suites/task-corpus';

function task(id: string, title: string, summary = '', extra: Partial<CorpusTask> = {}): CorpusTask {
  return { id, title, summary, deliverable: '', skills: [], tags: [], ...extra };
}

const CATALOG: CorpusTask[] = [
  task('docs', 'Update the documentation for Firefox Relay', 'Rewrite the setup guide so new users succeed on the first try.', {
    skills: ['technical writing'],
    tags: ['documentation'],
  }),
  task('l10n', 'Review Pontoon strings', 'Check the Spanish localization of the onboarding screens.', { tags: ['localization'] }),
  task('shots', 'Refresh screenshots in SUMO articles', 'Replace outdated images with current ones.', {
    deliverable: 'A folder of annotated screenshots',
  }),
  task('event', 'Host a Common Voice workshop', 'Invite students to record sentences.', { tags: ['events'] }),
  task('news', 'Draft the community newsletter', 'Collect three short stories from Reps.', { skills: ['copywriting'] }),
];

const ids = (results: SearchResult<CorpusTask>[]) => results.map((r) => r.item.id);

describe('createSearchIndex', () => {
  const index = createSearchIndex(CATALOG, TASK_SEARCH_FIELDS);

  it('tolerates typos and partial words', () => {
    expect(ids(index.search('documentaion'))[0]).toBe('docs');
    expect(ids(index.search('locallization'))[0]).toBe('l10n');
    expect(ids(index.search('screensh'))[0]).toBe('shots');
    expect(ids(index.search('comon voice'))[0]).toBe('event');
  });

  it('returns match indices that point at the matched text', () => {
    const [hit] = index.search('screensh');
    expect(hit).toBeDefined();
    const title = hit!.matches.find((m) => m.field === 'title');
    expect(title).toBeDefined();
    expect(title!.value).toBe('Refresh screenshots in SUMO articles');
    const highlighted = title!.indices.map(([a, b]) => title!.value.slice(a, b + 1).toLowerCase()).join('');
    expect(highlighted).toContain('screensh');
    // Every range lies inside the value.
    for (const m of hit!.matches) for (const [a, b] of m.indices) expect(0 <= a && a <= b && b < m.value.length).toBe(true);
  });

  it('scores like fuse: better matches first, scores between 0 and 1', () => {
    const results = index.search('newsleter');
    expect(ids(results)[0]).toBe('news');
    for (const r of results) expect(r.score).toBeGreaterThanOrEqual(0);
    for (let i = 1; i < results.length; i++) expect(results[i]!.score).toBeGreaterThanOrEqual(results[i - 1]!.score);
  });

  it('returns every item in input order for an empty query, with filter and limit', () => {
    expect(ids(index.search(''))).toEqual(CATALOG.map((t) => t.id));
    expect(ids(index.search('   ', { filter: (t) => t.id !== 'l10n', limit: 2 }))).toEqual(['docs', 'shots']);
  });

  it('applies filter and limit to query results', () => {
    const all = index.search('s', { limit: 100 });
    expect(all.length).toBeGreaterThan(2);
    expect(index.search('s', { limit: 2 })).toHaveLength(2);
    const filtered = index.search('documentaion', { filter: (t) => t.id !== 'docs' });
    expect(ids(filtered)).not.toContain('docs');
  });

  it('updates incrementally: an edited title is found by its new words, not its old ones', () => {
    const idx = createSearchIndex(CATALOG, TASK_SEARCH_FIELDS);
    expect(ids(idx.search('newsleter'))).toContain('news');
    idx.update({ ...CATALOG[4]!, title: 'Translate the accessibility checklist', summary: '', skills: [] });
    expect(ids(idx.search('newsleter'))).not.toContain('news');
    expect(ids(idx.search('acessibility'))[0]).toBe('news');
    // An edit keeps the record's place for the empty query and ties.
    expect(ids(idx.search(''))).toEqual(CATALOG.map((t) => t.id));

    idx.add(task('new', 'Triage Bugzilla regressions'));
    expect(ids(idx.search('bugzila'))).toEqual(['new']);
    expect(idx.size).toBe(CATALOG.length + 1);

    idx.remove('docs');
    expect(ids(idx.search('documentaion'))).not.toContain('docs');
    expect(ids(idx.search(''))).not.toContain('docs');
    expect(idx.size).toBe(CATALOG.length);
    idx.remove('missing'); // unknown ids are ignored
  });

  it('reproduces plain fuse.js top 10 on a generated catalog (≥ 90 % overlap)', () => {
    const tasks = generateTasks(2_000, 11);
    const fuse = new Fuse(tasks, {
      keys: ['title', 'summary', 'deliverable', 'skills', 'tags'],
      threshold: 0.35,
      ignoreLocation: true,
    });
    const idx = createSearchIndex(tasks, TASK_SEARCH_FIELDS);
    const queries = TYPO_QUERIES.slice(0, 24);
    expect(queries.length).toBeGreaterThanOrEqual(20);
    const overlaps = queries.map((q) =>
      topOverlap(
        ids(idx.search(q, { limit: 10 })),
        fuse.search(q, { limit: 10 }).map((r) => r.item.id),
      ),
    );
    const mean = overlaps.reduce((s, o) => s + o, 0) / overlaps.length;
    expect(mean).toBeGreaterThanOrEqual(0.9);
  });
});
