import type { ReactNode } from 'react';
import ReactMarkdown, { type Components } from 'react-markdown';
import { Link } from 'react-router';

export type MarkdownProps = {
  children: string;
  /** The heading level content headings start at, below the screen's own headings. */
  headingLevel?: 2 | 3 | 4;
};

/** Internal app routes only, such as `/help`; everything else renders as its plain text. */
const INTERNAL = /^\/(?!\/)[a-z0-9/-]*$/;

function SafeLink({ href, children }: { href?: string | undefined; children?: ReactNode }) {
  return href && INTERNAL.test(href) ? <Link to={href}>{children}</Link> : <>{children}</>;
}

function headings(level: 2 | 3 | 4): Components {
  const Top = `h${level}` as 'h2' | 'h3' | 'h4';
  const Sub = `h${Math.min(level + 1, 5)}` as 'h3' | 'h4' | 'h5';
  return {
    h1: ({ children }) => <Top>{children}</Top>,
    h2: ({ children }) => <Top>{children}</Top>,
    h3: ({ children }) => <Top>{children}</Top>,
    h4: ({ children }) => <Sub>{children}</Sub>,
    h5: ({ children }) => <Sub>{children}</Sub>,
    h6: ({ children }) => <Sub>{children}</Sub>,
  };
}

const BY_LEVEL = { 2: headings(2), 3: headings(3), 4: headings(4) } as const;

/**
 * Course prose. react-markdown builds React elements (no innerHTML); raw HTML in the source is
 * dropped (skipHtml), images are never loaded, and only same-app links stay links.
 */
export function Markdown({ children, headingLevel = 2 }: MarkdownProps) {
  return (
    <div className="course-prose">
      <ReactMarkdown
        skipHtml
        components={{
          ...BY_LEVEL[headingLevel],
          a: ({ href, children: text }) => <SafeLink href={href}>{text}</SafeLink>,
          img: ({ alt }) => (alt ? <>{alt}</> : null),
        }}
      >
        {children}
      </ReactMarkdown>
    </div>
  );
}
