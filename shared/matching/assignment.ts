/**
 * Batch matching: before a matching day, give each waiting Rep at most one (task, coach) pair so that
 * no coach exceeds their free capacity, no task exceeds its free slots, and the summed fit is maximal.
 *
 * Every chosen triple consumes a coach unit AND a task slot, so in general this is a 3-index
 * assignment with capacities (NP-hard in general, not a flow). We solve it exactly as a 0/1 MIP with
 * HiGHS. When only one side's capacities can actually bind, the problem collapses to a bipartite
 * b-matching which a min-cost flow solves exactly without loading the solver at all.
 *
 * Pure TS: no `node:` imports, no DOM. HiGHS (WebAssembly) is loaded lazily on first MIP solve.
 */
import type { Highs, ModelData } from 'highs';
import { refuse, type ApiError } from '../errors';

export interface Candidate {
  repId: string;
  taskId: string;
  coachId: string;
  /** Fit score, > 0. Candidates with score ≤ 0 can never improve a plan and are ignored. */
  score: number;
}

export interface BatchProblem {
  reps: readonly string[];
  coaches: readonly { id: string; capacity: number }[];
  tasks: readonly { id: string; slots: number }[];
  /** Triples that already satisfy every hard constraint. */
  candidates: readonly Candidate[];
}

export type Assignment = Candidate;

export interface BatchSolution {
  /** Sorted by (repId, taskId, coachId). */
  assignments: Assignment[];
  objective: number;
  /** True when the plan is proven to maximise the total fit. */
  optimal: boolean;
  /** How the plan was found, for logs and the "how was this computed" note in the UI. */
  method: string;
}

export interface BatchOptions {
  /** Wall-clock limit for the MIP; on expiry the best plan found so far is returned with optimal=false. */
  timeLimitSeconds?: number;
  /** 'auto' uses faster exact methods when the problem decomposes; 'mip' always runs HiGHS (for cross-checks). */
  strategy?: 'auto' | 'mip';
}

// ---------------------------------------------------------------------------------------------
// Normalisation: one canonical, index-based form shared by every method, so the same logical input
// (in any order, with duplicates) always yields the same model and therefore the same plan.
// ---------------------------------------------------------------------------------------------

interface Prepared {
  repIds: string[];
  coachIds: string[];
  taskIds: string[];
  capacity: Int32Array; // per coach
  slots: Int32Array; // per task
  // Candidates in canonical (repId, taskId, coachId) order, structure-of-arrays.
  rep: Int32Array;
  task: Int32Array;
  coach: Int32Array;
  score: Float64Array;
}

const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function badInput(message: string): ApiError {
  return refuse('BAD_INPUT', { path: '', message: `Batch matching: ${message}` });
}

function indexIds(ids: readonly string[], kind: string, allowDuplicates: boolean): Map<string, number> {
  const map = new Map<string, number>();
  for (const id of ids) {
    if (map.has(id)) {
      if (allowDuplicates) continue;
      throw badInput(`${kind} "${id}" is listed twice`);
    }
    map.set(id, map.size);
  }
  return map;
}

function checkCount(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 0) throw badInput(`${what} must be a whole number ≥ 0 (got ${value})`);
  return value;
}

function prepare(problem: BatchProblem): Prepared {
  // Reps listed twice are harmless (same person); coaches/tasks listed twice are ambiguous (which capacity?).
  // Reps are numbered in id order, so ties between equal plans fall the same way whatever order they came in.
  const repMap = indexIds([...problem.reps].sort(byCodeUnits), 'rep', true);
  const coachMap = indexIds(problem.coaches.map((c) => c.id), 'coach', false);
  const taskMap = indexIds(problem.tasks.map((t) => t.id), 'task', false);
  const capacity = Int32Array.from(problem.coaches, (c) => checkCount(c.capacity, `capacity of coach "${c.id}"`));
  const slots = Int32Array.from(problem.tasks, (t) => checkCount(t.slots, `slots of task "${t.id}"`));

  // Keep the best score per distinct triple; drop triples that can never be chosen.
  const best = new Map<string, Candidate>();
  for (const c of problem.candidates) {
    const r = repMap.get(c.repId);
    const k = coachMap.get(c.coachId);
    const t = taskMap.get(c.taskId);
    if (r === undefined) throw badInput(`candidate names unknown rep "${c.repId}"`);
    if (k === undefined) throw badInput(`candidate names unknown coach "${c.coachId}"`);
    if (t === undefined) throw badInput(`candidate names unknown task "${c.taskId}"`);
    if (!Number.isFinite(c.score)) throw badInput(`candidate (${c.repId}, ${c.taskId}, ${c.coachId}) has a non-finite score`);
    if (c.score <= 0 || capacity[k] === 0 || slots[t] === 0) continue;
    // \u0000 cannot appear in ids we accept elsewhere, so the key is unambiguous.
    const key = `${c.repId}\u0000${c.taskId}\u0000${c.coachId}`;
    const prev = best.get(key);
    if (!prev || c.score > prev.score) best.set(key, c);
  }
  const list = [...best.values()].sort(
    (a, b) => byCodeUnits(a.repId, b.repId) || byCodeUnits(a.taskId, b.taskId) || byCodeUnits(a.coachId, b.coachId),
  );

  const n = list.length;
  const p: Prepared = {
    repIds: [...repMap.keys()],
    coachIds: [...coachMap.keys()],
    taskIds: [...taskMap.keys()],
    capacity,
    slots,
    rep: new Int32Array(n),
    task: new Int32Array(n),
    coach: new Int32Array(n),
    score: new Float64Array(n),
  };
  list.forEach((c, i) => {
    p.rep[i] = repMap.get(c.repId)!;
    p.task[i] = taskMap.get(c.taskId)!;
    p.coach[i] = coachMap.get(c.coachId)!;
    p.score[i] = c.score;
  });
  return p;
}

/** Builds the solution from chosen candidate indices; the objective is summed in canonical order. */
function toSolution(p: Prepared, chosen: Iterable<number>, optimal: boolean, method: string): BatchSolution {
  const idx = [...chosen].sort((a, b) => a - b);
  let objective = 0;
  const assignments = idx.map((i) => {
    objective += p.score[i]!;
    return { repId: p.repIds[p.rep[i]!]!, taskId: p.taskIds[p.task[i]!]!, coachId: p.coachIds[p.coach[i]!]!, score: p.score[i]! };
  });
  return { assignments, objective, optimal, method };
}

/** True when the chosen candidate indices respect one-per-rep, capacities and slots. */
function isFeasible(p: Prepared, chosen: readonly number[]): boolean {
  const repUsed = new Uint8Array(p.repIds.length);
  const coachUsed = new Int32Array(p.coachIds.length);
  const taskUsed = new Int32Array(p.taskIds.length);
  for (const i of chosen) {
    const r = p.rep[i]!;
    const k = p.coach[i]!;
    const t = p.task[i]!;
    if (repUsed[r]) return false;
    repUsed[r] = 1;
    if (++coachUsed[k]! > p.capacity[k]!) return false;
    if (++taskUsed[t]! > p.slots[t]!) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// Greedy baseline
// ---------------------------------------------------------------------------------------------

function greedyIndices(p: Prepared): number[] {
  const order = Array.from(p.score.keys()).sort((a, b) => p.score[b]! - p.score[a]! || a - b);
  const repUsed = new Uint8Array(p.repIds.length);
  const coachLeft = Int32Array.from(p.capacity);
  const taskLeft = Int32Array.from(p.slots);
  const chosen: number[] = [];
  for (const i of order) {
    const r = p.rep[i]!;
    const k = p.coach[i]!;
    const t = p.task[i]!;
    if (repUsed[r] || coachLeft[k] === 0 || taskLeft[t] === 0) continue;
    repUsed[r] = 1;
    coachLeft[k]!--;
    taskLeft[t]!--;
    chosen.push(i);
  }
  return chosen;
}

/** Highest score first, ties by (repId, taskId, coachId); take a triple whenever it still fits. */
export function solveGreedy(problem: BatchProblem): BatchSolution {
  const p = prepare(problem);
  return toSolution(p, greedyIndices(p), false, 'greedy');
}

// ---------------------------------------------------------------------------------------------
// Exact solver
// ---------------------------------------------------------------------------------------------

/**
 * For each coach (or task), whether its limit can ever bind: it cannot when it is at least the number
 * of distinct reps that could use it, since each rep takes at most one triple.
 */
function bindingMask(p: Prepared, of: Int32Array, limit: Int32Array): Uint8Array {
  const reps = new Int32Array(limit.length);
  const lastRep = new Int32Array(limit.length).fill(-1);
  // Candidates are sorted by rep, so "distinct reps" is a running count with a last-seen marker.
  for (let i = 0; i < of.length; i++) {
    const x = of[i]!;
    if (lastRep[x] !== p.rep[i]) {
      lastRep[x] = p.rep[i]!;
      reps[x]!++;
    }
  }
  return Uint8Array.from(limit, (cap, x) => (reps[x]! > cap ? 1 : 0));
}

export async function solveBatch(problem: BatchProblem, opts: BatchOptions = {}): Promise<BatchSolution> {
  const p = prepare(problem);
  if (p.score.length === 0) return toSolution(p, [], true, 'empty');

  const coachBinds = bindingMask(p, p.coach, p.capacity);
  const taskBinds = bindingMask(p, p.task, p.slots);
  const anyCoach = coachBinds.includes(1);
  const anyTask = taskBinds.includes(1);

  if (opts.strategy !== 'mip') {
    if (!anyCoach && !anyTask) return toSolution(p, bestPerRep(p), true, 'best per rep (no capacity binds)');
    if (!anyCoach) return toSolution(p, bMatching(p, p.task, p.slots), true, 'min-cost flow over tasks (coach capacities slack)');
    if (!anyTask) return toSolution(p, bMatching(p, p.coach, p.capacity), true, 'min-cost flow over coaches (task slots slack)');
  }
  return solveMip(p, coachBinds, taskBinds, opts);
}

/** With no binding limit, each rep independently takes its best triple (first in canonical order on ties). */
function bestPerRep(p: Prepared): number[] {
  const chosen: number[] = [];
  for (let i = 0; i < p.rep.length; i++) {
    const last = chosen[chosen.length - 1];
    if (last === undefined || p.rep[last] !== p.rep[i]) chosen.push(i);
    else if (p.score[i]! > p.score[last]!) chosen[chosen.length - 1] = i;
  }
  return chosen;
}

// --- Min-cost flow for the two-index case --------------------------------------------------------

/**
 * When only one side (`res` with limits `cap`) can bind, the other side is free: each (rep, res) pair
 * keeps its best triple and the problem is a max-weight bipartite b-matching. Successive shortest
 * paths with Dijkstra on reduced costs; path costs are non-decreasing, so we stop at the first path
 * that no longer improves the total (this is maximum weight, not maximum cardinality).
 */
function bMatching(p: Prepared, res: Int32Array, cap: Int32Array): number[] {
  // Best triple per (rep, res) pair; canonical order makes the first of equal scores win.
  const pairBest = new Map<number, number>();
  const nRes = cap.length;
  for (let i = 0; i < p.rep.length; i++) {
    const key = p.rep[i]! * nRes + res[i]!;
    const prev = pairBest.get(key);
    if (prev === undefined || p.score[i]! > p.score[prev]!) pairBest.set(key, i);
  }
  const pairs = [...pairBest.values()].sort((a, b) => a - b);

  // Nodes: 0 = source, 1..R = reps, R+1..R+K = resources, R+K+1 = sink.
  const R = p.repIds.length;
  const S = 0;
  const T = R + nRes + 1;
  const g = new FlowGraph(T + 1, R + pairs.length + nRes);
  for (let r = 0; r < R; r++) g.addEdge(S, 1 + r, 1, 0);
  const pairEdge = pairs.map((i) => g.addEdge(1 + p.rep[i]!, 1 + R + res[i]!, 1, -p.score[i]!));
  for (let x = 0; x < nRes; x++) if (cap[x]! > 0) g.addEdge(1 + R + x, T, cap[x]!, 0);
  g.maxWeightFlow(S, T);
  return pairs.filter((_, j) => g.flowOn(pairEdge[j]!) > 0);
}

class FlowGraph {
  private readonly head: Int32Array;
  private readonly next: Int32Array;
  private readonly to: Int32Array;
  private readonly capLeft: Int32Array;
  private readonly cost: Float64Array;
  private m = 0;

  constructor(
    private readonly n: number,
    maxEdges: number,
  ) {
    this.head = new Int32Array(n).fill(-1);
    // Each edge is stored with its reverse at index ^ 1.
    this.next = new Int32Array(2 * maxEdges);
    this.to = new Int32Array(2 * maxEdges);
    this.capLeft = new Int32Array(2 * maxEdges);
    this.cost = new Float64Array(2 * maxEdges);
  }

  addEdge(u: number, v: number, cap: number, cost: number): number {
    const e = this.m;
    this.link(u, v, cap, cost);
    this.link(v, u, 0, -cost);
    return e;
  }

  private link(u: number, v: number, cap: number, cost: number): void {
    const e = this.m++;
    this.to[e] = v;
    this.capLeft[e] = cap;
    this.cost[e] = cost;
    this.next[e] = this.head[u]!;
    this.head[u] = e;
  }

  flowOn(e: number): number {
    return this.capLeft[e ^ 1]!;
  }

  maxWeightFlow(s: number, t: number): void {
    const { n, head, next, to, capLeft, cost } = this;
    // Initial potentials: the graph is a DAG with negative costs, so one Bellman-Ford pass in
    // topological order (node ids are already topological here) gives exact shortest distances.
    const pot = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
    pot[s] = 0;
    for (let u = 0; u < n; u++) {
      if (pot[u] === Number.POSITIVE_INFINITY) continue;
      for (let e = head[u]!; e !== -1; e = next[e]!) {
        if (capLeft[e]! > 0 && pot[u]! + cost[e]! < pot[to[e]!]!) pot[to[e]!] = pot[u]! + cost[e]!;
      }
    }
    for (let u = 0; u < n; u++) if (pot[u] === Number.POSITIVE_INFINITY) pot[u] = 0;

    const dist = new Float64Array(n);
    const prevEdge = new Int32Array(n);
    const heap = new MinHeap(n);
    // Reduced costs can come out as -1e-15 after float round-off; treat those as zero.
    const EPS = 1e-9;
    for (;;) {
      dist.fill(Number.POSITIVE_INFINITY);
      prevEdge.fill(-1);
      dist[s] = 0;
      heap.push(s, 0);
      while (heap.size > 0) {
        const [u, d] = heap.pop();
        if (d > dist[u]!) continue;
        for (let e = head[u]!; e !== -1; e = next[e]!) {
          if (capLeft[e]! <= 0) continue;
          const v = to[e]!;
          const rc = Math.max(0, cost[e]! + pot[u]! - pot[v]!);
          if (d + rc < dist[v]! - EPS) {
            dist[v] = d + rc;
            prevEdge[v] = e;
            heap.push(v, d + rc);
          }
        }
      }
      if (dist[t] === Number.POSITIVE_INFINITY) return;
      const realCost = dist[t]! + pot[t]! - pot[s]!;
      if (realCost >= -EPS) return; // no longer improves the total weight
      for (let u = 0; u < n; u++) if (dist[u]! < Number.POSITIVE_INFINITY) pot[u]! += dist[u]!;
      // Unit augmentations: every rep has capacity 1, so each path carries exactly one unit.
      for (let v = t; v !== s; v = to[prevEdge[v]! ^ 1]!) {
        capLeft[prevEdge[v]!]!--;
        capLeft[prevEdge[v]! ^ 1]!++;
      }
    }
  }
}

/** Binary heap of (node, key) with lazy deletion; ties by node id keep runs deterministic. */
class MinHeap {
  private nodes: Int32Array;
  private keys: Float64Array;
  size = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(Math.max(16, capacity));
    this.keys = new Float64Array(Math.max(16, capacity));
  }

  push(node: number, key: number): void {
    if (this.size === this.nodes.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(node, key, this.nodes[parent]!, this.keys[parent]!)) break;
      this.nodes[i] = this.nodes[parent]!;
      this.keys[i] = this.keys[parent]!;
      i = parent;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
  }

  pop(): [number, number] {
    const top: [number, number] = [this.nodes[0]!, this.keys[0]!];
    const node = this.nodes[--this.size]!;
    const key = this.keys[this.size]!;
    let i = 0;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= this.size) break;
      if (c + 1 < this.size && this.less(this.nodes[c + 1]!, this.keys[c + 1]!, this.nodes[c]!, this.keys[c]!)) c++;
      if (!this.less(this.nodes[c]!, this.keys[c]!, node, key)) break;
      this.nodes[i] = this.nodes[c]!;
      this.keys[i] = this.keys[c]!;
      i = c;
    }
    this.nodes[i] = node;
    this.keys[i] = key;
    return top;
  }

  private less(n1: number, k1: number, n2: number, k2: number): boolean {
    return k1 < k2 || (k1 === k2 && n1 < n2);
  }

  private grow(): void {
    const nodes = new Int32Array(this.nodes.length * 2);
    const keys = new Float64Array(this.keys.length * 2);
    nodes.set(this.nodes);
    keys.set(this.keys);
    this.nodes = nodes;
    this.keys = keys;
  }
}

// --- MIP with HiGHS --------------------------------------------------------------------------

let highsPromise: Promise<Highs> | undefined;

/** Loads the WebAssembly solver once per process; a failed load is not cached so a retry can succeed. */
function loadHighs(): Promise<Highs> {
  highsPromise ??= import('highs')
    .then((mod) => {
      // ESM gives { default: loader }; some CJS interop layers nest it one level deeper.
      const m = mod as unknown as { default: unknown };
      const loader = (typeof m.default === 'function' ? m.default : (m.default as { default: unknown }).default) as () => Promise<Highs>;
      return loader();
    })
    .catch((err: unknown) => {
      highsPromise = undefined;
      throw err;
    });
  return highsPromise;
}

/**
 * One binary column per candidate and ≤ rows only where a limit can bind: a rep row when the rep has
 * two or more candidates, a coach/task row when more distinct reps could use it than it has room for.
 * Built as a sparse row-wise matrix rather than LP text: parsing LP text cost more (~0.8 s at 70k
 * columns) than solving the model.
 */
function buildModel(p: Prepared, coachBinds: Uint8Array, taskBinds: Uint8Array, highs: Highs): ModelData {
  const n = p.score.length;
  const starts: number[] = [0];
  const indices: number[] = [];
  const rowUpper: number[] = [];
  const addRows = (of: Int32Array, size: number, keep: (x: number, count: number) => boolean, limit: (x: number) => number) => {
    const lists: number[][] = Array.from({ length: size }, () => []);
    for (let i = 0; i < n; i++) lists[of[i]!]!.push(i);
    lists.forEach((idx, x) => {
      if (!keep(x, idx.length)) return;
      indices.push(...idx);
      starts.push(indices.length);
      rowUpper.push(limit(x));
    });
  };
  addRows(p.rep, p.repIds.length, (_, count) => count >= 2, () => 1);
  addRows(p.coach, p.coachIds.length, (k) => coachBinds[k] === 1, (k) => p.capacity[k]!);
  addRows(p.task, p.taskIds.length, (t) => taskBinds[t] === 1, (t) => p.slots[t]!);
  const numRows = rowUpper.length;
  return {
    numCols: n,
    numRows,
    sense: highs.constants.objectiveSense.maximize,
    colCost: p.score,
    colLower: new Float64Array(n),
    colUpper: new Float64Array(n).fill(1),
    rowLower: new Float64Array(numRows).fill(-highs.infinity),
    rowUpper: Float64Array.from(rowUpper),
    matrix: { format: 'csr', numRows, numCols: n, starts: Int32Array.from(starts), indices: Int32Array.from(indices), values: new Float64Array(indices.length).fill(1) },
    integrality: new Int32Array(n).fill(highs.constants.variableType.integer),
  };
}

async function solveMip(p: Prepared, coachBinds: Uint8Array, taskBinds: Uint8Array, opts: BatchOptions): Promise<BatchSolution> {
  const highs = await loadHighs();
  const n = p.score.length;
  const { status, values } = highs.withModel(buildModel(p, coachBinds, taskBinds, highs), (model) => {
    model.options.set({
      output_flag: false,
      // HiGHS presolve spends most of its time probing these set-packing rows (13 s of 15 s at 2,000
      // reps) without removing anything, so we skip it; branch-and-cut still runs in full.
      presolve: 'off',
      // The default relative gap (1e-4) would accept a plan up to 0.01% below optimum; we promise exact.
      mip_rel_gap: 0,
      mip_abs_gap: 1e-6,
      random_seed: 0,
      ...(opts.timeLimitSeconds !== undefined ? { time_limit: opts.timeLimitSeconds } : {}),
    });
    const { modelStatus } = model.run();
    const hasPrimal = Number(model.info.get('primal_solution_status')) === highs.constants.solutionStatus.feasible;
    return { status: modelStatus, values: hasPrimal ? Float64Array.from(model.getSolution().colValue) : undefined };
  });

  const chosen: number[] = [];
  if (values) for (let i = 0; i < n; i++) if (values[i]! > 0.5) chosen.push(i);
  // Re-check rather than trust tolerances: a plan we hand to mentors must be feasible to the unit.
  if (status === highs.constants.modelStatus.optimal && values && isFeasible(p, chosen)) {
    return toSolution(p, chosen, true, `HiGHS MIP (${n} candidates)`);
  }
  // The empty plan is always feasible, so anything but a clean optimum is a limit or a numerical
  // problem: return the better of the incumbent and greedy, and say which.
  const why = status === highs.constants.modelStatus.timeLimit ? 'time limit reached' : `HiGHS status ${status}`;
  const greedy = greedyIndices(p);
  const sum = (idx: number[]) => idx.reduce((s, i) => s + p.score[i]!, 0);
  if (values && isFeasible(p, chosen) && sum(chosen) >= sum(greedy)) {
    return toSolution(p, chosen, false, `HiGHS MIP best plan so far (${why})`);
  }
  return toSolution(p, greedy, false, `greedy fallback (${why})`);
}

// ---------------------------------------------------------------------------------------------
// Validation helper for callers and tests
// ---------------------------------------------------------------------------------------------

/**
 * Lists every way `assignments` breaks the problem's rules (non-candidate triple, rep twice, coach or
 * task over its limit). Empty means the plan is feasible. Scores are checked against the best
 * candidate score for that triple.
 */
export function planViolations(problem: BatchProblem, assignments: readonly Assignment[]): string[] {
  const issues: string[] = [];
  const candScore = new Map<string, number>();
  for (const c of problem.candidates) {
    const key = `${c.repId}\u0000${c.taskId}\u0000${c.coachId}`;
    candScore.set(key, Math.max(candScore.get(key) ?? -Infinity, c.score));
  }
  const cap = new Map(problem.coaches.map((c) => [c.id, c.capacity]));
  const slots = new Map(problem.tasks.map((t) => [t.id, t.slots]));
  const repSeen = new Set<string>();
  const coachUsed = new Map<string, number>();
  const taskUsed = new Map<string, number>();
  for (const a of assignments) {
    const s = candScore.get(`${a.repId}\u0000${a.taskId}\u0000${a.coachId}`);
    if (s === undefined) issues.push(`(${a.repId}, ${a.taskId}, ${a.coachId}) is not a candidate`);
    else if (s !== a.score) issues.push(`(${a.repId}, ${a.taskId}, ${a.coachId}) reports score ${a.score}, candidate has ${s}`);
    if (repSeen.has(a.repId)) issues.push(`rep ${a.repId} assigned twice`);
    repSeen.add(a.repId);
    coachUsed.set(a.coachId, (coachUsed.get(a.coachId) ?? 0) + 1);
    taskUsed.set(a.taskId, (taskUsed.get(a.taskId) ?? 0) + 1);
  }
  for (const [id, used] of coachUsed) if (used > (cap.get(id) ?? 0)) issues.push(`coach ${id} used ${used} times, capacity ${cap.get(id) ?? 0}`);
  for (const [id, used] of taskUsed) if (used > (slots.get(id) ?? 0)) issues.push(`task ${id} used ${used} times, slots ${slots.get(id) ?? 0}`);
  return issues;
}
