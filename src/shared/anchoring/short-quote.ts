/** A quote as a notice or a list shows it: at most 80 characters, cut with "…". */
export function shortQuote(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
