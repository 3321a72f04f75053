// Runs wink-nlp in-process over every .txt file of a folder: readDoc, then entities, tokens and sentences.
// Prints one JSON line: files, words (whitespace-separated, as the shell script counts them), seconds (in-process,
// model loaded, files read inside the timed loop), words/s, CPU seconds (user + system) and words per CPU second,
// and a count of what it produced (so nothing is optimised away). usage: node wink-run.js DIR  (run from a folder where wink-nlp and wink-eng-lite-web-model are installed)
const fs = require('fs');
const path = require('path');
const winkNLP = require('wink-nlp');
const model = require('wink-eng-lite-web-model');

const dir = process.argv[2];
const nlp = winkNLP(model);
const its = nlp.its;
const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
let words = 0;
let produced = 0;
const start = process.hrtime.bigint();
const cpuStart = process.cpuUsage();
for (const f of files) {
  const text = fs.readFileSync(path.join(dir, f), 'utf8');
  words += text.split(/\s+/).filter((w) => w.length > 0).length;
  const doc = nlp.readDoc(text);
  produced += doc.entities().out(its.detail).length;
  produced += doc.tokens().out(its.value).length;
  produced += doc.sentences().out().length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(JSON.stringify({ files: files.length, words, seconds, wordsPerSecond: words / seconds, cpuSeconds, wordsPerCpuSecond: words / cpuSeconds, produced }));
