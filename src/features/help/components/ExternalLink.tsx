import { useTranslation } from 'react-i18next';
import type { ButtonVariant } from '../../../ui/Button';
import { siteName } from '../model/dates';
import { LeaveAppLink } from './LeaveAppLink';

export type ExternalLinkProps = { url: string; label?: string; variant?: ButtonVariant };

/** A web address that opens only after the person confirms they are leaving the offline app. */
export function ExternalLink({ url, label, variant }: ExternalLinkProps) {
  const { t } = useTranslation('help');
  const site = siteName(url);
  return (
    <LeaveAppLink
      kind="web"
      href={url}
      label={label ?? t('leave.web', { site })}
      confirmLabel={t('leave.web-open', { site })}
      variant={variant ?? 'quiet'}
    />
  );
}
