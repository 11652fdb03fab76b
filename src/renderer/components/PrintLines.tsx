/**
 * The lines every print sheet built from export lines shares (the notes' and the voting notes'): a title, the
 * line under it, headings, and body paragraphs, styled by components/print-sheet.css. A sheet with lines of
 * its own (the voting notes' candidates table) renders those itself and hands the rest here.
 */
export type PrintTextLine =
  | { readonly role: 'title'; readonly text: string }
  | { readonly role: 'edition'; readonly text: string }
  | { readonly role: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  /** Its text may hold several paragraphs; `prefix` starts the first one. */
  | { readonly role: 'body'; readonly prefix: string; readonly text: string };

const lineBreak = /\r\n|\r|\n|\u2028|\u2029/;

export function PrintTextLineView({ line }: { line: PrintTextLine }) {
  switch (line.role) {
    case 'title':
      return <h1 className="print-title">{line.text}</h1>;
    case 'edition':
      return <p className="print-edition">{line.text}</p>;
    case 'heading':
      return <h2 className={`print-heading print-heading--${line.level}`}>{line.text}</h2>;
    case 'body':
      return (
        <>
          {line.text
            .split(lineBreak)
            .map((p) => p.trim())
            // Blank paragraphs are dropped, but a prefix with no text after it ("Note: ") still prints.
            .filter((p, i) => p !== '' || (i === 0 && line.prefix !== ''))
            .map((p, i) => (
              <p key={i} className="print-body">
                {i === 0 ? line.prefix + p : p}
              </p>
            ))}
        </>
      );
  }
}
