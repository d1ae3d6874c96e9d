import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FamilyDossier } from '../../../shared/contract/registerChannels';
import { amsterdamDay } from '../../../shared/domain/amsterdamTime';
import { TRI_STATE, type TriState } from '../../../shared/domain/vocabulary';
import { kindcheckAnswerProblems, kindcheckByOthersState, openKindchecksByOthers, type OpenKindcheckByOthers } from '../../../shared/rules/kindcheckByOthers';
import { useSubmit } from '../../api/useSubmit';
import { FormFooter, SelectInput, TextInput } from '../../components/FormFields';
import { formatDate } from '../../format/dateTime';
import { parseDutchDate, toDutchDateInput } from '../../format/dutchDate';
import { useDirectory } from '../../state/directoryStore';
import { useDirectoryLoaded } from '../../state/loadDirectory';
import { answerKindcheckByOthers } from './dossierActions';
import { writeThenReload } from './dossierWrites';
import { memberName } from '../../format/memberName';
import './kindcheckByOthers.css';
import { unreadableDateText } from '../../format/typedDate';
import { DateField } from '../../components/DateField';

type T = ReturnType<typeof useTranslation>['t'];

/**
 * The open points of a family, with the organisation's name, from the loaded dossier and the sociale
 * kaart as the store holds it (the screen loads it: an organisation's type decides what is asked).
 */
export function useOpenKindchecksByOthers(dossier: FamilyDossier): { points: OpenKindcheckByOthers[]; organisationName: (id: string) => string } {
  const { t } = useTranslation();
  const directory = useDirectory((s) => s.content);
  const organisations = directory?.organisations ?? [];
  const typeOf = (id: string) => organisations.find((o) => o.id === id)?.type;
  const organisationName = (id: string) => organisations.find((o) => o.id === id)?.name ?? t('involvement.unknownOrganisation');
  const points = directory ? openKindchecksByOthers(dossier.members, dossier.involvements, dossier.kindchecksByOthers, typeOf, amsterdamDay(new Date())) : [];
  return { points, organisationName };
}

function whoOf(point: OpenKindcheckByOthers, t: T): string {
  return point.member ? t('kindcheckByOthers.withPerson', { name: memberName(point.member) }) : t('kindcheckByOthers.wholeFamily');
}

/** One open point as a sentence: a blind spot, or an action point for the chair. */
export function KindcheckPointText({ point, organisation }: { point: OpenKindcheckByOthers; organisation: string }) {
  const { t, i18n } = useTranslation();
  const who = whoOf(point, t);
  const sentence = point.action === null ? t('kindcheckByOthers.blindSpot', { organisation, who }) : t(`kindcheckByOthers.${point.action}`, { organisation, who });
  return (
    <>
      <span dir="auto">{sentence}</span>
      {point.answer?.establishedOn ? (
        <span className="muted" dir="auto">
          {' '}
          {t('kindcheckByOthers.established', { date: formatDate(point.answer.establishedOn, i18n.language), by: point.answer.establishedBy })}
        </span>
      ) : null}
    </>
  );
}

/**
 * Kindcheck by others in the dossier header, where the timeline's warnings are: every adult service
 * involved with a parent that is not known to know of the children and to have done its own
 * Kindcheck, each with a button that opens the two questions in place.
 */
export function KindcheckByOthersPanel({ familyId, dossier }: { familyId: string; dossier: FamilyDossier }) {
  const { t } = useTranslation();
  useDirectoryLoaded();
  const { points, organisationName } = useOpenKindchecksByOthers(dossier);
  const [openId, setOpenId] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);
  const focusAfterReload = useRef(false);
  // The point may be gone with its button: keep the keyboard in the panel (its heading, or the message when nothing is open).
  const focusPanel = () => (headingRef.current ?? savedRef.current)?.focus();
  // A save resolves before the dossier is read again: focus once the reloaded dossier is drawn.
  useEffect(() => {
    if (!focusAfterReload.current) return;
    focusAfterReload.current = false;
    focusPanel();
  }, [dossier]);

  if (points.length === 0 && saved === null) return null;

  const afterSave = (message: string) => {
    setOpenId(null);
    setSaved(message);
    focusAfterReload.current = true;
  };

  return (
    <section className="panel kindcheck-others" aria-labelledby="kindcheck-others-title">
      {points.length > 0 ? (
        <>
          <h2 id="kindcheck-others-title" ref={headingRef} tabIndex={-1}>
            {t('kindcheckByOthers.title')}
          </h2>
          <p className="muted">{t('kindcheckByOthers.intro')}</p>
          <ul className="kindcheck-others__list" aria-label={t('kindcheckByOthers.listLabel')}>
            {points.map((point) => {
              const organisation = organisationName(point.organisationId);
              const who = whoOf(point, t);
              return (
                <li key={point.involvement.id} className={`kindcheck-others__point kindcheck-others__point--${point.state}`}>
                  <KindcheckPointText point={point} organisation={organisation} />
                  {openId === point.involvement.id ? (
                    <KindcheckAnswerForm
                      familyId={familyId}
                      point={point}
                      organisation={organisation}
                      who={who}
                      onCancel={() => {
                        setOpenId(null);
                        requestAnimationFrame(focusPanel);
                      }}
                      onSaved={(done) => afterSave(done ? t('kindcheckByOthers.savedDone', { organisation }) : t('kindcheckByOthers.savedOpen'))}
                    />
                  ) : (
                    <div className="button-row">
                      <button type="button" className="button" aria-label={t('kindcheckByOthers.answerFor', { organisation, who })} onClick={() => {
                          setSaved(null);
                          setOpenId(point.involvement.id);
                        }}
                      >
                        {t('kindcheckByOthers.answer')}
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <h2 id="kindcheck-others-title" className="visually-hidden">
          {t('kindcheckByOthers.title')}
        </h2>
      )}
      {saved ? (
        <p role="status" ref={savedRef} tabIndex={-1}>
          {saved}
        </p>
      ) : null}
    </section>
  );
}

function KindcheckAnswerForm({
  familyId,
  point,
  organisation,
  who,
  onCancel,
  onSaved,
}: {
  familyId: string;
  point: OpenKindcheckByOthers;
  organisation: string;
  who: string;
  onCancel(): void;
  onSaved(done: boolean): void;
}) {
  const { t } = useTranslation();
  const [knowsChildren, setKnowsChildren] = useState<TriState>(point.answer?.knowsChildren ?? 'onbekend');
  const [ownKindcheck, setOwnKindcheck] = useState<TriState>(point.answer?.ownKindcheck ?? 'onbekend');
  const [establishedOn, setEstablishedOn] = useState(toDutchDateInput(point.answer?.establishedOn ?? amsterdamDay(new Date())));
  const [establishedBy, setEstablishedBy] = useState(point.answer?.establishedBy ?? '');
  const [note, setNote] = useState(point.answer?.note ?? '');
  const { busy, error, fieldErrors, rejects, run, onSubmit } = useSubmit();
  const choices = TRI_STATE.map((v) => ({ value: v, label: t(`vocab.triState.${v}`) }));
  const titleId = `kindcheck-form-${point.involvement.id}`;
  const formRef = useRef<HTMLFormElement>(null);
  // Opened with its button: the keyboard goes straight to the first question.
  useEffect(() => formRef.current?.querySelector('select')?.focus(), []);

  const submit = onSubmit(async () => {
    const day = establishedOn.trim() === '' ? null : parseDutchDate(establishedOn);
    if (establishedOn.trim() !== '' && day === null) {
      rejects({ establishedOn: unreadableDateText(establishedOn.trim()) });
      return;
    }
    const answer = { involvementId: point.involvement.id, knowsChildren, ownKindcheck, establishedOn: day, establishedBy: establishedBy.trim(), note: note.trim() };
    const problems = kindcheckAnswerProblems(answer, amsterdamDay(new Date()));
    const failed = rejects({
      establishedOn: problems.includes('datum_ontbreekt') ? t('kindcheckByOthers.dateRequired') : problems.includes('datum_in_toekomst') ? t('kindcheckByOthers.dateFuture') : null,
      establishedBy: problems.includes('wie_ontbreekt') ? t('kindcheckByOthers.byRequired') : null,
    });
    if (failed) return;
    await run(
      () => writeThenReload(familyId, () => answerKindcheckByOthers(answer)),
      (savedAnswer) => onSaved(kindcheckByOthersState(savedAnswer) === 'rond'),
    );
  });

  return (
    <form ref={formRef} className="kindcheck-others__form" onSubmit={submit} noValidate aria-labelledby={titleId}>
      <h3 id={titleId} dir="auto">
        {t('kindcheckByOthers.formTitle', { organisation, who })}
      </h3>
      <div className="field-grid">
        <SelectInput label={t('kindcheckByOthers.knowsChildren', { organisation })} value={knowsChildren} choices={choices} onChange={(v) => setKnowsChildren(v as TriState)} />
        <SelectInput label={t('kindcheckByOthers.ownKindcheck', { organisation })} value={ownKindcheck} choices={choices} onChange={(v) => setOwnKindcheck(v as TriState)} />
        <DateField label={t('kindcheckByOthers.establishedOn')} value={establishedOn} error={fieldErrors.establishedOn ?? null} onChange={setEstablishedOn} />
        <TextInput label={t('kindcheckByOthers.establishedBy')} hint={t('kindcheckByOthers.establishedByHint')} value={establishedBy} maxLength={160} error={fieldErrors.establishedBy ?? null} onChange={setEstablishedBy} />
      </div>
      <TextInput label={t('kindcheckByOthers.note')} value={note} multiline maxLength={1000} onChange={setNote} />
      <FormFooter label={t('kindcheckByOthers.save')} error={error} busy={busy} primary />
      <div className="button-row">
        <button type="button" className="link-button" onClick={onCancel}>
          {t('kindcheckByOthers.cancel')}
        </button>
      </div>
    </form>
  );
}
