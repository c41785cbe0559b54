/** Column-major-free sparse model: rows in CSR, ready to copy into HiGHS as typed arrays. */
export interface LinearModel {
  numCols: number;
  numRows: number;
  offset: number;
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  /** 1 = integer (all our integers are binaries or counts), 0 = continuous. */
  integrality: Int32Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
}

export type Terms = Map<number, number>;

export class ModelBuilder {
  private cost: number[] = [];
  private lower: number[] = [];
  private upper: number[] = [];
  private integer: number[] = [];
  private rLower: number[] = [];
  private rUpper: number[] = [];
  private rStarts: number[] = [0];
  private rIdx: number[] = [];
  private rVal: number[] = [];
  offset = 0;
  /** Set when a hard rule cannot hold whatever the assignment (e.g. a pin on a missing variable). */
  triviallyInfeasible = false;

  get numCols(): number {
    return this.cost.length;
  }

  get numRows(): number {
    return this.rLower.length;
  }

  addCol(cost: number, lb: number, ub: number, integer: boolean): number {
    this.cost.push(cost);
    this.lower.push(lb);
    this.upper.push(ub);
    this.integer.push(integer ? 1 : 0);
    return this.cost.length - 1;
  }

  addCost(col: number, c: number): void {
    this.cost[col] += c;
  }

  setLower(col: number, lb: number): void {
    this.lower[col] = lb;
  }

  /** lo <= sum(terms) <= hi; duplicate columns are merged (HiGHS rejects repeated indices). */
  addRow(terms: Terms | [number, number][], lo: number, hi: number): number {
    const entries = terms instanceof Map ? [...terms] : terms;
    const merged = new Map<number, number>();
    for (const [c, v] of entries) merged.set(c, (merged.get(c) ?? 0) + v);
    for (const [c, v] of merged) {
      if (v === 0) continue;
      this.rIdx.push(c);
      this.rVal.push(v);
    }
    this.rStarts.push(this.rIdx.length);
    this.rLower.push(lo);
    this.rUpper.push(hi);
    return this.rLower.length - 1;
  }

  build(): LinearModel {
    return {
      numCols: this.cost.length,
      numRows: this.rLower.length,
      offset: this.offset,
      colCost: Float64Array.from(this.cost),
      colLower: Float64Array.from(this.lower),
      colUpper: Float64Array.from(this.upper),
      integrality: Int32Array.from(this.integer),
      rowLower: Float64Array.from(this.rLower),
      rowUpper: Float64Array.from(this.rUpper),
      starts: Int32Array.from(this.rStarts),
      indices: Int32Array.from(this.rIdx),
      values: Float64Array.from(this.rVal),
    };
  }
}
