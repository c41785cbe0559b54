import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../api/client.js';

/**
 * What the service answers at `path` for `year`, fetched again when the year changes: null until
 * it answers. `setError` (when given) is cleared as the year changes and told of a failure.
 */
export function useYearData<T>(
  path: string,
  year: number,
  setError?: (text: string | null) => void,
): T | null {
  const [data, setData] = useState<T | null>(null);
  useEffect(() => {
    setData(null);
    setError?.(null);
    api<T>(`${path}?year=${year}`)
      .then(setData)
      .catch((err: unknown) => setError?.(errorText(err)));
  }, [year]);
  return data;
}
