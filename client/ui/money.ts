// Money as shown in the panels: in the reader's language (¥ m / ¥ bn, or 万 / 亿), the number
// and its unit held together so a narrow column never breaks "¥15 m" across two lines.
import { lang } from "../i18n";
import { formatMoney } from "../i18n/money";

export const money = (wan: number): string => formatMoney(wan, lang());
