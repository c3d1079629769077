import Markdown, { defaultUrlTransform, type Components } from 'react-markdown';
import { Link } from 'react-router';
import { phoneNumbers } from '../../../content/servicesPhone';
import { ExternalLink } from './ExternalLink';
import type { Section } from './OnThisPage';
import { PhoneLink } from './PhoneLink';

/**
 * Links inside help prose: a link to another help page stays in the app; a web address or phone
 * number goes through the leave-the-app confirmation like every other.
 */
const components: Components = {
  a({ href, children }) {
    if (href?.startsWith('/')) return <Link to={href}>{children}</Link>;
    if (href?.startsWith('tel:')) {
      const [phone] = phoneNumbers(href.slice('tel:'.length));
      // Show the number as the text writes it ("116 111"), if it is the same number as the link.
      const [written] = phoneNumbers(String(children));
      const shown = written && phone && written.dial === phone.dial ? written : phone;
      // Inside a sentence the number reads as itself; the sentence already says to call it.
      return shown ? <PhoneLink phone={shown} inline /> : <>{children}</>;
    }
    if (href?.startsWith('https://')) return <ExternalLink url={href} label={String(children)} />;
    return <>{children}</>;
  },
  img: () => null,
};

/** react-markdown drops tel: links by default; keep them, since each becomes a checked PhoneLink. */
const keepPhoneLinks = (url: string) => (url.startsWith('tel:') ? url : defaultUrlTransform(url));

/** Headings get the ids an "On this page" list links to (matched by their text). */
function withSectionIds(sections: Section[]): Components {
  return {
    ...components,
    h2({ children }) {
      const id = sections.find((section) => section.title === String(children))?.id;
      return (
        <h2 id={id} tabIndex={id ? -1 : undefined}>
          {children}
        </h2>
      );
    },
  };
}

/** Markdown from modules-content/help; raw HTML in it is dropped, not rendered. */
export function Prose({ text, sections }: { text: string; sections?: Section[] }) {
  return (
    <div className="prose">
      <Markdown skipHtml components={sections ? withSectionIds(sections) : components} urlTransform={keepPhoneLinks}>
        {text}
      </Markdown>
    </div>
  );
}
