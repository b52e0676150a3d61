/**
 * Ends `text` as a sentence: a full stop is added only when it does not already end with one (or with "!", "?",
 * "…", also inside closing quotes or brackets), so a quoted comment never reads "“Great.”.".
 */
export function asSentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?…]["'”’)\]]*$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
