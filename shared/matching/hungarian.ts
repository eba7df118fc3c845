/**
 * Hungarian algorithm (shortest augmenting paths with potentials, the Kuhn–Munkres / Jonker–Volgenant
 * formulation) for the dense square assignment problem: pick one column per row, each column once,
 * minimising (or maximising) the summed cost. O(n³) time, O(n²) memory for the flat copy.
 *
 * Pure TS, no I/O. The cost matrix is copied once into a Float64Array so the inner loop reads a
 * contiguous row instead of chasing nested JS arrays, which is where most of the speed comes from.
 */

export interface AssignmentResult {
  /** rowToCol[i] = column assigned to row i. */
  rowToCol: Int32Array;
  /** Sum of the original (not negated) matrix entries on the chosen cells. */
  total: number;
}

export interface HungarianOptions {
  /** Maximise the total instead of minimising it. */
  maximize?: boolean;
}

/** A square matrix given as rows (number[][] or typed-array rows). */
export type SquareMatrix = readonly ArrayLike<number>[];

export function solveAssignment(matrix: SquareMatrix, opts: HungarianOptions = {}): AssignmentResult {
  const n = matrix.length;
  if (n === 0) return { rowToCol: new Int32Array(0), total: 0 };
  const sign = opts.maximize ? -1 : 1;

  // Flat, 1-indexed-friendly copy: a[(i-1)*n + (j-1)] holds row i, column j.
  const a = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = matrix[i]!;
    if (row.length !== n) throw new RangeError(`solveAssignment: row ${i} has ${row.length} entries, expected ${n} (matrix must be square)`);
    for (let j = 0; j < n; j++) {
      const x = row[j]!;
      if (!Number.isFinite(x)) throw new RangeError(`solveAssignment: entry [${i}][${j}] is not a finite number`);
      a[i * n + j] = sign * x;
    }
  }

  const colToRow = hungarianMin(a, n);
  const rowToCol = new Int32Array(n);
  let total = 0;
  for (let j = 0; j < n; j++) {
    const i = colToRow[j]!;
    rowToCol[i] = j;
    total += matrix[i]![j]!;
  }
  return { rowToCol, total };
}

/**
 * Core minimisation over a flat n×n Float64Array. Returns colToRow (0-based).
 *
 * Rows are inserted one at a time; each insertion runs a Dijkstra-like search over columns using
 * reduced costs a[i][j] - u[i] - v[j] ≥ 0, then updates the potentials so reduced costs stay
 * non-negative. Index 0 is a virtual column that anchors the row currently being inserted.
 */
function hungarianMin(a: Float64Array, n: number): Int32Array {
  const INF = Number.POSITIVE_INFINITY;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1); // p[j] = row (1-based) matched to column j; 0 = free
  const way = new Int32Array(n + 1); // predecessor column on the shortest path
  const minv = new Float64Array(n + 1);
  const used = new Uint8Array(n + 1);

  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(INF);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      const base = (i0 - 1) * n - 1; // so a[base + j] is row i0, column j (1-based j)
      const ui0 = u[i0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = a[base + j]! - ui0 - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]!]! += delta;
          v[j]! -= delta;
        } else {
          minv[j]! -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    // Flip the augmenting path back to the virtual column.
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }

  const colToRow = new Int32Array(n);
  for (let j = 1; j <= n; j++) colToRow[j - 1] = p[j]! - 1;
  return colToRow;
}
