import { useEffect, useRef, type ReactNode } from 'react';
import './page.css';

export type PageProps = {
  title: string;
  lead?: ReactNode;
  children?: ReactNode;
};

/**
 * One screen: its heading is the page's only h1 and takes focus when the screen opens, so
 * screen-reader and keyboard users land at the start of the new content after navigation.
 */
export function Page({ title, lead, children }: PageProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // In the next frame, with the browser's own layout: focusing at once forced that layout inside
    // React's commit, the longest task of a cold start (Lighthouse counted it as blocking time).
    const frame = requestAnimationFrame(() => heading.current?.focus({ preventScroll: true }));
    return () => cancelAnimationFrame(frame);
  }, [title]);
  return (
    <div className="page">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {lead ? <p className="page__lead">{lead}</p> : null}
      {children}
    </div>
  );
}
