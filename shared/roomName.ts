// The Colyseus room type. In a module of its own so the page can import it without zod.
export const ROOM_NAME = "shancheng";
