/**
 * A small action in a list row: a short visible verb ("Omhoog"), and for screen readers the item it
 * acts on ("Omhoog: Gezin Venema"), so a list of rows is not a list of identical buttons.
 */
export function ShortButton({ text, forName, onClick, disabled = false }: { text: string; forName: string; onClick(): void; disabled?: boolean }) {
  return (
    <button type="button" className="button button--small button--quiet" onClick={onClick} disabled={disabled}>
      {text}
      <span className="visually-hidden">: {forName}</span>
    </button>
  );
}
