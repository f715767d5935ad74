// The loader thread's half of modules-hook.js: tells the main thread each URL it loads.
let port;
export function initialize(data) {
  port = data.port;
}
export async function load(url, context, next) {
  port.postMessage(url);
  return next(url, context);
}
