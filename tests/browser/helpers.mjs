// What the browser tests share: the node binary and chromium, TOTP codes, real nodes
// (`trm init` + `trm serve`), users made through the API, pages that record console
// errors, the first login with its enrolment, and the case flow a case worker goes through.

import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { createHmac } from "node:crypto";
import { createServer } from "node:net";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
export const root = resolve(here, "../..");
export const trmBin = process.env.TRM_BIN ?? join(root, "target/debug/trm");
export const chromiumPath = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const shots = join(root, "docs/screenshots");
export const LANGUAGES = ["en", "sq", "bs", "hr", "sr-Latn", "mk", "bg", "ro", "uk", "it", "pl", "sk"];
export const ADMIN_PASSWORD = "synthetic browser-test admin passphrase";
export const PASSWORD = "synthetic browser-test passphrase";
export const MARKER = /\[(ui|list|field|group|section|request)-[a-z0-9_-]+\]/;

/** RFC 6238 TOTP (SHA-1, 30 s, 6 digits) of a base32 secret, at `time` ms. */
export function totp(base32, time = Date.now()) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const c of base32.replace(/=+$/, "").toUpperCase()) {
    const v = alphabet.indexOf(c);
    if (v < 0) throw new Error(`not base32: ${c}`);
    bits += v.toString(2).padStart(5, "0");
  }
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 1000 / 30)));
  const mac = createHmac("sha1", key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  const n = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(n).padStart(6, "0");
}

/** One API call of a node that must succeed; answers its JSON. */
export async function api(url, path, { token, body, method } = {}) {
  const r = await fetch(url + path, {
    method: method ?? (body ? "POST" : "GET"),
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { "content-type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await r.text();
  assert.ok(r.ok, `${path}: ${r.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Starts `trm serve` on `data`; resolves with the process and its URL once it listens. */
export function serve(data, listen = "127.0.0.1:0") {
  return new Promise((ok, fail) => {
    const server = spawn(trmBin, ["serve", "--data", data, "--listen", listen], {
      stdio: ["ignore", "pipe", "inherit"],
      env: { ...process.env, RUST_LOG: process.env.RUST_LOG ?? "error" },
    });
    let out = "";
    server.stdout.on("data", (chunk) => {
      out += chunk;
      const m = out.match(/listening on (http:\/\/127\.0\.0\.1:\d+)/);
      if (m) ok({ server, url: m[1] });
    });
    server.on("exit", (code) => fail(new Error(`trm serve exited with ${code}: ${out}`)));
  });
}

export function stop(server) {
  server?.removeAllListeners("exit");
  server?.kill("SIGTERM");
}

/** A port free now: a federated node's address is fixed at `trm init`, before it serves. */
export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.on("error", fail);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

/** `trm init` a node; `listen` fixes its address (peers reach it there). */
export function init(data, country, name, listen) {
  execFileSync(trmBin, [
    "init", "--data", data, "--country", country, "--name", name,
    "--admin-password", ADMIN_PASSWORD, ...(listen ? ["--listen", listen] : []),
  ]);
}

/** Runs `trm <args> --data <data>`; answers what it printed. */
export function trm(data, ...args) {
  return execFileSync(trmBin, [...args, "--data", data], { encoding: "utf8" });
}

/** The administrator's first login, which enrols a second factor through the API. */
export async function adminToken(url) {
  const first = await api(url, "/api/auth/login", { body: { username: "admin", password: ADMIN_PASSWORD } });
  const enrol = await api(url, "/api/auth/totp/enrol", { token: first.token, body: {} });
  await api(url, "/api/auth/totp/confirm", { token: first.token, body: { code: totp(enrol.secret) } });
  return first.token;
}

/** Makes a user of the administrator's organisation through the API. */
export async function makeUser(url, admin, username, role = "case_worker") {
  const me = await api(url, "/api/me", { token: admin });
  await api(url, "/api/users", {
    token: admin,
    body: {
      username,
      display_name: `Synthetic ${username}`,
      role,
      organisation: me.user.organisation,
      password: PASSWORD,
    },
  });
}

export async function launch() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run",
    ],
  });
}

/** A page that records console errors and uncaught exceptions. */
export async function watchedPage(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  page.errors = [];
  page.on("console", (m) => { if (m.type() === "error") page.errors.push(`${page.url()}: ${m.text()}`); });
  page.on("pageerror", (e) => page.errors.push(`${page.url()}: ${e.message}`));
  return page;
}

/** Form refusals are answered 422 on purpose, which the browser logs: not an error. */
export function forgive422(page) {
  page.errors = page.errors.filter((e) => !e.includes("status of 422"));
}

/** First login in the browser: password, then the enrolment page, then the dashboard. */
export async function firstLogin(page, url, username) {
  await page.goto(url + "/");
  assert.match(page.url(), /\/login$/, "a page without a login goes to the login page");
  await page.getByLabel(/Username/).fill(username);
  await page.getByLabel(/^Password/).fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.waitForURL(/\/enrol$/);
  const secret = (await page.locator("#totp-secret").textContent()).trim();
  await page.getByLabel(/Code from the app/).fill(totp(secret));
  await page.getByRole("button", { name: "Confirm" }).click();
  await page.getByRole("heading", { name: "Your second factor is set up" }).waitFor();
  assert.equal(await page.locator("ul.codes li").count(), 10);
  await page.getByRole("link", { name: "Continue" }).click();
  await page.waitForURL(url + "/");
}

/** Creates a case, records consent (to share with `country`, unless `consent` is
 *  false), opens a measure; returns the case page's path. */
export async function caseFlow(page, url, { shoot = false, consent = true, country = "AL" } = {}) {
  await page.getByRole("link", { name: "New case" }).first().click();
  await page.waitForURL(/\/cases\/new$/);
  if (shoot) await page.screenshot({ path: join(shots, "new-case.png"), fullPage: true });
  // A form refused names the field that was wrong, and keeps what was typed.
  await page.getByLabel("Given name").fill("");
  await page.getByRole("button", { name: "Create the case" }).click();
  await page.locator(".error-summary").waitFor();
  assert.match(await page.locator(".error-summary").textContent(), /Given name/);
  forgive422(page);
  await page.getByLabel("Given name").fill("Testa");
  await page.getByLabel("Family name").fill("Fictiva");
  await page.getByLabel("Sex").selectOption("female");
  await page.getByLabel(/^Age, if/).selectOption("over_18");
  await page.getByLabel("Citizenships").fill("AL");
  await page.getByLabel("Languages").fill("sq");
  await page.getByRole("button", { name: "Create the case" }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  const casePath = new URL(page.url()).pathname;

  if (consent) {
    await page.getByLabel("Consent to").selectOption("share_data");
    await page.getByLabel(/^Country/).fill(country);
    await page.getByLabel("Purpose of sharing").selectOption("referral");
    await page.getByLabel("Decision").selectOption("given");
    await page.getByLabel("Decided on").first().fill("2026-01-15");
    await page.getByLabel("Language the person was informed in").fill("sq");
    await page.getByLabel("Interpreter present").selectOption("true");
    await page.getByRole("button", { name: "Record consent" }).click();
    await page.waitForURL(new RegExp(`${casePath}#consents$`));
    assert.match(await page.locator("#consents").textContent(), new RegExp(`sharing data with ${country} for referral`));
  }

  await page.locator("#board").getByRole("link", { name: "Intake and needs assessment" }).click();
  await page.waitForURL(/\/sop\/sop2\.intake_needs_assessment$/);
  assert.match(await page.locator(".guidance").textContent(), /What/);
  await page.getByLabel("Status of the measure").selectOption("in_progress");
  await page.getByLabel("Due").fill("2026-02-01");
  await page.getByLabel("Notes").fill("Synthetic intake notes");
  await page.getByRole("button", { name: "Open this measure" }).click();
  await page.waitForURL(/\/sop\/sop2\.intake_needs_assessment$/);
  assert.match(await page.locator("main").textContent(), /In progress/);
  if (shoot) await page.screenshot({ path: join(shots, "measure.png"), fullPage: true });

  await page.goto(url + casePath);
  assert.match(await page.locator("#board").textContent(), /In progress/);
  return casePath;
}

/** Every path of `paths` in every language: status 200, the language's `lang`, no
 *  missing-translation marker. */
export async function everyLanguage(context, page, url, paths) {
  for (const lang of LANGUAGES) {
    await context.addCookies([{ name: "trm_lang", value: lang, url }]);
    for (const path of paths) {
      const r = await page.goto(url + path);
      assert.equal(r.status(), 200, `${lang} ${path}`);
      assert.equal(await page.getAttribute("html", "lang"), lang, `${lang} ${path}`);
      const text = await page.locator("body").innerText();
      const missing = text.match(MARKER);
      assert.equal(missing, null, `${lang} ${path}: ${missing?.[0]}`);
    }
  }
  await context.addCookies([{ name: "trm_lang", value: "en", url }]);
}
