// An engine refusal or a server error in the reader's language: the catalogue's text for its
// code (refusal.<code>, with the refusal's params) when the catalogue has one, else the English
// sentence the engine or the room wrote.
import type { Params } from "./catalogue";
import { hasText, t } from "./index";

export function refusalText(code: string | undefined, params: Params | undefined, fallbackSentence: string): string {
  if (!code || !hasText(`refusal.${code}`)) return fallbackSentence;
  return t(`refusal.${code}`, params);
}
