import { useTranslation } from 'react-i18next';
import type { Involvement } from '../../../shared/domain/records';
import { ageInYears, parseCalendarDay } from '../../../shared/domain/calendarDate';
import { childConsents } from '../../../shared/rules/familyConsent';
import { buildInvolvementMatrix } from '../../../shared/rules/involvementMatrix';
import { AutosaveText } from '../../autosave/AutosaveFields';
import { BasisEndingsAlert } from '../consent/BasisEndingsAlert';
import { consentReferenceDay } from '../consent/referenceDay';
import { useDirectoryLoaded } from '../../state/loadDirectory';
import { formatDate } from '../../format/dateTime';
import { formatMeetingMoment } from '../../format/meetingMoment';
import { useDirectory } from '../../state/directoryStore';
import { useDossier } from '../../state/dossierStore';
import { useNavigation } from '../../state/navigationStore';
import { patchFamily } from './dossierWrites';
import { memberName } from '../../format/memberName';

/** Overzicht: the household, who is involved with whom (and with whom nobody is), consent, meetings, note. */
export function OverviewTab({ familyId }: { familyId: string }) {
  const { t, i18n } = useTranslation();
  const dossier = useDossier((s) => s.dossier);
  const directory = useDirectory((s) => s.content);
  const openMeeting = useNavigation((s) => s.openMeeting);
  useDirectoryLoaded();
  if (!dossier || dossier.family.id !== familyId) return null;
  const reference = consentReferenceDay(dossier.meetings, new Date());
  const today = new Date();
  const todayIso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const matrix = buildInvolvementMatrix(dossier.members, dossier.involvements, todayIso);
  const consents = childConsents(dossier.members, dossier.consents, reference.day);
  const orgName = (id: string) => directory?.organisations.find((o) => o.id === id)?.name ?? t('involvement.unknownOrganisation');
  const profName = (i: Involvement) => (i.professionalId ? directory?.professionals.find((p) => p.id === i.professionalId)?.name : undefined);
  const todayDay = parseCalendarDay(todayIso);

  return (
    <div className="overview">
      <section className="panel" aria-labelledby="overview-household">
        <h2 id="overview-household">{t('overview.householdTitle')}</h2>
        {dossier.members.length === 0 ? (
          <p>{t('overview.noMembers')}</p>
        ) : (
          <ul className="member-summary">
            {dossier.members.map((m) => {
              const birth = m.birthDate ? parseCalendarDay(m.birthDate) : null;
              const age = birth && todayDay && m.role !== 'verwacht_kind' ? ageInYears(birth, todayDay) : null;
              return (
                <li key={m.id}>
                  <strong dir="auto">{memberName(m)}</strong> <span className="tag">{t(`vocab.memberRole.${m.role}`)}</span>
                  <span className="muted">
                    {age !== null ? ` ${t('consent.age', { count: age })}` : ''}
                    {m.role === 'verwacht_kind' && m.birthDate ? ` ${t('overview.expected', { date: formatDate(m.birthDate, i18n.language) })}` : ''}
                    {m.parentalAuthority ? ` · ${t('overview.authority')}` : ''}
                    {m.schoolId ? ` · ${orgName(m.schoolId)}${m.schoolGroup ? `, ${t('overview.group', { group: m.schoolGroup })}` : ''}` : ''}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="overview-matrix">
        <h2 id="overview-matrix">{t('overview.matrixTitle')}</h2>
        {matrix.nobodyInvolved.map((child) => (
          <p key={child.id} className="callout callout--warning">
            {t('overview.nobodyInvolved', { name: child.givenName })}
          </p>
        ))}
        {matrix.onlyThroughFamily.map((child) => (
          <p key={child.id} className="callout">
            {t('overview.onlyThroughFamily', { name: child.givenName })}
          </p>
        ))}
        {matrix.columns.length === 0 ? (
          <p>{t('overview.nobodyAtAll')}</p>
        ) : (
          <div className="table-wrap" tabIndex={0}>
            <table className="table table--matrix">
              <caption className="visually-hidden">{t('overview.matrixTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('overview.person')}</th>
                  {matrix.columns.map((org) => (
                    <th scope="col" key={org} dir="auto">
                      {orgName(org)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {matrix.rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row" dir="auto">
                      {row.member ? memberName(row.member) : t('involvement.wholeFamily')}
                    </th>
                    {row.cells.map((cell, index) => (
                      <td key={matrix.columns[index]}>
                        {cell.length === 0 ? (
                          <span className="matrix__empty">
                            <span aria-hidden="true">–</span>
                            <span className="visually-hidden">{t('overview.notInvolved')}</span>
                          </span>
                        ) : (
                          cell.map((i) => (
                            <div key={i.id} className="matrix__cell">
                              <span dir="auto">{profName(i) ?? t('overview.organisationOnly')}</span>
                              {i.role ? (
                                <span className="table__sub" dir="auto">
                                  {i.role}
                                </span>
                              ) : null}
                              <span className="table__sub">
                                <span className={`mandate mandate--${i.mandate}`}>{t(`vocab.mandate.${i.mandate}`)}</span> · {t('overview.vir', { value: t(`vocab.triState.${i.virRegistered}`) })}
                              </span>
                            </div>
                          ))
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="panel" aria-labelledby="overview-consent">
        <h2 id="overview-consent">{t('overview.consentTitle')}</h2>
        <BasisEndingsAlert endings={dossier.basisEndings} orgName={orgName} />
        {consents.length === 0 ? (
          <p>{t('consent.noChildren')}</p>
        ) : (
          <ul className="plain-list">
            {consents.map((c) => (
              <li key={c.child.id}>
                <strong dir="auto">{memberName(c.child)}</strong>: <span className={`verdict verdict--${c.verdict}`}>{t(`consent.verdict.${c.verdict}`)}</span>
                {c.verdict !== 'compleet' && c.requirement.missing.length > 0 ? (
                  <span className="muted"> — {t('consent.missing', { names: c.requirement.missing.map((p) => p.name).join(', ') })}</span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="overview-meetings">
        <h2 id="overview-meetings">{t('overview.meetingsTitle')}</h2>
        {dossier.meetings.length === 0 ? (
          <p>{t('overview.noMeetings')}</p>
        ) : (
          <ul className="plain-list">
            {dossier.meetings.map((m) => (
              <li key={m.id}>
                <button type="button" className="link-button" onClick={() => openMeeting(m.id)}>
                  {t(`vocab.meetingType.${m.type}`)}, {formatMeetingMoment(m.startsAt, i18n.language)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="panel" aria-labelledby="overview-note-title">
        <h2 id="overview-note-title">{t('dossier.overview.noteTitle')}</h2>
        <AutosaveText
          label={t('dossier.overview.note')}
          hint={t('dossier.overview.noteHint')}
          value={dossier.family.note}
          multiline
          rows={8}
          maxLength={100_000}
          onSave={(note) => patchFamily(familyId, { note })}
        />
      </section>
    </div>
  );
}
