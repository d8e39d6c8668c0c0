// The phone page of Tillit Workshop's room (docs/room.md). Plain JavaScript, no library.
// Text from the room is only ever set with textContent: it stays text, whatever it holds.
"use strict";

(function () {
  const T = {
    sv: {
      title: "Tillit Workshop", room: "Rum", switchTo: "In English", phaseNow: "Nu: ",
      notes: "Skriv en lapp", linkNow: "Länken som diskuteras: ", kind: "Vad handlar lappen om?",
      noteText: "Din lapp", send: "Skicka", sent: "Skickat. Samtalsledaren går igenom lapparna.",
      ratings: "Var står vi i dag?", ratingsHelp: "Välj din roll i kedjan och ge varje princip 1–5 (1 = inte alls, 5 = helt). Du kan ändra.",
      role: "Din roll i styrkedjan", pickRole: "Välj roll …", ratingSaved: "Sparat.",
      board: "Problemtavlan", budget: (left, all) => `Du har ${left} av ${all} prickar kvar.`,
      dots: (n) => `${n} prickar`, yours: (n) => `varav ${n} dina`, add: "Lägg en prick på", remove: "Ta bort en prick från",
      elsewhere: "Rummet arbetar med en annan del av dagen. Titta upp!",
      waiting: (n) => `${n} väntar på att skickas (skickas igen automatiskt).`,
      anon: "Anonymt: sidan frågar aldrig efter ditt namn.", offline: "Ingen kontakt med rummet just nu. Det du skriver sparas här och skickas sen.",
      refused: "Rummet tog inte emot: ", pickRoleFirst: "Välj din roll först.", empty: "Skriv något först.",
      problemsNone: "Inga problem på tavlan än.",
    },
    en: {
      title: "Tillit Workshop", room: "Room", switchTo: "På svenska", phaseNow: "Now: ",
      notes: "Write a note", linkNow: "Link being discussed: ", kind: "What is the note about?",
      noteText: "Your note", send: "Send", sent: "Sent. The facilitator goes through the notes.",
      ratings: "Where are we today?", ratingsHelp: "Choose your role in the chain and give each principle 1–5 (1 = not at all, 5 = fully). You can change it.",
      role: "Your role in the governance chain", pickRole: "Choose a role …", ratingSaved: "Saved.",
      board: "The problem board", budget: (left, all) => `You have ${left} of ${all} dots left.`,
      dots: (n) => `${n} dots`, yours: (n) => `${n} of them yours`, add: "Add a dot to", remove: "Remove a dot from",
      elsewhere: "The room is working on another part of the day. Look up!",
      waiting: (n) => `${n} waiting to be sent (sent again automatically).`,
      anon: "Anonymous: this page never asks for your name.", offline: "No contact with the room just now. What you write is kept here and sent later.",
      refused: "The room did not accept it: ", pickRoleFirst: "Choose your role first.", empty: "Write something first.",
      problemsNone: "No problems on the board yet.",
    },
  };
  const base = location.pathname.replace(/[^/]*$/, "");  // .../j/<token>/
  const key = (name) => "tw:" + base + ":" + name;
  const $ = (id) => document.getElementById(id);
  let state = null;
  let lang = localStorage.getItem(key("lang")) || null;
  let outbox = JSON.parse(localStorage.getItem(key("outbox")) || "[]");
  let flushing = false;
  let socket = null;

  function newId() {  // crypto.randomUUID needs https; getRandomValues does not
    const bytes = new Uint8Array(16);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }
  function t() { return T[lang || "sv"]; }
  function name(entry) { return entry[lang] || entry.sv; }
  function say(text) { $("message").textContent = text; }
  function el(tag, props, text) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function saveOutbox() { localStorage.setItem(key("outbox"), JSON.stringify(outbox)); showOutbox(); }
  function showOutbox() { $("outbox-line").textContent = outbox.length ? t().waiting(outbox.length) : ""; }

  function submit(path, body) {
    outbox.push({ path: path, body: Object.assign({ id: newId() }, body) });
    saveOutbox();
    return flush();
  }

  async function flush() {
    if (flushing) return;
    flushing = true;
    try {
      while (outbox.length) {
        const item = outbox[0];
        let response;
        try {
          response = await fetch(item.path, {
            method: "POST", credentials: "same-origin",
            headers: { "Content-Type": "application/json" }, body: JSON.stringify(item.body),
          });
        } catch (e) { say(t().offline); return; }
        if (response.status === 429 || response.status >= 500) { say(t().offline); return; }
        outbox.shift();
        saveOutbox();
        if (response.status >= 400) {
          let why = String(response.status);
          try { why = (await response.json()).error || why; } catch (e) { /* not JSON */ }
          say(t().refused + why);
        } else if (item.path === "api/notes") {
          say(t().sent);
        }
      }
    } finally { flushing = false; }
    await refresh();
  }

  async function refresh() {
    try {
      const response = await fetch("api/state", { credentials: "same-origin", cache: "no-store" });
      if (!response.ok) return;
      state = await response.json();
      if (!lang) lang = chooseLanguage(state.language);
      render();
    } catch (e) { /* offline: keep what is shown */ }
  }

  function chooseLanguage(session) {
    const hint = (navigator.languages || [navigator.language || ""])[0] || "";
    if (hint.toLowerCase().startsWith("en") && session !== "sv") return "en";
    if (hint.toLowerCase().startsWith("sv")) return "sv";
    return session === "en" ? "en" : "sv";
  }

  function render() {
    const s = state, tr = t();
    document.documentElement.lang = lang;
    document.title = tr.title;
    $("title").textContent = tr.title;
    $("room-line").textContent = tr.room + " " + s.room;
    $("lang-switch").textContent = tr.switchTo;
    $("lang-switch").lang = lang === "sv" ? "en" : "sv";
    $("phase-line").textContent = tr.phaseNow + name(s.phase_name);
    $("anon-line").textContent = tr.anon;
    showOutbox();
    const notes = s.kinds.length > 0, ratings = s.phase === "principles", board = s.phase === "problems";
    $("notes").hidden = !notes;
    $("ratings").hidden = !ratings;
    $("board").hidden = !board;
    $("elsewhere").hidden = notes || ratings || board;
    $("elsewhere-line").textContent = tr.elsewhere;
    if (notes) renderNotes(s, tr);
    if (ratings) renderRatings(s, tr);
    if (board) renderBoard(s, tr);
  }

  function renderNotes(s, tr) {
    $("notes-heading").textContent = tr.notes;
    $("link-line").textContent = s.link_name ? tr.linkNow + name(s.link_name) : "";
    $("kind-legend").textContent = tr.kind;
    $("note-label").textContent = tr.noteText;
    $("note-send").textContent = tr.send;
    const box = $("kinds");
    const chosen = (box.querySelector("input:checked") || {}).value;
    box.replaceChildren(...s.kinds.map((k, i) => {
      const label = el("label", { className: "choice" });
      const input = el("input", { type: "radio", name: "kind", value: k.key, id: "kind-" + k.key });
      input.checked = chosen ? chosen === k.key : i === 0;
      label.append(input, el("span", {}, name(k.name)));
      return label;
    }));
  }

  function renderRatings(s, tr) {
    $("ratings-heading").textContent = tr.ratings;
    $("ratings-help").textContent = tr.ratingsHelp;
    $("role-label").textContent = tr.role;
    const role = s.device.role || localStorage.getItem(key("role")) || "";
    const select = $("role");
    select.replaceChildren(el("option", { value: "" }, tr.pickRole),
      ...s.roles.map((r) => el("option", { value: r.key }, name(r.name))));
    select.value = role;
    const pending = {};
    outbox.filter((o) => o.path === "api/ratings").forEach((o) => { pending[o.body.principle] = o.body.value; });
    $("principles").replaceChildren(...s.principles.map((p) => {
      const set = el("fieldset");
      set.append(el("legend", {}, name(p.name)), el("p", { className: "principle-help" }, name(p.description)));
      const scale = el("div", { className: "scale" });
      const current = pending[p.key] || s.device.ratings[p.key];
      for (let v = 1; v <= 5; v++) {
        const label = el("label");
        const input = el("input", { type: "radio", name: "p-" + p.key, value: String(v) });
        input.checked = current === v;
        input.addEventListener("change", () => rate(p.key, v));
        label.append(input, el("span", {}, String(v)));
        scale.append(label);
      }
      set.append(scale);
      return set;
    }));
  }

  function rate(principle, value) {
    const role = $("role").value;
    if (!role) { say(t().pickRoleFirst); $("role").focus(); render(); return; }
    say(t().ratingSaved);
    submit("api/ratings", { principle: principle, value: value, role: role });
  }

  function renderBoard(s, tr) {
    $("board-heading").textContent = tr.board;
    const used = s.device.used;
    $("budget-line").textContent = tr.budget(Math.max(0, s.budget - used), s.budget);
    const list = $("problems");
    if (!s.problems.length) { list.replaceChildren(el("li", {}, tr.problemsNone)); return; }
    list.replaceChildren(...s.problems.map((p) => {
      const mine = s.device.votes[p.id] || 0;
      const item = el("li");
      const text = el("p", { className: "problem-text", id: "problem-" + p.id }, p.text);
      const row = el("div", { className: "votes" });
      const count = el("span", {}, tr.dots(p.votes) + (mine ? " (" + tr.yours(mine) + ")" : ""));
      const minus = el("button", { type: "button", className: "small", disabled: mine === 0 }, "−");
      minus.setAttribute("aria-label", tr.remove + ": " + p.text.slice(0, 80));
      const plus = el("button", { type: "button", disabled: used >= s.budget }, "+");
      plus.setAttribute("aria-label", tr.add + ": " + p.text.slice(0, 80));
      minus.addEventListener("click", () => submit("api/votes", { note: p.id, delta: -1 }));
      plus.addEventListener("click", () => submit("api/votes", { note: p.id, delta: 1 }));
      row.append(count, minus, plus);
      item.append(text, row);
      return item;
    }));
  }

  function connect() {
    if (!("WebSocket" in window)) return;
    socket = new WebSocket((location.protocol === "https:" ? "wss://" : "ws://") + location.host + base + "ws");
    socket.onmessage = () => { refresh(); flush(); };
    socket.onclose = () => { socket = null; setTimeout(connect, 3000); };
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("lang-switch").addEventListener("click", () => {
      lang = lang === "sv" ? "en" : "sv";
      localStorage.setItem(key("lang"), lang);
      render();
    });
    $("role").addEventListener("change", () => localStorage.setItem(key("role"), $("role").value));
    $("note-form").addEventListener("submit", (event) => {
      event.preventDefault();
      const text = $("note-text").value.trim();
      if (!text) { say(t().empty); return; }
      const kind = ($("kinds").querySelector("input:checked") || {}).value;
      const body = { phase: state.phase, kind: kind, text: text };
      if (state.phase === "chain" && state.link) body.link = state.link;
      $("note-text").value = "";
      localStorage.removeItem(key("draft"));
      submit("api/notes", body);
    });
    $("note-text").value = localStorage.getItem(key("draft")) || "";
    $("note-text").addEventListener("input", () => localStorage.setItem(key("draft"), $("note-text").value));
    window.addEventListener("online", flush);
    // Polling: the fallback when the WebSocket is down (phones drop it when they sleep).
    setInterval(() => { if (!socket || socket.readyState !== 1) { refresh(); flush(); } }, 5000);
    refresh().then(flush);
    connect();
  });
})();
