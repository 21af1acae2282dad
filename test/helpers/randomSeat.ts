// One seat played by the random legal player of randomPlay.ts (the baseline the bots must
// beat): each round it looks at up to 20 random tiles and sends one random legal action from the
// hints, and answers every offer addressed to it at random (accepts two times in three). Its dice
// are seeded by the game seed, the seat and the round, so the other seats' play never shifts it.
import type { PlayerCommand } from "../../shared/engine/commands";
import { applyCommand } from "../../shared/engine/apply";
import { tileActions } from "../../shared/views/hints";
import { seedState } from "../../shared/engine/rng";
import type { SeatPolicy } from "../../shared/bots/schedule";
import { dice } from "./randomPlay";

export function randomSeat(seed: number, tries = 20): SeatPolicy {
  return (state, seat, pass) => {
    const roll = dice(seedState(`${seed}:${seat}:${state.round}:${pass}`));
    const out: PlayerCommand[] = [];
    let s = state;
    const send = (c: PlayerCommand) => {
      const r = applyCommand(s, seat, c);
      if (!r.ok) return;
      s = r.state;
      out.push(c);
    };
    if (pass === 0)
      for (let i = 0; i < tries; i++) {
        const actions = tileActions(s, seat, roll(s.map.width * s.map.height));
        if (actions.length === 0) continue;
        send(actions[roll(actions.length)].command);
        break;
      }
    for (const o of s.offers) if (o.to === seat && o.status === "open") send({ type: "respondOffer", offerId: o.id, accept: roll(3) > 0 });
    return out;
  };
}
