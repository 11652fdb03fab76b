/** A catalogue as the JSON files hold it: texts, nested by key. */
export type Catalogue = { [key: string]: string | Catalogue };

/** The texts of a catalogue by dotted key, i18next's plural forms folded into their base key. */
export function catalogueTexts(catalogue: Catalogue, prefix = '', out = new Map<string, string[]>()): Map<string, string[]> {
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') {
      const base = path.replace(/_(zero|one|two|few|many|other)$/, '');
      out.set(base, [...(out.get(base) ?? []), value]);
    } else catalogueTexts(value, path, out);
  }
  return out;
}

/** `{{title}}` → title, `{{limit, number}}` → limit,number: the names filled in, with their formatter (not its options). */
export const placeholders = (texts: readonly string[]): string[] =>
  [
    ...new Set(
      texts.flatMap((t) => [...t.matchAll(/\{\{\s*(\w+)\s*(?:,\s*(\w+)[^}]*)?\}\}/g)].map((m) => [m[1], m[2]].filter(Boolean).join(','))),
    ),
  ].sort();
