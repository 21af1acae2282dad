// Every page's language: index.html loads this before main.ts, so <html lang> is set and the
// corner switch (#language-switch) is there on the start page, the game and the sessions pages.
import { mountLanguageSlot } from "./switch";

mountLanguageSlot();
