import type { LinearModel } from '../model/builder.js';
import { getHighs } from './highs.js';

/** The model as MPS bytes (via HiGHS' writer), for external solvers such as CBC. */
export async function exportMps(lm: LinearModel): Promise<Uint8Array> {
  const highs = await getHighs();
  const model = highs.createModel({
    numCols: lm.numCols,
    numRows: lm.numRows,
    offset: lm.offset,
    colCost: lm.colCost,
    colLower: lm.colLower,
    colUpper: lm.colUpper,
    rowLower: lm.rowLower,
    rowUpper: lm.rowUpper,
    matrix: {
      format: 'csr',
      numRows: lm.numRows,
      numCols: lm.numCols,
      starts: lm.starts,
      indices: lm.indices,
      values: lm.values,
    },
    integrality: Array.from(lm.integrality, (v) => (v ? 1 : 0)),
  });
  try {
    return model.exportModel('mps');
  } finally {
    model.dispose();
  }
}
