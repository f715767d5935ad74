// commander's help and errors in the user's language: its titles ("Usage:", "Options:"…), the notes
// it adds to a description ("(default: …)", "(choices: …)"), and its error messages, which it
// writes in English, rewritten from their code. The widths count a Chinese character as two
// columns and wrap Chinese text between characters, so a Chinese help lines up on a terminal.
import { CommanderError, Help, type HelpConfiguration } from "@commander-js/extra-typings";
import { t } from "./i18n/index.js";

const TITLES: Record<string, () => string> = {
  "Usage:": () => t("cli.title.usage"),
  "Options:": () => t("cli.title.options"),
  "Global Options:": () => t("cli.title.globalOptions"),
  "Commands:": () => t("cli.title.commands"),
  "Arguments:": () => t("cli.title.arguments"),
};

/** East Asian wide and full-width characters: CJK, kana, Hangul, full-width forms, CJK punctuation. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const ANSI = /\x1b\[\d*(?:;\d*)*m/g;

/** Terminal columns a text takes: a wide character two, anything else one; colour codes none. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text.replace(ANSI, "")) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/** Punctuation that does not start a line, and that does not end one. */
// Latin brackets too: "{{标记}}" and "<文件名>" are not split at their brackets.
const NO_START = "，。：；、）》」”’！？)\\]}>";
const NO_END = "（《「“‘(\\[{<";
/**
 * Pieces a line may break between: words with their leading spaces, and each wide character, each
 * holding the closing punctuation after it and the opening punctuation before it.
 */
const CHUNK = new RegExp(`\\s*[${NO_END}]*(?:[^\\s${WIDE.source.slice(1, -1)}]+|${WIDE.source})[${NO_START}]*`, "gu");

/** commander's boxWrap, with Chinese text broken between characters as well as at spaces. */
function boxWrap(this: Help, text: string, width: number): string {
  if (width < this.minWidthToWrap) return text;
  return text
    .split(/\r\n|\n/)
    .map((line) => {
      const chunks = line.match(CHUNK);
      if (!chunks) return "";
      const lines: string[] = [];
      let current = chunks.shift()!;
      for (const chunk of chunks) {
        if (displayWidth(current) + displayWidth(chunk) <= width) current += chunk;
        else {
          lines.push(current);
          current = chunk.trimStart();
        }
      }
      lines.push(current);
      return lines.join("\n");
    })
    .join("\n");
}

type Noted = { description: string; argChoices?: readonly string[]; defaultValue?: unknown; defaultValueDescription?: string };

/** A description with its choices and default noted after it, in the user's language. */
function withNotes(item: Noted, showDefault: boolean): string {
  const notes: string[] = [];
  if (item.argChoices) notes.push(t("cli.note.choices", { values: item.argChoices.map((choice) => JSON.stringify(choice)) }));
  if (showDefault && item.defaultValue !== undefined) {
    notes.push(t("cli.note.default", { value: item.defaultValueDescription || JSON.stringify(item.defaultValue) }));
  }
  if (notes.length === 0) return item.description;
  return t("cli.note.after", { description: item.description, notes });
}

/** The overrides of commander's Help that put its own words in the user's language. */
export const localizedHelp: HelpConfiguration = {
  showGlobalOptions: true,
  // A command's own option of the same name (init's --lang) is the one its help shows.
  visibleGlobalOptions(this: Help, command) {
    const own = new Set(command.options.map((option) => option.long));
    return Help.prototype.visibleGlobalOptions.call(this, command).filter((option) => !own.has(option.long));
  },
  styleTitle: (title) => TITLES[title]?.() ?? title,
  // commander puts a space after the title; a full-width colon has its space in it.
  formatHelp: (command, helper) => Help.prototype.formatHelp.call(helper, command, helper).replace(/^(\S*：) /, "$1"),
  displayWidth,
  boxWrap,
  // As commander's: an option's default is shown when it takes a value (a boolean's is for programmers).
  optionDescription: (option) =>
    withNotes(option, option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === "boolean")),
  argumentDescription: (argument) => withNotes(argument, true),
};

const quoted = (text: string, pattern: RegExp): RegExpExecArray | null => pattern.exec(text);

/** The usage errors whose message ends with where to read the command's options. */
const HELP_HINTED = new Set([
  "commander.unknownOption",
  "commander.unknownCommand",
  "commander.missingArgument",
  "commander.optionMissingArgument",
  "commander.missingMandatoryOptionValue",
  "commander.excessArguments",
  "commander.invalidArgument",
]);

/**
 * The message of a commander error in the user's language, ending (for a mistake in the command
 * line) with the help to read: `grantsmith <command> --help`, or `grantsmith --help` for a command
 * that does not exist. `command` is the subcommand that refused the line, if any.
 */
export function commanderMessage(error: CommanderError, command?: string): string {
  const message = localizedMessage(error);
  if (!HELP_HINTED.has(error.code)) return message;
  const help = command === undefined || error.code === "commander.unknownCommand" ? "grantsmith --help" : `grantsmith ${command} --help`;
  return message + t("cli.error.seeHelp", { help });
}

/** commander's message in the user's language; its own English when its form is unknown (a newer commander), so nothing is lost. */
function localizedMessage(error: CommanderError): string {
  const message = error.message;
  const suggestion = (text: string) => {
    const match = /\n\(Did you mean (?:one of )?(.+)\?\)$/.exec(text);
    return match ? t("cli.error.didYouMean", { suggestion: match[1]! }) : "";
  };
  let match: RegExpExecArray | null;
  switch (error.code) {
    case "commander.unknownOption":
      if ((match = quoted(message, /^error: unknown option '(.+?)'/))) return t("cli.error.unknownOption", { option: match[1]! }) + suggestion(message);
      break;
    case "commander.unknownCommand":
      if ((match = quoted(message, /^error: unknown command '(.+?)'/))) return t("cli.error.unknownCommand", { command: match[1]! }) + suggestion(message);
      break;
    case "commander.missingArgument":
      if ((match = quoted(message, /^error: missing required argument '(.+)'$/))) return t("cli.error.missingArgument", { name: match[1]! });
      break;
    case "commander.optionMissingArgument":
      if ((match = quoted(message, /^error: option '(.+)' argument missing$/))) return t("cli.error.optionMissingArgument", { option: match[1]! });
      break;
    case "commander.missingMandatoryOptionValue":
      if ((match = quoted(message, /^error: required option '(.+)' not specified$/))) return t("cli.error.missingMandatoryOption", { option: match[1]! });
      break;
    case "commander.invalidArgument":
      // commander's own choices, or the message of our parser (already in the user's language) after its English lead.
      if ((match = quoted(message, /^error: option '(.+?)' argument '(.*)' is invalid\. (.*)$/s))) {
        const choices = /^Allowed choices are (.+)\.$/s.exec(match[3]!);
        return choices ? t("cli.error.invalidChoice", { option: match[1]!, value: match[2]!, choices: choices[1]! }) : match[3]!;
      }
      break;
    case "commander.excessArguments":
      if ((match = quoted(message, /^error: too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\.$/))) {
        return t("cli.error.excessArguments", { command: match[1] ?? "grantsmith", expected: Number(match[2]), got: Number(match[3]) });
      }
      break;
  }
  return message;
}
