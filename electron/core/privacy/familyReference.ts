/**
 * The neutral name of a family once its data is gone: "Dossier" and the first 8 characters of its
 * random id. The id itself stays in the audit trail (the hash chain covers it, so rewriting it
 * would break the chain), but it is a random UUID: without the destroyed rows it points at
 * nothing and says nothing about anyone.
 */
export function familyReference(familyId: string): string {
  return `Dossier ${familyId.slice(0, 8)}`;
}
