const next = require("next");
const http = require("http");
const app = next({ dev: false, dir: process.cwd() });
const handle = app.getRequestHandler();
app.prepare().then(() => {
  const s = http.createServer((req, res) => handle(req, res));
  s.listen(3100, () => console.log("ready"));
  process.on("SIGINT", () => { s.close(); process.exit(0); });
  setTimeout(() => process.exit(0), Number(process.env.PROF_SECONDS || 40) * 1000);
});
