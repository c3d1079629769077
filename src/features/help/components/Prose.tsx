import Markdown, { type Components } from 'react-markdown';
import { Link } from 'react-router';
import { phoneNumbers } from '../../../content/servicesPhone';
import { ExternalLink } from './ExternalLink';
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
      return phone ? <PhoneLink phone={phone} /> : <>{children}</>;
    }
    if (href?.startsWith('https://')) return <ExternalLink url={href} label={String(children)} />;
    return <>{children}</>;
  },
  img: () => null,
};

/** Markdown from modules-content/help; raw HTML in it is dropped, not rendered. */
export function Prose({ text }: { text: string }) {
  return (
    <div className="prose">
      <Markdown skipHtml components={components}>
        {text}
      </Markdown>
    </div>
  );
}
