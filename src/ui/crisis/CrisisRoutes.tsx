/**
 * The crisis routes for one country, as the help page gives them: the emergency number, the
 * crisis lines and the prevention lines, each a direct tel: link (in a crisis every tap counts, and
 * the phone's dialler asks before it calls), then what to do right now. Presentational: the caller
 * picks the lines (src/content/crisisLines.ts) and passes the words, so the tracker's crisis panel
 * and the safety plan show the same routes.
 */
import type { ReactNode } from 'react';
import Markdown from 'react-markdown';
import type { CrisisLine } from '../../content/crisisLines';
import { buttonClass } from '../Button';
import './crisisRoutes.css';

export type CrisisRoutesText = {
  /** A heading for each group of lines. */
  kinds: Record<CrisisLine['kind'], string>;
  /** The accessible name of one call link, e.g. "Call Emergency number, 112". */
  call: (line: CrisisLine) => string;
  /** Shown instead of the lines when the country has none in the directory. */
  noLines: string;
};

type Props = {
  lines: readonly CrisisLine[];
  text: CrisisRoutesText;
  /** Heading level of the group headings, under the caller's own heading. */
  level?: 3 | 4;
  /** "I might act now" guidance in Markdown (the help pages' own words), shown after the numbers. */
  guidance?: ReadonlyArray<{ title: string; markdown: string }>;
  children?: ReactNode;
};

const KINDS: ReadonlyArray<CrisisLine['kind']> = ['emergency', 'crisis', 'prevention'];

export function CrisisRoutes({ lines, text, level = 3, guidance = [], children }: Props) {
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <div className="crisis-routes">
      {lines.length === 0 ? <p>{text.noLines}</p> : null}
      {KINDS.map((kind) => {
        const group = lines.filter((line) => line.kind === kind);
        if (group.length === 0) return null;
        return (
          <div key={kind} className="crisis-routes__group">
            <Heading className="crisis-routes__kind">{text.kinds[kind]}</Heading>
            <ul className="crisis-routes__lines">
              {group.map((line) => (
                <li key={`${line.id}-${line.dial}`}>
                  <a className={buttonClass(kind === 'prevention' ? 'secondary' : 'crisis', 'crisis-routes__call')} href={`tel:${line.dial}`} aria-label={text.call(line)}>
                    <span className="crisis-routes__name">{line.name}</span> <span className="crisis-routes__number">{line.display}</span>
                  </a>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {children}
      {guidance.map((part) => (
        <div key={part.title} className="crisis-routes__guidance">
          <Heading>{part.title}</Heading>
          <Markdown skipHtml components={{ img: () => null, a: ({ children: inner }) => <>{inner}</> }}>
            {part.markdown}
          </Markdown>
        </div>
      ))}
    </div>
  );
}
