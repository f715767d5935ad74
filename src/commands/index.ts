// The action of every command, each importing its module only when it runs, so that `--help`,
// `--version` and light commands load nothing heavy. bin/grantsmith.js hands these to main().
import type { CommandActions } from "../cli.js";

export const commandActions: CommandActions = {
  init: async (file, options) => (await import("./init.js")).initCommand(file, options),
  check: async (files, options) => (await import("./check.js")).checkCommand(files, options),
  draft: async (files, options) => (await import("./draft.js")).draftCommand(files, options),
  score: async (paths, options) => (await import("./score.js")).scoreCommand(paths, options),
  revise: async (file, options) => (await import("./revise.js")).reviseCommand(file, options),
  export: async (file, options) => (await import("./export.js")).exportCommand(file, options),
  rubrics: async (id, options) => (await import("./rubrics.js")).rubricsCommand(id, options),
  templates: async (options) => (await import("./templates.js")).templatesCommand(options),
  schema: async (what) => (await import("./schema.js")).schemaCommand(what),
  cache: async (action) => (await import("./cache.js")).cacheCommand(action),
  doctor: async (options) => (await import("./doctor.js")).doctorCommand(options),
};
