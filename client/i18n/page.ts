// Every page's language: index.html loads this before main.ts, so <html lang> and the window's
// title are set, and the corner switch (#language-switch) is there on the start page, the game and
// the sessions pages. A page with a title of its own (the console) sets it after this.
import { onLanguageChange, t } from "./index";
import { mountLanguageSlot } from "./switch";

const title = () => void (document.title = t("game.pageTitle"));
title();
onLanguageChange(title);
mountLanguageSlot();
