import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Alert, Loading } from './common.js';

/**
 * A page loaded on first visit (its own chunk), so pages most users never open do not weigh on
 * the first load.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  let loaded: ComponentType<P> | undefined;
  return function LazyPage(props: P) {
    const [Page, setPage] = useState<ComponentType<P> | undefined>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (Page) return;
      load()
        .then((c) => {
          loaded = c;
          setPage(() => c);
        })
        .catch(() => setFailed(true));
    }, []);
    if (failed) return <Alert kind="error">页面加载失败，请检查网络后刷新页面。</Alert>;
    return Page ? <Page {...props} /> : <Loading />;
  };
}
