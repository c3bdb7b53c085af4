import { useTranslation } from 'react-i18next';
import { SoftBadge } from '../../components/soft-badge';
import type { OfficeKind } from './api';

const colors: Record<OfficeKind, string> = { national: 'grape', bp3mi: 'balai', p4mi: 'teal', ltsa: 'orange' };

/** The kind of an office as a badge: Pusat, BP3MI, P4MI, LTSA. */
export function OfficeKindBadge({ kind }: { kind: OfficeKind }) {
  const { t } = useTranslation();
  return <SoftBadge color={colors[kind]}>{t(`offices.kinds.${kind}`)}</SoftBadge>;
}
