import { describe, expect, it } from 'vitest';
import { setAttendance } from '../../../../electron/core/meetingMode/meetingCases';
import { releaseMedicalMinutes, releaseTimelineEvent, type ReleaseRequest } from '../../../../electron/core/meetingMode/secrecyReleases';
import { addConflictOfDuties } from '../../../../electron/core/register/conflictOfDutiesService';
import { AppError } from '../../../../shared/contract/errors';
import { seedMeeting } from '../exports/meetingFixture';
import { registerKit } from '../register/registerKit';

function setup() {
  const kit = registerKit();
  const seed = seedMeeting(kit.ctx);
  const request: ReleaseRequest = {
    holderProfessionalId: seed.people.nurse,
    organisationIds: [seed.orgs.school],
    basis: 'toestemming',
    conflictOfDutiesId: null,
    confirmation: 'schriftelijk',
    confirmedAtMeetingId: null,
    writtenReference: 'e-mail 1 maart, kenmerk JGZ-2026-12',
    reason: 'Ouders stemden in met delen met school.',
  };
  const count = () => ({
    releases: (kit.db.prepare('SELECT count(*) AS n FROM secrecy_releases').get() as { n: number }).n,
    audit: (kit.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n,
  });
  return { ...kit, seed, request, count };
}

/** The Dutch refusal, after checking that nothing was written. */
function refusal(k: ReturnType<typeof setup>, work: () => unknown): string {
  const before = k.count();
  try {
    work();
  } catch (error) {
    expect(k.count()).toEqual(before);
    if (error instanceof AppError && error.code === 'invalid_request') return error.detail ?? '';
    throw error;
  }
  throw new Error('accepted');
}

describe('a release from medical secrecy is refused, in Dutch and without writing anything, when', () => {
  it('it names no organisation', () => {
    const k = setup();
    expect(refusal(k, () => releaseTimelineEvent(k.ctx(), k.seed.events.jgzEvent, { ...k.request, organisationIds: [] }))).toBe(
      'Kies minstens één organisatie waarvoor het wordt vrijgegeven.',
    );
  });

  it('on consent, the consent does not cover a named organisation', () => {
    const k = setup();
    expect(refusal(k, () => releaseTimelineEvent(k.ctx(), k.seed.events.jgzEvent, { ...k.request, organisationIds: [k.seed.orgs.school, k.seed.orgs.wijkteam] }))).toBe(
      'De toestemming van de juiste persoon dekt Wijkteam Emmen-Oost niet. Vrijgeven op toestemming kan alleen voor organisaties waarvoor toestemming is vastgelegd.',
    );
  });

  it('on conflict van plichten, no recorded decision is chosen, or it is another family’s, or it does not name the organisation', () => {
    const k = setup();
    const { families, orgs, events } = k.seed;
    const onConflict = { ...k.request, basis: 'conflict_van_plichten' as const };
    expect(refusal(k, () => releaseTimelineEvent(k.ctx(), events.jgzEvent, onConflict))).toMatch(/^Kies het vastgelegde besluit conflict van plichten waarop deze vrijgave rust/);
    const reasons = 'Noor is thuis niet veilig; zonder het wijkteam blijft zij onbeschermd.';
    const other = addConflictOfDuties(k.ctx(), { familyId: families.yilmaz, organisationIds: [orgs.school], decidedBy: 'Ilse Wiersma', reasons, date: '2026-02-20' }).id;
    expect(refusal(k, () => releaseTimelineEvent(k.ctx(), events.jgzEvent, { ...onConflict, conflictOfDutiesId: other }))).toMatch(/^Dit besluit conflict van plichten is niet vastgelegd voor dit gezin/);
    const onlyWijkteam = addConflictOfDuties(k.ctx(), { familyId: families.bakker, organisationIds: [orgs.wijkteam], decidedBy: 'Ilse Wiersma', reasons, date: '2026-02-20' }).id;
    expect(refusal(k, () => releaseTimelineEvent(k.ctx(), events.jgzEvent, { ...onConflict, conflictOfDutiesId: onlyWijkteam }))).toBe(
      'Het besluit conflict van plichten noemt OBS De Regenboog niet. Vrijgeven op conflict van plichten kan alleen voor organisaties die het besluit noemt.',
    );
    // Toward the wijkteam the decision names, it is recorded.
    const saved = releaseTimelineEvent(k.ctx(), events.jgzEvent, { ...onConflict, conflictOfDutiesId: onlyWijkteam, organisationIds: [orgs.wijkteam] });
    expect(saved.release).toMatchObject({ basis: 'conflict_van_plichten', conflictOfDutiesId: onlyWijkteam, organisations: [{ id: orgs.wijkteam, name: 'Wijkteam Emmen-Oost' }] });
  });

  it('on meldrecht, a named organisation is not Veilig Thuis, or no suspicion is on record', () => {
    const k = setup();
    const { meeting, families, orgs, events } = k.seed;
    const onMeldrecht = { ...k.request, basis: 'meldrecht' as const };
    expect(refusal(k, () => releaseTimelineEvent(k.ctx(), events.jgzEvent, onMeldrecht))).toBe('Meldrecht geldt alleen tegenover Veilig Thuis; OBS De Regenboog is geen Veilig Thuis.');
    expect(refusal(k, () => releaseMedicalMinutes(k.ctx(), meeting, families.hoekstra, { ...onMeldrecht, organisationIds: [orgs.vt] }))).toBe(
      'Vrijgeven op meldrecht kan alleen als er een vermoeden van huiselijk geweld of kindermishandeling is vastgelegd.',
    );
    expect(releaseTimelineEvent(k.ctx(), events.jgzEvent, { ...onMeldrecht, organisationIds: [orgs.vt] }).release.basis).toBe('meldrecht');
  });

  it('the holder is not recorded as present at the meeting, or a written confirmation has no reference', () => {
    const k = setup();
    const { meeting, people, events } = k.seed;
    const present = { ...k.request, confirmation: 'aanwezig' as const, confirmedAtMeetingId: meeting, writtenReference: '' };
    expect(refusal(k, () => releaseTimelineEvent(k.ctx(), events.jgzEvent, present))).toMatch(/^Ilse Wiersma staat niet als aanwezig genoteerd in dit overleg/);
    expect(refusal(k, () => releaseTimelineEvent(k.ctx(), events.jgzEvent, { ...k.request, writtenReference: '   ' }))).toMatch(/^Geef het kenmerk of de verwijzing van de schriftelijke bevestiging/);
    setAttendance(k.ctx(), meeting, people.nurse, 'aanwezig');
    expect(releaseTimelineEvent(k.ctx(), events.jgzEvent, present).release).toMatchObject({ confirmation: 'aanwezig', confirmedAtMeetingId: meeting, writtenReference: null });
  });

  it('the item was already released toward named organisations: a release is never silently changed', () => {
    const k = setup();
    const { events, orgs } = k.seed;
    releaseTimelineEvent(k.ctx(), events.jgzEvent, k.request);
    expect(refusal(k, () => releaseTimelineEvent(k.ctx(), events.jgzEvent, { ...k.request, organisationIds: [orgs.jgz] }))).toMatch(
      /^Dit is al vrijgegeven door Ilse Wiersma \(JGZ Drenthe\) voor OBS De Regenboog\. Een vrijgave wordt niet stil gewijzigd\.$/,
    );
  });
});

describe('a release recorded before releases named recipients', () => {
  it('can be recorded again with recipients; the audit trail says what it was', () => {
    const k = setup();
    const { events, families, orgs } = k.seed;
    k.db
      .prepare(
        "INSERT INTO secrecy_releases (item_type, item_id, family_id, reason, released_by, released_at, basis) VALUES ('tijdlijn', ?, ?, 'Oud, zonder grondslag', 'Sanne de Wit', '2026-01-10T09:00:00.000Z', 'niet_vastgelegd')",
      )
      .run(events.jgzEvent, families.bakker);
    const saved = releaseTimelineEvent(k.ctx(), events.jgzEvent, k.request);
    expect(saved.release).toMatchObject({ basis: 'toestemming', organisations: [{ id: orgs.school, name: 'OBS De Regenboog' }] });
    expect(k.auditSummaries().at(-1)).toMatch(/voor OBS De Regenboog \(toestemming, schriftelijk bevestigd \(e-mail 1 maart, kenmerk JGZ-2026-12\), met reden\); eerder vastgelegd zonder ontvangers \(een niet vastgelegde grondslag, 2026-01-10T09:00:00.000Z\)$/);
  });
});
