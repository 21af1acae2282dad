// Money as shown in the panels: the game's formatter, with the number and its unit held together
// (no-break space) so a narrow column never breaks "¥15 m" across two lines.
import { formatMoney } from "../../shared/model/events";

export const money = (wan: number): string => formatMoney(wan).replace(" ", "\u00a0");
