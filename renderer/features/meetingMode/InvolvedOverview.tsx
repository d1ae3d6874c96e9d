import { useTranslation } from 'react-i18next';
import type { FamilyDossier } from '../../../shared/contract/registerChannels';
import { involvementTitle } from '../../format/involvementTitle';
import { KindcheckPointText, useOpenKindchecksByOthers } from '../dossier/KindcheckByOthersPanel';
import { memberName } from '../../format/memberName';
import { useDirectory } from '../../state/directoryStore';

/**
 * Who is involved with the family in focus now (ended involvements left out), the household, and the
 * adult services not yet known to know of the children or to have done their own Kindcheck.
 */
export function InvolvedOverview({ dossier }: { dossier: FamilyDossier }) {
  const { t } = useTranslation();
  const directory = useDirectory((s) => s.content);
  const active = dossier.involvements.filter((i) => i.endedAt === null);
  const { points, organisationName } = useOpenKindchecksByOthers(dossier);
  const memberOf = (id: string | null) => {
    if (id === null) return t('meetingMode.involved.wholeFamily');
    const m = dossier.members.find((x) => x.id === id);
    return m ? memberName(m) : '—';
  };

  return (
    <section className="panel mm-involved" aria-labelledby="mm-involved-title">
      <h3 id="mm-involved-title">{t('meetingMode.involved.title')}</h3>
      <p dir="auto">
        {t('meetingMode.involved.household', {
          names: dossier.members.map((m) => `${memberName(m)} (${t(`vocab.memberRole.${m.role}`)})`).join(', ') || '—',
        })}
      </p>
      {active.length === 0 ? (
        <p>{t('meetingMode.involved.none')}</p>
      ) : (
        <ul className="mm-involved__list">
          {active.map((i) => (
            <li key={i.id} dir="auto">
              <strong>{involvementTitle(i, directory, t)}</strong>
              {i.role ? `, ${i.role}` : ''} — {memberOf(i.memberId)} · {t(`vocab.mandate.${i.mandate}`)} · {t(`vocab.legalBasis.${i.legalBasis}`)}
            </li>
          ))}
        </ul>
      )}
      {points.length > 0 ? (
        <>
          <h4 id="mm-kindcheck-others-title">{t('kindcheckByOthers.title')}</h4>
          <ul className="kindcheck-others__list" aria-labelledby="mm-kindcheck-others-title">
            {points.map((point) => (
              <li key={point.involvement.id} className={`kindcheck-others__point kindcheck-others__point--${point.state}`}>
                <KindcheckPointText point={point} organisation={organisationName(point.organisationId)} />
              </li>
            ))}
          </ul>
          <p className="muted">{t('kindcheckByOthers.answerInDossier')}</p>
        </>
      ) : null}
    </section>
  );
}
