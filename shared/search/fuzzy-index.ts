/**
 * Fuzzy search with fuse.js ranking at interactive speed on large catalogs.
 *
 * Plain fuse.js runs bitap over every field of every record for every keystroke, which grows
 * linearly and passes a frame budget at a few thousand records. This index keeps fuse as the final
 * judge but shows it only a small head of candidates:
 *
 * 1. A vocabulary of the distinct lower-cased words in all fields, each with postings to the field
 *    values ("value" = one string of one field of one record; array fields give one value per
 *    element, as fuse scores them).
 * 2. A query is compared with every vocabulary word by approximate-substring edit distance (the
 *    quantity fuse's bitap scores), which is cheap because the vocabulary is far smaller than the
 *    text. Multi-word queries are checked against whole values, but only those whose words come
 *    close enough.
 * 3. Each record's fuse score is predicted with fuse's own formula (per-value score, key weight,
 *    field-length norm, Π score^(weight·norm)); the best few records by prediction, ties in input
 *    order as fuse breaks them, go to `new Fuse(candidates, sameOptions)` for the final ranking and
 *    the match indices used for highlighting.
 *
 * The prediction can only be pessimistic (a match spanning two words is seen as the best single
 * word), so a record fuse would rank higher than predicted can occasionally miss the head; the
 * quality test and benchmark measure how often.
 *
 * Pure TypeScript: no DOM or node imports, so main process, renderer and tests share it.
 */
import Fuse, { type FuseOptionKeyObject, type IFuseOptions } from 'fuse.js';
import { MAX_PATTERN_LENGTH, compilePattern, substringDistance } from './edit-distance';
import { allowedErrors, fieldNorm, splitWords, valueScore } from './fuse-model';

export interface SearchField<T> {
  name: string;
  get: (item: T) => string | readonly string[] | null | undefined;
  weight?: number;
}

export interface SearchIndexOptions {
  /** fuse.js threshold, used both by the candidate stage and by fuse itself. Default 0.35. */
  threshold?: number;
  /**
   * How many predicted records beyond `limit` fuse also ranks, as a margin for records whose score
   * was predicted too low (a match across two words). More costs fuse time (~60 µs a record).
   */
  extraCandidates?: number;
}

export interface SearchMatch {
  field: string;
  /** Inclusive [start, end] character ranges in `value`, as fuse's includeMatches gives them. */
  indices: [number, number][];
  value: string;
}

export interface SearchResult<T> {
  item: T;
  /** fuse.js score: 0 is a perfect match, 1 no match. */
  score: number;
  matches: SearchMatch[];
}

export interface SearchOptions<T> {
  /** Most results to return. Default 50 for a query; everything for an empty query. */
  limit?: number;
  filter?: (item: T) => boolean;
}

export interface SearchIndex<T extends { id: string }> {
  search(query: string, opts?: SearchOptions<T>): SearchResult<T>[];
  add(item: T): void;
  /** Replaces the record with the same id in place (keeping its position); adds it if unknown. */
  update(item: T): void;
  remove(id: string): void;
  readonly size: number;
}

const DEFAULT_THRESHOLD = 0.35;
const DEFAULT_EXTRA_CANDIDATES = 30;
const DEFAULT_LIMIT = 50;
/** Values whose word-level estimate for a multi-word query is this far past the limit are skipped. */
const MULTI_WORD_SLACK = 1;

interface DocRecord<T> {
  item: T;
  /** Input position; fuse breaks score ties by it, so candidates keep it. */
  order: number;
  values: number[];
  /** fuse's own index record for the item, so per-query fuse instances skip re-indexing. */
  fuseRecord: FuseRecord;
}

type FuseRecord = NonNullable<ReturnType<typeof Fuse.createIndex>['records'][number]['$']>;

export function createSearchIndex<T extends { id: string }>(
  items: readonly T[],
  fields: readonly SearchField<T>[],
  options: SearchIndexOptions = {},
): SearchIndex<T> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const extraCandidates = options.extraCandidates ?? DEFAULT_EXTRA_CANDIDATES;
  const totalWeight = fields.reduce((s, f) => s + (f.weight ?? 1), 0);
  const fieldWeight = fields.map((f) => (f.weight ?? 1) / totalWeight);
  const fuseOptions: IFuseOptions<T> = {
    keys: fields.map(
      (f): FuseOptionKeyObject<T> => ({ name: f.name, weight: f.weight ?? 1, getFn: (t) => f.get(t) ?? '' }),
    ),
    threshold,
    ignoreLocation: true,
    includeMatches: true,
    includeScore: true,
  };

  // Records by slot; slots are reused, order is not.
  const docs: (DocRecord<T> | undefined)[] = [];
  const freeSlots: number[] = [];
  const slotById = new Map<string, number>();
  let nextOrder = 0;
  let orderedCache: DocRecord<T>[] | null = null;

  // Field values by value id.
  const valueDoc: number[] = [];
  const valueField: number[] = [];
  const valueNorm: number[] = [];
  const valueText: string[] = [];
  const valueWords: number[][] = [];
  const freeValues: number[] = [];

  // Vocabulary: word id -> text and the values containing it.
  const wordText: string[] = [];
  const wordPostings: number[][] = [];
  const wordId = new Map<string, number>();
  const freeWords: number[] = [];

  // Per-query working memory, reused so a keystroke allocates little.
  const scratch = new Scratch();
  const wordSums = new Scratch();
  const perWord = new Scratch();
  const seenDocs = new Scratch();
  let docLog = new Float64Array(0);

  function internWord(w: string): number {
    let id = wordId.get(w);
    if (id === undefined) {
      id = freeWords.pop() ?? wordText.length;
      wordText[id] = w;
      wordPostings[id] = [];
      wordId.set(w, id);
    }
    return id;
  }

  function addValue(slot: number, field: number, raw: string): number {
    const text = raw.toLowerCase();
    const v = freeValues.pop() ?? valueDoc.length;
    valueDoc[v] = slot;
    valueField[v] = field;
    valueNorm[v] = fieldNorm(text);
    valueText[v] = text;
    const ids = [...new Set(splitWords(text))].map(internWord);
    valueWords[v] = ids;
    for (const w of ids) wordPostings[w]!.push(v);
    return v;
  }

  function removeValue(v: number): void {
    for (const w of valueWords[v]!) {
      const postings = wordPostings[w]!;
      const at = postings.indexOf(v);
      // Swap-remove: postings order carries no meaning.
      postings[at] = postings[postings.length - 1]!;
      postings.pop();
      if (postings.length === 0) {
        wordId.delete(wordText[w]!);
        wordText[w] = '';
        freeWords.push(w);
      }
    }
    valueWords[v] = [];
    valueText[v] = '';
    valueDoc[v] = -1;
    freeValues.push(v);
  }

  function indexDoc(slot: number, item: T): number[] {
    const values: number[] = [];
    fields.forEach((f, fi) => {
      const got = f.get(item);
      if (got == null) return;
      for (const s of typeof got === 'string' ? [got] : got) {
        // fuse skips blank values too, so they neither match nor count.
        if (s.trim().length > 0) values.push(addValue(slot, fi, s));
      }
    });
    return values;
  }

  const fuseKeys = Fuse.createIndex(fuseOptions.keys!, []).keys;
  const fuseRecordOf = (item: T): FuseRecord => Fuse.createIndex(fuseOptions.keys!, [item]).records[0]!.$!;

  function insert(item: T, order: number, fuseRecord = fuseRecordOf(item)): void {
    const slot = freeSlots.pop() ?? docs.length;
    docs[slot] = { item, order, values: indexDoc(slot, item), fuseRecord };
    slotById.set(item.id, slot);
    orderedCache = null;
  }

  function add(item: T): void {
    if (slotById.has(item.id)) {
      update(item);
      return;
    }
    insert(item, nextOrder++);
  }

  function update(item: T): void {
    const slot = slotById.get(item.id);
    if (slot === undefined) {
      add(item);
      return;
    }
    const doc = docs[slot]!;
    for (const v of doc.values) removeValue(v);
    doc.item = item;
    doc.values = indexDoc(slot, item);
    doc.fuseRecord = fuseRecordOf(item);
    orderedCache = null;
  }

  function remove(id: string): void {
    const slot = slotById.get(id);
    if (slot === undefined) return;
    for (const v of docs[slot]!.values) removeValue(v);
    docs[slot] = undefined;
    freeSlots.push(slot);
    slotById.delete(id);
    orderedCache = null;
  }

  function ordered(): DocRecord<T>[] {
    orderedCache ??= docs.filter((d): d is DocRecord<T> => d !== undefined).sort((a, b) => a.order - b.order);
    return orderedCache;
  }

  /**
   * Visits every vocabulary word within `maxErrors` of the pattern and each value containing it.
   */
  function forEachNearWord(pattern: string, maxErrors: number, visit: (value: number, errors: number) => void): void {
    for (const [w, d] of nearWords(pattern, maxErrors)) {
      for (const v of wordPostings[w]!) visit(v, d);
    }
  }

  function nearWords(pattern: string, maxErrors: number): Map<number, number> {
    const p = compilePattern(pattern);
    const near = new Map<number, number>();
    for (let w = 0; w < wordText.length; w++) {
      const text = wordText[w]!;
      if (text.length === 0) continue;
      const d = substringDistance(p, text, maxErrors);
      if (d <= maxErrors) near.set(w, d);
    }
    return near;
  }

  /** Best predicted error count per value for a single-word query. */
  function matchSingleWord(q: string, maxErrors: number): void {
    scratch.begin(valueDoc.length);
    forEachNearWord(q, maxErrors, (v, d) => scratch.offer(v, d));
  }

  /**
   * Multi-word queries are one pattern to fuse, spaces included. Values are shortlisted by summing
   * each query word's best distance (a missing word costs its length), then measured exactly.
   * Longest words go first: once the words seen so far cost more than the error budget when
   * missing, values without them cannot qualify, so short words ("pst", which is near a great many
   * words) are only checked against the shortlist instead of walking their long postings.
   */
  function matchMultiWord(q: string, words: string[], maxErrors: number): void {
    const byLength = [...new Set(words)].sort((x, y) => y.length - x.length);
    const missingCost = byLength.reduce((s, w) => s + w.length, 0);
    const budget = maxErrors + MULTI_WORD_SLACK;
    const sums = wordSums;
    sums.begin(valueDoc.length);
    let missingSoFar = 0;
    for (const w of byLength) {
      const wordErrors = allowedErrors(w.length, threshold);
      const pattern = w.slice(0, MAX_PATTERN_LENGTH);
      perWord.begin(valueDoc.length);
      const near = nearWords(pattern, wordErrors);
      const open = missingSoFar <= budget;
      let postingsCost = 0;
      for (const id of near.keys()) postingsCost += wordPostings[id]!.length;
      // Walk whichever is shorter: the near words' postings or the shortlist's own words.
      if (open || postingsCost <= sums.touched.length * 8) {
        for (const [id, d] of near) {
          for (const v of wordPostings[id]!) if (open || sums.has(v)) perWord.offer(v, d);
        }
      } else {
        for (const v of sums.touched) {
          for (const id of valueWords[v]!) {
            const d = near.get(id);
            if (d !== undefined) perWord.offer(v, d);
          }
        }
      }
      for (const v of perWord.touched) {
        if (!sums.has(v)) sums.set(v, missingCost);
        sums.set(v, sums.get(v) - (w.length - perWord.get(v)));
      }
      missingSoFar += w.length;
    }
    scratch.begin(valueDoc.length);
    const exact = q.length <= MAX_PATTERN_LENGTH ? compilePattern(q) : null;
    for (const v of sums.touched) {
      const estimate = sums.get(v);
      if (estimate > maxErrors + MULTI_WORD_SLACK) continue;
      // Past 32 characters fuse averages chunk scores; the word-level estimate stands in for that.
      const d = exact ? substringDistance(exact, valueText[v]!, maxErrors) : estimate;
      if (d <= maxErrors) scratch.offer(v, d);
    }
  }

  function search(query: string, opts: SearchOptions<T> = {}): SearchResult<T>[] {
    const filter = opts.filter;
    const q = query.trim().toLowerCase();
    if (q.length === 0) {
      const limit = opts.limit ?? Infinity;
      const out: SearchResult<T>[] = [];
      for (const d of ordered()) {
        if (out.length >= limit) break;
        if (!filter || filter(d.item)) out.push({ item: d.item, score: 0, matches: [] });
      }
      return out;
    }
    const limit = opts.limit ?? DEFAULT_LIMIT;
    if (limit <= 0) return [];

    const m = q.length;
    const maxErrors = allowedErrors(Math.min(m, MAX_PATTERN_LENGTH), threshold);
    const words = splitWords(q);
    if (words.length > 1 || m > MAX_PATTERN_LENGTH) matchMultiWord(q, words, maxErrors);
    else matchSingleWord(q, maxErrors);

    const head = pickHead(Math.min(m, MAX_PATTERN_LENGTH), q, limit + extraCandidates, filter);
    head.sort((a, b) => a.order - b.order);
    const fuseIndex = Fuse.parseIndex<T>({ keys: fuseKeys, records: head.map((d, i) => ({ i, $: d.fuseRecord })) });
    const fuse = new Fuse(
      head.map((d) => d.item),
      fuseOptions,
      fuseIndex,
    );
    // fuse's bounded heap wants a finite limit.
    const ranked = Number.isFinite(limit) ? fuse.search(q, { limit }) : fuse.search(q);
    return ranked.map((r) => ({
      item: r.item,
      score: r.score ?? 0,
      matches: (r.matches ?? []).map((mt) => ({
        field: mt.key ?? '',
        indices: mt.indices.map(([a, b]) => [a, b] as [number, number]),
        value: mt.value ?? '',
      })),
    }));
  }

  /**
   * Predicts fuse's score for every record with a matched value and keeps the `count` best, ties to
   * the earlier record as fuse breaks them. Scores are summed as logs (one table look-up per value,
   * no pow) and rounded, so records fuse scores equally also tie here whatever the summation order.
   */
  function pickHead(m: number, q: string, count: number, filter?: (item: T) => boolean): DocRecord<T>[] {
    const logScore = [Math.log(Number.EPSILON), Math.log(valueScore(0, m, false))];
    for (let d = 1; d <= m; d++) logScore[d + 1] = Math.log(valueScore(d, m, false));
    if (docLog.length < docs.length) docLog = new Float64Array(Math.max(docs.length, docLog.length * 2));
    seenDocs.begin(docs.length);
    const slots: number[] = [];
    for (const v of scratch.touched) {
      const slot = valueDoc[v]!;
      const f = logScore[valueText[v] === q ? 0 : scratch.get(v) + 1]! * fieldWeight[valueField[v]!]! * valueNorm[v]!;
      if (seenDocs.has(slot)) docLog[slot] = docLog[slot]! + f;
      else {
        seenDocs.set(slot, 1);
        docLog[slot] = f;
        slots.push(slot);
      }
    }
    const heads: DocRecord<T>[] = [];
    const scores: number[] = [];
    for (const slot of slots) {
      const doc = docs[slot]!;
      if (filter && !filter(doc.item)) continue;
      heads.push(doc);
      scores.push(Math.round(docLog[slot]! * 1e9) / 1e9);
    }
    if (heads.length <= count) return heads;
    // The count-th best score is the cut; records tied with it compete by input order.
    const cut = Float64Array.from(scores).sort()[count - 1]!;
    const better: DocRecord<T>[] = [];
    const tied: DocRecord<T>[] = [];
    heads.forEach((doc, i) => {
      if (scores[i]! < cut) better.push(doc);
      else if (scores[i] === cut) tied.push(doc);
    });
    tied.sort((a, b) => a.order - b.order);
    return better.concat(tied.slice(0, count - better.length));
  }

  // One fuse index pass over the initial items is far cheaper than one per item.
  const initialRecords = Fuse.createIndex(fuseOptions.keys!, items).records;
  items.forEach((item, i) => {
    if (slotById.has(item.id)) update(item);
    else insert(item, nextOrder++, initialRecords[i]!.$!);
  });

  return {
    search,
    add,
    update,
    remove,
    get size() {
      return slotById.size;
    },
  };
}

/**
 * A reusable sparse map from small integer ids to small integers: stamping avoids clearing typed
 * arrays between queries, and `touched` lists the ids set in the current round.
 */
class Scratch {
  private stamp = new Int32Array(0);
  private value = new Int32Array(0);
  private round = 0;
  touched: number[] = [];

  begin(capacity: number): void {
    if (this.stamp.length < capacity) {
      const size = Math.max(capacity, this.stamp.length * 2, 1024);
      this.stamp = new Int32Array(size);
      this.value = new Int32Array(size);
      this.round = 0;
    }
    this.round++;
    this.touched = [];
  }

  has(id: number): boolean {
    return this.stamp[id] === this.round;
  }

  get(id: number): number {
    return this.value[id]!;
  }

  set(id: number, v: number): void {
    if (this.stamp[id] !== this.round) {
      this.stamp[id] = this.round;
      this.touched.push(id);
    }
    this.value[id] = v;
  }

  /** Keeps the smaller of the current and offered value. */
  offer(id: number, v: number): void {
    if (this.stamp[id] !== this.round) this.set(id, v);
    else if (v < this.value[id]!) this.value[id] = v;
  }
}

export { TASK_SEARCH_FIELDS, COACH_SEARCH_FIELDS } from './search-fields';
