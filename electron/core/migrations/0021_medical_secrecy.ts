import type { Migration } from './migration';

/**
 * Version 21: medical secrecy by profession, and Veilig Thuis advice named or anonymous.
 * - organisations.medical_secrecy ('ja' | 'nee' | 'onbekend'): whether the organisation works under
 *   medical professional secrecy. Set from the type where the type tells: the medical types (JGZ,
 *   huisarts, GGZ, verslavingszorg, and the new ziekenhuis and verloskundige) 'ja'; types that never
 *   employ anyone under it for their work with families 'nee'. Where an organisation of that type may
 *   or may not (jeugdhulp, which includes jeugd-GGZ; wijkteam, buurtteam, CJG, maatschappelijk werk,
 *   overig) it stays 'onbekend', which keeps today's meaning (not medical by mark) until the sociale
 *   kaart is answered: nothing is reclassified silently. The lists are written out here, not taken
 *   from the vocabulary, so this version keeps doing what it did when the vocabulary changes.
 * - professionals.medical_profession: a profession under medical secrecy wherever the professional
 *   works (a jeugdarts at a wijkteam); NULL for everyone until recorded.
 * - escalation_steps.anonymous: advice asked of Veilig Thuis without naming the family (1) or naming
 *   it (0). Every existing step is 0: a step recorded for the family meant that family, named.
 */
export const migration0021: Migration = {
  version: 21,
  name: 'medical_secrecy',
  up(db) {
    db.exec(`
      ALTER TABLE organisations ADD COLUMN medical_secrecy TEXT NOT NULL DEFAULT 'onbekend' CHECK (medical_secrecy IN ('ja', 'nee', 'onbekend'));
      UPDATE organisations SET medical_secrecy = 'ja' WHERE type IN ('jgz', 'huisarts', 'ggz', 'verslavingszorg', 'ziekenhuis', 'verloskundige');
      UPDATE organisations SET medical_secrecy = 'nee' WHERE type IN ('school', 'kinderopvang', 'politie', 'woningcorporatie', 'schuldhulp', 'leerplicht',
        'veilig_thuis', 'raad_kinderbescherming', 'gecertificeerde_instelling', 'reclassering');

      ALTER TABLE professionals ADD COLUMN medical_profession TEXT CHECK (medical_profession IN ('jeugdarts', 'huisarts', 'ggz_behandelaar', 'psycholoog',
        'verpleegkundige', 'verloskundige', 'medisch_specialist'));

      ALTER TABLE escalation_steps ADD COLUMN anonymous INTEGER NOT NULL DEFAULT 0 CHECK (anonymous IN (0, 1) AND (anonymous = 0 OR step = 'veilig_thuis_advies'));
    `);
  },
};
