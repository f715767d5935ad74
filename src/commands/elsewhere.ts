// The actions of a command's own script (dist/bundle/main-<command>.cjs for check, draft and score;
// scripts/bundle.js) for the commands it does not hold: the script holds the program's declaration
// and its own command's code only. src/cached-main.ts runs the script of the command the line names (commandOfLine), so none
// of these runs; if one ever did, it says so rather than run without its code.
import type { CommandActions } from "../cli.js";
import { COMMAND_NAMES, scriptName } from "./names.js";

const notHere = (command: string) => async () => {
  throw new Error(`${command} is not in this script; dist/bundle/${scriptName(command)} holds it (GRANTSMITH_CACHE=none runs without the scripts)`);
};

export const elsewhere = Object.fromEntries(COMMAND_NAMES.map((command) => [command, notHere(command)])) as unknown as CommandActions;
