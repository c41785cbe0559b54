import type { LinearModel } from '../model/builder.js';
import { createHighsModel, getHighs } from './highs.js';

/** The model as MPS bytes (via HiGHS' writer), for external solvers such as CBC. */
export async function exportMps(lm: LinearModel): Promise<Uint8Array> {
  const highs = await getHighs();
  const model = createHighsModel(highs, lm);
  try {
    return model.exportModel('mps');
  } finally {
    model.dispose();
  }
}
