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
    heading.current?.focus({ preventScroll: true });
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
