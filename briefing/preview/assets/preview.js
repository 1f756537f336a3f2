// Shows the state the server sends (server-sent events): problems above, pages below. Only what changed is
// replaced, so the scroll position stays where the reader left it.
"use strict";

const pagesBox = document.getElementById("pages");

function showStatus(state) {
  document.getElementById("title").textContent = `Preview of ${state.brief}`;
  document.title = `${state.brief} — briefing preview`;
  const status = document.getElementById("status");
  const took = state.seconds === null ? "" : ` in ${state.seconds.toFixed(2)} s`;
  const built = took && (state.valid ? " — built" : " — checked") + took;
  if (state.building) {
    status.textContent = "rebuilding…";
  } else if (state.valid) {
    status.textContent = `${state.pages.length} page${state.pages.length === 1 ? "" : "s"}` + built;
  } else {
    status.textContent = (state.pages.length ? "not rebuilt: the brief has errors; showing the last good pages"
                                             : "not built: the brief has errors") + built;
  }
  document.body.classList.toggle("stale", !state.building && !state.valid);
  const download = document.getElementById("download");
  download.hidden = !state.pdf;
  download.textContent = state.valid ? "Download the PDF" : "Download the last good PDF";
}

function showProblems(problems) {
  const list = document.getElementById("problem-list");
  list.replaceChildren(...problems.map((problem) => {
    const item = document.createElement("li");
    item.className = `problem ${problem.origin === "content" ? problem.severity : "environment"}`;
    item.textContent = problem.text;
    return item;
  }));
  const box = document.getElementById("problems");
  box.hidden = problems.length === 0;
  box.classList.toggle("has-errors", problems.some((problem) => problem.severity === "error"));
}

function pageFigure(number) {
  const figure = document.createElement("figure");
  const image = document.createElement("img");
  image.className = "page";
  image.alt = `page ${number}`;
  const caption = document.createElement("figcaption");
  caption.textContent = `page ${number}`;
  figure.append(image, caption);
  return figure;
}

async function showPages(pages) {
  // Load every new image before swapping any, so the pages change at once and never flash empty.
  const loading = pages.map((page) => {
    const image = new Image();
    image.src = page.src;
    return image.decode().catch(() => undefined);
  });
  await Promise.all(loading);
  while (pagesBox.children.length > pages.length) pagesBox.lastElementChild.remove();
  pages.forEach((page, index) => {
    const figure = pagesBox.children[index] || pagesBox.appendChild(pageFigure(index + 1));
    const image = figure.querySelector("img");
    image.width = page.width;
    image.height = page.height;
    if (image.getAttribute("src") !== page.src) image.src = page.src;
  });
  pagesBox.dataset.pages = String(pages.length);
}

let shown = -1;
let server = null;
let latest = null;
let drawing = Promise.resolve();

function show(state) {
  latest = state;
  drawing = drawing.then(async () => {
    if (latest.server !== server) {  // the first state, or briefing serve was started again
      server = latest.server;
      shown = -1;
    }
    if (latest.version <= shown) return;
    const current = latest;
    if (current.valid || !pagesBox.children.length) await showPages(current.pages);
    showProblems(current.problems);  // with the status, at once, when the new pages are in place
    showStatus(current);
    shown = current.version;
    document.body.dataset.version = String(current.version);
  });
}

const events = new EventSource("/events");
events.onmessage = (message) => show(JSON.parse(message.data));
events.onerror = () => { document.getElementById("status").textContent = "disconnected: is briefing serve running?"; };
