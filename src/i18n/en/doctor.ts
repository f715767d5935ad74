// English text of `grantsmith doctor`: the resolved model configuration and where each setting came
// from, and the checks of the key, templates, cache folder and (with --ping) the endpoint.
export const doctor = {
  "doctor.title": "grantsmith doctor",
  "doctor.section.model": "Model",
  "doctor.section.checks": "Checks",
  "doctor.row.provider": "provider",
  "doctor.row.model": "model",
  "doctor.row.baseURL": "base URL",
  "doctor.row.apiKey": "API key",
  "doctor.row.timeout": "timeout",
  "doctor.row.retries": "retries",
  "doctor.row.cache": "cache",
  "doctor.row.templates": "templates",
  "doctor.row.cacheFolder": "cache folder",
  "doctor.row.endpoint": "endpoint",

  // Where a setting came from.
  "doctor.from.flag": (p: { name: string }) => `${p.name} (command line)`,
  "doctor.from.environment": (p: { name: string }) => `${p.name} (environment)`,
  "doctor.from.projectFile": (p: { name: string }) => `${p.name} (project config file)`,
  "doctor.from.userFile": (p: { name: string }) => `${p.name} (user config file)`,
  "doctor.from.default": "default",
  "doctor.from.presetDefault": (p: { preset: string }) => `default for ${p.preset}`,

  "doctor.offline.setting": (p: { setting: string }) => `offline (${p.setting}): no model is called; draft writes from the facts with built-in sentences`,
  "doctor.offline.unconfigured": "none configured: draft works offline, writing from the facts with built-in sentences",
  // The ways themselves are llm.howToConfigure's, written once for every command that needs them.
  "doctor.howToConfigure": (p: { how: string }) =>
    `To use a model, ${p.how}; or put the same settings in grantsmith.config.yaml: provider, model, base_url, api_key_env.`,
  "doctor.config.problem": "the settings have a problem (below)",

  "doctor.key.set": (p: { variable: string }) => `${p.variable} is set (its value is never shown)`,
  "doctor.key.notSet": (p: { variables: string }) => `none: ${p.variables} not set; a local server may not need one`,
  "doctor.seconds": (p: { seconds: number }) => `${p.seconds} s`,
  "doctor.cache.on": "on",
  "doctor.cache.off": "off",

  "doctor.templates.ok": (p: { files: number }) => `ok: ${p.files} files compile`,
  "doctor.templates.failed": "do not compile (below)",
  "doctor.cacheFolder.writable": (p: { dir: string }) => `ok: ${p.dir} is writable`,
  "doctor.cacheFolder.creatable": (p: { dir: string }) => `ok: ${p.dir} will be created on first use`,
  "doctor.cacheFolder.off": "not used (GRANTSMITH_CACHE=none)",
  "doctor.cacheFolder.failed": (p: { dir: string }) => `${p.dir} is not writable (below)`,
  "doctor.cacheFolder.problem": (p: { dir: string; code: string }) =>
    `the cache folder ${p.dir} is not writable (${p.code}); set GRANTSMITH_CACHE to a folder you can write, or to none`,

  "doctor.endpoint.notChecked": "not checked; --ping sends one tiny request",
  "doctor.endpoint.ok": (p: { model: string }) => `ok: it answers, and model ${p.model} exists`,
  "doctor.endpoint.failed": "does not answer (below)",
  "doctor.endpoint.nothing": "nothing to check: no model is configured",
  "doctor.ping.noModel": "--ping: no model is configured, so there is no endpoint to check; configure one as said above",

  "doctor.allWell": "All well.",
};
