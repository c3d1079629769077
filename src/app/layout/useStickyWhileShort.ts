import { useEffect, useRef } from 'react';

/**
 * A sticky bar helps only while it is short. With very large text the top bar wraps onto several
 * rows; kept on screen it would cover a third of a phone, so past `share` of the window's height it
 * scrolls away with the page instead (marked with data-tall; the CSS drops position: sticky).
 */
export function useStickyWhileShort<T extends HTMLElement>(share = 0.25) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const check = () => {
      const tall = element.offsetHeight > window.innerHeight * share;
      if (tall) element.setAttribute('data-tall', '');
      else element.removeAttribute('data-tall');
    };
    const observer = new ResizeObserver(check);
    observer.observe(element);
    // No first check here: the observer reports the bar's size once laid out, while reading it now
    // would force that layout inside React's commit.
    window.addEventListener('resize', check);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', check);
    };
  }, [share]);
  return ref;
}
