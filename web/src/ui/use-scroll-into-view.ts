import { useEffect, useRef } from 'preact/hooks';

/**
 * A form taller than its dialog: a refusal must not stay out of sight above the buttons. The
 * returned ref's element scrolls into view whenever `when` is set and `deps` change.
 */
export function useScrollIntoView<E extends HTMLElement>(when: unknown, deps: unknown[]) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (when) ref.current?.scrollIntoView({ block: 'start' });
  }, [when, ...deps]);
  return ref;
}
