// The English catalogue: every sentence of the pages converted so far (the facilitator's console,
// the debrief, the sessions pages, the role briefings), by section. i18next syntax: {{name}} is
// a parameter; a key ending _one/_other is one plural (the count is {{count}}). zhCN.ts must have
// the same keys (checked by tsc through the Catalogue type in catalogue.ts).
import { enHints } from "./enHints";
import { enLog } from "./enLog";
import { enA11y } from "./enA11y";
import { enCity } from "./enCity";
import { enConsole } from "./enConsole";
import { enDebrief } from "./enDebrief";
import { enObjectives } from "./enObjectives";
import { enGame } from "./enGame";
import { enLens } from "./enLens";
import { enMap } from "./enMap";
import { enRole } from "./enRole";
import { enRefusals } from "./enRefusals";
import { enSessions } from "./enSessions";
import { enTerms } from "./enTerms";
import { enWhatIf } from "./enWhatIf";
import { enPlaces } from "./enPlaces";
import { enNews } from "./enNews";

/** The whole English catalogue, by page: the console and roles, the debrief, the sessions pages;
 * the game's vocabulary and the refusals, which every page shows; the game screen; the private objectives. */
export const en = { ...enConsole, ...enDebrief, ...enSessions, ...enTerms, ...enRefusals, ...enGame, ...enRole, ...enMap, ...enLens, ...enCity, ...enObjectives, ...enLog, ...enHints, ...enA11y, ...enWhatIf, ...enPlaces, ...enNews };
