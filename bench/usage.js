// --help or -h for every bench script: its usage on stdout and exit 0, before it reads, writes or
// measures anything (a script that takes a file name would otherwise write one named --help).
export function answerHelp(usage, argv = process.argv.slice(2)) {
  if (!argv.includes("--help") && !argv.includes("-h")) return;
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
