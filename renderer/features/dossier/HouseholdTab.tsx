import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSubmit } from '../../api/useSubmit';
import { MEMBER_ROLES, type MemberRoleValue } from '../../../shared/domain/vocabulary';
import type { HouseholdMember } from '../../../shared/domain/records';
import { AutosaveCheckbox, AutosaveDate, AutosaveSelect, AutosaveText } from '../../autosave/AutosaveFields';
import { runSave } from '../../autosave/runSave';
import { ErrorAlert } from '../../components/Alert';
import { TextField } from '../../components/TextField';
import { useDirectoryLoaded } from '../../state/loadDirectory';
import { useDirectory } from '../../state/directoryStore';
import { useDossier } from '../../state/dossierStore';
import { patchFamily, patchMember, writeThenReload } from './dossierWrites';
import { memberName } from '../../format/memberName';
import { removeMember, saveMember } from './dossierActions';
import { typedDate } from '../../format/typedDate';
import { DateField } from '../../components/DateField';
import { birthDateUse } from '../../../shared/domain/dutchDate';

const GROUPS: { key: string; roles: readonly MemberRoleValue[] }[] = [
  { key: 'children', roles: ['kind'] },
  { key: 'parents', roles: ['ouder', 'verzorger'] },
  { key: 'others', roles: ['huisgenoot'] },
  { key: 'expected', roles: ['verwacht_kind'] },
];

/** Gezin: the household, edited in place (every field saves itself), and how the family is discussed. */
export function HouseholdTab({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const dossier = useDossier((s) => s.dossier);
  const directoryError = useDirectoryLoaded();
  if (!dossier || dossier.family.id !== familyId) return null;
  const { family, members } = dossier;

  return (
    <div>
      {directoryError ? <ErrorAlert>{directoryError}</ErrorAlert> : null}
      <section className="panel" aria-labelledby="household-family-title">
        <h2 id="household-family-title">{t('household.familyTitle')}</h2>
        <div className="field-grid">
          <AutosaveText label={t('household.displayName')} value={family.displayName} required maxLength={200} onSave={(displayName) => patchFamily(familyId, { displayName })} />
          <AutosaveSelect
            label={t('household.discussion')}
            hint={t('household.discussionHint')}
            value={family.anonymous ? 'anoniem' : 'naam'}
            choices={[
              { value: 'naam', label: t('household.named') },
              { value: 'anoniem', label: t('household.anonymous') },
            ]}
            onSave={(v) => patchFamily(familyId, { anonymous: v === 'anoniem' })}
          />
        </div>
      </section>
      {GROUPS.map((group) => {
        const inGroup = members.filter((m) => group.roles.includes(m.role));
        return (
          <section key={group.key} className="panel" aria-labelledby={`household-${group.key}`}>
            <h2 id={`household-${group.key}`}>{t(`household.groups.${group.key}`)}</h2>
            {inGroup.length === 0 ? <p className="muted">{t(`household.empty.${group.key}`)}</p> : null}
            {inGroup.map((member) => (
              <MemberEditor key={member.id} member={member} />
            ))}
          </section>
        );
      })}
      <AddMemberForm familyId={familyId} />
    </div>
  );
}

function MemberEditor({ member }: { member: HouseholdMember }) {
  const { t } = useTranslation();
  const organisations = useDirectory((s) => s.content?.organisations ?? []);
  const schools = organisations.filter((o) => o.type === 'school' || o.type === 'kinderopvang');
  const patch = (p: Partial<HouseholdMember>) => patchMember(member.familyId, member.id, p);
  const name = memberName(member);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const isChild = member.role === 'kind';
  const isCarer = member.role === 'ouder' || member.role === 'verzorger';

  const remove = async () => {
    setRemoveError(
      await runSave(() => writeThenReload(member.familyId, () => removeMember({ id: member.id }))),
    );
  };

  return (
    <fieldset className="record">
      <legend className="record__legend" dir="auto">
        {name} <span className="tag">{t(`vocab.memberRole.${member.role}`)}</span>
      </legend>
      <div className="field-grid">
        <AutosaveText label={t('household.givenName')} value={member.givenName} required maxLength={120} onSave={(givenName) => patch({ givenName })} />
        <AutosaveText label={t('household.familyName')} value={member.familyName} maxLength={160} onSave={(familyName) => patch({ familyName })} />
        <AutosaveDate
          label={member.role === 'verwacht_kind' ? t('household.expectedDate') : t('household.birthDate')}
          value={member.birthDate}
          use={birthDateUse(member.role)}
          onSave={(birthDate) => patch({ birthDate })}
        />
        <AutosaveSelect
          label={t('household.role')}
          value={member.role}
          choices={MEMBER_ROLES.map((role) => ({ value: role, label: t(`vocab.memberRole.${role}`) }))}
          onSave={(role) => patch({ role: role as MemberRoleValue })}
        />
        {isChild ? (
          <>
            <AutosaveSelect
              label={t('household.school')}
              hint={schools.length === 0 ? t('household.noSchools') : undefined}
              value={member.schoolId ?? ''}
              choices={[{ value: '', label: t('household.noSchool') }, ...schools.map((s) => ({ value: s.id, label: s.place ? `${s.name} (${s.place})` : s.name }))]}
              onSave={(schoolId) => patch({ schoolId: schoolId === '' ? null : schoolId })}
            />
            <AutosaveText label={t('household.schoolGroup')} value={member.schoolGroup} maxLength={40} onSave={(schoolGroup) => patch({ schoolGroup })} />
          </>
        ) : null}
      </div>
      {isCarer ? (
        <AutosaveCheckbox label={t('household.parentalAuthority')} value={member.parentalAuthority} onSave={(parentalAuthority) => patch({ parentalAuthority })} />
      ) : null}
      <div className="button-row button-row--end">
        <button type="button" className="button button--small button--quiet" onClick={() => void remove()}>
          {t('household.remove', { name })}
        </button>
      </div>
      {removeError ? <ErrorAlert>{removeError}</ErrorAlert> : null}
    </fieldset>
  );
}

function AddMemberForm({ familyId }: { familyId: string }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<MemberRoleValue>('kind');
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [authority, setAuthority] = useState(true);
  const { busy, error, fieldErrors: errors, rejects, run, onSubmit } = useSubmit();

  const submit = onSubmit(async () => {
    const { day: parsedDate, error: dateError } = typedDate(birthDate, birthDateUse(role));
    const rejected = rejects({
      name: givenName.trim() === '' ? t('household.add.nameRequired') : null,
      date: dateError,
    });
    if (rejected) return;
    const saved = await run(() =>
      writeThenReload(familyId, () =>
        saveMember({
          familyId,
          role,
          givenName,
          familyName,
          birthDate: parsedDate,
          parentalAuthority: (role === 'ouder' || role === 'verzorger') && authority,
          schoolId: null,
          schoolGroup: '',
        }),
      ),
    );
    if (saved) {
      setGivenName('');
      setFamilyName('');
      setBirthDate('');
    }
  });

  return (
    <section className="panel panel--add" aria-labelledby="household-add-title">
      <h2 id="household-add-title">{t('household.add.title')}</h2>
      <form onSubmit={submit} noValidate>
        <div className="field-grid">
          <div className="field">
            <label className="field__label" htmlFor="add-member-role">
              {t('household.role')}
            </label>
            <select id="add-member-role" className="field__input" value={role} onChange={(e) => setRole(e.target.value as MemberRoleValue)}>
              {MEMBER_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`vocab.memberRole.${r}`)}
                </option>
              ))}
            </select>
          </div>
          <TextField label={t('household.givenName')} value={givenName} onChange={(e) => setGivenName(e.target.value)} error={errors.name} maxLength={120} autoComplete="off" dir="auto" />
          <TextField label={t('household.familyName')} value={familyName} onChange={(e) => setFamilyName(e.target.value)} maxLength={160} autoComplete="off" dir="auto" />
          <DateField
            label={role === 'verwacht_kind' ? t('household.expectedDate') : t('household.birthDate')}
            value={birthDate}
            onChange={setBirthDate}
            error={errors.date}
          />
        </div>
        {role === 'ouder' || role === 'verzorger' ? (
          <div className="checkbox">
            <input id="add-member-authority" type="checkbox" checked={authority} onChange={(e) => setAuthority(e.target.checked)} />
            <label htmlFor="add-member-authority">{t('household.parentalAuthority')}</label>
          </div>
        ) : null}
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('household.add.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
