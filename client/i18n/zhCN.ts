// 简体中文目录：与 en.ts 键完全相同（类型 ZhCatalogue 由 tsc 检查）。中文只有一种复数形式，
// 所以英文的 _one/_other 在这里只写 _other。术语与游戏词汇表一致：地票、公租房、户口、土地储备。
import type { ZhCatalogue } from "./catalogue";
import { zhHints } from "./zhHints";
import { zhLog } from "./zhLog";
import { zhCity } from "./zhCity";
import { zhConsole } from "./zhConsole";
import { zhDebrief } from "./zhDebrief";
import { zhObjectives } from "./zhObjectives";
import { zhGame } from "./zhGame";
import { zhLens } from "./zhLens";
import { zhMap } from "./zhMap";
import { zhRole } from "./zhRole";
import { zhA11y } from "./zhA11y";
import { zhRefusals } from "./zhRefusals";
import { zhSessions } from "./zhSessions";
import { zhTerms } from "./zhTerms";
import { zhWhatIf } from "./zhWhatIf";
import { zhPlaces } from "./zhPlaces";
import { zhNews } from "./zhNews";

export const zhCN: ZhCatalogue = { ...zhConsole, ...zhDebrief, ...zhSessions, ...zhTerms, ...zhRefusals, ...zhGame, ...zhRole, ...zhMap, ...zhLens, ...zhCity, ...zhObjectives, ...zhLog, ...zhHints, ...zhA11y, ...zhWhatIf, ...zhPlaces, ...zhNews };
