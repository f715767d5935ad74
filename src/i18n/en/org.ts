// English messages about organisation profiles (`organization: ./org.yaml`, `extends:`).
export const org = {
  "org.notPath": (p: { where: string }) => `${p.where}: expected the path of an organisation profile (e.g. ./org.yaml) or a list of paths`,
  "org.notYaml": (p: { where: string; path: string }) => `${p.where}: "${p.path}" is not a .yaml, .yml or .json file; an organisation profile is YAML`,
  "org.missing": (p: { where: string; path: string; from: string }) =>
    `${p.where}: no such organisation profile "${p.path}" (paths are relative to ${p.from}); check the path or write it with grantsmith init --org`,
  "org.outside": (p: { where: string; path: string; allowed: string }) =>
    `${p.where}: "${p.path}" lies outside ${p.allowed}; profiles are read from the project only (set materials_root in grantsmith.config.yaml to allow another folder)`,
  "org.allowedFolder": "the facts file's folder",
  "org.allowedFolderOrRoot": (p: { root: string }) => `the facts file's folder or materials_root (${p.root})`,
  "org.cycle": (p: { where: string; chain: string }) => `${p.where}: the profiles include each other in a cycle (${p.chain}); remove one of the includes`,
  "org.tooDeep": (p: { where: string; max: number }) =>
    `${p.where}: profiles included from profiles nest deeper than ${p.max} levels; include the profile you need directly`,
  "org.unreadable": (p: { where: string; path: string; code: string }) => `${p.where}: cannot read "${p.path}" (${p.code})`,
  "org.isProfile": (p: { file: string }) =>
    `${p.file}: is an organisation profile (it has a name, but no title, need or beneficiaries), not a facts file; name it in a facts file with organization: ./${p.file.split(/[\\/]/).pop()}`,
};
