// JSON-lines bridge between a C# test (PlaygroundSession) and Agents Playground, via the tool's client.mjs.
// Copied next to client.mjs by the test harness. Usage: node driver.mjs <playground base url>
// stdin:  one request a line  {"id": 1, "op": "say", "text": "hello"}
// stdout: one reply a line    {"id": 1, "ok": true, "result": ...} or {"id": 1, "ok": false, "error": "..."}
//         and every bot message frame as it arrives: {"event": "frame", "frame": {...}}
import readline from 'node:readline';
import { connect } from './client.mjs';

const base = process.argv[2];
if (!base) { console.error('usage: node driver.mjs <playground base url>'); process.exit(2); }
const write = (obj) => process.stdout.write(JSON.stringify(obj) + '\n');

const chat = await connect(base);
// client.mjs keeps frames in an array; forward each new one as soon as the websocket delivers it.
const push = chat.frames.push.bind(chat.frames);
chat.frames.push = (...frames) => { for (const frame of frames) write({ event: 'frame', frame }); return push(...frames); };

const ops = {
  config: () => chat.config,
  install: () => chat.install(),
  say: (r) => chat.say(r.text),
  submit: (r) => chat.submit(r.replyToId, r.value),
  execute: (r) => chat.execute(r.replyToId, r.verb, r.data, r.title ?? r.verb),
  invoke: (r) => chat.invoke(r.name, r.value, r.replyToId),
  custom: (r) => chat.custom(r.activity),
  use: (r) => { chat.use(r.conversationId); return null; },
  as: (r) => { chat.as(r.userId); return null; },
};

write({ event: 'ready', config: chat.config });
const lines = readline.createInterface({ input: process.stdin });
lines.on('line', async (line) => {
  if (!line.trim()) return;
  let request;
  try { request = JSON.parse(line); } catch (err) { write({ id: null, ok: false, error: `bad request line: ${err.message}` }); return; }
  const op = ops[request.op];
  if (!op) { write({ id: request.id, ok: false, error: `unknown op "${request.op}"` }); return; }
  try {
    write({ id: request.id, ok: true, result: (await op(request)) ?? null });
  } catch (err) {
    write({ id: request.id, ok: false, error: err.message });
  }
});
lines.on('close', () => { chat.close(); process.exit(0); });
