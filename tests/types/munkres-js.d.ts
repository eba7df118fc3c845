/** munkres-js ships no types; only what the tests and benchmarks call is declared. */
declare module 'munkres-js' {
  /** Minimum-cost assignment of a (padded) cost matrix; returns [row, col] pairs. */
  function computeMunkres(costMatrix: number[][], options?: { padValue?: number }): [number, number][];
  namespace computeMunkres {
    /** Turns a profit matrix into a cost matrix (max − x by default). */
    function make_cost_matrix(profit: number[][], invert?: (x: number) => number): number[][];
  }
  export default computeMunkres;
}
